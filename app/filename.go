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
