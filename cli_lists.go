package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"thidua/app"
	"thidua/app/sheet"
	"thidua/data"
)

// listFlags parses "-db FILE -kind units|people [-o OUTPUT]" and the file arguments.
type listFlags struct {
	db, kind, out string
	args          []string
}

func parseListFlags(name string, args []string, withOut bool, stderr io.Writer) (listFlags, app.ListKind, bool) {
	var f listFlags
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.db, "db", "", "tệp cơ sở dữ liệu")
	fs.StringVar(&f.kind, "kind", "", "units (đơn vị) hoặc people (cán bộ)")
	if withOut {
		fs.StringVar(&f.out, "o", "", "tệp xuất ra (.xlsx hoặc .csv)")
	}
	if err := fs.Parse(args); err != nil {
		return f, "", false
	}
	f.args = fs.Args()
	kind, err := app.ParseListKind(f.kind)
	switch {
	case f.db == "":
		fmt.Fprintf(stderr, "Thiếu tệp dữ liệu: thidua %s -db TỆP …\n", name)
	case err != nil:
		fmt.Fprintln(stderr, app.ErrorMessage(err))
	case withOut && f.out == "":
		fmt.Fprintln(stderr, "Thiếu tệp xuất ra: thidua export … -o DANHSACH.xlsx")
	case withOut && len(f.args) > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", f.args[0])
	case !withOut && len(f.args) != 1:
		fmt.Fprintln(stderr, "Cần đúng một tệp để nhập: thidua import -db TỆP -kind units|people DANHSACH.xlsx")
	default:
		return f, kind, true
	}
	return f, kind, false
}

// runImport imports a list all or nothing: every bad row is printed and nothing is stored.
func runImport(args []string, stdout, stderr io.Writer) int {
	f, kind, ok := parseListFlags("import", args, false, stderr)
	if !ok {
		return exitUsage
	}
	in, err := os.Open(f.args[0])
	if err != nil {
		fmt.Fprintf(stderr, "Không mở được tệp %s.\n", f.args[0])
		return exitFailure
	}
	defer in.Close()
	ctx := context.Background()
	d, err := data.Open(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	res, rowErrs, err := app.ImportList(ctx, d, sheet.Files{}, kind, in, filepath.Base(f.args[0]), time.Now(), nil)
	if err != nil {
		return fail(stderr, err)
	}
	if len(rowErrs) > 0 {
		fmt.Fprintf(stderr, "Không nhập dòng nào: tệp có %d lỗi.\n", len(rowErrs))
		for _, e := range rowErrs {
			fmt.Fprintln(stderr, e.Error())
		}
		return exitFailure
	}
	fmt.Fprintf(stdout, "Đã nhập %d %s.\n", res.Added, kind.Label())
	if len(res.Duplicates) > 0 {
		fmt.Fprintf(stdout, "Bỏ qua %d dòng trùng với dữ liệu đã có:\n", len(res.Duplicates))
		for _, dup := range res.Duplicates {
			fmt.Fprintln(stdout, dup)
		}
	}
	return exitOK
}

// runExport writes a list; a missing database is refused (export only reads).
func runExport(args []string, stdout, stderr io.Writer) int {
	f, kind, ok := parseListFlags("export", args, true, stderr)
	if !ok {
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	tmp := f.out + ".tmp"
	out, err := os.Create(tmp)
	if err != nil {
		fmt.Fprintf(stderr, "Không tạo được tệp %s.\n", f.out)
		return exitFailure
	}
	n, err := app.ExportList(ctx, d, sheet.Files{}, kind, out, filepath.Base(f.out))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, f.out) // never leave half a file under the name asked for
	}
	if err != nil {
		os.Remove(tmp)
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã xuất %d %s ra %s.\n", n, kind.Label(), f.out)
	return exitOK
}
