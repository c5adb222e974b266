package data_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/app"
	"thidua/data"
)

func TestLockUse_SecondRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "thidua.db")
	l, err := data.LockUse(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = data.LockUse(ctx, path)
	if app.ErrorCode(err) != app.ECONFLICT || !strings.Contains(app.ErrorMessage(err), "đang được mở ở một cửa sổ") {
		t.Fatalf("second lock: %v", err)
	}
	l.Release()
	l2, err := data.LockUse(ctx, path)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	l2.Release()
}

// A lock held by a process killed with SIGKILL (a crash, a power cut) does not outlive it.
func TestLockUse_StaleLockCleared(t *testing.T) {
	if os.Getenv("THIDUA_HOLD_LOCK") != "" {
		l, err := data.LockUse(context.Background(), os.Getenv("THIDUA_HOLD_LOCK"))
		if err != nil {
			os.Exit(3)
		}
		defer l.Release()
		os.Stdout.WriteString("held\n")
		time.Sleep(time.Minute)
		return
	}
	path := filepath.Join(t.TempDir(), "thidua.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockUse_StaleLockCleared$")
	cmd.Env = append(os.Environ(), "THIDUA_HOLD_LOCK="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 5)
	if _, err := out.Read(buf); err != nil || string(buf[:4]) != "held" {
		t.Fatalf("the helper did not take the lock: %q %v", buf, err)
	}
	if _, err := data.LockUse(context.Background(), path); app.ErrorCode(err) != app.ECONFLICT {
		t.Fatalf("lock while the helper holds it: %v", err)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	l, err := data.LockUse(context.Background(), path)
	if err != nil {
		t.Fatalf("the lock of a killed run was not cleared: %v", err)
	}
	l.Release()
}
