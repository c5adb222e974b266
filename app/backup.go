package app

import (
	"sort"
	"time"
)

// Backup retention: the office keeps a daily copy for a month and a monthly copy for a year.
const (
	BackupDailyKeep   = 30             // the newest backup of each of the last 30 days that have one
	BackupMonthlyKeep = 12             // the newest backup of each of the last 12 months that have one
	BackupRecent      = 48 * time.Hour // every backup younger than this stays (the copies before an import or a restore of today)
	BackupInterval    = 24 * time.Hour // an automatic backup at start when the newest is older than this
)

// BackupDue reports whether an automatic backup is due at start: none yet, or the newest is at least
// BackupInterval old (or dated in the future: the PC's clock was wrong).
func BackupDue(newest time.Time, any bool, now time.Time) bool {
	if !any {
		return true
	}
	age := now.Sub(newest)
	return age >= BackupInterval || age < 0
}

// BackupsToKeep tells for each backup time whether retention keeps it: every backup younger than
// BackupRecent, the newest of each of the BackupDailyKeep most recent days, and the newest of each
// of the BackupMonthlyKeep most recent months. Days and months are those of the times' location.
func BackupsToKeep(times []time.Time, now time.Time) []bool {
	keep := make([]bool, len(times))
	idx := make([]int, len(times))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return times[idx[a]].After(times[idx[b]]) }) // newest first
	days, months := map[string]bool{}, map[string]bool{}
	for _, i := range idx {
		t := times[i]
		if now.Sub(t) < BackupRecent {
			keep[i] = true
		}
		day, month := t.Format("2006-01-02"), t.Format("2006-01")
		if !days[day] && len(days) < BackupDailyKeep {
			days[day] = true
			keep[i] = true
		}
		if !months[month] && len(months) < BackupMonthlyKeep {
			months[month] = true
			keep[i] = true
		}
	}
	return keep
}

// Why a backup was made; the reason is the last part of the backup's file name.
const (
	BackupAuto          = "tu-dong"        // at start, once a day
	BackupManual        = "thu-cong"       // «Sao lưu ngay», thidua backup
	BackupBeforeMigrate = "truoc-nang-cap" // before the schema is upgraded
	BackupBeforeRestore = "truoc-phuc-hoi" // the database as it was before a restore
	BackupBeforeImport  = "truoc-nhap"     // before a list or workbook import
	BackupDamaged       = "hong"           // a raw copy of a damaged database replaced by a restore
)

// BackupReasonLabel is how the settings screen names a reason.
func BackupReasonLabel(reason string) string {
	switch reason {
	case BackupAuto:
		return "Tự động (hằng ngày)"
	case BackupManual:
		return "Sao lưu tay"
	case BackupBeforeMigrate:
		return "Trước khi nâng cấp dữ liệu"
	case BackupBeforeRestore:
		return "Trước khi phục hồi"
	case BackupBeforeImport:
		return "Trước khi nhập danh sách"
	case BackupDamaged:
		return "Bản chép của tệp hỏng"
	}
	return reason
}

// BackupInfo is one backup file.
type BackupInfo struct {
	Name   string // file name in the backups folder
	Path   string
	Time   time.Time
	Size   int64
	Reason string
}
