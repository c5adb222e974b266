package unitbook

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"thidua/app"
)

// Return is one returned workbook read and planned: refused (Err, or Errors by cell) or ready.
type Return struct {
	File   string
	SHA256 string
	Book   app.ReturnedBook
	Plan   app.BookPlan
	Errors []*app.Error // bad cells: the workbook is refused
	Err    error        // not ours, another campaign, locked content changed, damaged
	data   []byte       // the file as received, kept as the report's evidence on Apply
}

// Refused reports whether the workbook cannot be taken.
func (r Return) Refused() bool { return r.Err != nil || len(r.Errors) > 0 }

// ReadReturn reads one returned file and plans its changes; nothing is stored.
func ReadReturn(ctx context.Context, svc app.WorkbookService, books app.UnitBooks, campaignID int64, data []byte, name string) Return {
	sum := sha256.Sum256(data)
	r := Return{File: name, SHA256: hex.EncodeToString(sum[:]), data: data}
	if r.Book, r.Err = books.ReadUnitBook(bytes.NewReader(data), name); r.Err != nil {
		return r
	}
	r.Plan, r.Errors, r.Err = svc.PrepareReturn(ctx, campaignID, r.Book)
	return r
}

// Apply stores a return that was not refused, for the period (0: none) on the day received; the
// plan stored replaces the one shown (they differ only if the data changed meanwhile).
func (r *Return) Apply(ctx context.Context, svc app.WorkbookService, campaignID int64, rc app.BookReceipt) {
	if r.Refused() {
		return
	}
	rc.FileName, rc.SHA256, rc.Data = r.File, r.SHA256, r.data
	r.Plan, r.Errors, r.Err = svc.ApplyReturn(ctx, campaignID, r.Book, rc)
}

// RefuseCopies refuses every copy of a workbook that appears more than once in one run (same
// workbook id): which one is the unit's last word cannot be told from the files, so none is taken.
func RefuseCopies(rs []Return) {
	byID := map[string][]int{}
	for i, r := range rs {
		if id := r.Book.Meta.BookID; id != "" {
			byID[id] = append(byID[id], i)
		}
	}
	for _, is := range byID {
		if len(is) < 2 {
			continue
		}
		names := make([]string, len(is))
		for k, i := range is {
			names[k] = rs[i].File
		}
		err := app.Errorf(app.ECONFLICT, "Sổ của %s có %d bản trong lần nhận này: %s; hãy để lại một bản rồi nhận lại.",
			rs[is[0]].Book.Meta.Unit, len(is), strings.Join(names, ", "))
		for _, i := range is {
			rs[i].Err = err
		}
	}
}

// Result is the line of the folder summary: «Đã nhận», «Không nhận: …».
func (r Return) Result() string {
	switch {
	case r.Err != nil:
		return "Không nhận: " + app.ErrorMessage(r.Err)
	case len(r.Errors) > 0:
		return "Không nhận: " + strconv.Itoa(len(r.Errors)) + " ô sai, ô đầu: " + r.Errors[0].Error()
	}
	return "Nhận được"
}

// SummaryHeader is the layout of the folder summary.
var SummaryHeader = []string{"Tệp", "Đơn vị", "Kết quả", "Tự chấm (mới/sửa)", "Đề nghị (mới/sửa/bỏ)", "Sáng kiến (mới/sửa)"}

// SummaryTable is the table that ends a folder run: one line per file.
func SummaryTable(rs []Return) app.Table {
	t := app.Table{Header: SummaryHeader, HeaderRow: 1}
	for _, r := range rs {
		unit := r.Book.Meta.Unit
		if r.Plan.Unit.Name != "" {
			unit = r.Plan.Unit.Name
		}
		c := func(sheet string, kinds ...app.BookChangeKind) string {
			if r.Refused() {
				return ""
			}
			s := ""
			for i, k := range kinds {
				if i > 0 {
					s += "/"
				}
				s += strconv.Itoa(r.Plan.Count(sheet, k))
			}
			return s
		}
		t.AddRow([]string{r.File, unit, r.Result(), c(app.BookScoreSheet, app.BookAdded, app.BookChanged),
			c(app.BookProposalSheet, app.BookAdded, app.BookChanged, app.BookRemoved), c(app.BookInitiativeSheet, app.BookAdded, app.BookChanged)})
	}
	return t
}

// ChangesTable is a plan's preview as a table: Trang, Mục, Thay đổi, Cũ, Mới, Ghi chú.
func ChangesTable(p app.BookPlan) app.Table {
	t := app.Table{Header: []string{"Trang", "Mục", "Thay đổi", "Cũ", "Mới", "Ghi chú"}, HeaderRow: 1}
	for _, k := range app.BookChangeKinds {
		for _, c := range p.Changes {
			if c.Kind == k {
				t.AddRow([]string{c.Sheet, c.Item, string(c.Kind), c.Old, c.New, c.Reason})
			}
		}
	}
	return t
}
