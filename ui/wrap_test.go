package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A toolbar that wraps at the window's width reports the wrapped height and asks for a frame, so
// that the table below it is laid out again below its last row instead of under it.
func TestWrapRow_WrappedHeightMovesTheRowsBelow(t *testing.T) {
	test.NewTempApp(t)
	var bs []fyne.CanvasObject
	for _, s := range []string{"Ghi nhận báo cáo…", "Mở tệp đã nhận", "Xóa ghi nhận", "Kỳ báo cáo…", "Công văn đôn đốc…"} {
		bs = append(bs, widget.NewButton(s, nil))
	}
	bar := wrapRow(bs...)
	table := canvas.NewRectangle(nil)
	body := container.NewBorder(bar, nil, nil, nil, table)
	w := test.NewWindow(body)
	defer w.Close()
	asked := 0
	old := askFrame
	askFrame = func(fyne.Canvas, fyne.CanvasObject) { asked++ }
	t.Cleanup(func() { askFrame = old })
	w.Resize(fyne.NewSize(1400, 400))
	one := bar.MinSize().Height
	w.Resize(fyne.NewSize(320, 400))
	if asked == 0 {
		t.Fatal("wrapping to more rows did not ask for a new frame")
	}
	if h := bar.MinSize().Height; h < 2*one {
		t.Errorf("min height %v after wrapping, want at least two rows (%v each)", h, one)
	}
	body.Refresh() // what the driver's next frame does for the container above a changed minimum
	if bottom := bar.Position().Y + bar.MinSize().Height; table.Position().Y < bottom {
		t.Errorf("the table starts at %v, under the toolbar ending at %v", table.Position().Y, bottom)
	}
	n := asked
	w.Resize(fyne.NewSize(1400, 400))
	if asked == n || bar.MinSize().Height != one {
		t.Errorf("back to one row: asked %d→%d, height %v, want %v", n, asked, bar.MinSize().Height, one)
	}
}
