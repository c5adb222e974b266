package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
	"thidua/data"
	"thidua/pdf"
)

// printFlags are the options of «thidua print».
type printFlags struct {
	what, db, number, out string
	year                  int
	blank                 bool
}

// parsePrint reads «print WHAT -db … [-number … -year …] [-blank] -o …»; false means a usage error
// already told.
func parsePrint(args []string, stderr io.Writer) (printFlags, bool) {
	var f printFlags
	if len(args) == 0 {
		fmt.Fprintln(stderr, "Cần nói in gì: thidua print decision|certificates|calibration|initiatives|council|proposals …")
		return f, false
	}
	f.what = args[0]
	fs := flag.NewFlagSet("print "+f.what, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.db, "db", "", "tệp cơ sở dữ liệu")
	fs.StringVar(&f.number, "number", "", "số quyết định, ví dụ \"07/QĐ-UBND\"")
	fs.IntVar(&f.year, "year", 0, "năm của quyết định")
	fs.StringVar(&f.out, "o", "", "tệp PDF")
	fs.BoolVar(&f.blank, "blank", false, "in trên phôi (chỉ phần chữ)")
	if err := fs.Parse(args[1:]); err != nil {
		return f, false
	}
	switch {
	case f.what != "decision" && f.what != "certificates" && f.what != "calibration":
		fmt.Fprintf(stderr, "Không hiểu «print %s»: dùng decision, certificates hoặc calibration.\n", f.what)
	case f.db == "" || f.out == "":
		fmt.Fprintf(stderr, "Thiếu -db hoặc -o: thidua print %s -db TỆP … -o TỆP.pdf\n", f.what)
	case f.what != "calibration" && (f.number == "" || f.year == 0):
		fmt.Fprintf(stderr, "Cần -number \"07/QĐ-UBND\" và -year 2025: thidua print %s -db TỆP -number … -year … -o TỆP.pdf\n", f.what)
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", fs.Arg(0))
	default:
		return f, true
	}
	return f, false
}

// runPrint writes a decision, its certificates or the calibration page as PDF.
func runPrint(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "manual" {
		return runPrintManual(args[1:], stdout, stderr)
	}
	if len(args) > 0 && listPrints[args[0]] != "" {
		return runPrintList(args, stdout, stderr)
	}
	f, ok := parsePrint(args, stderr)
	if !ok {
		return exitUsage
	}
	db, out := &f.db, &f.out
	ctx := context.Background()
	// Printing records the prints in the register: an existing database, migrated like the GUI does.
	if _, err := os.Stat(*db); err != nil {
		return fail(stderr, app.Errorf(app.ENOTFOUND, "Không tìm thấy tệp dữ liệu %s.", *db))
	}
	d, err := data.Open(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	if err := checkOutput(*db, *out); err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	n, printed, err := renderPrint(ctx, d, f.what, f.number, f.year, f.blank, &buf)
	if err == nil {
		err = writeOutput(*db, *out, writeBytes(buf.Bytes()))
	}
	// The register counts a print only once the file is in place: a failed write is no print, and
	// the next real one must not become a «reprint».
	if err == nil && len(printed) > 0 {
		err = recordPrints(ctx, d, printed, f.blank)
	}
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã ghi %s (%d trang).\n", *out, n)
	return exitOK
}

// renderPrint lays out one document; n is its number of pages (certificates: one each), awards the
// awards whose certificates it holds, to be recorded once the file is written.
func renderPrint(ctx context.Context, d *data.DB, what, number string, year int, blank bool, w io.Writer) (n int, awards []int64, err error) {
	pdfs := pdf.Documents{}
	layout, err := d.BlankLayout(ctx, app.BlankKind)
	if err != nil {
		return 0, nil, err
	}
	if what == "calibration" {
		return 1, nil, pdfs.Calibration(w, layout)
	}
	num, symbol, err := viet.ParseDecisionNumber(number)
	if err != nil {
		return 0, nil, err
	}
	id, err := d.FindDecision(ctx, num, symbol, year)
	if err != nil {
		return 0, nil, err
	}
	if what == "decision" {
		doc, err := docs.DecisionDocument(ctx, d, id)
		if err != nil {
			return 0, nil, err
		}
		var buf bytes.Buffer
		if err := pdfs.Decision(&buf, doc); err != nil {
			return 0, nil, err
		}
		_, err = w.Write(buf.Bytes())
		return pdf.PageCount(buf.Bytes()), nil, err
	}
	cs, err := docs.CertificateDocuments(ctx, d, id, nil)
	if err != nil {
		return 0, nil, err
	}
	var l *app.BlankLayout
	if blank {
		l = &layout
	}
	if err := pdfs.Certificates(w, cs, l, nil); err != nil {
		return 0, nil, err
	}
	var ids []int64
	for _, c := range cs {
		ids = append(ids, c.AwardID)
	}
	return len(cs), ids, nil
}

// recordPrints records a printing of the awards' certificates; the command line prints in batch, so
// a repeat is recorded as a reprint with that reason.
func recordPrints(ctx context.Context, d *data.DB, awards []int64, blank bool) error {
	reason := ""
	if n, err := d.PrintedBefore(ctx, awards); err != nil {
		return err
	} else if n > 0 {
		reason = "In lại bằng dòng lệnh"
	}
	return d.RecordPrints(ctx, awards, blank, reason, time.Now())
}
