package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCLI_PrintManual(t *testing.T) {
	out := filepath.Join(t.TempDir(), "HuongDan.pdf")
	var so, se bytes.Buffer
	if code := run([]string{"print", "manual", "-o", out}, &so, &se); code != exitOK {
		t.Fatalf("exit %d: %s", code, se.String())
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) || len(b) < 100_000 {
		t.Fatalf("%d bytes, %v", len(b), err)
	}
	if !strings.Contains(so.String(), "Đã ghi") || !strings.Contains(so.String(), "trang") {
		t.Errorf("stdout %q", so.String())
	}
	so.Reset()
	se.Reset()
	if code := run([]string{"print", "manual"}, &so, &se); code != exitUsage || !strings.Contains(se.String(), "Thiếu -o") {
		t.Errorf("without -o: exit %d, %q", code, se.String())
	}
	if code := run([]string{"print", "manual", "-o", out, "thừa"}, &so, &se); code != exitUsage {
		t.Errorf("an extra argument: exit %d", code)
	}
}
