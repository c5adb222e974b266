package app_test

import (
	"testing"
	"time"

	"thidua/app"
)

func TestBackupsToKeep(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	var times []time.Time
	// Two backups a day for 400 days.
	for d := 0; d < 400; d++ {
		day := now.AddDate(0, 0, -d)
		times = append(times, day.Add(-1*time.Hour), day.Add(-3*time.Hour))
	}
	keep := app.BackupsToKeep(times, now)
	kept := map[string]int{}
	months := map[string]bool{}
	n := 0
	for i, k := range keep {
		if k {
			n++
			kept[times[i].Format("2006-01-02")]++
			months[times[i].Format("2006-01")] = true
		}
	}
	t.Run("RecentKeptWhole", func(t *testing.T) {
		if !keep[0] || !keep[1] || !keep[2] || !keep[3] {
			t.Errorf("a backup of the last two days was dropped: %v", keep[:4])
		}
	})
	t.Run("ThirtyDays", func(t *testing.T) {
		for d := 2; d < 30; d++ {
			day := now.AddDate(0, 0, -d).Format("2006-01-02")
			if kept[day] != 1 {
				t.Errorf("day %s keeps %d backups, want 1", day, kept[day])
			}
		}
	})
	t.Run("TwelveMonths", func(t *testing.T) {
		if len(months) != 12 {
			t.Errorf("backups kept in %d months, want 12", len(months))
		}
	})
	t.Run("Bounded", func(t *testing.T) {
		if n > 4+30+12 {
			t.Errorf("%d backups kept of %d", n, len(times))
		}
		if keep[len(keep)-1] {
			t.Error("a backup over a year old was kept")
		}
	})
}

func TestBackupDue(t *testing.T) {
	now := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		newest time.Time
		any    bool
		want   bool
	}{
		{"None", time.Time{}, false, true},
		{"AnHourAgo", now.Add(-time.Hour), true, false},
		{"ADayAgo", now.Add(-24 * time.Hour), true, true},
		{"InTheFuture", now.Add(48 * time.Hour), true, true},
	} {
		if got := app.BackupDue(tc.newest, tc.any, now); got != tc.want {
			t.Errorf("%s: BackupDue = %v, want %v", tc.name, got, tc.want)
		}
	}
}
