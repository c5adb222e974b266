// Package app is the domain of Thi đua CCHC: the entities of an administrative-reform emulation
// campaign, their validation, and the pure rules (bonus money, Vietnamese dates, numbers and money in
// words, accent-insensitive search, Vietnamese name order). It imports only the standard library and
// golang.org/x/text; storage (data), documents (pdf) and the GUI (ui) depend on it, never the
// other way round.
//
// Rules never read the clock: every date they need arrives as an argument (asOf).
//
// Glossary (Vietnamese term = type or word used in code):
//
//	Phong trào thi đua      = Campaign
//	Đơn vị                  = Unit (xã = commune, thị trấn = town, phòng/ban = department)
//	Cán bộ, công chức …     = Person (Category: cadre, civil_servant, public_employee, part_time, worker)
//	Lĩnh vực cải cách       = ReformField
//	Tiêu chí / thành phần   = Criterion (with Parent)
//	Tự chấm / thẩm định     = self / appraised points (Score)
//	Sáng kiến               = Initiative; tác giả = Author; công nhận = Recognition
//	Hội đồng sáng kiến      = council (CouncilMember); phiếu chấm = rubric
//	Đề nghị khen thưởng     = Proposal
//	Danh hiệu / Hình thức   = Title / Form (AwardForm)
//	Quyết định              = Decision; căn cứ = basis lines; nơi nhận = recipient lines
//	Khen thưởng             = Award
//	Giấy khen               = Certificate
//	Sổ vàng                 = certificate register
//	Phôi                    = pre-printed blank
//	Mức lương cơ sở         = base salary
//	Hệ số                   = coefficient (integer thousandths: 0,3 → 300)
package app
