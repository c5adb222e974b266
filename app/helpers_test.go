package app

import "time"

// civil is a calendar date at midnight UTC, as the rules take dates.
func civil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
