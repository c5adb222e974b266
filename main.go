// Command thidua is Thi đua CCHC, the administrative-reform emulation campaign manager of a district
// Phòng Nội vụ: a Fyne window over one SQLite file, and a command line over the same data.
//
// main.go is wiring only, and the only importer of fyne.io/fyne/v2/app (cgo, OpenGL).
package main

import (
	"context"
	"log"
	"os"
	"os/user"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

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
	d, err := data.Open(context.Background(), dbPath)
	if err != nil {
		return err
	}
	defer d.Close()
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(ui.Theme())
	w := a.NewWindow(ui.WindowTitle)
	w.Resize(ui.FitWindow(fyne.Size{}, ui.RememberedWindowSize(a.Preferences())))
	u := ui.New(w, ui.Deps{Services: d, Sheets: sheet.Files{}, Docs: pdf.Documents{}, Charts: chart.Plotter{}, Today: time.Now})
	w.SetContent(u.Content())
	w.SetMaster()
	a.Lifecycle().SetOnStarted(func() { fitToScreen(a, w) })
	w.SetCloseIntercept(func() { u.SaveWindowState(); w.Close() })
	u.Start()
	return showAndRun(a, w, nil)
}
