package ui

import (
	"context"
	"net/url"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
	"thidua/assets"
)

// aboutSource is what «Giới thiệu» asks the data: its file and its schema version.
type aboutSource interface {
	Path() string
	SchemaVersion(ctx context.Context) (int, error)
}

// aboutView is the «Giới thiệu» dialog.
type aboutView struct {
	dlg    dialog.Dialog
	text   *widget.Label // version, data file, schema, base salary: what tests read
	folder *Button
}

// onAbout shows the version, the data file with «Mở thư mục dữ liệu», the schema version, the
// base salary in force today with its decree, and the fonts' licences.
func (u *UI) onAbout() { u.about = u.showAbout() }

func (u *UI) showAbout() *aboutView {
	v := &aboutView{}
	ctx := context.Background()
	lines := "Thi đua CCHC — quản lý phong trào thi đua cải cách hành chính\nPhiên bản chương trình: " + u.version
	dbPath := ""
	if src, ok := u.campaignSvc.(aboutSource); ok {
		dbPath = src.Path()
		if abs, err := filepath.Abs(dbPath); err == nil {
			dbPath = abs
		}
		lines += "\nTệp dữ liệu: " + dbPath
		if n, err := src.SchemaVersion(ctx); err == nil {
			lines += "\nPhiên bản dữ liệu: " + strconv.Itoa(n)
		}
	}
	lines += "\n" + u.salaryToday(ctx)
	v.text = widget.NewLabel(lines)
	v.text.Wrapping = fyne.TextWrapWord
	v.folder = NewButton("Mở thư mục dữ liệu", func() { u.openDataFolder(dbPath) })
	if dbPath == "" {
		v.folder.Disable()
	}
	fonts := container.NewVBox(widget.NewLabelWithStyle("Phông chữ và giấy phép", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, f := range assets.Fonts {
		l := widget.NewLabel(f.Name + " (" + f.Use + "): " + f.Licence)
		l.Wrapping = fyne.TextWrapWord
		row := fyne.CanvasObject(l)
		if f.Text != nil {
			f := f
			row = container.NewBorder(nil, nil, nil, NewButton("Xem giấy phép…", func() { u.showLicence(f) }), l)
		}
		fonts.Add(row)
	}
	body := container.NewVBox(v.text, container.NewHBox(v.folder), widget.NewSeparator(), fonts)
	d := dialog.NewCustom("Giới thiệu", "Đóng", container.NewVScroll(body), u.win)
	d.Resize(fyne.NewSize(760, 560))
	v.dlg = d
	u.present(d, nil)
	return v
}

// salaryToday is the line of the base salary in force today and the decree that set it.
func (u *UI) salaryToday(ctx context.Context) string {
	rows, err := u.settings.svc.BaseSalaries(ctx)
	if err != nil {
		return "Mức lương cơ sở: không đọc được."
	}
	today := u.today()
	r, ok := app.InForce(rows, today)
	if !ok {
		return "Mức lương cơ sở áp dụng ngày " + today.Format("02/01/2006") + ": chưa có (thêm ở Cài đặt → Chung)."
	}
	return "Mức lương cơ sở áp dụng ngày " + today.Format("02/01/2006") + ": " + viet.FormatMoneyVND(r.Value) +
		" (từ " + r.From.Format("02/01/2006") + ", theo " + r.Ref + ")"
}

// openDataFolder opens the folder of the data file in the system's file manager.
func (u *UI) openDataFolder(dbPath string) {
	dir := filepath.Dir(dbPath)
	target, err := url.Parse(storage.NewFileURI(dir).String())
	if err == nil {
		err = u.open(target)
	}
	if err != nil {
		u.showError(app.Errorf(app.EINTERNAL, "Không mở được thư mục %s; hãy mở bằng tay.", dir))
	}
}

func (u *UI) showLicence(f assets.Font) {
	l := widget.NewLabel(string(f.Text))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Giấy phép — "+f.Name, "Đóng", container.NewVScroll(l), u.win)
	d.Resize(fyne.NewSize(720, 520))
	u.present(d, nil)
}
