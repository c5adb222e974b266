package data

import (
	"database/sql"
	"time"

	"thidua/app/viet"
)

// date parses a stored 'YYYY-MM-DD' (NULL or bad → zero time).
func date(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, err := time.Parse(viet.DateISO, s.String)
	if err != nil {
		return time.Time{}
	}
	return t
}

// nullDate stores a zero time as NULL.
func nullDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return viet.ISODate(t)
}

func nullInt(v int64) any {
	if v == 0 {
		return nil
	}
	return v
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
