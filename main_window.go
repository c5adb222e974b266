package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"

	"thidua/app"
	"thidua/ui"
	"thidua/wininput"
)

// errNoOpenGL: the window could not be made; the user has been told how to fix it.
var errNoOpenGL = app.Errorf(app.EINTERNAL, "Không mở được cửa sổ vì máy chưa có OpenGL 2.1: xem cách khắc phục ở trên.")

// showAndRun is w.ShowAndRun with the platform's care around it: before the window, a check that
// the PC has OpenGL 2.1 (Windows); after it, the repair of Unikey/EVKey Backspaces (Windows), and
// the OpenGL message when GLFW could not make the window after all. started runs once the window
// is up (the typing test uses it).
func showAndRun(a fyne.App, w fyne.Window, started func()) error {
	if found, ok := openGLOK(); !ok {
		return noOpenGL(found)
	}
	w.Show()
	if err := installInputFix(w); errors.Is(err, wininput.ErrNoWindow) {
		return noOpenGL("không tạo được cửa sổ OpenGL")
	} else if err != nil {
		fmt.Fprintln(os.Stderr, "không sửa được phím xóa của Unikey:", err)
	}
	if started != nil {
		started()
	}
	a.Run()
	return nil
}

// noOpenGL tells the user (a message box on Windows, stderr everywhere) and returns errNoOpenGL.
func noOpenGL(found string) error {
	dir := "."
	if exe, err := os.Executable(); err == nil {
		dir = filepath.Dir(exe)
	}
	msg := ui.NoOpenGLMessage(found, dir)
	fmt.Fprintln(os.Stderr, msg)
	messageBox(ui.NoOpenGLTitle, msg)
	return errNoOpenGL
}

// installInputFix is wininput.Install; the typing test can leave it out to show the fault it fixes.
var installInputFix = wininput.Install
