package ui

import (
	"bytes"
	"cmp"
	"image"
	"image/color"
	"image/png"
	"slices"
)

// The manual's screenshots are stored as 8-bit palette PNGs: the window's colours are few (the
// theme's, and the shades of anti-aliased text), so 256 keep a capture readable at a fraction of the
// size of a full-colour one. The palette is the capture's most frequent colours, ties broken by the
// colour, so that the same capture always gives the same bytes.

// quantize maps img to its 256 most frequent colours, each other colour to the nearest of them.
func quantize(img image.Image) *image.Paletted {
	b := img.Bounds()
	count := map[color.NRGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			count[color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)]++
		}
	}
	type freq struct {
		c color.NRGBA
		n int
	}
	fs := make([]freq, 0, len(count))
	for c, n := range count {
		fs = append(fs, freq{c, n})
	}
	slices.SortFunc(fs, func(a, b freq) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return cmp.Compare(packRGBA(a.c), packRGBA(b.c))
	})
	if len(fs) > 256 {
		fs = fs[:256]
	}
	pal := make(color.Palette, len(fs))
	for i, f := range fs {
		pal[i] = f.c
	}
	out := image.NewPaletted(image.Rect(0, 0, b.Dx(), b.Dy()), pal)
	index := map[color.NRGBA]uint8{}
	for i, f := range fs {
		index[f.c] = uint8(i)
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			i, ok := index[c]
			if !ok {
				i = uint8(pal.Index(c))
				index[c] = i
			}
			out.Pix[(y-b.Min.Y)*out.Stride+(x-b.Min.X)] = i
		}
	}
	return out
}

func packRGBA(c color.NRGBA) uint32 {
	return uint32(c.R)<<24 | uint32(c.G)<<16 | uint32(c.B)<<8 | uint32(c.A)
}

// encodeShot is the PNG of a capture as committed.
func encodeShot(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, quantize(img)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// shotDiff counts the pixels of two images that differ by more than tol in a channel; a different
// size counts every pixel.
func shotDiff(a, b image.Image, tol int) int {
	if a.Bounds().Size() != b.Bounds().Size() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	n := 0
	ab, bb := a.Bounds(), b.Bounds()
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			ca := color.NRGBAModel.Convert(a.At(ab.Min.X+x, ab.Min.Y+y)).(color.NRGBA)
			cb := color.NRGBAModel.Convert(b.At(bb.Min.X+x, bb.Min.Y+y)).(color.NRGBA)
			if far(ca.R, cb.R, tol) || far(ca.G, cb.G, tol) || far(ca.B, cb.B, tol) || far(ca.A, cb.A, tol) {
				n++
			}
		}
	}
	return n
}

func far(a, b uint8, tol int) bool {
	d := int(a) - int(b)
	return d > tol || -d > tol
}
