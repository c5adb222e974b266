package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"thidua/ui"
)

// typingTestEnv starts the typing test mode instead of the program: a window with one focused
// entry (the program's own NFC entry), and the same Windows repairs as the real window. The variable
// names a folder through which the test tool (tools/wintype) talks to it: it writes "cmd" holding
// "N clear" or "N read"; the window answers in "reply" with "N" on the first line, then the text.
const typingTestEnv = "THIDUA_TYPING_TEST"

// TypingTestTitle is the test window's title, which the tool looks for.
const typingTestTitle = "Thi đua CCHC — thử gõ"

func runTypingTest(dir string) int {
	if os.Getenv("THIDUA_TYPING_TEST_NOFIX") == "1" {
		installInputFix = func(fyne.Window) error { return nil } // to show the fault
	}
	a := fyneapp.NewWithID(appID + ".typingtest")
	w := a.NewWindow(typingTestTitle)
	e := ui.NewEntry()
	w.SetContent(e)
	w.Resize(fyne.NewSize(640, 120))
	err := showAndRun(a, w, func() {
		w.Canvas().Focus(e)
		go serveTypingTest(dir, w, e)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return exitFailure
	}
	return exitOK
}

// serveTypingTest answers the tool's commands until the window closes.
func serveTypingTest(dir string, w fyne.Window, e *ui.Entry) {
	cmdPath, reply := filepath.Join(dir, "cmd"), filepath.Join(dir, "reply")
	for {
		time.Sleep(50 * time.Millisecond)
		b, err := os.ReadFile(cmdPath)
		if err != nil {
			continue
		}
		_ = os.Remove(cmdPath)
		id, op, _ := strings.Cut(strings.TrimSpace(string(b)), " ")
		var text string
		fyne.DoAndWait(func() {
			switch op {
			case "clear":
				e.SetText("")
				w.RequestFocus()
				w.Canvas().Focus(e)
			case "quit":
				a := fyne.CurrentApp()
				defer a.Quit()
			}
			text = e.Text
		})
		tmp := reply + ".tmp"
		if os.WriteFile(tmp, []byte(id+"\n"+text), 0o644) == nil {
			_ = os.Rename(tmp, reply)
		}
	}
}
