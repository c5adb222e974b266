// Command thidua is Thi đua CCHC, the administrative-reform emulation campaign manager of a district
// Phòng Nội vụ: a Fyne window over one SQLite file, and a command line over the same data.
//
// main.go is wiring only, and the only importer of fyne.io/fyne/v2/app (cgo, OpenGL).
package main

import (
	"context"
	"errors"
	"log"
	"os"
	"os/user"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"thidua/app/apperr"
	"thidua/assets"
	"thidua/chart"
	"thidua/data"
	"thidua/pdf"
	"thidua/sheet"
	"thidua/ui"

	_ "earlyenv" // reads a C locale as Vietnamese before Fyne's init logs about it
)

// appID matches FyneApp.toml; preferences (window size, last folder) are stored under it.
const appID = "vn.gov.bactramy.thiduacchc"

func main() {
	gui = runGUI
	if dir := os.Getenv(typingTestEnv); dir != "" {
		os.Exit(runTypingTest(dir))
	}
	if u, err := user.Current(); err == nil {
		data.Actor = u.Username
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// runGUI opens (creating and migrating when missing) the database and shows the main window.
func runGUI(dbPath string) error {
	if err := ui.SetupLanguage(); err != nil {
		log.Printf("không nạp được bản dịch tiếng Việt của Fyne: %v", err)
	}
	lock, err := data.LockUse(context.Background(), dbPath)
	if err != nil {
		showStartupError(dbPath, err)
		return err
	}
	defer lock.Release()
	d, err := data.Open(context.Background(), dbPath)
	if err != nil {
		showStartupError(dbPath, err)
		return err
	}
	defer d.Close()
	if _, err := d.AutoBackup(context.Background()); err != nil {
		log.Printf("sao lưu tự động: %v", err)
	}
	a := fyneapp.NewWithID(appID)
	if err := ui.GuardFiles(func(p string) error { return guardPath(dbPath, p) }); err != nil {
		log.Printf("không bảo vệ được tệp dữ liệu khỏi hộp thoại lưu tệp: %v", err)
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(ui.Theme())
	w := a.NewWindow(ui.WindowTitle)
	w.Resize(ui.FitWindow(fyne.Size{}, ui.RememberedWindowSize(a.Preferences())))
	u := ui.New(w, ui.Deps{Services: d, Sheets: sheet.Files{}, Docs: pdf.Documents{}, Charts: chart.Plotter{}, Today: time.Now, Version: version})
	w.SetContent(u.Content())
	w.SetMaster()
	a.Lifecycle().SetOnStarted(func() { fitToScreen(a, w) })
	w.SetCloseIntercept(func() { u.SaveWindowState(); w.Close() })
	u.Start()
	return showAndRun(a, w, nil)
}

// showStartupError tells in a window why the database was not opened (stderr is invisible to a
// Windows GUI program), offering the newest good backup for a damaged database.
func showStartupError(dbPath string, err error) {
	var restore func() error
	var damaged *data.DamagedError
	if errors.As(err, &damaged) {
		if b, ok := data.NewestBackup(context.Background(), dbPath); ok {
			restore = func() error { _, err := data.Restore(context.Background(), dbPath, b.Path); return err }
		}
	}
	a := fyneapp.NewWithID(appID)
	a.Settings().SetTheme(ui.Theme())
	ui.NewStartupError(a, apperr.ErrorMessage(err), restore).Win.ShowAndRun()
}
