package ui

import (
	"bytes"
	"context"
	"image"
	_ "image/jpeg" // scanned blanks come as JPEG or PNG
	_ "image/png"
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// blanksView edits where each field prints on the pre-printed blank, shows the fields over a
// scanned image of the blank (never printed), and prints the calibration page.
type blanksView struct {
	help    *widget.Label // the explanation above the fields
	u       *UI
	svc     app.BlankService
	content fyne.CanvasObject
	layout  app.BlankLayout
	rows    map[string]*fieldRow
	dx, dy  *Entry
	preview *blankPreview
	save    *Button
	// calibrate prints the calibration page
	calibrate *Button
}

type fieldRow struct {
	x, y, w, h, size *Entry
	bold             *Check
	align            *Select
}

var alignLabels = map[string]string{"L": "Trái", "C": "Giữa", "R": "Phải"}

// numberEntry holds millimetres or points; a wrong number is reported, with its field, on «Lưu».
func numberEntry(v float64) *Entry {
	return textEntry(formatMM(v), nil)
}

func formatMM(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

func parseMM(s string) (float64, error) {
	return strconv.ParseFloat(strings.Replace(viet.Normalize(s), ",", ".", 1), 64)
}

func newBlanksView(u *UI, svc app.BlankService) *blanksView {
	v := &blanksView{u: u, svc: svc, rows: map[string]*fieldRow{}}
	// The fields' names in a column that stays while their seven values scroll sideways (on a
	// narrow screen), every row as tall as an entry so that the two columns line up.
	rowH := numberEntry(0).MinSize().Height
	names := container.NewVBox()
	values := container.NewVBox()
	row := func(name fyne.CanvasObject, cells ...fyne.CanvasObject) {
		names.Add(container.NewGridWrap(fyne.NewSize(170, rowH), name))
		values.Add(container.NewGridWrap(fyne.NewSize(7*90, rowH), container.NewGridWithColumns(len(cells), cells...)))
	}
	row(bold("Trường"), bold("Trái (mm)"), bold("Trên (mm)"), bold("Rộng"), bold("Cao"), bold("Cỡ chữ"), bold("Đậm"), bold("Căn lề"))
	for _, f := range app.BlankFields {
		r := &fieldRow{x: numberEntry(0), y: numberEntry(0), w: numberEntry(0), h: numberEntry(0), size: numberEntry(0),
			bold: NewCheck("", nil), align: newSelect([]string{"Trái", "Giữa", "Phải"}, nil)}
		for _, e := range []*Entry{r.x, r.y, r.w, r.h, r.size} {
			e.OnChanged = func(string) { v.refreshPreview() }
		}
		v.rows[f] = r
		row(widget.NewLabel(app.BlankFieldLabel(f)), r.x, r.y, r.w, r.h, r.size, r.bold, r.align)
	}
	v.dx, v.dy = numberEntry(0), numberEntry(0)
	offset := container.NewHBox(widget.NewLabel("Lệch máy in (mm): sang phải"), container.NewGridWrap(fyne.NewSize(90, v.dx.MinSize().Height), v.dx),
		widget.NewLabel("xuống dưới"), container.NewGridWrap(fyne.NewSize(90, v.dy.MinSize().Height), v.dy))
	v.save = NewButtonWithIcon("Lưu vị trí", theme.DocumentSaveIcon(), v.onSave)
	v.save.Importance = widget.HighImportance
	v.calibrate = NewButtonWithIcon("In trang canh chỉnh…", theme.DocumentPrintIcon(), v.onCalibration)
	buttons := wrapRow(v.save,
		NewButtonWithIcon("Nạp ảnh phôi đã quét…", theme.FolderOpenIcon(), v.onLoadImage), v.calibrate)
	help := widget.NewLabel("Đo từ mép trên, mép trái tờ phôi (mm). In «trang canh chỉnh» trên giấy thường, đặt chồng lên phôi, " +
		"soi đèn để chỉnh; máy in kéo giấy lệch thì nhập độ lệch. Ảnh phôi chỉ để xem trên màn hình, không bao giờ in ra.")
	help.Wrapping = fyne.TextWrapWord
	v.help = help
	v.preview = newBlankPreview()
	// Scrolled up and down only: the field names stay in their column, the help wraps to the pane.
	grid := container.NewBorder(nil, nil, names, nil, container.NewHScroll(values))
	left := container.NewVScroll(container.NewVBox(help, grid, wrapRow(offset), buttons))
	split := container.NewHSplit(left, v.preview.Container) // the container itself: Fyne draws children only of a *fyne.Container
	split.Offset = 0.6
	v.content = split
	return v
}

func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func (v *blanksView) reload() {
	ctx := context.Background()
	l, err := v.svc.BlankLayout(ctx, app.BlankKind)
	if err != nil {
		v.u.showError(err)
		return
	}
	v.layout = l
	for _, f := range l.Fields {
		r := v.rows[f.Field]
		if r == nil {
			continue
		}
		r.x.SetText(formatMM(f.X))
		r.y.SetText(formatMM(f.Y))
		r.w.SetText(formatMM(f.W))
		r.h.SetText(formatMM(f.H))
		r.size.SetText(formatMM(f.Size))
		r.bold.SetChecked(f.Bold)
		r.align.SetSelected(alignLabels[f.Align])
	}
	v.dx.SetText(formatMM(l.OffsetX))
	v.dy.SetText(formatMM(l.OffsetY))
	img, _, err := v.svc.BlankImage(ctx, app.BlankKind)
	if err != nil {
		v.u.showError(err)
	}
	v.preview.setImage(img)
	v.refreshPreview()
}

// value reads the layout from the entries.
func (v *blanksView) value() (app.BlankLayout, error) {
	l := v.layout
	l.Fields = nil
	for _, name := range app.BlankFields {
		r := v.rows[name]
		f := app.BlankField{Field: name, Bold: r.bold.Checked, Align: "C"}
		for code, label := range alignLabels {
			if r.align.Selected == label {
				f.Align = code
			}
		}
		for _, p := range []struct {
			e   *Entry
			dst *float64
		}{{r.x, &f.X}, {r.y, &f.Y}, {r.w, &f.W}, {r.h, &f.H}, {r.size, &f.Size}} {
			n, err := parseMM(p.e.Text)
			if err != nil {
				return l, &app.Error{Code: app.EINVALID, Field: app.BlankFieldLabel(name), Message: "Trường «" + app.BlankFieldLabel(name) + "»: '" + p.e.Text + "' không phải là số."}
			}
			*p.dst = n
		}
		l.Fields = append(l.Fields, f)
	}
	var err error
	if l.OffsetX, err = parseMM(v.dx.Text); err == nil {
		l.OffsetY, err = parseMM(v.dy.Text)
	}
	if err != nil {
		return l, &app.Error{Code: app.EINVALID, Field: "Lệch máy in", Message: "Độ lệch máy in phải là số (mm)."}
	}
	return l, app.ValidateBlankLayout(l)
}

func (v *blanksView) refreshPreview() {
	if l, err := v.value(); err == nil {
		v.preview.setLayout(l)
	}
}

func (v *blanksView) onSave() {
	l, err := v.value()
	if err == nil {
		err = v.svc.SaveBlankLayout(context.Background(), l)
	}
	if err != nil {
		v.u.showError(err)
		return
	}
	v.layout = l
	v.u.notify("Đã lưu vị trí in trên phôi.")
}

func (v *blanksView) onLoadImage() {
	done := func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			v.u.showError(err)
			return
		}
		defer rc.Close()
		v.u.rememberFolder(rc.URI())
		v.u.showError(v.loadImage(rc, rc.URI().Name()))
	}
	v.u.showOpen([]string{".png", ".jpg", ".jpeg"}, done)
}

// loadImage keeps a scanned blank (PNG or JPEG, at most 20 MB) for the preview.
func (v *blanksView) loadImage(r io.Reader, name string) error {
	b, err := io.ReadAll(io.LimitReader(r, 20<<20+1))
	if err != nil {
		return app.Errorf(app.EINVALID, "Không đọc được tệp ảnh %s.", name)
	}
	if len(b) > 20<<20 {
		return app.Errorf(app.EINVALID, "Ảnh %s lớn quá 20 MB: hãy quét ở 150–200 dpi.", name)
	}
	if _, _, err := image.DecodeConfig(bytes.NewReader(b)); err != nil {
		return app.Errorf(app.EINVALID, "Tệp %s không phải ảnh PNG hoặc JPEG.", name)
	}
	if err := v.svc.SetBlankImage(context.Background(), app.BlankKind, b, name); err != nil {
		return err
	}
	v.preview.setImage(b)
	return nil
}

func (v *blanksView) onCalibration() {
	l, err := v.value()
	if err != nil {
		v.u.showError(err)
		return
	}
	v.u.chooseSaveURI(v.calibrate, "CanhChinhPhoi.pdf", func(w io.Writer, _ string, _ func(n, total int)) (string, error) {
		var buf bytes.Buffer
		if err := v.u.docs.Calibration(&buf, l); err != nil {
			return "", err
		}
		_, err := w.Write(buf.Bytes())
		return "", err
	}, v.u.openIfPDF)
}

// blankPreview draws the sheet (the scanned image when there is one) with each field's box.
type blankPreview struct {
	*fyne.Container
	layout app.BlankLayout
	img    *canvas.Image
	paper  *canvas.Rectangle
	boxes  []fyne.CanvasObject
}

func newBlankPreview() *blankPreview {
	p := &blankPreview{layout: app.DefaultBlankLayout()}
	p.paper = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	p.paper.StrokeColor = theme.Color(theme.ColorNameForeground)
	p.paper.StrokeWidth = 1
	p.img = canvas.NewImageFromImage(nil)
	p.img.FillMode = canvas.ImageFillStretch
	p.Container = container.New(&previewLayout{p: p}, p.paper, p.img)
	return p
}

func (p *blankPreview) setImage(b []byte) {
	p.img.Image = nil
	if len(b) > 0 {
		if img, _, err := image.Decode(bytes.NewReader(b)); err == nil {
			p.img.Image = img
		}
	}
	p.img.Refresh()
}

func (p *blankPreview) setLayout(l app.BlankLayout) {
	p.layout = l
	objs := []fyne.CanvasObject{p.paper, p.img}
	p.boxes = nil
	for _, f := range l.Fields {
		r := canvas.NewRectangle(nil)
		r.FillColor = theme.Color(theme.ColorNameSelection)
		r.StrokeColor = theme.Color(theme.ColorNamePrimary)
		r.StrokeWidth = 1
		t := canvas.NewText(app.BlankFieldLabel(f.Field), theme.Color(theme.ColorNamePrimary))
		t.TextSize = 10
		p.boxes = append(p.boxes, r, t)
		objs = append(objs, r, t)
	}
	p.Container.Objects = objs
	p.Container.Refresh()
}

// previewLayout places the sheet, keeping its proportions, and the boxes at their millimetres.
type previewLayout struct{ p *blankPreview }

func (l *previewLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(297, 210) }

func (l *previewLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	bl := l.p.layout
	scale := min(size.Width/float32(bl.PageW), size.Height/float32(bl.PageH))
	sheet := fyne.NewSize(float32(bl.PageW)*scale, float32(bl.PageH)*scale)
	l.p.paper.Resize(sheet)
	l.p.paper.Move(fyne.NewPos(0, 0))
	l.p.img.Resize(sheet)
	l.p.img.Move(fyne.NewPos(0, 0))
	for i, f := range bl.Fields {
		if 2*i+1 >= len(l.p.boxes) {
			break
		}
		pos := fyne.NewPos(float32(f.X+bl.OffsetX)*scale, float32(f.Y+bl.OffsetY)*scale)
		l.p.boxes[2*i].Move(pos)
		l.p.boxes[2*i].Resize(fyne.NewSize(float32(f.W)*scale, float32(f.H)*scale))
		l.p.boxes[2*i+1].Move(pos.Add(fyne.NewPos(2, 1)))
	}
}
