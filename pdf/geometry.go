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

// ---------------------------------------------------------------------------------------------
// Decision (quyết định cá biệt, NĐ 30/2020 Phụ lục I Mẫu 1.2, with its attached list Mẫu 2.1).
// Sizes: agency and national name 13 pt bold, motto 14 pt bold, "Số:" 13 pt, place and date
// 14 pt italic, title, subject, authority and body 14 pt, Nơi nhận 12/11 pt, signer 14 pt.

// Header of a decision: the national name at 13 pt bold is 95.7 mm, inside the 100 mm column.
const (
	decSizeAgency = 13.0
	decSizeMotto  = 14.0
	decHeaderLine = 6.0
	decRuleGap    = 1.4  // from a line box to its rule: clear of the descenders at 13–14 pt
	decSizeNumber = 13.0 // "Số: 07/QĐ-UBND"
	decSizeDate   = 14.0 // "Bắc Trà My, ngày 10 tháng 01 năm 2025" (81 mm)
	decMinSize    = 9.0  // a line that must stay on one line is never set smaller
	decNumberGap  = 2.5  // from the lower rule of the header to the Số/date line
	decNumberLine = 6.5
)

// Title block (cell 5a): name, subject with a rule 1/3–1/2 of its width, authority.
const (
	decTitleGap         = 7.0 // from the Số/date line to "QUYẾT ĐỊNH"
	decSizeTitle        = 14.0
	decTitleLine        = 6.5
	decSubjectRuleRatio = 0.35
	decMaxSubjectLines  = 6
	decAuthorityGap     = 4.0 // from the subject's rule to the authority line
	decBodyGap          = 4.0 // from the authority line to the first căn cứ
)

// Body (cell 6): 14 pt, justified, first-line indent 1 cm, spacing 6 pt, lines ≈ 1,2.
const (
	decSizeBody  = 14.0
	decBodyLine  = 5.7 // 1,15 lines of 14 pt (16,1 pt)
	decParaGap   = 2.2 // 6 pt
	decIndent    = 10.0
	decDecidesAt = 2.5 // extra room above and below "QUYẾT ĐỊNH:"
	decKeepLines = 2   // lines of the last article kept with the signature
	decPtMM      = 25.4 / 72
)

// Footer (cells 7 and 9): Nơi nhận on the left (the header's left column), the signer centred
// in the right column, 30 mm for the signature and the seal.
const (
	decFooterGap     = 3.0
	decSizeCCTitle   = 12.0
	decCCTitleLine   = 5.5
	decSizeCC        = 11.0
	decCCLine        = 4.6
	decSizeSigner    = 14.0
	decSignerLine    = 6.3
	decSignSpace     = 30.0
	decMaxFooterRows = 12 // lines of Nơi nhận or of signer titles, whatever was typed
)

// Draft mark: a light grey diagonal "DỰ THẢO" across each page, and a framed "DỰ THẢO" in the
// top margin (the grey may vanish on a photocopy; the frame does not).
const (
	decWatermarkSize  = 96.0
	decWatermarkGrey  = 220
	decWatermarkAngle = 54.7 // the page's diagonal: atan(297/210)
	decDraftTagSize   = 11.0
	decDraftTagY      = 9.0
	decDraftTagH      = 6.5
	decDraftTagPad    = 2.0
)

// Attached list: STT | Họ và tên / Tên tập thể | Chức vụ, đơn vị | Số tiền (đồng), 165 mm.
var decListCols = [...]float64{12, 60, 65, 28}

const (
	decListRuleRatio = 0.3 // rule under the reference, of its widest line
	decListGap       = 5.0 // from the rule to the table
	decWordsLine     = 6.0 // "Bằng chữ: …" under the total
	decWordsGap      = 1.5
)
