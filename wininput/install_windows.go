//go:build windows

package wininput

import (
	"errors"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

// ErrNoWindow says the native window does not exist: GLFW could not create it (no OpenGL 2.1).
var ErrNoWindow = errors.New("wininput: the window has no native handle")

var (
	user32                = windows.NewLazySystemDLL("user32.dll")
	procSetWindowLongPtrW = user32.NewProc("SetWindowLongPtrW")
	procCallWindowProcW   = user32.NewProc("CallWindowProcW")

	gwlpWndProc = ^uintptr(3) // GWLP_WNDPROC = -4

	mu       sync.Mutex
	windowsB = map[uintptr]*subclass{} // by HWND
	wndProcB uintptr                   // the one callback (callbacks are never freed)
)

type subclass struct {
	win    fyne.Window
	old    uintptr
	filter Filter
}

// Install subclasses the window procedure of w, which must be shown (its native window exists):
// an injected U+0008 becomes a Backspace key event for the focused widget; every other message goes
// on to GLFW untouched.
//
// The window procedure runs on the UI thread, inside GLFW's event polling on the main goroutine —
// where GLFW's own key and character callbacks call Fyne. The Backspace is delivered right there,
// in order with the letters around it: fyne.Do would queue it behind the letters of the same batch
// (Unikey sends "⌫⌫ệt" at once) and fyne.DoAndWait would wait on the goroutine that runs the queue.
func Install(w fyne.Window) error {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return ErrNoWindow
	}
	var hwnd uintptr
	nw.RunNative(func(ctx any) {
		if c, ok := ctx.(driver.WindowsWindowContext); ok {
			hwnd = c.HWND
		}
	})
	if hwnd == 0 {
		return ErrNoWindow
	}
	mu.Lock()
	defer mu.Unlock()
	if _, done := windowsB[hwnd]; done {
		return nil
	}
	if wndProcB == 0 {
		wndProcB = windows.NewCallback(wndProc)
	}
	s := &subclass{win: w}
	windowsB[hwnd] = s
	old, _, err := procSetWindowLongPtrW.Call(hwnd, gwlpWndProc, wndProcB)
	if old == 0 {
		delete(windowsB, hwnd)
		return err
	}
	s.old = old
	return nil
}

func wndProc(hwnd, msg, wParam, lParam uintptr) uintptr {
	mu.Lock()
	s := windowsB[hwnd]
	mu.Unlock()
	if s == nil || s.old == 0 { // during SetWindowLongPtr itself
		return 0
	}
	if s.filter.Backspace(uint32(msg), wParam) {
		if f := s.win.Canvas().Focused(); f != nil {
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
		return 0
	}
	r, _, _ := procCallWindowProcW.Call(s.old, hwnd, msg, wParam, lParam)
	return r
}
