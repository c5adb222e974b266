package lists

import (
	"strings"
	"testing"

	"thidua/app"
	"thidua/app/viet"
)

// fuzzTable is a table of the given columns whose data rows are the lines of s, cells split by tabs.
func fuzzTable(cols []ImportColumn, s string) app.Table {
	var rows [][]string
	for _, line := range strings.Split(s, "\n") {
		rows = append(rows, strings.Split(line, "\t"))
	}
	return table(columnNamesOf(cols), rows...)
}

// checkParse holds for every parser: every error placed on a row of the file, every text stored
// NFC and printable. (A parser returns the good rows beside the errors; the import stores nothing
// when there is any error — that is the callers' contract, tested with the imports.)
func checkParse[T any](t *testing.T, tab app.Table, got []T, errs []*app.Error, texts func(T) []string) {
	t.Helper()
	last := tab.RowNums[len(tab.RowNums)-1]
	for _, e := range errs {
		if e.Row < 1 || e.Row > last || e.Message == "" || app.ErrorCode(e) != app.EINVALID {
			t.Fatalf("error not placed on a row: %+v", e)
		}
	}
	for _, x := range got {
		for _, s := range texts(x) {
			if !viet.IsNFC(s) || s != viet.Normalize(s) && !strings.Contains(s, "\n") {
				t.Fatalf("stored text %q is not normalised", s)
			}
			if _, bad := firstAboveBMP(s); bad {
				t.Fatalf("stored text %q has a character the PDF cannot print", s)
			}
		}
	}
}

var fuzzSeeds = []string{
	"UBND xã Trà Bui\tXã\tTrà Bui\tHồ Văn Thanh\t\t0235 3882 101\ta@b.vn",
	"Nguyễn Thị Hồng Nhung\tNữ\t1988\tChuyên viên\tTrà Bui\tCông chức",
	"Cá nhân\tNguyễn Thị Hồng Nhung\tNữ\tChuyên viên\tTrà Bui\tGiấy khen\tThành tích tốt",
	"07/QĐ-UBND\t10/01/2025\tHồ Văn Minh\tChủ tịch\tGiấy khen\tTập thể\tUBND xã Trà Bui\t\t\tTrà Bui\tTốt\t2025-001",
	"\t\t\n=1+1\t😀\t19a5", "2023--5", "\"\t\"\"\t'", "07/QĐ-UBND\t31/02/2025",
}

func FuzzParseUnitsRows(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tab := fuzzTable(UnitColumns, s)
		us, errs := ParseUnits(tab)
		checkParse(t, tab, us, errs, func(u app.Unit) []string { return []string{u.Name, u.ShortName, u.Head, u.Address, u.Phone, u.Email} })
	})
}

func FuzzParsePeopleRows(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tab := fuzzTable(PersonColumns, s)
		ps, errs := ParsePeople(tab, testUnits, 2026)
		checkParse(t, tab, ps, errs, func(p app.Person) []string { return []string{p.FullName, p.Position} })
		for _, p := range ps {
			if p.BirthYear != 0 && (p.BirthYear < 1900 || p.BirthYear > 2026) {
				t.Fatalf("birth year %d accepted", p.BirthYear)
			}
		}
	})
}

func FuzzParseProposalsRows(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tab := fuzzTable(ProposalColumns, s)
		ps, errs := ParseProposals(tab, testUnits, testPeople, testForms)
		checkParse(t, tab, ps, errs, func(p app.Proposal) []string { return []string{p.Achievement} })
	})
}

func FuzzParseAwardHistoryRows(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tab := fuzzTable(AwardColumns, s)
		ds, errs := ParseAwardHistory(tab, testUnits, testPeople, testForms)
		checkParse(t, tab, ds, errs, func(d app.HistoricalDecision) []string { return []string{d.Symbol, d.SignerName, d.SignerTitle} })
		for _, d := range ds {
			if d.SignedOn.Year() < minDecisionYear || d.SignedOn.Year() > maxDecisionYear || d.Number <= 0 {
				t.Fatalf("decision %d/%s of %v accepted", d.Number, d.Symbol, d.SignedOn)
			}
			for _, a := range d.Awards {
				if a.CertYear != 0 && (a.CertYear < minCertYear || a.CertYear > maxCertYear || a.CertSeq <= 0) {
					t.Fatalf("register number %d-%d accepted", a.CertYear, a.CertSeq)
				}
			}
		}
	})
}
