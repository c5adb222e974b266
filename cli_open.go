package main

import (
	"context"

	"thidua/data"
)

// openToChange opens a database that must exist already (a mistyped -db is refused with «Không
// tìm thấy tệp dữ liệu …», never created empty), then migrates it like the window does.
func openToChange(ctx context.Context, path string) (*data.DB, error) {
	d, err := data.OpenExisting(ctx, path)
	if err != nil {
		return nil, err
	}
	d.Close()
	return data.Open(ctx, path)
}
