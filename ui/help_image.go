package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// helpImage is a screenshot of the manual as wide as the help window's page allows (up to its
// own width), its height following: a canvas.Image in a VBox would keep its minimum height and
// shrink to a stamp. Its minimum is small, so the window can be narrowed.
type helpImage struct {
	widget.BaseWidget
	img      *canvas.Image
	ratio    float32 // height / width of the picture
	maxW     float32 // the picture's own width
	width    float32 // the width last laid out
	relayout func()  // lays the page out again when the width changed
}

const helpImageMinW = 320

func newHelpImage(res fyne.Resource, relayout func()) *helpImage {
	img := canvas.NewImageFromResource(res)
	img.FillMode = canvas.ImageFillContain
	h := &helpImage{img: img, ratio: 9.0 / 16, maxW: 1366, relayout: relayout}
	if w, hh := imageSize(res); w > 0 {
		h.ratio, h.maxW = float32(hh)/float32(w), float32(w)
	}
	h.ExtendBaseWidget(h)
	return h
}

// MinSize is the picture's height at the width last laid out.
func (h *helpImage) MinSize() fyne.Size {
	w := min(max(h.width, helpImageMinW), h.maxW)
	return fyne.NewSize(helpImageMinW, w*h.ratio)
}

// Resize notes the new width; a change asks the page to lay out again, with the new height.
func (h *helpImage) Resize(s fyne.Size) {
	changed := s.Width != h.width
	h.width = s.Width
	h.BaseWidget.Resize(s)
	if changed && h.relayout != nil {
		h.relayout()
	}
}

func (h *helpImage) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(h.img)
}
