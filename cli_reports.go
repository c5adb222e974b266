package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/unitbook"
	"thidua/app/viet"
	"thidua/data"
	"thidua/pdf"
	"thidua/sheet"
)

// reportsCommand runs the commands of the report tracking and the units' workbooks — workbook,
// import -kind workbook, export -kind reports, print reminder — and says whether args was one.
func reportsCommand(args []string, stdout, stderr io.Writer) (int, bool) {
	switch {
	case len(args) == 0:
		return 0, false
	case args[0] == "workbook":
		return runWorkbooks(args[1:], stdout, stderr), true
	case args[0] == "import" && kindIs(args[1:], "workbook"):
		return runImportWorkbooks(args[1:], stdout, stderr), true
	case args[0] == "export" && kindIs(args[1:], "reports"):
		return runExportReports(args[1:], stdout, stderr), true
	case args[0] == "print" && len(args) > 1 && args[1] == "reminder":
		return runPrintReminder(args[2:], stdout, stderr), true
	}
	return 0, false
}

func kindIs(args []string, kind string) bool {
	for i, a := range args {
		if (a == "-kind" || a == "--kind") && i+1 < len(args) {
			return args[i+1] == kind
		}
		if v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "kind="); ok {
			return v == kind
		}
	}
	return false
}

// reportFlags are the options of the four commands.
type reportFlags struct {
	db, out, unit, period, asof, kind string
	year                              int
	dryRun                            bool
	args                              []string
}

func parseReportFlags(name string, args []string, stderr io.Writer, extra func(*flag.FlagSet, *reportFlags)) (reportFlags, bool) {
	var f reportFlags
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.db, "db", "", "tệp cơ sở dữ liệu")
	fs.IntVar(&f.year, "year", 0, "năm của phong trào")
	extra(fs, &f)
	if err := fs.Parse(args); err != nil {
		return f, false
	}
	f.args = fs.Args()
	if f.db == "" {
		fmt.Fprintf(stderr, "Thiếu tệp dữ liệu: thidua %s -db TỆP …\n", name)
		return f, false
	}
	return f, true
}

// runWorkbooks writes one workbook per active unit (or the one named) into a folder.
func runWorkbooks(args []string, stdout, stderr io.Writer) int {
	f, ok := parseReportFlags("workbook", args, stderr, func(fs *flag.FlagSet, f *reportFlags) {
		fs.StringVar(&f.out, "o", "", "thư mục ghi các sổ")
		fs.StringVar(&f.unit, "unit", "", "chỉ sổ của đơn vị này (tên hoặc tên viết tắt)")
	})
	switch {
	case !ok:
		return exitUsage
	case f.out == "" || f.year == 0 || len(f.args) > 0:
		fmt.Fprintln(stderr, "Cách dùng: thidua workbook -db TỆP -year 2024 -o THƯ_MỤC [-unit TÊN]")
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	id, err := campaignOf(ctx, d, f.year)
	if err != nil {
		return fail(stderr, err)
	}
	units, err := workbookUnits(ctx, d, f.unit)
	if err != nil {
		return fail(stderr, err)
	}
	if err := os.MkdirAll(f.out, 0o755); err != nil {
		return fail(stderr, app.Errorf(app.EINVALID, "Không tạo được thư mục %s.", f.out))
	}
	var n app.FilesWritten
	for _, u := range units {
		b, err := d.UnitBook(ctx, id, u.ID)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %s\n", u.Name, app.ErrorMessage(err))
			continue
		}
		var buf bytes.Buffer
		if err := (sheet.Files{}).WriteUnitBook(&buf, b); err != nil {
			return fail(stderr, err)
		}
		name := unitbook.FileName(u, f.year)
		out := freeFile(f.out, name)
		if err := writeOutput(f.db, out, writeBytes(buf.Bytes())); err != nil {
			return fail(stderr, err)
		}
		n.Add(name, out)
	}
	fmt.Fprintln(stdout, n.Message(f.out))
	if n.Written < len(units) {
		return exitFailure
	}
	return exitOK
}

func workbookUnits(ctx context.Context, d *data.DB, name string) ([]app.Unit, error) {
	all, err := d.Units(ctx)
	if err != nil {
		return nil, err
	}
	var out []app.Unit
	for _, u := range all {
		if !u.Active {
			continue
		}
		if name == "" || viet.FoldKey(u.Name) == viet.FoldKey(name) || (u.ShortName != "" && viet.FoldKey(u.ShortName) == viet.FoldKey(name)) {
			out = append(out, u)
		}
	}
	if len(out) == 0 {
		return nil, app.Errorf(app.ENOTFOUND, "Không có đơn vị %s đang hoạt động.", viet.Quote(name))
	}
	return out, nil
}

// workbookFiles lists the .xlsx files of a folder (by name), or the one file given.
func workbookFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, app.Errorf(app.ENOTFOUND, "Không tìm thấy %s.", path)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	es, err := os.ReadDir(path)
	if err != nil {
		return nil, app.Errorf(app.EINVALID, "Không đọc được thư mục %s.", path)
	}
	var out []string
	for _, e := range es {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".xlsx") && !strings.HasPrefix(e.Name(), "~$") {
			out = append(out, filepath.Join(path, e.Name()))
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, app.Errorf(app.ENOTFOUND, "Thư mục %s không có tệp .xlsx nào.", path)
	}
	return out, nil
}

// runImportWorkbooks takes back one workbook or a folder of them; -dry-run prints the changes.
func runImportWorkbooks(args []string, stdout, stderr io.Writer) int {
	f, ok := parseReportFlags("import", args, stderr, func(fs *flag.FlagSet, f *reportFlags) {
		fs.StringVar(&f.kind, "kind", "", "workbook")
		fs.StringVar(&f.period, "period", "", "kỳ báo cáo mà sổ được tính, ví dụ \"6 tháng\"")
		fs.StringVar(&f.asof, "date", "", "ngày nhận (dd/mm/yyyy), mặc định hôm nay")
		fs.BoolVar(&f.dryRun, "dry-run", false, "chỉ in các thay đổi, không lưu")
	})
	if !ok || len(f.args) != 1 {
		fmt.Fprintln(stderr, "Cách dùng: thidua import -db TỆP -kind workbook [-year 2024] [-period \"6 tháng\"] [-dry-run] SỔ.xlsx|THƯ_MỤC")
		return exitUsage
	}
	received := time.Now()
	if f.asof != "" {
		t, err := viet.ParseDate(f.asof)
		if err != nil {
			fmt.Fprintln(stderr, "Ngày nhận:", app.ErrorMessage(err))
			return exitUsage
		}
		received = t
	}
	ctx := context.Background()
	d, err := openToChange(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	id, err := campaignOf(ctx, d, f.year)
	if err != nil {
		return fail(stderr, err)
	}
	periodID, err := periodOf(ctx, d, id, f.period)
	if err != nil {
		return fail(stderr, err)
	}
	files, err := workbookFiles(f.args[0])
	if err != nil {
		return fail(stderr, err)
	}
	rs := readWorkbookFiles(ctx, d, id, files)
	unitbook.RefuseCopies(rs)
	backedUp := f.dryRun
	for i := range rs {
		printReturn(stdout, stderr, rs[i])
		if !backedUp && !rs[i].Refused() {
			if err := d.BackupBeforeReturns(ctx); err != nil {
				return fail(stderr, err)
			}
			backedUp = true
		}
		if !f.dryRun {
			rs[i].Apply(ctx, d, id, app.BookReceipt{PeriodID: periodID, Received: received})
		}
	}
	return summarise(stdout, rs, f.dryRun)
}

// readWorkbookFiles reads and plans each file; nothing is stored.
func readWorkbookFiles(ctx context.Context, d *data.DB, campaignID int64, files []string) []unitbook.Return {
	var rs []unitbook.Return
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			rs = append(rs, unitbook.Return{File: filepath.Base(path), Err: app.Errorf(app.EINVALID, "Không đọc được tệp %s.", path)})
			continue
		}
		rs = append(rs, unitbook.ReadReturn(ctx, d, sheet.Files{}, campaignID, b, filepath.Base(path)))
	}
	return rs
}

func printReturn(stdout, stderr io.Writer, r unitbook.Return) {
	if r.Refused() {
		fmt.Fprintf(stderr, "%s: %s\n", r.File, r.Result())
		for _, e := range r.Errors {
			fmt.Fprintln(stderr, "  "+e.Error())
		}
		return
	}
	fmt.Fprintf(stdout, "%s — %s:\n", r.File, r.Plan.Unit.Name)
	for _, s := range r.Plan.Summary() {
		fmt.Fprintln(stdout, "  "+s)
	}
	for _, c := range r.Plan.Changes {
		if c.Kind == app.BookUnchanged {
			continue
		}
		line := fmt.Sprintf("  [%s] %s: %s", c.Kind, c.Sheet, c.Item)
		switch {
		case c.Old != "" && c.New != "":
			line += fmt.Sprintf(" — cũ «%s», mới «%s»", c.Old, c.New)
		case c.New != "":
			line += fmt.Sprintf(" — mới «%s»", c.New)
		case c.Old != "":
			line += fmt.Sprintf(" — cũ «%s»", c.Old)
		}
		if c.Reason != "" {
			line += " (" + c.Reason + ")"
		}
		fmt.Fprintln(stdout, line)
	}
}

func summarise(stdout io.Writer, rs []unitbook.Return, dry bool) int {
	t := unitbook.SummaryTable(rs)
	fmt.Fprintln(stdout, strings.Join(t.Header, " | "))
	refused := 0
	for i, row := range t.Rows {
		fmt.Fprintln(stdout, strings.Join(row, " | "))
		if rs[i].Refused() {
			refused++
		}
	}
	verb := "Đã nhận"
	if dry {
		verb = "Chạy thử (không lưu): nhận được"
	}
	fmt.Fprintf(stdout, "%s %d sổ, không nhận %d sổ.\n", verb, len(rs)-refused, refused)
	if refused > 0 {
		return exitFailure
	}
	return exitOK
}

// periodOf finds a period of the campaign by name (accents and case ignored); "" is none.
func periodOf(ctx context.Context, d *data.DB, campaignID int64, name string) (int64, error) {
	p, err := findPeriod(ctx, d, campaignID, name)
	return p.ID, err
}

func findPeriod(ctx context.Context, d *data.DB, campaignID int64, name string) (app.ReportingPeriod, error) {
	if strings.TrimSpace(name) == "" {
		return app.ReportingPeriod{}, nil
	}
	ps, err := d.ReportingPeriods(ctx, campaignID)
	if err != nil {
		return app.ReportingPeriod{}, err
	}
	var names []string
	for _, p := range ps {
		if viet.FoldKey(p.Name) == viet.FoldKey(name) {
			return p, nil
		}
		names = append(names, p.Name)
	}
	return app.ReportingPeriod{}, app.Errorf(app.ENOTFOUND, "Phong trào không có kỳ báo cáo %s (có: %s).", viet.Quote(name), strings.Join(names, "; "))
}

// runExportReports writes one row per unit and period: Đơn vị, Kỳ báo cáo, Hạn, Ngày nhận, Số văn bản, Trạng thái.
func runExportReports(args []string, stdout, stderr io.Writer) int {
	f, ok := parseReportFlags("export", args, stderr, func(fs *flag.FlagSet, f *reportFlags) {
		fs.StringVar(&f.kind, "kind", "", "reports")
		fs.StringVar(&f.out, "o", "", "tệp xuất ra (.xlsx hoặc .csv)")
		fs.StringVar(&f.asof, "asof", "", "tính trạng thái đến ngày (dd/mm/yyyy), mặc định hôm nay")
	})
	if !ok || f.out == "" || f.year == 0 || len(f.args) > 0 {
		fmt.Fprintln(stderr, "Cách dùng: thidua export -db TỆP -kind reports -year 2024 [-asof dd/mm/yyyy] -o TỆP.xlsx|.csv")
		return exitUsage
	}
	asOf, okDate := optionalDate(f.asof, stderr)
	if !okDate {
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	id, err := campaignOf(ctx, d, f.year)
	if err != nil {
		return fail(stderr, err)
	}
	g, err := d.ReportGrid(ctx, id, asOf)
	if err != nil {
		return fail(stderr, err)
	}
	t := app.ReportTable(g)
	err = writeOutput(f.db, f.out, func(w io.Writer) error {
		return sheet.Files{}.WriteTable(w, filepath.Base(f.out), t, app.ReportWidths)
	})
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã xuất %d dòng (đơn vị × kỳ báo cáo, đến ngày %s) ra %s.\n", len(t.Rows), viet.FormatDate(asOf), f.out)
	return exitOK
}

func optionalDate(s string, stderr io.Writer) (time.Time, bool) {
	if s == "" {
		return time.Now(), true
	}
	t, err := viet.ParseDate(s)
	if err != nil {
		fmt.Fprintf(stderr, "Ngày -asof %s không đúng dạng dd/mm/yyyy.\n", viet.Quote(s))
		return t, false
	}
	return t, true
}

// runPrintReminder writes the công văn đôn đốc of a period, addressed to the units without its
// report, and beside it (-xlsx) the same list.
func runPrintReminder(args []string, stdout, stderr io.Writer) int {
	var xlsx string
	f, ok := parseReportFlags("print reminder", args, stderr, func(fs *flag.FlagSet, f *reportFlags) {
		fs.StringVar(&f.period, "period", "", "kỳ báo cáo, ví dụ \"6 tháng\"")
		fs.StringVar(&f.out, "o", "", "tệp PDF")
		fs.StringVar(&f.asof, "asof", "", "tính đến ngày (dd/mm/yyyy), mặc định hôm nay")
		fs.StringVar(&xlsx, "xlsx", "", "ghi thêm danh sách đơn vị ra tệp .xlsx này")
	})
	if !ok || f.out == "" || f.year == 0 || f.period == "" || len(f.args) > 0 {
		fmt.Fprintln(stderr, "Cách dùng: thidua print reminder -db TỆP -year 2024 -period \"6 tháng\" [-asof dd/mm/yyyy] [-xlsx DS.xlsx] -o CongVan.pdf")
		return exitUsage
	}
	asOf, okDate := optionalDate(f.asof, stderr)
	if !okDate {
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	doc, err := reminderDoc(ctx, d, f.year, f.period, asOf)
	if err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	if err := pdf.Reminder(&buf, doc); err != nil {
		return fail(stderr, err)
	}
	if err := writeOutput(f.db, f.out, writeBytes(buf.Bytes())); err != nil {
		return fail(stderr, err)
	}
	if xlsx != "" {
		t := docs.ReminderTable(doc.Period, doc.Units, asOf)
		if err := writeOutput(f.db, xlsx, func(w io.Writer) error {
			return sheet.Files{}.WriteTable(w, filepath.Base(xlsx), t, []float64{6, 40, 14, 16, 12, 24})
		}); err != nil {
			return fail(stderr, err)
		}
	}
	fmt.Fprintf(stdout, "Đã ghi %s: công văn đôn đốc %d đơn vị chưa báo cáo.\n", f.out, len(doc.Units))
	return exitOK
}

func reminderDoc(ctx context.Context, d *data.DB, year int, period string, asOf time.Time) (docs.ReminderDoc, error) {
	id, err := campaignOf(ctx, d, year)
	if err != nil {
		return docs.ReminderDoc{}, err
	}
	return docs.Reminder(ctx, d, id, period, asOf, asOf) // the letter is dated the day it counts to
}

// freeFile is app.FreeFileName with the files on disk.
func freeFile(dir, name string) string {
	return app.FreeFileName(dir, name, func(p string) bool {
		_, err := os.Lstat(p)
		return !errors.Is(err, os.ErrNotExist)
	})
}
