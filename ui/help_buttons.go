package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
)

// helpButtons are «Trợ giúp» (F1 does the same) and «Giới thiệu», at the right of the top bar. The
// window's key handler is set here, so that F1 works before any dialog was shown.
func (u *UI) helpButtons() fyne.CanvasObject {
	if u.dlgs.known == nil {
		u.dlgs.known = map[dialog.Dialog]bool{}
	}
	u.win.Canvas().SetOnTypedKey(u.onKey)
	help := NewButtonWithIcon("Trợ giúp", theme.HelpIcon(), u.onHelp)
	about := NewButtonWithIcon("Giới thiệu", theme.InfoIcon(), u.onAbout)
	return container.NewHBox(help, about)
}
