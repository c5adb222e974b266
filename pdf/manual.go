package pdf

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"thidua/assets"
	"thidua/manual"
)

// Manual lays out «Hướng dẫn sử dụng»: a cover, the table of contents with page numbers, then
// each chapter from a new page — headings, paragraphs, numbered steps, bullets, remarks and the
// screenshots — with page numbers at the foot. It is laid out twice: the first pass learns on
// which page each chapter and section starts, the second prints those numbers in the contents
// (which take the same pages both times). It returns the number of pages.
func Manual(w io.Writer, chs []manual.Chapter, version string) (int, error) {
	first, err := layoutManual(chs, version, nil)
	if err != nil {
		return 0, err
	}
	final, err := layoutManual(chs, version, first.pages)
	if err != nil {
		return 0, err
	}
	if err := final.f.Output(w); err != nil {
		return 0, err
	}
	return final.f.PageCount(), nil
}

// manualDoc is one pass of the layout.
type manualDoc struct {
	f       *fpdf.Fpdf
	y       float64
	pages   map[manual.Place]int // where each chapter (Section -1) and section starts
	images  map[string]bool      // registered already
	version string
	noteBar bool // richText draws a remark's bar beside its lines, on each page they reach
	// onLine and onBar, when set, are told where each line of text and each remark's bar went
	// (tests check the page flow with them).
	onLine func(page int, y float64)
	onBar  func(page int, top, bottom float64)
}

// bar is a remark's grey bar beside the lines from top to bottom of this page.
func (m *manualDoc) bar(top, bottom float64) {
	if m.onBar != nil {
		m.onBar(m.f.PageNo(), top, bottom)
	}
	m.f.SetDrawColor(150, 150, 150)
	m.f.SetLineWidth(0.8)
	m.f.Line(marginLeft+2, top+1, marginLeft+2, bottom-1)
	m.f.SetLineWidth(0.2)
	m.f.SetDrawColor(0, 0, 0)
}

func layoutManual(chs []manual.Chapter, version string, pages map[manual.Place]int) (*manualDoc, error) {
	m, err := newManualDoc(version)
	if err != nil {
		return nil, err
	}
	m.cover()
	m.contents(chs, pages)
	for ci, c := range chs {
		m.chapter(ci, c)
	}
	if err := m.f.Error(); err != nil {
		return nil, fmt.Errorf("pdf: hướng dẫn sử dụng: %w", err)
	}
	return m, nil
}

// newManualDoc is an empty manual: the fonts, the document's title and date, the page numbers.
func newManualDoc(version string) (*manualDoc, error) {
	f, err := newDocument()
	if err != nil {
		return nil, err
	}
	for _, face := range []struct {
		style string
		ttf   []byte
	}{{regular, assets.SansRegular}, {bold, assets.SansBold}} {
		if len(face.ttf) == 0 {
			return nil, errNoFont
		}
		f.AddUTF8FontFromBytes(sansFamily, face.style, face.ttf)
	}
	stamp(f, "Hướng dẫn sử dụng Thi đua CCHC", buildDate())
	m := &manualDoc{f: f, pages: map[manual.Place]int{}, images: map[string]bool{}, version: version}
	f.SetFooterFunc(m.footer)
	return m, nil
}

// buildDate is when the program was built, the manual's date: the commit's time the Go tool
// stamped in (vcs.time), else the program file's time; never 1970.
func buildDate() time.Time {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.time" {
				if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
					return t.UTC()
				}
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if st, err := os.Stat(exe); err == nil {
			return st.ModTime().UTC().Truncate(time.Second)
		}
	}
	return time.Now().UTC().Truncate(time.Second)
}

// footer numbers every page but the cover, centred at the foot.
func (m *manualDoc) footer() {
	n := m.f.PageNo()
	if n < 2 {
		return
	}
	m.f.SetFont(family, regular, manSizeFooter)
	s := strconv.Itoa(n)
	m.f.Text((pageW-m.f.GetStringWidth(s))/2, manFooterY, s)
}

func (m *manualDoc) newPage(top float64) {
	m.f.AddPage()
	m.y = top
}

// need starts a new page when h more millimetres do not fit on this one.
func (m *manualDoc) need(h float64) {
	if m.y+h > bottomLimit {
		m.newPage(marginTop)
	}
}

func (m *manualDoc) cover() {
	m.newPage(marginTop)
	f := m.f
	centre := func(fam, style string, size, y float64, s string) {
		f.SetFont(fam, style, size)
		f.Text(marginLeft+(textW-f.GetStringWidth(s))/2, y, s)
	}
	f.SetDrawColor(40, 70, 140)
	f.SetLineWidth(0.8)
	f.Line(marginLeft, 95, pageW-marginRight, 95)
	centre(sansFamily, bold, 30, 120, "HƯỚNG DẪN SỬ DỤNG")
	centre(sansFamily, bold, 22, 140, "Thi đua CCHC")
	centre(family, italic, 14, 155, "Phần mềm quản lý phong trào thi đua cải cách hành chính")
	centre(family, italic, 14, 162, "dành cho Phòng Nội vụ")
	f.Line(marginLeft, 175, pageW-marginRight, 175)
	if m.version != "" {
		centre(family, regular, 13, 190, "Phiên bản "+m.version)
	}
	f.SetLineWidth(0.2)
	f.SetDrawColor(0, 0, 0)
}

// contents is the table of contents: each chapter in bold, its sections under it, dotted leaders
// to the page numbers (blank in the first pass).
func (m *manualDoc) contents(chs []manual.Chapter, pages map[manual.Place]int) {
	m.newPage(marginTop)
	f := m.f
	f.SetFont(sansFamily, bold, manSizeChapter)
	f.Text(marginLeft, m.y+7, "MỤC LỤC")
	m.y += 18
	for ci, c := range chs {
		m.tocLine(strconv.Itoa(ci+1)+". "+c.Title, 0, true, pages[manual.Place{Chapter: ci, Section: -1}])
		for si, s := range c.Sections {
			if s.Level == 2 {
				m.tocLine(s.Title, manIndent, false, pages[manual.Place{Chapter: ci, Section: si}])
			}
		}
	}
}

func (m *manualDoc) tocLine(text string, indent float64, strong bool, page int) {
	m.need(manLineTOC)
	f := m.f
	style := regular
	if strong {
		style = bold
		m.y += 1.5
	}
	f.SetFont(family, style, manSizeTOC)
	num := ""
	if page > 0 {
		num = strconv.Itoa(page)
	}
	numW := 12.0
	avail := textW - indent - numW - 4
	if f.GetStringWidth(text) > avail {
		for f.GetStringWidth(text+"…") > avail && len(text) > 0 {
			_, size := lastRune(text)
			text = text[:len(text)-size]
		}
		text += "…"
	}
	base := m.y + manLineTOC - 2
	f.Text(marginLeft+indent, base, text)
	dotsFrom := marginLeft + indent + f.GetStringWidth(text) + 2
	dotsTo := pageW - marginRight - numW
	f.SetFont(family, regular, manSizeTOC)
	dot := f.GetStringWidth(".")
	for x := dotsFrom; x+dot < dotsTo; x += dot * 1.6 {
		f.Text(x, base, ".")
	}
	f.SetFont(family, style, manSizeTOC)
	f.Text(pageW-marginRight-f.GetStringWidth(num), base, num)
	m.y += manLineTOC
}

// chapter starts on a new page with its number and title, then its sections.
func (m *manualDoc) chapter(ci int, c manual.Chapter) {
	m.newPage(manChapterTop)
	m.pages[manual.Place{Chapter: ci, Section: -1}] = m.f.PageNo()
	for si, s := range c.Sections {
		for bi, b := range s.Blocks {
			if b.Kind == manual.Heading && b.Level == 2 && bi == 0 {
				m.need(manSizeSection*0.6 + 3*manLineText) // a heading is never last on a page
				m.pages[manual.Place{Chapter: ci, Section: si}] = m.f.PageNo()
			}
			m.block(ci, b)
		}
	}
}

func (m *manualDoc) block(ci int, b manual.Block) {
	switch b.Kind {
	case manual.Heading:
		m.heading(ci, b)
	case manual.Paragraph:
		m.richText(b.Text, 0, "")
		m.y += manParaGap
	case manual.Step:
		m.richText(b.Text, manIndent, strconv.Itoa(b.N)+".")
		m.y += 1
	case manual.Bullet:
		m.richText(b.Text, manIndent, "•")
		m.y += 1
	case manual.Note:
		m.noteBar = true
		m.richText(b.Text, manIndent, "")
		m.noteBar = false
		m.y += manParaGap
	case manual.Picture:
		m.picture(b)
	}
}

func (m *manualDoc) heading(ci int, b manual.Block) {
	f := m.f
	switch b.Level {
	case 1:
		f.SetFont(sansFamily, regular, 13)
		f.SetTextColor(40, 70, 140)
		f.Text(marginLeft, m.y, "Chương "+strconv.Itoa(ci+1))
		f.SetTextColor(0, 0, 0)
		m.y += 4
		m.wrapped(b.Text, sansFamily, bold, manSizeChapter, 8.5)
		f.SetDrawColor(40, 70, 140)
		f.Line(marginLeft, m.y+1, pageW-marginRight, m.y+1)
		f.SetDrawColor(0, 0, 0)
		m.y += 7
	case 2:
		m.y += 3
		m.wrapped(b.Text, sansFamily, bold, manSizeSection, 7)
		m.y += 1.5
	default:
		m.need(3 * manLineText)
		m.wrapped(b.Text, sansFamily, bold, manSizeSub, manLineText)
		m.y += 0.5
	}
}

// wrapped writes a heading in one style, wrapped to the text width.
func (m *manualDoc) wrapped(text, fam, style string, size, line float64) {
	m.f.SetFont(fam, style, size)
	for _, l := range m.f.SplitText(text, textW) {
		m.need(line)
		m.f.Text(marginLeft, m.y+line-1.8, l)
		m.y += line
	}
}

// picture draws a screenshot across the text width with a thin frame, its caption under it; a
// picture that does not fit the rest of the page goes to the next.
func (m *manualDoc) picture(b manual.Block) {
	data, err := manual.Image(b.Image)
	if err != nil {
		m.f.SetError(fmt.Errorf("hình %s: %w", b.Image, err))
		return
	}
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	info := m.f.RegisterImageOptionsReader(b.Image, opt, bytes.NewReader(data))
	if info == nil || m.f.Error() != nil {
		return
	}
	w := textW
	h := w * info.Height() / info.Width()
	m.need(manPictureGap + h + manPictureGap + manLineText)
	m.y += manPictureGap
	m.f.ImageOptions(b.Image, marginLeft, m.y, w, h, false, opt, 0, "")
	m.f.SetDrawColor(160, 160, 160)
	m.f.Rect(marginLeft, m.y, w, h, "D")
	m.f.SetDrawColor(0, 0, 0)
	m.y += h + manPictureGap
	m.f.SetFont(family, italic, manSizeCaption)
	for _, l := range m.f.SplitText(b.Text, textW) {
		m.f.Text(marginLeft+(textW-m.f.GetStringWidth(l))/2, m.y+4, l)
		m.y += 5
	}
	m.y += manParaGap
}
