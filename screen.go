package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"

	"thidua/ui"
)

// fitToScreen sizes the window to the screen it opens on: Fyne 2.7 has no monitor API, so the
// primary monitor's video mode is read from GLFW, which Fyne has initialised by the time the app's
// OnStarted runs on the main thread. The size comes from ui.FitWindow (the remembered size,
// clamped to the screen); the window is then centred.
func fitToScreen(a fyne.App, w fyne.Window) {
	screen := fyne.Size{}
	if m := glfw.GetPrimaryMonitor(); m != nil {
		if mode := m.GetVideoMode(); mode != nil {
			scale := w.Canvas().Scale()
			if scale <= 0 {
				scale = 1
			}
			screen = fyne.NewSize(float32(mode.Width)/scale, float32(mode.Height)/scale)
		}
	}
	w.Resize(ui.FitWindow(screen, ui.RememberedWindowSize(a.Preferences())))
	w.CenterOnScreen()
}
