package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"thidua/app"
	"thidua/data"
)

// Exit codes of every subcommand.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// version is set by the build (-ldflags "-X main.version=…"); FyneApp.toml holds the same number.
var version = "0.1.0"

const usage = `Thi đua CCHC — quản lý phong trào thi đua cải cách hành chính

Cách dùng:
  thidua [-db TỆP]              mở chương trình (cửa sổ)
  thidua demo -db TỆP           tạo cơ sở dữ liệu với phong trào mẫu Bắc Trà My 2024
  thidua check -db TỆP          kiểm tra toàn vẹn dữ liệu và phiên bản
  thidua import -db TỆP -kind units|people|proposals|awards [-year 2024] DANHSACH.xlsx|.csv
                                nhập danh sách đơn vị / cán bộ / đề nghị (vào phong trào của năm)
                                / quyết định cũ; lỗi một dòng thì không nhập gì
  thidua export -db TỆP -kind units|people|proposals|awards [-year 2024] -o DANHSACH.xlsx|.csv
                                xuất danh sách; awards: mỗi khen thưởng một dòng
  thidua export -db TỆP -kind ranking|scores -year 2024 -o TỆP.xlsx|.csv
                                xếp hạng (mỗi loại đơn vị một trang) / điểm từng tiêu chí của từng đơn vị
  thidua campaign new -db TỆP -year 2025 [-from 2024] [-plan 12/KH-UBND -plan-date 10/01/2025 -signer …]
                      [-start 10/01/2025 -end 31/12/2025] [-copy criteria,council,thresholds,periods]
                                phong trào mới, sao chép từ phong trào năm trước
  thidua campaign stage -db TỆP -year 2024 -to launched|scoring|summarised [-reason …]
                                chuyển trạng thái phong trào (mở lại cần lý do)
  thidua print report -db TỆP -year 2024 -o BaoCao.pdf
                                báo cáo kết quả đánh giá, xếp loại công tác cải cách hành chính
  thidua print summary -db TỆP -year 2024 [-to 2026] [-date dd/mm/yyyy] -o BaoCao.pdf|.xlsx
                                báo cáo tổng kết phong trào (số liệu, bảng, biểu đồ); với -to:
                                báo cáo khen thưởng qua các năm; .xlsx: mỗi bảng một trang tính
  thidua export -db TỆP -kind statistics -year 2024 [-to 2026] -o THONGKE.xlsx|.csv
                                thống kê khen thưởng: mỗi đơn vị và hình thức một dòng, có dòng cộng
  thidua print decision -db TỆP -number "07/QĐ-UBND" -year 2025 -o QD.pdf
  thidua print certificates -db TỆP -number "07/QĐ-UBND" -year 2025 [-blank] -o GiayKhen.pdf
                                in quyết định / Giấy khen (trên giấy trắng, hoặc trên phôi với -blank)
  thidua import -db TỆP -kind initiatives -year 2024 DANHSACH.xlsx|.csv
                                nhập danh sách sáng kiến đơn vị đã công nhận cấp cơ sở
  thidua export -db TỆP -kind initiatives [-year 2024] -o SANGKIEN.xlsx|.csv
                                xuất sáng kiến: tác giả, bước, điểm trung bình, kết quả
  thidua export -db TỆP -kind proposals -year 2024 [-asof dd/mm/yyyy] -o DENGHI.xlsx
                                đề nghị kèm «Kết quả kiểm tra» và «Căn cứ» tính đến ngày -asof
  thidua print initiatives -db TỆP -year 2024 -o SangKien.pdf
                                danh sách sáng kiến được công nhận cấp huyện (kèm quyết định)
  thidua print council -db TỆP -year 2024 -o TongHopCham.pdf
                                bảng tổng hợp kết quả chấm sáng kiến của hội đồng
  thidua print proposals -db TỆP -year 2024 [-asof dd/mm/yyyy] -o DeNghi.pdf
                                danh sách đề nghị khen thưởng với kết quả kiểm tra điều kiện
  thidua print calibration -db TỆP -o CanhChinh.pdf
                                trang canh chỉnh phôi Giấy khen
  thidua workbook -db TỆP -year 2024 -o THƯ_MỤC [-unit TÊN]
                                sổ của đơn vị (.xlsx) để đơn vị tự chấm, đề nghị, đăng ký sáng kiến
  thidua import -db TỆP -kind workbook [-year 2024] [-period "6 tháng"] [-date dd/mm/yyyy] [-dry-run] SỔ.xlsx|THƯ_MỤC
                                nhận sổ đơn vị gửi lại (xem thay đổi với -dry-run)
  thidua export -db TỆP -kind reports -year 2024 [-asof dd/mm/yyyy] -o TỆP.xlsx|.csv
                                tình hình báo cáo: mỗi đơn vị, mỗi kỳ một dòng
  thidua print reminder -db TỆP -year 2024 -period "6 tháng" [-asof dd/mm/yyyy] [-xlsx DS.xlsx] -o CV.pdf
                                công văn đôn đốc các đơn vị chưa báo cáo
  thidua backup -db TỆP [-o BẢN_SAO.db]
                                sao lưu (mặc định vào thư mục backups cạnh tệp dữ liệu), có kiểm tra
  thidua restore -db TỆP BẢN_SAO.db
                                phục hồi từ bản sao lưu (kiểm tra trước, giữ bản hiện tại trong backups)
  thidua print manual -o HuongDan.pdf
                                hướng dẫn sử dụng (không cần tệp dữ liệu)
  thidua version                in phiên bản chương trình

Tùy chọn đặt trước tên tệp. Nếu không có -db, dữ liệu nằm ở:
  %s
`

// gui opens the window; main sets it (the only place that imports fyne/v2/app). Tests leave it nil.
var gui func(dbPath string) error

// commands are the subcommands: each parses its own options and returns the exit code.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"demo": runDemo, "check": runCheck, "import": runImport, "export": runExport, "print": runPrint,
	"backup": runBackup, "restore": runRestore,
}

// run is the whole command line: it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if code, ok := criteriaCommand(args, stdout, stderr); ok {
		return code
	}
	if code, ok := summaryCommand(args, stdout, stderr); ok {
		return code
	}
	if code, ok := reportsCommand(args, stdout, stderr); ok {
		return code
	}
	if len(args) > 0 {
		if cmd, ok := commands[args[0]]; ok {
			return cmd(args[1:], stdout, stderr)
		}
		switch args[0] {
		case "version", "-version", "--version":
			fmt.Fprintln(stdout, "Thi đua CCHC phiên bản", version, buildInfo())
			return exitOK
		case "help", "-h", "-help", "--help":
			fmt.Fprintf(stdout, usage, defaultDB())
			return exitOK
		}
	}
	fs := newFlags("thidua", stderr)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "Không hiểu lệnh «%s». Gõ «thidua help» để xem cách dùng.\n", fs.Arg(0))
		return exitUsage
	}
	path := *db
	if path == "" {
		path = defaultDB()
	}
	if gui == nil {
		fmt.Fprintln(stderr, "Bản chương trình này không có giao diện cửa sổ.")
		return exitFailure
	}
	if err := gui(path); err != nil {
		fmt.Fprintln(stderr, app.ErrorMessage(err))
		return exitFailure
	}
	return exitOK
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Cách dùng: thidua %s -db TỆP\n", name)
	}
	return fs
}

// dbFlag parses "-db FILE" for a subcommand; the file is required and nothing may follow it.
func dbFlag(name string, args []string, stderr io.Writer) (string, bool) {
	fs := newFlags(name, stderr)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	if err := fs.Parse(args); err != nil {
		return "", false
	}
	if *db == "" {
		fmt.Fprintf(stderr, "Thiếu tệp dữ liệu: thidua %s -db TỆP\n", name)
		return "", false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", fs.Arg(0))
		return "", false
	}
	return *db, true
}

// runDemo creates (or migrates) the database and loads the sample campaign into it.
func runDemo(args []string, stdout, stderr io.Writer) int {
	path, ok := dbFlag("demo", args, stderr)
	if !ok {
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.Open(ctx, path)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	if err := d.LoadSample(ctx, time.Now()); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã tạo dữ liệu mẫu (phong trào cải cách hành chính năm 2024, huyện Bắc Trà My) trong %s.\n", path)
	return exitOK
}

// runCheck refuses a missing file, then runs the integrity checks.
func runCheck(args []string, stdout, stderr io.Writer) int {
	path, ok := dbFlag("check", args, stderr)
	if !ok {
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, path)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	rep, err := d.Check(ctx)
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Tệp: %s\nPhiên bản dữ liệu: %d (chương trình: %d)\n", path, rep.SchemaVersion, rep.LatestVersion)
	if !rep.OK() {
		for _, p := range rep.Problems {
			fmt.Fprintln(stdout, "LỖI:", p)
		}
		return exitFailure
	}
	fmt.Fprintln(stdout, "Kiểm tra toàn vẹn và khóa ngoại: tốt.")
	return exitOK
}

// fail prints an error the Vietnamese way; internal causes go to the log line after it.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintln(stderr, app.ErrorMessage(err))
	var ae *app.Error
	if !errors.As(err, &ae) {
		fmt.Fprintln(stderr, "Chi tiết kỹ thuật:", err)
	}
	return exitFailure
}

// defaultDB is <user config dir>/ThiDuaCCHC/thidua.db (%AppData% on Windows).
func defaultDB() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "ThiDuaCCHC", "thidua.db")
}

func buildInfo() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		return "(" + bi.GoVersion + ")"
	}
	return ""
}
