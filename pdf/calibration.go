package pdf

import (
	"io"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"thidua/app"
)

// Calibration writes one page the size of the blank to w: a millimetre grid numbered every
// centimetre, every field's box outlined with its Vietnamese name inside, all moved by the
// printer's offset exactly as the certificates are (TransformTranslate) — printed on plain paper
// and laid on a blank against the light, it shows where each field would land. A title line
// says what the page is for, and a 100 mm ruler checks that the printer does not scale (the
// PDF cannot forbid a viewer to "fit to page"). The bytes depend on l alone.
func Calibration(w io.Writer, l app.BlankLayout) error {
	if err := checkBlankLayout(l); err != nil {
		return err
	}
	f, err := newSizedDocument(l.PageW, l.PageH)
	if err != nil {
		return err
	}
	m, err := newCertMeasure()
	if err != nil {
		return err
	}
	stamp(f, calibDocTitle, time.Time{})
	f.AddPage()
	f.TransformBegin()
	f.TransformTranslate(l.OffsetX, l.OffsetY)
	calibGrid(f, l.PageW, l.PageH)
	for _, fl := range l.Fields {
		calibBox(f, m, fl)
	}
	f.TransformEnd()
	calibHeader(f, m, l)
	calibRuler(f)
	return f.Output(w)
}

// Calibration writes the calibration page as PDF (see the function Calibration).
func (Documents) Calibration(w io.Writer, l app.BlankLayout) error { return Calibration(w, l) }

// calibGrid draws light lines every 5 mm and darker ones every 10 mm, the darker numbered in
// millimetres along the top and left edges (inside the margin printers leave blank).
func calibGrid(f *fpdf.Fpdf, pw, ph float64) {
	for _, pass := range []struct {
		step, width float64
		grey        int
	}{{calibMinor, calibMinorW, calibMinorGrey}, {calibMajor, calibMajorW, calibMajorGrey}} {
		f.SetDrawColor(pass.grey, pass.grey, pass.grey)
		f.SetLineWidth(pass.width)
		for x := pass.step; x < pw; x += pass.step {
			f.Line(x, 0, x, ph)
		}
		for y := pass.step; y < ph; y += pass.step {
			f.Line(0, y, pw, y)
		}
	}
	f.SetFont(family, regular, calibSizeNumber)
	f.SetTextColor(calibMajorGrey-40, calibMajorGrey-40, calibMajorGrey-40)
	for x := 2 * calibMajor; x < pw-calibMajor/2; x += calibMajor {
		f.Text(x+0.6, calibMajor-1, strconv.Itoa(int(x)))
	}
	for y := 2 * calibMajor; y < ph-calibMajor/2; y += calibMajor {
		f.Text(calibMajor-0.6-f.GetStringWidth(strconv.Itoa(int(y))), y-0.6, strconv.Itoa(int(y)))
	}
}

// calibBox outlines a field's box in red and writes its name and font inside, top left.
func calibBox(f *fpdf.Fpdf, m *certMeasure, fl app.BlankField) {
	certSetDraw(f, certRed)
	f.SetLineWidth(calibBoxW)
	f.Rect(fl.X, fl.Y, fl.W, fl.H, "D")
	label := app.BlankFieldLabel(fl.Field) + " · " + strconv.FormatFloat(fl.Size, 'f', -1, 64) + " pt"
	if fl.Bold {
		label += " đậm"
	}
	label += " · " + calibAlign(fl.Align)
	pad := min(0.8, fl.W/10)
	t := m.line(family, italic, label, fl.W-2*pad, fl.H, calibSizeLabel)
	certSetText(f, certRed)
	t.draw(f, fl.X+pad, fl.Y+min(0.4, (fl.H-t.height())/2), fl.W-2*pad, "L")
	certSetText(f, certBlack)
}

// calibAlign names an alignment.
func calibAlign(a string) string {
	switch a {
	case "C":
		return "giữa"
	case "R":
		return "phải"
	}
	return "trái"
}

// calibHeader writes what the page is for, the sheet and the offset, on a white ground at the
// top (not moved by the offset: it is not part of the blank).
func calibHeader(f *fpdf.Fpdf, m *certMeasure, l app.BlankLayout) {
	lines := []struct {
		text, style string
		size        float64
	}{
		{"Trang canh chỉnh phôi Giấy khen — in trên giấy thường, đặt lên phôi để so", bold, calibSizeTitle},
		{"Khổ phôi " + calibMM(l.PageW) + " × " + calibMM(l.PageH) + " mm; độ lệch máy in: ngang " + calibMM(l.OffsetX) +
			" mm, dọc " + calibMM(l.OffsetY) + " mm (số dương: sang phải, xuống dưới). In ở cỡ thực tế (Actual size / 100%).",
			regular, calibSizeNote},
	}
	w := min(l.PageW-2*calibMajor, 250)
	x, y := (l.PageW-w)/2, calibTitleTop
	for _, ln := range lines {
		t := m.line(family, ln.style, ln.text, w, certLineH(ln.size), ln.size)
		f.SetFillColor(255, 255, 255)
		tw := m.width(family, ln.style, t.size, ln.text)
		f.Rect(x+(w-tw)/2-1, y, tw+2, t.height(), "F")
		t.draw(f, x, y, w, "C")
		y += t.height()
	}
}

// calibRuler draws a 100 mm ruler with millimetre ticks and centimetre numbers, on a white
// ground: measured on the print, it must be 100 mm.
func calibRuler(f *fpdf.Fpdf) {
	const caption = "Thước 100 mm (số là cm): đo trên bản in phải đúng 100 mm. In ở cỡ thực tế (Actual size / 100%)."
	x0, y := calibRulerX, calibRulerY
	f.SetFont(family, italic, calibSizeRuler)
	f.SetFillColor(255, 255, 255)
	f.Rect(x0-3, y-calibTickCM-4, max(calibRulerLen, f.GetStringWidth(caption))+6, calibTickCM+9, "F")
	certSetDraw(f, certBlack)
	f.SetLineWidth(0.15)
	f.Line(x0, y, x0+calibRulerLen, y)
	f.SetFont(family, regular, calibSizeRuler)
	for mm := 0; mm <= int(calibRulerLen); mm++ {
		tick := calibTickMM
		switch {
		case mm%10 == 0:
			tick = calibTickCM
			n := strconv.Itoa(mm / 10)
			f.Text(x0+float64(mm)-f.GetStringWidth(n)/2, y-tick-0.8, n)
		case mm%5 == 0:
			tick = calibTickHalfCM
		}
		f.Line(x0+float64(mm), y, x0+float64(mm), y-tick)
	}
	f.SetFont(family, italic, calibSizeRuler)
	f.Text(x0, y+3.4, caption)
}

// calibMM writes a length in millimetres the Vietnamese way: "297", "1,5", "-2".
func calibMM(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}
