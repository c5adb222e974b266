// Package earlyenv reads a C locale as Vietnamese before any other package starts.
//
// Fyne's lang package reads LC_ALL, LC_MESSAGES and LANG in its init and logs «Error parsing user
// locale C» for "C.UTF-8" — the default of many servers and containers — so that `thidua version`
// would print Fyne noise. Go initialises packages in the order of their import paths (among those
// whose imports are ready): this module's path, "earlyenv", sorts before "fyne.io", so its init
// runs first. The program is Vietnamese whatever the locale (ui.SetupLanguage).
package earlyenv

import (
	"os"
	"strings"
)

func init() { Quiet() }

// Quiet replaces a "C" or "POSIX" locale (with any charset) by vi_VN.UTF-8 in the variable in force.
func Quiet() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		base, _, _ := strings.Cut(v, ".")
		if base == "C" || base == "POSIX" {
			_ = os.Setenv(name, "vi_VN.UTF-8")
		}
		return // the first one set is the one in force
	}
}
