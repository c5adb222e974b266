package data

import (
	"context"
	"database/sql"
	"strconv"

	"thidua/app"
	"thidua/app/viet"
)

// rowLabel is "Dòng 12: " when the file's row is known.
func rowLabel(rows []int, i int) string {
	if i < len(rows) && rows[i] > 0 {
		return "Dòng " + strconv.Itoa(rows[i]) + ": "
	}
	return ""
}

// ImportUnits stores parsed units in one transaction: all or nothing. A unit whose name (without
// regard to accents and case) is already in the database, or earlier in the file, is skipped and
// listed. rows are the file's row numbers of us, for the messages (may be nil).
func (d *DB) ImportUnits(ctx context.Context, us []app.Unit, rows []int) (app.ImportResult, error) {
	var res app.ImportResult
	if err := d.backupBeforeImport(ctx); err != nil {
		return res, err
	}
	err := d.write(ctx, "nhập danh sách đơn vị", func(tx *sql.Tx) error {
		existing, err := queryUnits(ctx, tx)
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, u := range existing {
			seen[viet.FoldKey(u.Name)] = true
		}
		for i := range us {
			u := us[i]
			u.Normalize()
			if err := u.Validate(); err != nil {
				return err
			}
			if k := viet.FoldKey(u.Name); seen[k] {
				res.Duplicates = append(res.Duplicates, rowLabel(rows, i)+u.Name+" đã có, bỏ qua.")
				continue
			} else {
				seen[k] = true
			}
			if err := insertUnit(ctx, tx, &u); err != nil {
				return err
			}
			res.Added++
		}
		return d.audit(ctx, tx, "unit", 0, "import", nil, map[string]int{"added": res.Added, "skipped": len(res.Duplicates)})
	})
	if err != nil {
		return app.ImportResult{}, err
	}
	return res, nil
}

// ImportPeople stores parsed people in one transaction: all or nothing. A person with the same
// name, birth year and unit as one already stored (or earlier in the file) is skipped and listed.
func (d *DB) ImportPeople(ctx context.Context, ps []app.Person, rows []int, progress func(done, total int)) (app.ImportResult, error) {
	var res app.ImportResult
	if err := d.backupBeforeImport(ctx); err != nil {
		return res, err
	}
	err := d.write(ctx, "nhập danh sách cán bộ", func(tx *sql.Tx) error {
		existing, err := queryPeople(ctx, tx, ``)
		if err != nil {
			return err
		}
		units := map[int64]string{}
		us, err := queryUnits(ctx, tx)
		if err != nil {
			return err
		}
		for _, u := range us {
			units[u.ID] = u.Name
		}
		seen := make(map[string]bool, len(existing)+len(ps))
		for _, p := range existing {
			seen[app.PersonKey(p)] = true
		}
		for i := range ps {
			if err := d.importPerson(ctx, tx, ps[i], units, seen, &res, rowLabel(rows, i)); err != nil {
				return err
			}
			if progress != nil && (i%200 == 0 || i == len(ps)-1) {
				progress(i+1, len(ps))
			}
		}
		return d.audit(ctx, tx, "person", 0, "import", nil, map[string]int{"added": res.Added, "skipped": len(res.Duplicates)})
	})
	if err != nil {
		return app.ImportResult{}, err
	}
	return res, nil
}

func (d *DB) importPerson(ctx context.Context, tx *sql.Tx, p app.Person, units map[int64]string, seen map[string]bool, res *app.ImportResult, row string) error {
	p.Normalize()
	if _, ok := units[p.UnitID]; !ok {
		return app.Errorf(app.EINVALID, "%skhông tìm thấy đơn vị của %s.", row, p.FullName)
	}
	k := app.PersonKey(p)
	if seen[k] {
		year := ""
		if p.BirthYear > 0 {
			year = strconv.Itoa(p.BirthYear) + ", "
		}
		res.Duplicates = append(res.Duplicates, row+p.FullName+" ("+year+units[p.UnitID]+") đã có, bỏ qua.")
		return nil
	}
	seen[k] = true
	p.Active = true
	if err := insertPerson(ctx, tx, &p); err != nil {
		return err
	}
	res.Added++
	return nil
}
