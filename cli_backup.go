package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"thidua/app"
	"thidua/data"
)

// runBackup writes a verified copy of the database: to -o OUTPUT, or into the backups folder.
func runBackup(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	out := fs.String("o", "", "tệp sao lưu (mặc định: thư mục backups cạnh tệp dữ liệu)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	switch {
	case *db == "":
		fmt.Fprintln(stderr, "Thiếu tệp dữ liệu: thidua backup -db TỆP [-o BẢN_SAO.db]")
		return exitUsage
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", fs.Arg(0))
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	if *out == "" {
		b, err := d.Backup(ctx, app.BackupManual)
		if err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "Đã sao lưu vào %s (%s), đã kiểm tra toàn vẹn.\n", b.Path, sizeText(b.Size))
		return exitOK
	}
	if err := checkNotDatabase(*db, *out); err != nil {
		return fail(stderr, err)
	}
	if err := d.BackupTo(ctx, *out); err != nil { // refuses an existing file: a backup is never replaced
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã sao lưu vào %s, đã kiểm tra toàn vẹn.\n", *out)
	return exitOK
}

// lockForRestore takes the use lock: a database open in a window is not replaced under it.
func lockForRestore(db string) (func(), error) {
	l, err := data.LockUse(context.Background(), db)
	if err != nil {
		if app.ErrorCode(err) == app.ECONFLICT {
			return nil, app.Errorf(app.ECONFLICT, "Không phục hồi khi dữ liệu %s đang mở ở cửa sổ Thi đua CCHC: hãy đóng cửa sổ đó rồi chạy lại lệnh.", db)
		}
		return nil, err
	}
	return l.Release, nil
}

// runRestore replaces the database with a backup after checking it and keeping a copy of the
// current database in the backups folder.
func runRestore(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *db == "" || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "Cách dùng: thidua restore -db TỆP BẢN_SAO_LƯU.db")
		return exitUsage
	}
	input := fs.Arg(0)
	unlock, err := lockForRestore(*db)
	if err != nil {
		return fail(stderr, err)
	}
	defer unlock()
	kept, err := data.Restore(context.Background(), *db, input)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã phục hồi %s từ %s.\n", *db, input)
	if kept.Path != "" {
		fmt.Fprintf(stdout, "Dữ liệu trước khi phục hồi được giữ ở %s.\n", kept.Path)
	}
	return exitOK
}

// sizeText is a file size the way the office reads it: 1,2 MB, 820 kB.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d,%d MB", n>>20, (n%(1<<20))*10>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d kB", n>>10)
	}
	return fmt.Sprintf("%d byte", n)
}
