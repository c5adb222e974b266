// Package app is the domain of Thi đua CCHC: the entities of an administrative-reform emulation
// campaign, their validation, the error type, settings keys and form codes, the ports (the small
// service interfaces storage implements), and the rules every job shares: state transitions of
// proposals and decisions, bonus money, the blank layout's limits. The domain's jobs live in
// sub-packages that import app, never the reverse: viet (Vietnamese text, dates, money, numbers —
// the lowest floor, importing nothing of the domain but apperr), eligibility (the legal checks),
// docs (what a printed document says), lists (reading and writing the office's Excel lists).
// The domain imports only the standard library and golang.org/x/text; ARCHITECTURE.md at the root
// of the repository draws the packages and their direction.
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
