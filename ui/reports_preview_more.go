package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// moreHeight is the height of the area under the changes that shows one change in full: about
// five lines, scrolled when a value is longer.
const moreHeight = 118

// moreArea is the read-only area under the changes table: the chosen change's Trang, Mục, Thay
// đổi, Cũ, Mới and Ghi chú in full, wrapped (the table's cells cut them), or the chosen file's.
func (p *returnsPreview) moreArea() fyne.CanvasObject {
	p.more = widget.NewLabel("")
	p.more.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(p.more)
	scroll.SetMinSize(fyne.NewSize(0, moreHeight))
	return scroll
}

// labelled is «title: value» for each non-empty value, one a line.
func labelled(titles []column, values []string) string {
	var lines []string
	for i, c := range titles {
		if i < len(values) && strings.TrimSpace(values[i]) != "" {
			lines = append(lines, c.title+": "+values[i])
		}
	}
	return strings.Join(lines, "\n")
}

// showChange shows change row r in full.
func (p *returnsPreview) showChange(r int) {
	if r < 0 || r >= len(p.changes.Rows) {
		return
	}
	p.more.SetText(labelled(changeCols, p.changes.Rows[r]))
}

// showFile shows the chosen file's line in full (its result may be a long refusal), until a
// change is chosen.
func (p *returnsPreview) showFile() {
	if p.more == nil {
		return
	}
	if p.chosen < 0 || p.chosen >= len(p.summary.Rows) {
		p.more.SetText("")
		return
	}
	p.more.SetText(labelled(previewCols, p.summary.Rows[p.chosen]) + "\n(Bấm vào một dòng thay đổi để xem đủ nội dung cũ và mới.)")
}
