// Package assets holds the files the program carries inside itself: fonts (with their licences),
// the icon and the Vietnamese translation of Fyne's own strings. No logic lives here.
package assets

import _ "embed"

// Liberation Serif 2.1 (SIL OFL 1.1, Debian fonts-liberation2): Times New Roman metrics, full
// Vietnamese; the face of every NĐ 30/2020 document.
var (
	//go:embed fonts/LiberationSerif-Regular.ttf
	SerifRegular []byte
	//go:embed fonts/LiberationSerif-Bold.ttf
	SerifBold []byte
	//go:embed fonts/LiberationSerif-Italic.ttf
	SerifItalic []byte
	//go:embed fonts/LiberationSerif-BoldItalic.ttf
	SerifBoldItalic []byte
)

// MonoRegular is Noto Sans Mono (SIL OFL 1.1, Debian fonts-noto-mono). Fyne's bundled monospace
// font lacks about 22 Vietnamese letters (Ế, Ố, Ủ …), which then render broken.
//
//go:embed fonts/NotoSansMono-Regular.ttf
var MonoRegular []byte

// Icon is the application icon (also named in FyneApp.toml).
//
//go:embed icon.png
var Icon []byte

// TranslationVI gives Fyne's own strings (dialog buttons, file dialogs, entry menus) in Vietnamese.
//
//go:embed translations/vi.json
var TranslationVI []byte

// DisplayBold is Noto Serif Display Bold (SIL OFL 1.1, Debian fonts-noto-core): the large red
// "GIẤY KHEN" of a certificate. TrueType outlines, full Vietnamese.
//
//go:embed fonts/NotoSerifDisplay-Bold.ttf
var DisplayBold []byte
