package ui

import (
	"bytes"
	"image"
	_ "image/png" // the manual's screenshots

	"fyne.io/fyne/v2"
)

// imageSize is the pixel size of a PNG resource, 0, 0 when it cannot be read.
func imageSize(res fyne.Resource) (int, int) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(res.Content()))
	if err != nil {
		return 0, 0
	}
	return cfg.Width, cfg.Height
}
