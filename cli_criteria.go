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
	"thidua/app/scoring"
	"thidua/app/viet"
	"thidua/chart"
	"thidua/data"
	"thidua/pdf"
	"thidua/sheet"
)

// criteriaCommand runs the commands of the criteria work — campaign new|stage, export -kind
// ranking|scores, print report — and says whether args was one of them.
func criteriaCommand(args []string, stdout, stderr io.Writer) (int, bool) {
	switch {
	case len(args) == 0:
		return 0, false
	case args[0] == "campaign":
		return runCampaign(args[1:], stdout, stderr), true
	case args[0] == "export" && isCriteriaExport(args[1:]):
		return runCriteriaExport(args[1:], stdout, stderr), true
	case args[0] == "print" && len(args) > 1 && args[1] == "report":
		return runPrintReport(args[2:], stdout, stderr), true
	}
	return 0, false
}

// campaignFlags are the options of «thidua campaign new|stage».
type campaignFlags struct {
	db, name, plan, planDate, signer, start, end, copy, to, reason string
	year, from                                                     int
}

// runCampaign is «thidua campaign new» (start a year, copying from an earlier one) and
// «thidua campaign stage» (move it through its year).
func runCampaign(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "new" && args[0] != "stage") {
		fmt.Fprintln(stderr, "Cần nói làm gì: thidua campaign new|stage -db TỆP -year 2025 …")
		return exitUsage
	}
	var f campaignFlags
	fs := flag.NewFlagSet("campaign "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.db, "db", "", "tệp cơ sở dữ liệu")
	fs.IntVar(&f.year, "year", 0, "năm của phong trào")
	fs.IntVar(&f.from, "from", 0, "năm của phong trào để sao chép")
	fs.StringVar(&f.name, "name", "", "tên phong trào")
	fs.StringVar(&f.plan, "plan", "", "số văn bản phát động, ví dụ 12/KH-UBND")
	fs.StringVar(&f.planDate, "plan-date", "", "ngày văn bản phát động (dd/mm/yyyy)")
	fs.StringVar(&f.signer, "signer", "", "người ký văn bản phát động")
	fs.StringVar(&f.start, "start", "", "ngày bắt đầu (dd/mm/yyyy)")
	fs.StringVar(&f.end, "end", "", "ngày kết thúc (dd/mm/yyyy)")
	fs.StringVar(&f.copy, "copy", "criteria,council,thresholds,periods", "những gì sao chép")
	fs.StringVar(&f.to, "to", "", "trạng thái mới: launched, scoring, summarised")
	fs.StringVar(&f.reason, "reason", "", "lý do (khi mở lại)")
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	switch {
	case f.db == "" || f.year == 0:
		fmt.Fprintf(stderr, "Cần -db TỆP và -year: thidua campaign %s -db TỆP -year 2025 …\n", args[0])
		return exitUsage
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", fs.Arg(0))
		return exitUsage
	case args[0] == "stage" && !app.CampaignStage(f.to).Valid():
		fmt.Fprintln(stderr, "Cần -to launched (đang phát động), scoring (đang chấm điểm) hoặc summarised (đã tổng kết).")
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, f.db)
	if err != nil {
		return fail(stderr, err)
	}
	d.Close()
	if d, err = data.Open(ctx, f.db); err != nil { // migrated like the window does
		return fail(stderr, err)
	}
	defer d.Close()
	if args[0] == "stage" {
		return campaignStage(ctx, d, f, stdout, stderr)
	}
	return campaignNew(ctx, d, f, stdout, stderr)
}

func campaignNew(ctx context.Context, d *data.DB, f campaignFlags, stdout, stderr io.Writer) int {
	n := app.NewCampaign{Year: f.year, Name: f.name, Launch: app.LaunchDoc{Number: f.plan, Signer: f.signer}}
	if n.Name == "" {
		n.Name = fmt.Sprintf("Phong trào thi đua cải cách hành chính năm %d", f.year)
	}
	for _, x := range []struct {
		field, v string
		to       *time.Time
	}{{"Ngày văn bản phát động", f.planDate, &n.Launch.Date}, {"Ngày bắt đầu", f.start, &n.Start}, {"Ngày kết thúc", f.end, &n.End}} {
		if x.v == "" {
			continue
		}
		t, err := viet.ParseDate(x.v)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %s\n", x.field, app.ErrorMessage(err))
			return exitUsage
		}
		*x.to = t
	}
	if f.from != 0 {
		id, err := campaignOf(ctx, d, f.from)
		if err != nil {
			return fail(stderr, err)
		}
		n.Copy = app.CampaignCopy{FromID: id}
		for _, w := range strings.Split(f.copy, ",") {
			switch strings.TrimSpace(w) {
			case "criteria":
				n.Copy.Criteria = true
			case "council":
				n.Copy.Council = true
			case "thresholds":
				n.Copy.Thresholds = true
			case "periods":
				n.Copy.Periods = true
			case "":
			default:
				fmt.Fprintf(stderr, "Không hiểu «%s» trong -copy: dùng criteria, council, thresholds, periods.\n", w)
				return exitUsage
			}
		}
	}
	if _, err := d.CreateCampaign(ctx, n); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã tạo «%s» (năm %d).\n", viet.Normalize(n.Name), n.Year)
	if f.from != 0 {
		fmt.Fprintf(stdout, "Đã sao chép từ phong trào năm %d: %s.\n", f.from, f.copy)
	}
	return exitOK
}

func campaignStage(ctx context.Context, d *data.DB, f campaignFlags, stdout, stderr io.Writer) int {
	id, err := campaignOf(ctx, d, f.year)
	if err != nil {
		return fail(stderr, err)
	}
	to := app.CampaignStage(f.to)
	if err := d.SetCampaignStage(ctx, id, to, f.reason); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Phong trào năm %d: %s.\n", f.year, to.Label())
	return exitOK
}

// isCriteriaExport says whether «thidua export» is asked for the ranking or the scores.
func isCriteriaExport(args []string) bool {
	for i, a := range args {
		if (a == "-kind" || a == "--kind") && i+1 < len(args) {
			return args[i+1] == "ranking" || args[i+1] == "scores"
		}
		if v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "kind="); ok {
			return v == "ranking" || v == "scores"
		}
	}
	return false
}

// runCriteriaExport writes the ranking (one sheet per unit kind) or every unit's scores.
func runCriteriaExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	kind := fs.String("kind", "", "ranking hoặc scores")
	year := fs.Int("year", 0, "năm của phong trào")
	out := fs.String("o", "", "tệp xuất ra (.xlsx hoặc .csv)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	ext := strings.ToLower(filepath.Ext(*out))
	switch {
	case *db == "" || *out == "":
		fmt.Fprintf(stderr, "Cần -db TỆP và -o: thidua export -db TỆP -kind %s -year 2024 -o TỆP.xlsx\n", *kind)
		return exitUsage
	case ext != ".xlsx" && ext != ".csv":
		fmt.Fprintln(stderr, "Tệp xuất ra phải là .xlsx hoặc .csv.")
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
	id, err := campaignOf(ctx, d, *year)
	if err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	n, what, err := criteriaExport(ctx, d, *kind, id, &buf, *out)
	if err == nil {
		err = writeOutput(*db, *out, writeBytes(buf.Bytes()))
	}
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã xuất %d %s ra %s.\n", n, what, *out)
	return exitOK
}

func criteriaExport(ctx context.Context, d *data.DB, kind string, campaignID int64, w io.Writer, name string) (int, string, error) {
	if kind == "ranking" {
		r, err := d.Ranking(ctx, campaignID)
		if err != nil {
			return 0, "", err
		}
		n := 0
		for _, k := range r.Kinds {
			n += len(k.Rows)
		}
		return n, "đơn vị (xếp hạng)", sheet.Files{}.WriteSheets(w, name, scoring.RankSheets(r))
	}
	rows, err := d.ScoreRows(ctx, campaignID)
	if err != nil {
		return 0, "", err
	}
	return len(rows), "dòng điểm", sheet.Files{}.WriteTable(w, name, scoring.ScoreTable(rows), scoring.ScoreWidths)
}

// runPrintReport writes «Báo cáo kết quả đánh giá, xếp loại công tác cải cách hành chính năm …».
func runPrintReport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("print report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	year := fs.Int("year", 0, "năm của phong trào")
	out := fs.String("o", "", "tệp PDF")
	dateText := fs.String("date", "", "ngày của báo cáo (dd/mm/yyyy; mặc định hôm nay)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	switch {
	case *db == "" || *out == "" || *year == 0:
		fmt.Fprintln(stderr, "Cần -db, -year và -o: thidua print report -db TỆP -year 2024 -o BaoCao.pdf")
		return exitUsage
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", fs.Arg(0))
		return exitUsage
	}
	on := time.Now()
	if *dateText != "" {
		t, err := viet.ParseDate(*dateText)
		if err != nil {
			fmt.Fprintln(stderr, "Ngày của báo cáo:", app.ErrorMessage(err))
			return exitUsage
		}
		on = t
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	id, err := campaignOf(ctx, d, *year)
	if err != nil {
		return fail(stderr, err)
	}
	doc, err := docs.RankingReport(ctx, d, chart.Plotter{}, id, on)
	if err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	if err := pdf.Report(&buf, doc); err != nil {
		return fail(stderr, err)
	}
	if err := writeOutput(*db, *out, writeBytes(buf.Bytes())); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã ghi %s (%d trang).\n", *out, pdf.PageCount(buf.Bytes()))
	return exitOK
}
