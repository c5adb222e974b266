package pdf

// Every dimension of the layouts, in millimetres (fonts in points), in one place so that a
// change of margin or column is one edit. Sources: NĐ 30/2020/NĐ-CP Phụ lục I (page, margins,
// header cells, page numbers); the column set of the payout list is common practice.

// Page: A4 portrait (NĐ 30/2020 Phụ lục I, mục I.2).
const (
	pageW = 210.0
	pageH = 297.0
)

// Margins (NĐ 30/2020: top 20–25, bottom 20–25, left 30–35, right 15–20): the text width is
// 210 − 30 − 15 = 165 mm.
const (
	marginTop    = 20.0
	marginBottom = 20.0
	marginLeft   = 30.0
	marginRight  = 15.0
	textW        = pageW - marginLeft - marginRight
	// bottomLimit is the lowest y any content may reach.
	bottomLimit = pageH - marginBottom
)

// Page number: from page 2 on, centred in the top margin, 13 pt regular (NĐ 30/2020 Phụ lục I
// mục II.11). pageNoY is the top of its line.
const (
	pageNoY    = 10.0
	pageNoLine = 6.0
	sizePageNo = 13.0
)

// Header in two columns (NĐ 30/2020 cells 1 and 2): left ≈ 40 %, right ≈ 60 % of the text width.
const (
	headerLeftW  = 65.0
	headerRightW = textW - headerLeftW
	sizeNation   = 12.0 // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", agency lines: 12–13 pt
	sizeMotto    = 13.0 // "Độc lập - Tự do - Hạnh phúc": one point above the line over it
	headerLine   = 5.5  // line height in the header block
	// agencyRuleRatio: the rule under the agency name is 1/3–1/2 of the text above it.
	agencyRuleRatio = 0.4
	ruleGap         = 0.8 // from the bottom of a line box to its rule
	ruleWidth       = 0.2 // thickness of the header rules
)

// Title block of a list.
const (
	titleGap      = 10.0 // from the header block to the title
	sizeTitle     = 14.0
	titleLine     = 6.5
	sizeSubtitle  = 13.0
	subtitleLine  = 6.0
	afterSubtitle = 6.0 // from the subtitle to the table
)

// Tables.
const (
	sizeTable   = 12.0
	tableLine   = 5.0 // one text line in a table cell
	cellPadX    = 1.5 // left and right inside a cell (also fpdf's cell margin)
	cellPadY    = 1.5 // above the first and below the last line of a cell
	tableBorder = 0.2 // thickness of cell borders
)

// Payout list columns: STT | name | position, unit | amount | signature. They add up to textW.
// The name column holds a four-word name on one line ("Nguyễn Thị Hồng Nhung" is 43 mm at
// 12 pt); the amount column holds "100.000.000" (21 mm) — wider amounts are set smaller, never
// wrapped. A collective without a position takes the name and position columns together.
var payoutCols = [...]float64{11, 50, 55, 25, 24}

// payoutRowMin is the least height of a recipient's row: room to sign in the Ký nhận column.
const payoutRowMin = 10.0

// Below the table.
const (
	wordsGap  = 2.0 // from the table to "Bằng chữ"
	sizeWords = 13.0
	wordsLine = 6.0
)

// Signature blocks: three columns across the text width, the last wider so that the place-and-
// date line (74 mm at 12 pt italic) stands nearly centred over THỦ TRƯỞNG ĐƠN VỊ.
var signCols = [...]float64{52, 43, 70}

const (
	signGap      = 6.0 // from "Bằng chữ" to the place-and-date line
	sizeSign     = 12.0
	signLine     = 5.5
	signDateGap  = 2.0  // between the place-and-date line and the titles (room for the capitals' marks)
	signSpace    = 28.0 // room for a signature (and the seal under THỦ TRƯỞNG ĐƠN VỊ)
	sizeSignNote = 11.0 // "(Ký, ghi rõ họ tên)"
)
