package app

import "time"

// SolutionKind is the kind of solution of an initiative (NĐ 13/2012 Điều 3).
type SolutionKind string

// Solution kinds, as stored.
const (
	SolutionTechnical   SolutionKind = "technical"   // Giải pháp kỹ thuật
	SolutionManagement  SolutionKind = "management"  // Giải pháp quản lý
	SolutionOperational SolutionKind = "operational" // Giải pháp tác nghiệp
	SolutionApplied     SolutionKind = "applied"     // Ứng dụng tiến bộ kỹ thuật
)

// Label is the Vietnamese name.
func (k SolutionKind) Label() string {
	switch k {
	case SolutionTechnical:
		return "Giải pháp kỹ thuật"
	case SolutionManagement:
		return "Giải pháp quản lý"
	case SolutionOperational:
		return "Giải pháp tác nghiệp"
	case SolutionApplied:
		return "Ứng dụng tiến bộ kỹ thuật"
	}
	return string(k)
}

// InitiativeStatus is where an initiative stands.
type InitiativeStatus string

// Initiative statuses, as stored.
const (
	InitiativeRegistered InitiativeStatus = "registered"
	InitiativeSubmitted  InitiativeStatus = "submitted"
	InitiativeReviewing  InitiativeStatus = "reviewing"
	InitiativeRecognised InitiativeStatus = "recognised"
	InitiativeRejected   InitiativeStatus = "rejected"
)

// Label is the Vietnamese name.
func (s InitiativeStatus) Label() string {
	switch s {
	case InitiativeRegistered:
		return "Đăng ký"
	case InitiativeSubmitted:
		return "Đã nộp hồ sơ"
	case InitiativeReviewing:
		return "Đang xét"
	case InitiativeRecognised:
		return "Được công nhận"
	case InitiativeRejected:
		return "Không công nhận"
	}
	return string(s)
}

// RecognitionLevel is the level that recognised an initiative.
type RecognitionLevel string

// Recognition levels, as stored, lowest first.
const (
	LevelBase     RecognitionLevel = "base"     // cơ sở
	LevelDistrict RecognitionLevel = "district" // huyện: phạm vi ảnh hưởng, hiệu quả áp dụng
	LevelProvince RecognitionLevel = "province" // tỉnh
)

// Label is the Vietnamese name.
func (l RecognitionLevel) Label() string {
	switch l {
	case LevelBase:
		return "Cơ sở"
	case LevelDistrict:
		return "Huyện"
	case LevelProvince:
		return "Tỉnh"
	}
	return string(l)
}

// Rank orders levels: cơ sở 1, huyện 2, tỉnh 3; unknown 0.
func (l RecognitionLevel) Rank() int {
	switch l {
	case LevelBase:
		return 1
	case LevelDistrict:
		return 2
	case LevelProvince:
		return 3
	}
	return 0
}

// Initiative is a sáng kiến (Luật TĐKT 2022 Điều 3 k4; NĐ 13/2012).
type Initiative struct {
	ID           int64
	CampaignID   int64
	Title        string
	FieldID      int64
	FieldName    string
	Kind         SolutionKind
	UnitID       int64
	UnitName     string
	FirstApplied time.Time
	Status       InitiativeStatus
	Authors      []Author
	Level        RecognitionLevel // highest level reached, "" when none
	Score        float64          // mean council total, 0 when not scored
	Step         InitiativeStep   // the pipeline step reached ("" for lists that do not load it)
	Sheets       int              // the council's counted sheets (InitiativeList)
	Passed       bool             // the mean reaches the threshold (InitiativeList)
	Divergent    bool             // two counted totals differ by more than the limit (InitiativeList)
	Year         int              // the campaign's year
}

// Author is an author of an initiative with the share of the contribution.
type Author struct {
	PersonID int64
	FullName string
	SharePct int
}

// AuthorNames joins the authors' names: "Nguyễn Văn A, Trần Thị B".
func (in Initiative) AuthorNames() string {
	s := ""
	for i, a := range in.Authors {
		if i > 0 {
			s += ", "
		}
		s += a.FullName
	}
	return s
}

// BestLevel is the highest of the levels that recognised an initiative (by Rank; the first of
// equals), "" when there is none.
func BestLevel(levels []RecognitionLevel) RecognitionLevel {
	var best RecognitionLevel
	for i, l := range levels {
		if i == 0 || l.Rank() > best.Rank() {
			best = l
		}
	}
	return best
}

// MaxAttachmentBytes bounds a file attached to an initiative: it is kept inside the database, which
// must stay a size that copies to a USB stick and backs up quickly.
const MaxAttachmentBytes = 20 << 20
