package app

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strconv"
	"strings"
)

// The sheets of a unit's workbook (sổ của đơn vị), in their order; BookMetaSheet is hidden.
const (
	BookGuideSheet       = "Hướng dẫn"
	BookScoreSheet       = "Tự chấm điểm"
	BookProposalSheet    = "Đề nghị khen thưởng"
	BookInitiativeSheet  = "Sáng kiến"
	BookMetaSheet        = "ThiDuaCCHC"
	BookFormatVersion    = "1"
	BookProgramSignature = "Thi đua CCHC — sổ của đơn vị"
)

// BookCriterion is one line of the «Tự chấm điểm» sheet: a criterion of the unit's set (a leaf is
// scored, a parent heads its children), with what the unit had entered before.
type BookCriterion struct {
	Code      string
	Name      string
	Field     int // 1-based number of the reform field in the set
	Max       Points
	Leaf      bool
	NAAllowed bool
	Survey    bool
	// FromReports: «Chế độ báo cáo», scored by the office from the report tracking
	FromReports bool
	// as filled (out: the self-score stored; back: the cells read)
	Self   string
	NA     bool
	Note   string
	NAText string // back: the «Không áp dụng» cell as typed
	Row    int    // back: the sheet row it was read from
}

// UnitBook is what goes out to a unit: its identity, its criteria set and the drop-down lists.
type UnitBook struct {
	BookID        string // "2024-C3-U12-K…": the campaign and unit it belongs to, and the database that made it
	CampaignID    int64
	Year          int
	CampaignName  string
	UnitID        int64
	UnitName      string
	SetName       string
	Fields        []string // the reform fields of the set, in order
	Criteria      []BookCriterion
	Staff         []string // the unit's people, for the «Họ và tên» drop-down
	Forms         []string // the forms a unit may propose, for «Hình thức»
	ReformFields  []string // for the initiatives' «Lĩnh vực»
	SolutionKinds []string // for «Loại giải pháp»
	Guide         []string // the lines of «Hướng dẫn»
}

// BookID is the identifier written into a unit's workbook: the year, campaign and unit, and the
// identifier of the database that made it ("2024-C3-U12-K1a2b3c4d5e6f7a8b"), so a workbook of
// another office's program with the same numbers is not ours.
func BookID(databaseID string, year int, campaignID, unitID int64) string {
	return strconv.Itoa(year) + "-C" + strconv.FormatInt(campaignID, 10) + "-U" + strconv.FormatInt(unitID, 10) + bookDBMark + databaseID
}

const bookDBMark = "-K"

// BookDatabase is the identifier of the database that made a workbook, read from its id ("" when
// the id has none).
func BookDatabase(bookID string) string {
	i := strings.LastIndex(bookID, bookDBMark)
	if i < 0 {
		return ""
	}
	return bookID[i+len(bookDBMark):]
}

// LockedHash is the SHA-256 over what the unit may not change: the book's identity and each
// criterion's code, text, field and maximum. It is written in the hidden sheet and recomputed from
// the cells when the workbook comes back.
func LockedHash(bookID string, campaignID, unitID int64, cs []BookCriterion) string {
	h := sha256.New()
	io.WriteString(h, BookProgramSignature+"\x1f"+bookID+"\x1f"+strconv.FormatInt(campaignID, 10)+"\x1f"+strconv.FormatInt(unitID, 10)+"\x1e")
	for _, c := range cs {
		io.WriteString(h, strings.Join([]string{c.Code, c.Name, strconv.Itoa(c.Field), strconv.FormatInt(int64(c.Max), 10),
			strconv.FormatBool(c.Leaf)}, "\x1f")+"\x1e")
	}
	return hex.EncodeToString(h.Sum(nil))
}

// BookMeta is the content of the hidden sheet.
type BookMeta struct {
	Signature  string
	Version    string
	BookID     string
	CampaignID int64
	Year       int
	Campaign   string
	UnitID     int64
	Unit       string
	Hash       string
}

// ReturnedBook is a workbook as read back: the hidden sheet, the criteria lines as found, and the
// two lists as tables (file row numbers kept for the messages).
type ReturnedBook struct {
	Meta        BookMeta
	Criteria    []BookCriterion
	Proposals   Table
	Initiatives Table
}

// UnitBooks writes a unit's workbook and reads one back; sheet implements it. ReadUnitBook refuses
// a file that is not an Excel workbook or lacks the sheets (an *Error), never returns half a book.
type UnitBooks interface {
	WriteUnitBook(w io.Writer, b UnitBook) error
	ReadUnitBook(r io.Reader, fileName string) (ReturnedBook, error)
}
