package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
	"thidua/chart"
	"thidua/data"
	"thidua/pdf"
	"thidua/sheet"
)

// summaryCommand runs «print summary» and «export -kind statistics», and says whether args was one.
func summaryCommand(args []string, stdout, stderr io.Writer) (int, bool) {
	switch {
	case len(args) > 1 && args[0] == "print" && args[1] == "summary":
		return runSummary(args[2:], false, stdout, stderr), true
	case len(args) > 0 && args[0] == "export" && kindArg(args[1:]) == "statistics":
		return runSummary(args[1:], true, stdout, stderr), true
	}
	return 0, false
}

// kindArg is the value of -kind in args ("" when none).
func kindArg(args []string) string {
	for i, a := range args {
		if (a == "-kind" || a == "--kind") && i+1 < len(args) {
			return args[i+1]
		}
		if v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "kind="); ok {
			return v
		}
	}
	return ""
}

type summaryFlags struct {
	db, out, kind, date string
	year, to            int
}

// runSummary is «thidua print summary -db … -year 2024 [-to 2026] [-date dd/mm/yyyy] -o OUT.pdf|.xlsx»
// (the campaign's report; with -to, the report over the years) and «thidua export -kind statistics
// -year 2024 [-to 2026] -o OUT.xlsx|.csv» (a row per unit and form, totals marked).
func runSummary(args []string, export bool, stdout, stderr io.Writer) int {
	f, on, ok := parseSummary(args, export, stderr)
	if !ok {
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, f.db) // read only: never migrates or writes the file
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	if err := d.RequireCurrent(ctx); err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	msg, err := renderSummary(ctx, d, f, export, strings.ToLower(filepath.Ext(f.out)), on, &buf)
	if err == nil {
		err = writeOutput(f.db, f.out, writeBytes(buf.Bytes()))
	}
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, msg)
	return exitOK
}

// parseSummary reads the options; false means a usage error already told.
func parseSummary(args []string, export bool, stderr io.Writer) (summaryFlags, time.Time, bool) {
	name := "print summary"
	if export {
		name = "export"
	}
	var f summaryFlags
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.db, "db", "", "tệp cơ sở dữ liệu")
	fs.IntVar(&f.year, "year", 0, "năm (của phong trào, hoặc năm đầu)")
	fs.IntVar(&f.to, "to", 0, "năm cuối (báo cáo, thống kê nhiều năm)")
	fs.StringVar(&f.out, "o", "", "tệp xuất ra")
	fs.StringVar(&f.date, "date", "", "ngày của báo cáo (dd/mm/yyyy; mặc định hôm nay)")
	if export {
		fs.StringVar(&f.kind, "kind", "", "statistics")
	}
	if err := fs.Parse(args); err != nil {
		return f, time.Time{}, false
	}
	if msg := summaryProblem(f, export, name, fs.Args()); msg != "" {
		fmt.Fprintln(stderr, msg)
		return f, time.Time{}, false
	}
	on := time.Now()
	if f.date != "" {
		t, err := viet.ParseDate(f.date)
		if err != nil {
			fmt.Fprintln(stderr, "Ngày của báo cáo:", app.ErrorMessage(err))
			return f, on, false
		}
		on = t
	}
	return f, on, true
}

// summaryProblem is what is wrong with the options ("" when nothing).
func summaryProblem(f summaryFlags, export bool, name string, rest []string) string {
	ext := strings.ToLower(filepath.Ext(f.out))
	switch {
	case f.db == "" || f.out == "" || f.year == 0:
		return fmt.Sprintf("Cần -db, -year và -o: thidua %s -db TỆP -year 2024 [-to 2026] -o TỆP", name)
	case export && ext != ".xlsx" && ext != ".csv":
		return "Tệp xuất ra phải là .xlsx hoặc .csv."
	case !export && ext != ".pdf" && ext != ".xlsx":
		return "Tệp báo cáo phải là .pdf hoặc .xlsx."
	case f.to != 0 && f.to < f.year:
		return fmt.Sprintf("Năm cuối -to %d phải sau hoặc bằng năm đầu -year %d.", f.to, f.year)
	case len(rest) > 0:
		return fmt.Sprintf("Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.", rest[0])
	}
	return ""
}

func renderSummary(ctx context.Context, d *data.DB, f summaryFlags, export bool, ext string, on time.Time, w *bytes.Buffer) (string, error) {
	to := f.to
	if to == 0 {
		to = f.year
	}
	if export {
		stats, err := d.AwardStats(ctx, f.year, to)
		if err != nil {
			return "", err
		}
		t := docs.StatisticsLong(stats)
		return fmt.Sprintf("Đã xuất thống kê khen thưởng %s (%d dòng) ra %s.", span(f.year, to), len(t.Rows), f.out),
			sheet.Files{}.WriteTable(w, filepath.Base(f.out), t, []float64{12, 16, 40, 30, 12, 10, 16})
	}
	var doc docs.SummaryDoc
	var err error
	var stats []app.AwardStat
	if f.to != 0 {
		doc, err = docs.YearsReport(ctx, d, chart.Plotter{}, f.year, to, on)
	} else {
		var id int64
		if id, err = campaignOf(ctx, d, f.year); err == nil {
			doc, err = docs.SummaryReport(ctx, d, chart.Plotter{}, id, on)
		}
	}
	if err == nil && ext == ".xlsx" {
		stats, err = d.AwardStats(ctx, f.year, to)
	}
	if err != nil {
		return "", err
	}
	if ext == ".xlsx" {
		sheets := docs.SummarySheets(doc, stats, f.to == 0)
		return fmt.Sprintf("Đã ghi %s (%d trang tính).", f.out, len(sheets)), sheet.Files{}.WriteSheets(w, filepath.Base(f.out), sheets)
	}
	if err := pdf.Summary(w, doc); err != nil {
		return "", err
	}
	return fmt.Sprintf("Đã ghi %s (%d trang).", f.out, pdf.PageCount(w.Bytes())), nil
}

func span(from, to int) string {
	if from == to {
		return fmt.Sprintf("năm %d", from)
	}
	return fmt.Sprintf("%d–%d", from, to)
}
