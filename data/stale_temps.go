package data

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// staleTempAge is how old a temporary file of a backup or restore must be before it is taken for
// the leftover of a killed run (a running backup of a large database writes for minutes at most).
var staleTempAge = time.Hour

// removeStaleTemps deletes the temporary files («.NAME.RANDOM.tmp») that a backup or a restore
// killed midway left in dir.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleTempAge {
			os.Remove(filepath.Join(dir, name))
		}
	}
}
