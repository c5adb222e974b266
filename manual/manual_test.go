package manual

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func mustChapters(t *testing.T) []Chapter {
	t.Helper()
	chs, err := Chapters()
	if err != nil {
		t.Fatal(err)
	}
	if len(chs) < 10 {
		t.Fatalf("%d chapters", len(chs))
	}
	return chs
}

// Every tab of the window has its chapter; a sub-tab with its own chapter wins over its tab's.
func TestForTab_EveryTab(t *testing.T) {
	chs := mustChapters(t)
	for path, want := range map[string]string{
		"Đơn vị":                      "Đơn vị và cán bộ",
		"Tiêu chí/Chấm điểm":          "Tiêu chí: bộ tiêu chí, chấm điểm, thẩm định, xếp loại",
		"Sáng kiến":                   "Sáng kiến: đăng ký, hội đồng chấm, công nhận",
		"Khen thưởng/Sổ vàng":         "Khen thưởng: đề nghị, quyết định, Giấy khen, sổ vàng",
		"Cài đặt/Chung":               "Cài đặt: cơ quan, mức lương cơ sở, người ký",
		"Cài đặt/Sao lưu và phục hồi": "Sao lưu và phục hồi",
		"Cài đặt/Nhật ký thay đổi":    "Nhật ký thay đổi",
	} {
		ci, ok := ForTab(chs, strings.Split(path, "/"))
		if !ok || chs[ci].Title != want {
			t.Errorf("F1 on %s opens %q (%v), want %q", path, chs[ci].Title, ok, want)
		}
	}
	if _, ok := ForTab(chs, []string{"Không có"}); ok {
		t.Error("a tab no chapter names was found")
	}
}

func TestSearch_AccentsIgnored(t *testing.T) {
	chs := mustChapters(t)
	titles := func(q string) []string {
		var out []string
		for _, p := range Search(chs, q) {
			out = append(out, chs[p.Chapter].Sections[p.Section].Title)
		}
		return out
	}
	if got := titles("sao luu ngay"); !slices.Contains(got, "Sao lưu ngay và chép ra nơi khác") {
		t.Errorf("«sao luu ngay» found %q", got)
	}
	if got := titles("MỨC LƯƠNG CƠ SỞ"); !slices.Contains(got, "Mức lương cơ sở") {
		t.Errorf("«MỨC LƯƠNG CƠ SỞ» found %q", got)
	}
	if got := titles("unikey"); len(got) == 0 {
		t.Error("«unikey» found nothing")
	}
	if got := titles("xyzzy khong co"); len(got) != 0 {
		t.Errorf("nonsense found %q", got)
	}
	if got := titles("  "); got != nil {
		t.Errorf("an empty search found %q", got)
	}
}

func TestParseChapter(t *testing.T) {
	c, err := ParseChapter("x.md", "# Tựa\n<!-- tab: A/B -->\nMở đầu\ncòn nữa.\n\n## Phần một\n\n1. Bấm «Lưu».\n2. Xong.\n\n![Hình](shots/a.png)\n- ý\n> lưu ý\n> tiếp\n")
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Tựa" || len(c.Tabs) != 1 || c.Tabs[0] != "A/B" || len(c.Sections) != 2 {
		t.Fatalf("%+v", c)
	}
	var kinds []BlockKind
	for _, b := range c.Sections[1].Blocks {
		kinds = append(kinds, b.Kind)
	}
	if !slices.Equal(kinds, []BlockKind{Heading, Step, Step, Picture, Bullet, Note}) {
		t.Errorf("blocks %v", kinds)
	}
	if b := c.Sections[0].Blocks[1]; b.Kind != Paragraph || b.Text != "Mở đầu còn nữa." {
		t.Errorf("paragraph %+v", b)
	}
	if n := c.Sections[1].Blocks[5]; n.Text != "lưu ý tiếp" {
		t.Errorf("note %+v", n)
	}
	for _, bad := range []string{"chữ trước\n# T\n", "## Không tựa\n", "# A\n# B\n", "không có tựa\n"} {
		if _, err := ParseChapter("bad.md", bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	chs, err := Parse(fstest.MapFS{"README.md": {Data: []byte("# not a chapter")}, "2.md": {Data: []byte("# Hai")}, "1.md": {Data: []byte("# Một")}})
	if err != nil || len(chs) != 2 || chs[0].Title != "Một" {
		t.Errorf("Parse: %+v %v", chs, err)
	}
}

// Every picture a chapter shows is embedded.
func TestPictures_Embedded(t *testing.T) {
	chs := mustChapters(t)
	pics := Pictures(chs)
	if len(pics) < 10 {
		t.Fatalf("only %d pictures", len(pics))
	}
	for _, p := range pics {
		if b, err := Image(p); err != nil || len(b) < 1000 {
			t.Errorf("%s: %d bytes, %v", p, len(b), err)
		}
	}
}

// TestManual_QuotedNamesExist: every «…» of the manual is a label the window shows — a button,
// menu item, tab, check box, form field, label, placeholder, dialog title or choice of ui/*.go —
// exactly (a trailing «:» or «…» aside), so that a renamed button fails here until the manual follows.
func TestManual_QuotedNamesExist(t *testing.T) {
	labels, patterns := uiLabels(t, filepath.Join("..", "ui"))
	chs := mustChapters(t)
	n := 0
	for _, c := range chs {
		for _, s := range c.Sections {
			for _, q := range quoted(s.Markdown) {
				n++
				if !labels[labelKey(q)] && !slices.ContainsFunc(patterns, func(p *regexp.Regexp) bool { return p.MatchString(q) }) {
					t.Errorf("%s, «%s»: the manual quotes «%s», which the program does not show (no button, field, tab or label of ui/*.go is called so)", c.File, s.Title, q)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d quoted names: is the scan right?", n)
	}
}

// The labels' scan takes what is shown and nothing else: a button's label is found, a word inside
// it or a message is not.
func TestUILabels_Exact(t *testing.T) {
	dir := t.TempDir()
	src := `package ui
const saveLabel = "Lưu phiếu"
func f() {
	widget.NewButton("Sao lưu ngay", nil)
	widget.NewButton(saveLabel, nil)
	widget.NewFormItem("Độ lệch tối đa", nil)
	u.showForm("Hội đồng chấm", "Thêm thành viên", nil)
	widget.NewSelect([]string{"Tập thể", "Cá nhân"}, nil)
	b.SetText(toggle(true))
	fmt.Println("Sao lưu tay")
	u.notify("Đã lưu.")
	widget.NewFormItem("Quỹ năm "+strconv.Itoa(year), nil)
}
func toggle(on bool) string {
	if on {
		return "Ngừng theo dõi"
	}
	return "Theo dõi lại"
}
`
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	labels, patterns := uiLabels(t, dir)
	if len(patterns) != 1 || !patterns[0].MatchString("Quỹ năm …") || patterns[0].MatchString("Quỹ") {
		t.Errorf("patterns %v", patterns)
	}
	for _, ok := range []string{"Sao lưu ngay", "Sao lưu ngay…", "Lưu phiếu", "Độ lệch tối đa:", "Hội đồng chấm", "Thêm thành viên", "Cá nhân", "Theo dõi lại"} {
		if !labels[labelKey(ok)] {
			t.Errorf("«%s» not found", ok)
		}
	}
	for _, bad := range []string{"Sao lưu", "Lưu", "Sao lưu tay", "Đã lưu.", "Độ lệch"} {
		if labels[labelKey(bad)] {
			t.Errorf("«%s» found, but the program shows no such label", bad)
		}
	}
}

// labelKey is a label without a trailing «:» or «…» (the manual may quote «Sao lưu ngay» for the
// button «Sao lưu ngay…»).
func labelKey(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, ":"), "…"))
		if t == s {
			return s
		}
		s = t
	}
}

// labelCalls are the calls whose string arguments are labels the window shows: the argument
// positions, -1 for all of them.
var labelCalls = map[string][]int{
	"NewButton": {0}, "NewButtonWithIcon": {0}, "NewMenuItem": {0}, "NewMenu": {0},
	"NewFormItem": {0}, "NewTabItem": {0}, "NewTabItemWithIcon": {0}, "NewCheck": {0},
	"NewLabel": {0}, "NewLabelWithStyle": {0}, "SetPlaceHolder": {0}, "SetText": {0},
	"NewCustom": {0, 1}, "NewCustomConfirm": {0, 1, 2}, "NewCustomWithoutButtons": {0},
	"NewForm": {0, 1, 2}, "NewInformation": {0}, "NewConfirm": {0}, "ShowConfirm": {0},
	"confirm": {0}, "confirmOr": {0}, "showForm": {0, 1}, "form": {0, 1}, "askReason": {0, 1},
	"card": {0}, "bold": {0}, "note": {0}, "newPicker": {1},
	"NewSelect": {-1}, "newSelect": {-1}, "NewRadioGroup": {-1}, "NewCheckGroup": {-1}, "NewSelectEntry": {-1},
}

// uiLabels are the labels of the Go files in dir (tests left out), keyed by labelKey: the string
// arguments of labelCalls, literal, a constant or variable of the package, or a []string{…} of them;
// and the labels made of text and a number («"Quỹ năm " + year») as patterns, the number any text.
func uiLabels(t *testing.T, dir string) (map[string]bool, []*regexp.Regexp) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("sources in %s: %d, %v", dir, len(files), err)
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	consts := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, af)
		for _, d := range af.Decls {
			if g, ok := d.(*ast.GenDecl); ok && (g.Tok == token.CONST || g.Tok == token.VAR) {
				for _, sp := range g.Specs {
					vs := sp.(*ast.ValueSpec)
					for i, v := range vs.Values {
						if s, ok := stringLit(v, nil); ok && i < len(vs.Names) {
							consts[vs.Names[i].Name] = s
						}
					}
				}
			}
		}
	}
	out := map[string]bool{}
	var patterns []*regexp.Regexp
	labelFuncs := map[string]bool{} // functions whose result is shown as a label: their returns count
	var add func(e ast.Expr)
	add = func(e ast.Expr) {
		if s, ok := stringLit(e, consts); ok {
			out[labelKey(s)] = true
		} else if parts := concatParts(e, consts); len(parts) > 1 {
			for i := range parts {
				if parts[i] == "" {
					parts[i] = ".*" // the number or name put in
				} else {
					parts[i] = regexp.QuoteMeta(parts[i])
				}
			}
			patterns = append(patterns, regexp.MustCompile("^"+strings.Join(parts, "")+"$"))
		}
		switch x := e.(type) {
		case *ast.CompositeLit:
			for _, el := range x.Elts {
				add(el)
			}
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "append" {
				for _, a := range x.Args {
					add(a)
				}
			} else if ok {
				labelFuncs[id.Name] = true
			}
		}
	}
	// The package's []string and table-column variables are the choices and headings shown.
	for _, af := range parsed {
		for _, d := range af.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, sp := range g.Specs {
					for _, v := range sp.(*ast.ValueSpec).Values {
						if cl, ok := v.(*ast.CompositeLit); ok {
							add(cl)
						}
					}
				}
			}
		}
	}
	for _, af := range parsed {
		ast.Inspect(af, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
				for i, l := range as.Lhs { // x.PlaceHolder = "…"
					if sel, ok := l.(*ast.SelectorExpr); ok && sel.Sel.Name == "PlaceHolder" {
						add(as.Rhs[i])
					}
				}
			}
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := c.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			for _, i := range labelCalls[name] {
				for j, a := range c.Args {
					if i == -1 || i == j {
						add(a)
					}
				}
			}
			return true
		})
	}
	for _, af := range parsed {
		for _, d := range af.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && labelFuncs[fd.Name.Name] {
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if r, ok := n.(*ast.ReturnStmt); ok {
						for _, e := range r.Results {
							add(e)
						}
					}
					return true
				})
			}
		}
	}
	return out, patterns
}

// concatParts are the constant parts of a sum of strings, "" where a part is not constant.
func concatParts(e ast.Expr, consts map[string]string) []string {
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
		l, r := concatParts(b.X, consts), concatParts(b.Y, consts)
		if len(l) > 0 && len(r) > 0 && l[len(l)-1] != "" && r[0] != "" { // two constants side by side
			l[len(l)-1] += r[0]
			r = r[1:]
		}
		return append(l, r...)
	}
	if s, ok := stringLit(e, consts); ok {
		return []string{s}
	}
	return []string{""}
}

// stringLit is the value of a string literal, a constant of consts, or a sum of those.
func stringLit(e ast.Expr, consts map[string]string) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.Ident:
		s, ok := consts[x.Name]
		return s, ok
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		a, ok1 := stringLit(x.X, consts)
		b, ok2 := stringLit(x.Y, consts)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return stringLit(x.X, consts)
	}
	return "", false
}

func TestQuoted_Nested(t *testing.T) {
	got := quoted("Bấm «Tạo quyết định từ các đề nghị «Đạt»» rồi «Lưu».")
	if !slices.Equal(got, []string{"Tạo quyết định từ các đề nghị «Đạt»", "Lưu"}) {
		t.Errorf("%q", got)
	}
}

// quoted are the outermost «…» of a text, nested ones kept inside.
func quoted(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '«':
			if depth == 0 {
				start = i + len("«")
			}
			depth++
		case '»':
			if depth > 0 {
				depth--
				if depth == 0 {
					out = append(out, s[start:i])
				}
			}
		}
	}
	return out
}

// BenchmarkSearch: one search over the whole manual, as each letter typed in the help window runs it.
func BenchmarkSearch(b *testing.B) {
	chs, err := Chapters()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if len(Search(chs, "sao luu phuc hoi")) == 0 {
			b.Fatal("nothing found")
		}
	}
}

// The search matches at the start of words, the chapter's title counts for its sections, a word
// typed with accents matches only itself, and the best matches come first.
func TestSearch_WordStartsAndRank(t *testing.T) {
	chs := mustChapters(t)
	title := func(p Place) string { return chs[p.Chapter].Sections[p.Section].Title }
	got := Search(chs, "khen thuong so vang") // the chapter's opening, then «Sổ vàng» before the other sections
	if len(got) < 2 || !slices.ContainsFunc(got[:2], func(p Place) bool { return title(p) == "Sổ vàng" }) {
		t.Errorf("«khen thuong so vang» found first %v", got)
	}
	c, err := ParseChapter("x.md", "# Báo cáo\n\n## Số lượng\n\nĐếm số lượng đơn vị.\n\n## Mức lương\n\nLương cơ sở.\n\n## Hành chính\n\nCải cách.\n")
	if err != nil {
		t.Fatal(err)
	}
	one := []Chapter{c}
	titles := func(q string) []string {
		var out []string
		for _, p := range Search(one, q) {
			out = append(out, one[0].Sections[p.Section].Title)
		}
		return out
	}
	for q, want := range map[string][]string{
		"lương":        {"Mức lương"},             // accents typed: only «lương»
		"luong":        {"Số lượng", "Mức lương"}, // no accents: both
		"anh":          nil,                       // not inside «hành»
		"hanh chinh":   {"Hành chính"},            // the words one after another
		"bao cao muc":  {"Mức lương"},             // the chapter's title counts
		"cai cach":     {"Hành chính"},            // the text
		"muc luong co": {"Mức lương"},             // title words first …
		"co":           {"Mức lương"},             // «co» begins «cơ», not «cách»
	} {
		if g := titles(q); !slices.Equal(g, want) {
			t.Errorf("«%s» found %q, want %q", q, g, want)
		}
	}
	// A section whose title holds the words comes before one whose text does.
	if g := titles("so luong"); len(g) == 0 || g[0] != "Số lượng" {
		t.Errorf("«so luong» found %q", g)
	}
}

// F1 opens the section that names the sub-tab, else the chapter.
func TestPlaceForTab_Sections(t *testing.T) {
	chs := mustChapters(t)
	for path, want := range map[string]string{
		"Tiêu chí/Xếp hạng":      "Xếp hạng, xếp loại và báo cáo",
		"Khen thưởng/Sổ vàng":    "Sổ vàng",
		"Cài đặt/Phôi Giấy khen": "In trên phôi và canh chỉnh máy in",
		"Cài đặt/Người ký":       "Người ký",
	} {
		p, ok := PlaceForTab(chs, strings.Split(path, "/"))
		if !ok || p.Section < 0 || chs[p.Chapter].Sections[p.Section].Title != want {
			t.Errorf("F1 on %s opens %+v, want the section «%s»", path, p, want)
		}
	}
	if p, ok := PlaceForTab(chs, []string{"Đơn vị"}); !ok || p.Section != -1 {
		t.Errorf("F1 on Đơn vị opens %+v, want the whole chapter", p)
	}
}
