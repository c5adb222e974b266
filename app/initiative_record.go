package app

import "time"

// InitiativeStep is a step of an initiative's way from registration to district recognition
// (Bắc Trà My's practice, domain.md §3.2): the unit recognises it, proposes it to the district,
// the council scores it, the chairman recognises its scope of influence and effectiveness.
type InitiativeStep string

// Initiative steps, as stored, in pipeline order.
const (
	StepRegistered         InitiativeStep = "registered"          // Đăng ký
	StepBaseRecognised     InitiativeStep = "base_recognised"     // Công nhận cấp cơ sở
	StepDistrictProposed   InitiativeStep = "district_proposed"   // Đề nghị cấp huyện
	StepCouncil            InitiativeStep = "council"             // Hội đồng chấm
	StepDistrictRecognised InitiativeStep = "district_recognised" // Công nhận cấp huyện
	StepRejected           InitiativeStep = "rejected"            // Không công nhận
	StepProvinceProposed   InitiativeStep = "province_proposed"   // Đề nghị cấp tỉnh
)

// InitiativeSteps lists the steps in pipeline order.
var InitiativeSteps = []InitiativeStep{StepRegistered, StepBaseRecognised, StepDistrictProposed, StepCouncil,
	StepDistrictRecognised, StepRejected, StepProvinceProposed}

// Label is the Vietnamese name.
func (s InitiativeStep) Label() string {
	switch s {
	case StepRegistered:
		return "Đăng ký"
	case StepBaseRecognised:
		return "Công nhận cấp cơ sở"
	case StepDistrictProposed:
		return "Đề nghị cấp huyện"
	case StepCouncil:
		return "Hội đồng chấm"
	case StepDistrictRecognised:
		return "Công nhận cấp huyện"
	case StepRejected:
		return "Không công nhận"
	case StepProvinceProposed:
		return "Đề nghị cấp tỉnh"
	}
	return string(s)
}

// StepRecord is one step taken: its date and reference (a decision number, a letter) and, for a
// refusal, the reason.
type StepRecord struct {
	Step InitiativeStep
	On   time.Time
	Ref  string
	Note string
}

// Attachment is a file attached to a registration, identified by its SHA-256.
type Attachment struct {
	ID     int64
	Name   string
	SHA256 string
	Size   int64
	Added  time.Time
}

// InitiativeRecord is the registration form of TT 18/2013 Phụ lục I with its description parts,
// the attachments and the steps taken.
type InitiativeRecord struct {
	Initiative
	FieldOther  string // the field when it is "Khác" (FieldID 0)
	KnownState  string // tình trạng giải pháp đã biết
	Purpose     string // mục đích
	Novelty     string // điểm mới
	Steps       string // các bước thực hiện
	Conditions  string // điều kiện cần thiết để áp dụng
	Benefits    string // đánh giá lợi ích thu được
	FirstUsers  string // những người tham gia áp dụng lần đầu
	Attachments []Attachment
	History     []StepRecord // oldest first
}

// InitiativeFilter narrows the list of initiatives; zero values mean "all".
type InitiativeFilter struct {
	Year       int
	CampaignID int64
	Step       InitiativeStep
	Reached    InitiativeStep // the initiatives that reached this step, wherever they are now
	UnitID     int64
	FieldID    int64
	PersonID   int64 // an author from the registry
}

// SimilarInitiative is an initiative whose title looks like the one being typed.
type SimilarInitiative struct {
	ID       int64
	Year     int
	Title    string
	UnitName string
	Percent  int // word-overlap similarity, 0–100
}

// CouncilMember is a member of the campaign's Hội đồng sáng kiến / Tổ thẩm định.
type CouncilMember struct {
	ID         int64
	CampaignID int64
	PersonID   int64 // 0 for someone typed, outside the registry
	FullName   string
	Role       string
	UnitID     int64 // the person's unit, or the one typed; 0 when unknown
	UnitName   string
}

// RubricLine is a line of the council's score sheet with its maximum (integer points).
type RubricLine struct {
	ID   int64
	Name string
	Max  int
}

// ScoringRules are a campaign's pass threshold and divergence limit, on the rubric's total.
type ScoringRules struct {
	Threshold  int // pass when the mean is at least this (default 70)
	Divergence int // flag when two members' totals differ by more than this (default 20)
}

// ScoreSheet is one member's sheet for one initiative: points by rubric line id.
type ScoreSheet struct {
	InitiativeID int64
	MemberID     int64
	Points       map[int64]int
	Submitted    bool
}

// Recusal is a member who does not score an initiative; Auto when the rules found it (an author,
// or a member of the initiative's unit).
type Recusal struct {
	MemberID int64
	Reason   string
	Auto     bool
}

// MemberTotal is a member's line of the council's summary for one initiative.
type MemberTotal struct {
	MemberID  int64
	Name      string
	Role      string
	Total     int
	Filled    bool // a sheet exists
	Submitted bool
	Recused   bool
	Reason    string
	Hidden    bool // the viewer has not submitted: the total is not shown
}

// CouncilResult is the council's result for one initiative: the mean of the counted sheets
// (submitted, not recused) in hundredths, the number of sheets, pass and divergence.
type CouncilResult struct {
	InitiativeID int64
	Title        string
	UnitName     string
	Authors      string
	Members      []MemberTotal
	Sheets       int
	MeanX100     int
	Passed       bool
	Divergent    bool
	Threshold    int
}

// ScoreBoard is what a member sees when scoring one initiative.
type ScoreBoard struct {
	Initiative Initiative
	Rubric     []RubricLine
	Own        ScoreSheet
	Recused    *Recusal // the viewer's recusal, nil when none
	Result     CouncilResult
}

// InitiativeExportRow is one line of the list of initiatives: the registration, the base
// recognition, the step reached and the council's result.
type InitiativeExportRow struct {
	Year         int
	Title        string
	FieldName    string
	Kind         SolutionKind
	UnitName     string
	Authors      []Author
	FirstApplied time.Time
	BaseNo       string
	BaseDate     time.Time
	Step         InitiativeStep
	MeanX100     int // 0 when not scored
	Sheets       int
	Result       string // "Đạt", "Không đạt", "" when not scored
	Level        RecognitionLevel
}

// RecognisedInitiative is a line of the list attached to a district recognition decision.
type RecognisedInitiative struct {
	Title     string
	Authors   []Author
	UnitName  string
	FieldName string
	Scope     string // phạm vi ảnh hưởng, hiệu quả áp dụng
	Decision  string // the chairman's decision: "2890/QĐ-UBND"
	Signed    time.Time
}
