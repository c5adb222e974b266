package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"thidua/app"
	"thidua/app/docs"
	"thidua/app/viet"
	"thidua/data"
	"thidua/pdf"
)

// The lists «thidua print» writes besides decisions and certificates.
var listPrints = map[string]string{
	"initiatives": "danh sách sáng kiến được công nhận cấp huyện",
	"council":     "bảng tổng hợp kết quả chấm sáng kiến",
	"proposals":   "danh sách đề nghị khen thưởng",
}

// sameFile reports whether out names the database itself: no output ever replaces it.
func sameFile(out, db string) bool {
	a, errA := filepath.Abs(out)
	b, errB := filepath.Abs(db)
	if errA == nil && errB == nil && a == b {
		return true
	}
	sa, errA := os.Stat(out)
	sb, errB := os.Stat(db)
	return errA == nil && errB == nil && os.SameFile(sa, sb)
}

// parseAsOf reads -asof dd/mm/yyyy; "" is the planned signing date of the campaign, as in the tab.
func parseAsOf(s string, c app.Campaign, today time.Time) (time.Time, error) {
	if s == "" {
		return app.DefaultSigningDate(c, today), nil
	}
	t, err := viet.ParseDate(s)
	if err != nil {
		return t, app.Errorf(app.EINVALID, "Ngày -asof «%s» không đúng dạng dd/mm/yyyy.", s)
	}
	return t, nil
}

func campaignByID(ctx context.Context, d *data.DB, id int64) (app.Campaign, error) {
	cs, err := d.Campaigns(ctx)
	if err != nil {
		return app.Campaign{}, err
	}
	for _, c := range cs {
		if c.ID == id {
			return c, nil
		}
	}
	return app.Campaign{}, app.Errorf(app.ENOTFOUND, "Không tìm thấy phong trào.")
}

// runPrintList writes «print initiatives|council|proposals -db FILE -year 2024 [-asof dd/mm/yyyy] -o OUT.pdf».
func runPrintList(args []string, stdout, stderr io.Writer) int {
	what := args[0]
	fs := flag.NewFlagSet("print "+what, flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "tệp cơ sở dữ liệu")
	year := fs.Int("year", 0, "năm của phong trào")
	asof := fs.String("asof", "", "ngày kiểm tra điều kiện (dd/mm/yyyy), mặc định ngày dự kiến ký")
	out := fs.String("o", "", "tệp PDF")
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	switch {
	case *db == "" || *out == "" || *year == 0:
		fmt.Fprintf(stderr, "Cần -db, -year và -o: thidua print %s -db TỆP -year 2024 -o TỆP.pdf\n", what)
		return exitUsage
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "Thừa tham số «%s». Tùy chọn phải đặt trước tên tệp.\n", fs.Arg(0))
		return exitUsage
	case sameFile(*out, *db):
		fmt.Fprintln(stderr, "Tệp xuất ra trùng với tệp dữ liệu; hãy chọn tên khác.")
		return exitUsage
	}
	ctx := context.Background()
	d, err := data.OpenExisting(ctx, *db)
	if err != nil {
		return fail(stderr, err)
	}
	defer d.Close()
	l, err := gatherList(ctx, d, what, *year, *asof)
	if err != nil {
		return fail(stderr, err)
	}
	var buf bytes.Buffer
	if err := pdf.PrintList(&buf, l); err != nil {
		return fail(stderr, err)
	}
	if err := writeOutput(*db, *out, writeBytes(buf.Bytes())); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "Đã ghi %s vào %s (%d trang).\n", listPrints[what], *out, pdf.PageCount(buf.Bytes()))
	return exitOK
}

// gatherList builds the content of one list from the database.
func gatherList(ctx context.Context, d *data.DB, what string, year int, asof string) (docs.PrintList, error) {
	if what == "initiatives" {
		return docs.InitiativeListDocument(ctx, d, year)
	}
	id, err := campaignOf(ctx, d, year)
	if err != nil {
		return docs.PrintList{}, err
	}
	c, err := campaignByID(ctx, d, id)
	if err != nil {
		return docs.PrintList{}, err
	}
	s, err := d.Settings(ctx)
	if err != nil {
		return docs.PrintList{}, err
	}
	if what == "council" {
		rs, err := d.CouncilResults(ctx, id)
		if err != nil {
			return docs.PrintList{}, err
		}
		if len(rs) == 0 {
			return docs.PrintList{}, app.Errorf(app.ENOTFOUND, "Phong trào năm %d chưa có sáng kiến nào qua Hội đồng chấm.", year)
		}
		return docs.BuildCouncilSummary(rs, c, s, councilDate(ctx, d, id)), nil
	}
	on, err := parseAsOf(asof, c, time.Now())
	if err != nil {
		return docs.PrintList{}, err
	}
	ps, err := d.Proposals(ctx, id)
	if err != nil {
		return docs.PrintList{}, err
	}
	reasons, err := d.Eligibility(ctx, id, on)
	if err != nil {
		return docs.PrintList{}, err
	}
	return docs.BuildProposalReview(ps, reasons, c, s, on), nil
}

// councilDate is the date of the council's meeting: the latest Hội đồng chấm step of the campaign.
func councilDate(ctx context.Context, d *data.DB, campaignID int64) time.Time {
	var last time.Time
	ins, err := d.InitiativeList(ctx, app.InitiativeFilter{CampaignID: campaignID})
	if err != nil {
		return last
	}
	for _, in := range ins {
		r, err := d.InitiativeRecord(ctx, in.ID)
		if err != nil {
			continue
		}
		for _, s := range r.History {
			if s.Step == app.StepCouncil && s.On.After(last) {
				last = s.On
			}
		}
	}
	return last
}
