package app

import (
	"path/filepath"
	"strconv"
	"strings"
)

// FreeFileName is name in dir, or «stem (2).ext», «stem (3).ext»… — the first that taken says is
// free: files written into a folder beside others (the units' workbooks) never replace one. The
// window and the command line both name their files by it; each then refuses the database and
// its backups folder with its own guard.
func FreeFileName(dir, name string, taken func(path string) bool) string {
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	p := filepath.Join(dir, name)
	for i := 2; taken(p); i++ {
		p = filepath.Join(dir, stem+" ("+strconv.Itoa(i)+")"+ext)
	}
	return p
}

// FilesWritten counts the files written into a folder and those that got a new name («… (2).xlsx»)
// because one of their name was already there, so the message can tell the user which to send.
type FilesWritten struct {
	Written, Renamed int
	FirstRenamed     string // the base name of the first renamed file
}

// Add counts the file written at path, asked for as name.
func (w *FilesWritten) Add(name, path string) {
	w.Written++
	if filepath.Base(path) != name {
		if w.Renamed == 0 {
			w.FirstRenamed = filepath.Base(path)
		}
		w.Renamed++
	}
}

// Message is «Đã ghi 27 sổ vào thư mục …», followed when some were renamed by «; 27 sổ mang tên mới
// (… (2).xlsx) vì thư mục đã có sổ cùng tên — hãy gửi đúng bản mới.»
func (w FilesWritten) Message(dir string) string {
	msg := "Đã ghi " + strconv.Itoa(w.Written) + " sổ vào thư mục " + dir
	if w.Renamed == 0 {
		return msg + "."
	}
	example := w.FirstRenamed
	if w.Renamed > 1 {
		example = "như " + example + "…"
	}
	return msg + "; " + strconv.Itoa(w.Renamed) + " sổ mang tên mới (" + example + ") vì thư mục đã có sổ cùng tên — hãy gửi đúng bản mới."
}
