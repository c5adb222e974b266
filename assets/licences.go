package assets

import _ "embed"

// Liberation Sans 2.1 (SIL OFL 1.1, Debian fonts-liberation2): Arial metrics, full Vietnamese; the
// headings of the printed manual.
var (
	//go:embed fonts/LiberationSans-Regular.ttf
	SansRegular []byte
	//go:embed fonts/LiberationSans-Bold.ttf
	SansBold []byte
)

var (
	//go:embed fonts/LICENSE-LiberationSerif.txt
	licenceLiberation []byte
	//go:embed fonts/LICENSE-LiberationSans.txt
	licenceLiberationSans []byte
	//go:embed fonts/LICENSE-NotoSans.txt
	licenceNotoSans []byte // Fyne's theme/font/LICENSE.txt, the licence of the Noto Sans it bundles
	//go:embed fonts/LICENSE-NotoSansMono.txt
	licenceNotoMono []byte
	//go:embed fonts/LICENSE-NotoSerifDisplay.txt
	licenceNotoDisplay []byte
)

// Font is a font the program carries, what it is used for and its licence's name and full text.
type Font struct {
	Name, Use, Licence string
	Text               []byte // nil: the licence ships with Fyne (its bundled fonts)
}

// Fonts are the fonts the program carries, for «Giới thiệu».
var Fonts = []Font{
	{"Liberation Serif", "quyết định, Giấy khen, báo cáo, hướng dẫn in", "SIL Open Font License 1.1", licenceLiberation},
	{"Liberation Sans", "tiêu đề của hướng dẫn in", "SIL Open Font License 1.1", licenceLiberationSans},
	{"Noto Serif Display", "chữ «GIẤY KHEN»", "SIL Open Font License 1.1", licenceNotoDisplay},
	{"Noto Sans Mono", "chữ đều khoảng trong cửa sổ", "SIL Open Font License 1.1", licenceNotoMono},
	{"Noto Sans", "chữ trong cửa sổ, kèm thư viện Fyne", "SIL Open Font License 1.1", licenceNotoSans},
}
