package pdf

// Geometry of the Giấy khen (certificate) and of the calibration page, in millimetres from the
// top-left corner of the sheet (fonts in points). The plain-paper design follows the pattern of
// domain.md §6.2: border, quốc hiệu and tiêu ngữ, the conferrer in red, "TẶNG", "GIẤY KHEN"
// large and red, the recipient, the achievement; bottom left the decision and the register
// number, bottom right the place and date, the signer's title, room to sign and seal, his name.
// Every name here starts with cert or calib: other layouts share the package.

// The sheet: A4 landscape, given to fpdf as a portrait page wider than tall (see
// newSizedDocument).
const (
	certW = 297.0
	certH = 210.0
)

// certLineFactor is a line's height over its font size: room for the stacked marks of
// Vietnamese capitals (Ấ, Ổ) above and the descenders below.
const certLineFactor = 1.22

// certPt is one point in millimetres.
const certPt = 25.4 / 72

// The border: rules at these insets from the sheet's edge, a band of ornaments between the
// second and third, and corner pieces. Everything printed lies inside certInside.
const (
	certFrameOuter      = 7.0  // thick red rule
	certFrameOuterW     = 1.1  // its width
	certFrameBandOut    = 8.9  // thin red rule: outer edge of the band
	certFrameBandIn     = 15.6 // thin gold rule: inner edge of the band
	certFrameInner      = 16.9 // gold rule inside the band
	certFrameInnerW     = 0.6  // its width
	certFrameThinW      = 0.25 // width of the thin rules
	certMotifStep       = 9.0  // about this far apart, the diamonds of the band (fitted to each side)
	certMotifHalf       = 2.3  // half the diamond's length along the band
	certMotifHalfW      = 1.6  // half its width across the band
	certMotifDotR       = 0.75 // half the diagonal of the small red diamonds between them
	certCornerBracket   = 14.0 // length of the gold corner brackets inside the frame
	certCornerInset     = 19.6 // where the brackets run, from the sheet's edge
	certInside          = 18.0 // inset of the area text may use (inside every rule)
	certOrnamentGap     = 2.2  // from the title's baseline to the ornament under it
	certOrnamentHalf    = 26.0 // half the length of the ornament's rules
	certOrnamentDiamond = 1.6  // half the diagonal of its centre diamond
)

// Colours (RGB): a deep red and a dark gold that stay distinct on an office laser printer
// (a light yellow gold disappears), and black.
var (
	certRed   = certColour{176, 24, 32}
	certGold  = certColour{178, 128, 20}
	certBlack = certColour{0, 0, 0}
)

// certColour is an RGB colour.
type certColour struct{ r, g, b int }

// The heading (drawn once per document as a template): line tops and font sizes.
const (
	certTextL         = 30.0           // left edge of the centred text
	certTextW         = certW - 2*30.0 // 237 mm: the width every centred line fits in
	certNationTop     = 21.0           // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	certSizeNation    = 13.5
	certMottoTop      = 27.0 // "Độc lập - Tự do - Hạnh phúc", underlined with a rule its length
	certSizeMotto     = 14.0
	certMottoRuleGap  = 0.9  // from the bottom of the motto's line to its rule
	certRuleW         = 0.25 // the rule's thickness
	certConferrerTop  = 37.5 // "CHỦ TỊCH ỦY BAN NHÂN DÂN …", red
	certSizeConferrer = 15.0
	certGivesTop      = 44.5 // "TẶNG"
	certSizeGives     = 15.0
	certTitleBase     = 71.5 // baseline of "GIẤY KHEN", red, Noto Serif Display Bold
	certSizeTitle     = 54.0
)

// The recipient block, centred vertically between certMidTop and certMidBottom: the name line,
// the position and unit (at most certPositionLines lines), the achievement (at most
// certAchievementLines lines in a box certAchievementH high). Text shrinks until it fits: the
// name never breaks.
const (
	certMidTop           = 78.5
	certMidBottom        = 136.5
	certSizeHonorific    = 20.0 // "Ông", "Bà"
	certSizeName         = 25.0
	certSizePosition     = 15.0
	certPositionLines    = 2
	certSizeAchievement  = 15.0
	certAchievementLines = 4
	certAchievementH     = 24.0 // 3 lines at full size; 4 from 13.9 pt down
	certAchievementW     = 225.0
	certMidGap           = 2.4 // between the name, the position and the achievement
	certMinSize          = 5.0 // below this a text is cut with an ellipsis rather than shrunk further
	certHonorificGap     = 0.3 // space between "Ông" and the name, in ems of the name's size
)

// The foot: bottom left the decision and the register number; bottom right the place and
// date (italic), the signer's title (bold), room to sign and seal, the signer's name (bold).
const (
	certFootX          = 28.0
	certFootW          = 118.0
	certDecisionTop    = 176.0
	certRegisterTop    = 182.5
	certSizeFoot       = 12.5
	certSignX          = 152.0
	certSignW          = 122.0
	certPlaceDateTop   = 139.0
	certSizePlaceDate  = 13.5
	certSignTitleTop   = 145.5
	certSizeSignTitle  = 13.0
	certSignTitleLines = 2
	certSignNameTop    = 185.0 // ≈ 30 mm under two title lines for the signature and the seal
	certSizeSignName   = 14.0
)

// Calibration page.
const (
	calibMinor      = 5.0  // light grid every 5 mm
	calibMajor      = 10.0 // darker grid every 10 mm, numbered along the top and left edges
	calibMinorW     = 0.08
	calibMajorW     = 0.2
	calibMinorGrey  = 205
	calibMajorGrey  = 140
	calibSizeNumber = 6.5
	calibBoxW       = 0.3
	calibSizeLabel  = 8.0
	calibTitleTop   = 12.0
	calibSizeTitle  = 12.0
	calibSizeNote   = 9.5
	calibRulerX     = 20.0
	calibRulerY     = 40.0 // the ruler's base line
	calibRulerLen   = 100.0
	calibTickMM     = 1.6
	calibTickHalfCM = 2.6
	calibTickCM     = 3.8
	calibSizeRuler  = 7.5
	calibMaxPage    = 2000.0 // a sheet larger than this (mm) is a typing mistake
)
