//go:build !windows

// Command wintype is the Windows typing test tool (see main_windows.go); it runs only on Windows.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "wintype chỉ chạy trên Windows (hoặc dưới wine): make test-windows")
	os.Exit(2)
}
