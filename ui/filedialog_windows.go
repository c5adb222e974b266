//go:build windows

package ui

import (
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/storage"
	"github.com/sqweek/dialog"
	"golang.org/x/sys/windows"
)

// On Windows the file dialogs are Windows' own (comdlg32, through sqweek/dialog): office users know
// Explorer, its favourites and network drives, and Fyne's dialog shows only drive letters. They run
// on a goroutine of their own, with the main window disabled meanwhile as a modal dialog does; the
// answer comes back on the UI thread through fyne.Do, in the same callback Fyne's dialog calls.

var (
	user32                  = windows.NewLazySystemDLL("user32.dll")
	procEnableWindow        = user32.NewProc("EnableWindow")
	procSetForegroundWindow = user32.NewProc("SetForegroundWindow")
)

// nativeOpen asks for a file to read with one of the extensions (".xlsx"); always true on Windows.
func (u *UI) nativeOpen(exts []string, done func(fyne.URIReadCloser, error)) bool {
	start := fyne.CurrentApp().Preferences().String(prefLastFolder)
	u.native(func() {
		b := dialog.File().Title("Chọn tệp").SetStartDir(start)
		addFilters(b, exts)
		path, err := b.Load()
		fyne.Do(func() {
			if err != nil {
				done(nil, nativeErr(err))
				return
			}
			done(storage.Reader(storage.NewFileURI(path)))
		})
	})
	return true
}

// nativeSave asks where to save, suggesting defaultName; the extension of defaultName is added
// when the name typed has none. Always true on Windows.
func (u *UI) nativeSave(defaultName string, done func(fyne.URIWriteCloser, error)) bool {
	start := fyne.CurrentApp().Preferences().String(prefLastFolder)
	ext := filepath.Ext(defaultName)
	u.native(func() {
		b := dialog.File().Title("Lưu tệp").SetStartDir(start).SetStartFile(defaultName)
		addFilters(b, saveExts(ext))
		path, err := b.Save()
		fyne.Do(func() {
			if err != nil {
				done(nil, nativeErr(err))
				return
			}
			if filepath.Ext(path) == "" {
				path += ext
			}
			done(storage.Writer(storage.NewFileURI(path)))
		})
	})
	return true
}

// native runs a dialog on a locked OS thread with the main window disabled.
func (u *UI) native(run func()) {
	var hwnd uintptr
	if nw, ok := u.win.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if c, ok := ctx.(driver.WindowsWindowContext); ok {
				hwnd = c.HWND
			}
		})
	}
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if hwnd != 0 {
			procEnableWindow.Call(hwnd, 0)
			defer procSetForegroundWindow.Call(hwnd)
			defer procEnableWindow.Call(hwnd, 1)
		}
		run()
	}()
}

// nativeErr: cancelling is no error (Fyne's dialogs then pass nil, nil).
func nativeErr(err error) error {
	if err == dialog.ErrCancelled {
		return nil
	}
	return err
}

var extNames = map[string]string{
	".xlsx": "Bảng tính Excel", ".csv": "Tệp CSV (UTF-8)", ".pdf": "Tài liệu PDF",
	".png": "Ảnh PNG", ".jpg": "Ảnh JPEG", ".jpeg": "Ảnh JPEG",
}

// addFilters lists each kind of file, after one line with all of them.
func addFilters(b *dialog.FileBuilder, exts []string) {
	var all []string
	for _, e := range exts {
		all = append(all, strings.TrimPrefix(strings.ToLower(e), "."))
	}
	if len(all) > 1 {
		b.Filter("Mọi tệp phù hợp", all...)
	}
	for _, e := range all {
		b.Filter(extNames["."+e]+" (*."+e+")", e)
	}
}

// saveExts: the kind of defaultName first; a list can also be saved as the other.
func saveExts(ext string) []string {
	switch strings.ToLower(ext) {
	case ".xlsx":
		return []string{".xlsx", ".csv"}
	case ".csv":
		return []string{".csv", ".xlsx"}
	}
	return []string{ext}
}
