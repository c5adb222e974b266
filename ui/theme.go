package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"thidua/assets"
)

// vnTheme is Fyne's default theme with a monospace font that has every Vietnamese letter: the
// bundled one lacks Ả Ấ Ầ … Ủ Ử Ỷ, which then render broken ("Tiêńg"). Noto Sans, Fyne's regular
// face, already covers Vietnamese.
type vnTheme struct{}

var monoFont = fyne.NewStaticResource("NotoSansMono-Regular.ttf", assets.MonoRegular)

func (vnTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return monoFont
	}
	return theme.DefaultTheme().Font(s)
}

// Color is the default's, but for the focus: Fyne's blue focus is 16 % opaque, too faint to see
// which button Enter or Space would press; here it is half opaque.
func (vnTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameFocus {
		return focusColor
	}
	return theme.DefaultTheme().Color(n, v)
}

var focusColor = color.NRGBA{R: 0x00, G: 0x6c, B: 0xff, A: 0x80}

func (vnTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (vnTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// Theme is the application theme.
func Theme() fyne.Theme { return vnTheme{} }
