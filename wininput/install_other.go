//go:build !windows

package wininput

import (
	"errors"

	"fyne.io/fyne/v2"
)

// ErrNoWindow says the native window does not exist (Windows only).
var ErrNoWindow = errors.New("wininput: the window has no native handle")

// Install does nothing outside Windows: X11, Wayland and macOS deliver Backspace as a key.
func Install(fyne.Window) error { return nil }
