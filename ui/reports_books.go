package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"thidua/app"
	"thidua/app/unitbook"
)

// books is the workbook adapter: the spreadsheet files the window was given write and read them.
func (v *reportsView) books() (app.UnitBooks, error) {
	b, ok := v.u.sheets.(app.UnitBooks)
	if !ok {
		return nil, app.Errorf(app.EINTERNAL, "Bản chương trình này không làm được sổ của đơn vị.")
	}
	return b, nil
}

// onBooksOut writes the chosen unit's workbook, or every unit's into a folder.
func (v *reportsView) onBooksOut() {
	id := v.u.CampaignID()
	if id == 0 {
		return
	}
	all := func() { v.chooseFolder(func(dir string) { v.writeAllBooks(id, dir) }) }
	unit, ok := v.selectedUnit()
	if !ok {
		all()
		return
	}
	one := NewButton("Sổ của "+unit.Name+"…", nil)
	many := NewButton("Sổ của tất cả "+strconv.Itoa(len(v.grid.Rows))+" đơn vị vào một thư mục…", nil)
	d := dialog.NewCustom("Xuất sổ cho đơn vị", "Hủy", container.NewVBox(one, many), v.u.win)
	one.OnTapped = func() {
		d.Hide()
		year := v.u.currentCampaign().Year
		v.u.chooseSave(v.booksOut, unitbook.FileName(unit, year), func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
			return "", v.writeBook(id, unit.ID, w)
		})
	}
	many.OnTapped = func() { d.Hide(); all() }
	v.u.present(d, nil)
}

func (v *reportsView) writeBook(campaignID, unitID int64, w io.Writer) error {
	books, err := v.books()
	if err != nil {
		return err
	}
	b, err := v.svc.UnitBook(context.Background(), campaignID, unitID)
	if err != nil {
		return err
	}
	return books.WriteUnitBook(w, b)
}

func (v *reportsView) chooseFolder(use func(dir string)) {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			v.u.showError(err)
			return
		}
		if l != nil {
			use(l.Path())
		}
	}, v.u.win)
	if l := v.u.lastFolder(); l != nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// writeFree writes b into dir under name, or «name (2).xlsx» … when that is taken (never
// replacing a file), refused like every save of the window (GuardFiles: not the database, its
// side files or its backups folder). It returns the path written.
func writeFree(dir, name string, b []byte) (string, error) {
	p := app.FreeFileName(dir, name, func(p string) bool {
		_, err := os.Lstat(p)
		return !errors.Is(err, os.ErrNotExist)
	})
	if err := refusePath(p); err != nil {
		return "", err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", app.Errorf(app.EINVALID, "Không ghi được vào thư mục %s.", dir)
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(p)
		return "", app.Errorf(app.EINVALID, "Không ghi được tệp %s.", p)
	}
	return p, nil
}

// writeAllBooks writes every unit's workbook into dir, with progress; a unit whose workbook cannot
// be made (no criteria set for its kind) is named at the end.
func (v *reportsView) writeAllBooks(campaignID int64, dir string) {
	units := make([]app.Unit, 0, len(v.grid.Rows))
	for _, r := range v.grid.Rows {
		units = append(units, r.Unit)
	}
	year := v.u.currentCampaign().Year
	var failed []string
	var written app.FilesWritten
	v.u.runTask(task{
		title: "Đang xuất sổ cho đơn vị…",
		busy:  v.booksOut,
		step:  func(n, total int) string { return "Đã ghi " + strconv.Itoa(n) + "/" + strconv.Itoa(total) + " sổ" },
		work: func(report func(n, total int)) error {
			for i, u := range units {
				var buf bytes.Buffer
				if err := v.writeBook(campaignID, u.ID, &buf); err != nil {
					failed = append(failed, u.Name+": "+app.ErrorMessage(err))
					continue
				}
				name := unitbook.FileName(u, year)
				p, err := writeFree(dir, name, buf.Bytes())
				if err != nil {
					return err
				}
				written.Add(name, p)
				report(i+1, len(units))
			}
			return nil
		},
		done: func(err error) {
			if err != nil {
				v.u.showError(err)
				return
			}
			msg := written.Message(dir)
			if len(failed) > 0 {
				msg += "\nKhông làm được sổ của:\n" + strings.Join(failed, "\n")
			}
			v.u.notify(msg)
		},
	})
}

// onBooksIn takes back one workbook or a folder of them: read and planned in the background, then
// the preview; nothing is stored before «Đồng ý».
func (v *reportsView) onBooksIn() {
	id := v.u.CampaignID()
	if id == 0 {
		return
	}
	one := NewButton("Một sổ…", nil)
	many := NewButton("Cả thư mục…", nil)
	d := dialog.NewCustom("Nhận sổ từ đơn vị", "Hủy", container.NewVBox(one, many), v.u.win)
	one.OnTapped = func() {
		d.Hide()
		v.u.showOpen([]string{".xlsx"}, func(rc fyne.URIReadCloser, err error) {
			if err != nil || rc == nil {
				v.u.showError(err)
				return
			}
			v.u.rememberFolder(rc.URI())
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				v.u.showError(app.Errorf(app.EINVALID, "Không đọc được tệp %s.", rc.URI().Name()))
				return
			}
			v.readReturns(id, []namedBytes{{rc.URI().Name(), b}}, "")
		})
	}
	many.OnTapped = func() {
		d.Hide()
		v.chooseFolder(func(dir string) { v.readReturns(id, nil, dir) })
	}
	v.u.present(d, nil)
}

type namedBytes struct {
	name string
	data []byte
}

// folderBooks reads the .xlsx files of dir (Excel's «~$» lock files left out), by name.
func folderBooks(dir string) ([]namedBytes, error) {
	es, err := os.ReadDir(dir)
	if err != nil {
		return nil, app.Errorf(app.EINVALID, "Không đọc được thư mục %s.", dir)
	}
	var out []namedBytes
	for _, e := range es {
		if e.IsDir() || !strings.EqualFold(filepath.Ext(e.Name()), ".xlsx") || strings.HasPrefix(e.Name(), "~$") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, app.Errorf(app.EINVALID, "Không đọc được tệp %s.", e.Name())
		}
		out = append(out, namedBytes{e.Name(), b})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	if len(out) == 0 {
		return nil, app.Errorf(app.ENOTFOUND, "Thư mục %s không có tệp .xlsx nào.", dir)
	}
	return out, nil
}

// readReturns reads and plans the files (or those of dir) in the background, then shows the preview.
func (v *reportsView) readReturns(campaignID int64, files []namedBytes, dir string) {
	books, err := v.books()
	if err != nil {
		v.u.showError(err)
		return
	}
	var rs []unitbook.Return
	v.u.runTask(task{
		title: "Đang đọc sổ của đơn vị…",
		busy:  v.booksIn,
		step: func(n, total int) string {
			return "Đã đọc " + strconv.Itoa(n) + "/" + strconv.Itoa(total) + " sổ"
		},
		work: func(report func(n, total int)) error {
			if dir != "" {
				var err error
				if files, err = folderBooks(dir); err != nil {
					return err
				}
			}
			for i, f := range files {
				rs = append(rs, unitbook.ReadReturn(context.Background(), v.svc, books, campaignID, f.data, f.name))
				report(i+1, len(files))
			}
			unitbook.RefuseCopies(rs)
			return nil
		},
		done: func(err error) {
			if err != nil {
				v.u.showError(err)
				return
			}
			v.preview = v.showPreview(campaignID, rs)
		},
	})
}
