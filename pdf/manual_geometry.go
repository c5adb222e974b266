package pdf

// The printed manual («Hướng dẫn sử dụng», thidua print manual): A4 with the documents' margins,
// Liberation Serif for the text, Liberation Sans for the headings. Sizes in points, lengths in mm.
const (
	sansFamily = "LiberationSans"

	manSizeText    = 12.0
	manLineText    = 6.0 // line height of the text
	manSizeChapter = 18.0
	manSizeSection = 13.5
	manSizeSub     = 12.0
	manSizeCaption = 10.0
	manSizeFooter  = 10.0
	manSizeTOC     = 12.0
	manLineTOC     = 6.3

	manParaGap    = 2.5   // after a paragraph, a list, a picture
	manIndent     = 8.0   // the hanging indent of a step or a bullet
	manPictureGap = 3.0   // above a picture and between it and its caption
	manFooterY    = 283.0 // the baseline of the page number
	manChapterTop = 35.0  // where a chapter's title starts on its new page
)
