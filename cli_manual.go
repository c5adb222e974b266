package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"

	"thidua/manual"
	"thidua/pdf"
)

// runPrintManual writes «Hướng dẫn sử dụng» as PDF: thidua print manual -o HuongDan.pdf. It needs
// no database; the installer's build runs it.
func runPrintManual(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("print manual", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "tệp PDF")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	switch {
	case *out == "":
		fmt.Fprintln(stderr, "Thiếu -o: thidua print manual -o HuongDan.pdf")
		return exitUsage
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", fs.Arg(0))
		return exitUsage
	}
	chs, err := manual.Chapters()
	if err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	n, err := pdf.Manual(&buf, chs, version)
	if err == nil {
		err = writeOutput(defaultDB(), *out, writeBytes(buf.Bytes())) // never over the usual database or its backups
	}
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã ghi %s (%d trang).\n", *out, n)
	return exitOK
}
