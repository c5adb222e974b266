package data

import (
	"context"
	"database/sql"
	"errors"

	"thidua/app"
	"thidua/app/viet"
)

// BlankLayout reads a kind of blank: its size, the field positions (the defaults for fields not
// stored yet) and the printer offset.
func (d *DB) BlankLayout(ctx context.Context, kind string) (app.BlankLayout, error) {
	l := app.DefaultBlankLayout()
	l.PaperKind = kind
	err := d.db.QueryRowContext(ctx, `SELECT page_w, page_h FROM blank_paper WHERE kind = ?`, kind).Scan(&l.PageW, &l.PageH)
	if errors.Is(err, sql.ErrNoRows) {
		return l, app.Errorf(app.ENOTFOUND, "Không có loại phôi «%s».", kind)
	}
	if err != nil {
		return l, internal("đọc vị trí in trên phôi", err)
	}
	rows, err := d.db.QueryContext(ctx, `SELECT field, x_mm, y_mm, width_mm, height_mm, font_size, bold, align FROM blank_field WHERE paper_kind = ?`, kind)
	if err != nil {
		return l, internal("đọc vị trí in trên phôi", err)
	}
	defer rows.Close()
	for rows.Next() {
		var f app.BlankField
		var bold int
		var h sql.NullFloat64
		if err := rows.Scan(&f.Field, &f.X, &f.Y, &f.W, &h, &f.Size, &bold, &f.Align); err != nil {
			return l, internal("đọc vị trí in trên phôi", err)
		}
		f.Bold = bold == 1
		for i := range l.Fields {
			if l.Fields[i].Field == f.Field {
				if f.H = h.Float64; !h.Valid {
					f.H = l.Fields[i].H
				}
				l.Fields[i] = f
			}
		}
	}
	if err := rows.Err(); err != nil {
		return l, internal("đọc vị trí in trên phôi", err)
	}
	err = d.db.QueryRowContext(ctx, `SELECT dx_mm, dy_mm FROM printer_offset WHERE paper_kind = ?`, kind).Scan(&l.OffsetX, &l.OffsetY)
	if err != nil && !errors.Is(err, sql.ErrNoRows) { // no row: the printer was never calibrated, no offset
		return l, internal("đọc độ lệch máy in", err)
	}
	return l, nil
}

// SaveBlankLayout stores the field positions and the printer offset of a kind of blank.
func (d *DB) SaveBlankLayout(ctx context.Context, l app.BlankLayout) error {
	if err := app.ValidateBlankLayout(l); err != nil {
		return err
	}
	return d.write(ctx, "lưu vị trí in trên phôi", func(tx *sql.Tx) error {
		for _, f := range l.Fields {
			if _, err := tx.ExecContext(ctx, `INSERT INTO blank_field (paper_kind, field, x_mm, y_mm, width_mm, height_mm, font_size, bold, align)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (paper_kind, field) DO UPDATE SET x_mm = excluded.x_mm, y_mm = excluded.y_mm,
				width_mm = excluded.width_mm, height_mm = excluded.height_mm, font_size = excluded.font_size, bold = excluded.bold,
				align = excluded.align`, l.PaperKind, f.Field, f.X, f.Y, f.W, f.H, f.Size, boolInt(f.Bold), f.Align); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO printer_offset (paper_kind, dx_mm, dy_mm) VALUES (?, ?, ?)
			ON CONFLICT (paper_kind) DO UPDATE SET dx_mm = excluded.dx_mm, dy_mm = excluded.dy_mm`, l.PaperKind, l.OffsetX, l.OffsetY); err != nil {
			return err
		}
		return d.audit(ctx, tx, "blank_layout", 0, "update", nil, l)
	})
}

// BlankImage reads the scanned image of a blank (nil when none was loaded).
func (d *DB) BlankImage(ctx context.Context, kind string) ([]byte, string, error) {
	var img []byte
	var name string
	err := d.db.QueryRowContext(ctx, `SELECT image, image_name FROM blank_paper WHERE kind = ?`, kind).Scan(&img, &name)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, "", internal("đọc ảnh phôi", err)
	}
	return img, name, nil
}

// SetBlankImage keeps the scanned image of a blank, for the on-screen preview only.
func (d *DB) SetBlankImage(ctx context.Context, kind string, img []byte, name string) error {
	return d.write(ctx, "lưu ảnh phôi", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE blank_paper SET image = ?, image_name = ? WHERE kind = ?`, img, viet.Normalize(name), kind)
		return err
	})
}
