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
	"thidua/app/lists"
	"thidua/data"
	"thidua/sheet"
)

// listFlags parses "-db FILE -kind units|people [-o OUTPUT]" and the file arguments.
type listFlags struct {
	db, kind, out string
	asof          string // proposals: the date of the legal checks
	year          int
	args          []string
}

func parseListFlags(name string, args []string, withOut bool, stderr io.Writer) (listFlags, lists.ListKind, bool) {
	var f listFlags
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.db, "db", "", "tệp cơ sở dữ liệu")
	fs.StringVar(&f.kind, "kind", "", "units (đơn vị), people (cán bộ), proposals (đề nghị) hoặc awards (khen thưởng)")
	fs.IntVar(&f.year, "year", 0, "năm của phong trào (đề nghị, khen thưởng)")
	if withOut {
		fs.StringVar(&f.out, "o", "", "tệp xuất ra (.xlsx hoặc .csv)")
		fs.StringVar(&f.asof, "asof", "", "đề nghị: ngày kiểm tra điều kiện (dd/mm/yyyy), mặc định ngày dự kiến ký")
	}
	if err := fs.Parse(args); err != nil {
		return f, "", false
	}
	f.args = fs.Args()
	kind, err := lists.ParseListKind(f.kind)
	switch {
	case f.db == "":
		fmt.Fprintf(stderr, "Thiếu tệp dữ liệu: thidua %s -db TỆP …\n", name)
	case err != nil:
		fmt.Fprintln(stderr, app.ErrorMessage(err))
	case withOut && f.out == "":
		fmt.Fprintln(stderr, "Thiếu tệp xuất ra: thidua export … -o DANHSACH.xlsx")
	case listFlagsProblem(f, kind, withOut) != "":
		fmt.Fprintln(stderr, listFlagsProblem(f, kind, withOut))
	case withOut && len(f.args) > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", f.args[0])
	case !withOut && len(f.args) != 1:
		fmt.Fprintln(stderr, "Cần đúng một tệp để nhập: thidua import -db TỆP -kind units|people DANHSACH.xlsx")
	default:
		return f, kind, true
	}
	return f, kind, false
}

// listFlagsProblem: an output over the database, an import of initiatives without its year.
func listFlagsProblem(f listFlags, kind lists.ListKind, withOut bool) string {
	switch {
	case withOut && sameFile(f.out, f.db):
		return "Tệp xuất ra trùng với tệp dữ liệu; hãy chọn tên khác."
	case kind == lists.ListInitiatives && !withOut && f.year == 0:
		return "Cần -year: thidua import -db TỆP -kind initiatives -year 2024 DANHSACH.xlsx"
	}
	return ""
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
	open := openToChange // a mistyped -db is refused, not created empty …
	if kind == lists.ListUnits {
		open = data.Open // … except the unit list, the documented way to start a new database
	}
	d, err := open(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	var res app.ImportResult
	var rowErrs []*app.Error
	name := filepath.Base(f.args[0])
	switch kind {
	case lists.ListProposals:
		var id int64
		if id, err = campaignOf(ctx, d, f.year); err == nil {
			res, rowErrs, err = lists.ImportProposalsFile(ctx, d, sheet.Files{}, id, in, name)
		}
	case lists.ListAwards:
		res, rowErrs, err = lists.ImportAwardHistoryFile(ctx, d, sheet.Files{}, in, name)
	case lists.ListInitiatives:
		res, rowErrs, err = lists.ImportInitiativesFile(ctx, d, sheet.Files{}, f.year, in, name)
	default:
		res, rowErrs, err = lists.ImportList(ctx, d, sheet.Files{}, kind, in, name, time.Now(), nil)
	}
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
	var n int
	err = writeOutput(f.db, f.out, func(w io.Writer) error {
		var err error
		n, err = exportKind(ctx, d, f, kind, w, filepath.Base(f.out))
		return err
	})
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã xuất %d %s ra %s.\n", n, kind.Label(), f.out)
	return exitOK
}

func exportKind(ctx context.Context, d *data.DB, f listFlags, kind lists.ListKind, w io.Writer, name string) (int, error) {
	year := f.year
	switch kind {
	case lists.ListProposals:
		id, err := campaignOf(ctx, d, year)
		if err != nil {
			return 0, err
		}
		c, err := campaignByID(ctx, d, id)
		if err != nil {
			return 0, err
		}
		asOf, err := parseAsOf(f.asof, c, time.Now())
		if err != nil {
			return 0, err
		}
		return lists.ExportProposalsCheckedFile(ctx, d, sheet.Files{}, id, asOf, w, name)
	case lists.ListInitiatives:
		return lists.ExportInitiativesFile(ctx, d, sheet.Files{}, year, w, name)
	case lists.ListAwards:
		return lists.ExportAwardsFile(ctx, d, sheet.Files{}, year, w, name)
	}
	return lists.ExportList(ctx, d, sheet.Files{}, kind, w, name)
}

// campaignOf is the campaign of a year (0: the newest); a year with several campaigns takes the
// newest of them.
func campaignOf(ctx context.Context, d *data.DB, year int) (int64, error) {
	cs, err := d.Campaigns(ctx)
	if err != nil {
		return 0, err
	}
	for _, c := range cs { // newest first
		if year == 0 || c.Year == year {
			return c.ID, nil
		}
	}
	if year == 0 {
		return 0, app.Errorf(app.ENOTFOUND, "Cơ sở dữ liệu chưa có phong trào nào.")
	}
	return 0, app.Errorf(app.ENOTFOUND, "Không có phong trào năm %d.", year)
}
