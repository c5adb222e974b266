package data

// The sample campaign: Bắc Trà My (Quảng Nam) in 2024, before the 2025 mergers (domain.md §8).
// Place names and the chairman are real; every other person is fictional.

type sampleUnit struct {
	name, short, kind, head string
}

var sampleUnits = []sampleUnit{
	{"UBND thị trấn Trà My", "TT Trà My", "town", "Lê Văn Hùng"},
	{"UBND xã Trà Bui", "Trà Bui", "commune", "Hồ Văn Thanh"},
	{"UBND xã Trà Đốc", "Trà Đốc", "commune", "Đinh Văn Sáu"},
	{"UBND xã Trà Đông", "Trà Đông", "commune", "Nguyễn Văn Phúc"},
	{"UBND xã Trà Dương", "Trà Dương", "commune", "Trần Quốc Bình"},
	{"UBND xã Trà Giác", "Trà Giác", "commune", "Hồ Thị Lan"},
	{"UBND xã Trà Giang", "Trà Giang", "commune", "Phạm Văn Tài"},
	{"UBND xã Trà Giáp", "Trà Giáp", "commune", "Đinh Văn Lực"},
	{"UBND xã Trà Ka", "Trà Ka", "commune", "Hồ Văn Khánh"},
	{"UBND xã Trà Kót", "Trà Kót", "commune", "Võ Văn Dũng"},
	{"UBND xã Trà Nú", "Trà Nú", "commune", "Hồ Văn Nhân"},
	{"UBND xã Trà Sơn", "Trà Sơn", "commune", "Huỳnh Văn Long"},
	{"UBND xã Trà Tân", "Trà Tân", "commune", "Bùi Văn Quân"},
	{"Văn phòng HĐND và UBND huyện", "VP HĐND-UBND", "department", "Nguyễn Thị Hạnh"},
	{"Phòng Nội vụ", "Nội vụ", "department", "Trần Văn Việt"},
	{"Phòng Tư pháp", "Tư pháp", "department", "Lê Thị Thảo"},
	{"Phòng Tài chính - Kế hoạch", "TC-KH", "department", "Phạm Minh Tuấn"},
	{"Phòng Tài nguyên và Môi trường", "TN-MT", "department", "Đặng Văn Sơn"},
	{"Phòng Lao động - Thương binh và Xã hội", "LĐ-TB&XH", "department", "Võ Thị Hương"},
	{"Phòng Văn hóa và Thông tin", "VH-TT", "department", "Huỳnh Ngọc Ánh"},
	{"Phòng Giáo dục và Đào tạo", "GD-ĐT", "department", "Nguyễn Đức Thịnh"},
	{"Phòng Y tế", "Y tế", "department", "Trần Thị Mai"},
	{"Thanh tra huyện", "Thanh tra", "department", "Lê Công Hậu"},
	{"Phòng Kinh tế - Hạ tầng", "KT-HT", "department", "Phan Văn Toàn"},
	{"Phòng Nông nghiệp và Phát triển nông thôn", "NN-PTNT", "department", "Đỗ Hữu Lộc"},
	{"Phòng Dân tộc", "Dân tộc", "department", "Hồ Văn Bốn"},
	{"Trung tâm Văn hóa - Thông tin và Truyền thanh - Truyền hình", "TT VH-TT&TT-TH", "other", "Nguyễn Văn Hải"},
}

var (
	sampleFamily     = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Võ", "Huỳnh", "Đinh", "Bùi", "Đặng", "Phan", "Đỗ", "Hà", "Ngô", "Dương"}
	sampleMaleMiddle = []string{"Văn", "Đức", "Minh", "Hữu", "Công", "Quang", "Ngọc", "Thanh"}
	sampleFemMiddle  = []string{"Thị", "Thị Thu", "Thị Hồng", "Ngọc", "Thị Kim", "Thị Mỹ", "Thị Thanh"}
	sampleMaleGiven  = []string{"Dũng", "Hùng", "Tuấn", "Bình", "Phúc", "Sơn", "Long", "Quân", "Tài", "Nhân", "Khánh", "Việt", "Đạt", "Hiếu", "Trung", "Lâm", "Tiến", "Quốc", "Thắng", "Kiên"}
	sampleFemGiven   = []string{"Hoa", "Lan", "Nhung", "Hương", "Dung", "Thảo", "Trang", "Hạnh", "Yến", "Oanh", "Ngân", "Mai", "Liên", "Ánh", "Uyên", "Tuyết", "Vy", "Ngọc", "Thủy", "Hằng"}
)

type samplePost struct {
	position, category string
}

var sampleCommunePosts = []samplePost{
	{"Phó Chủ tịch UBND xã", "cadre"},
	{"Công chức Văn phòng - Thống kê", "civil_servant"},
	{"Công chức Tư pháp - Hộ tịch", "civil_servant"},
	{"Công chức Địa chính - Xây dựng", "civil_servant"},
	{"Công chức Tài chính - Kế toán", "civil_servant"},
	{"Công chức Văn hóa - Xã hội", "civil_servant"},
	{"Phó Trưởng Công an xã", "part_time"},
	{"Nhân viên bộ phận một cửa", "worker"},
}

var sampleDeptPosts = []samplePost{
	{"Phó Trưởng phòng", "civil_servant"},
	{"Chuyên viên", "civil_servant"},
	{"Chuyên viên", "civil_servant"},
	{"Kế toán", "public_employee"},
	{"Nhân viên hợp đồng", "worker"},
}

// sampleCriteria is the criteria template per reform field: criteria, each either scored directly
// or made of sub-criteria. Points are whole points (stored ×100). Each set totals 100.
type sampleCrit struct {
	name string
	max  int
	subs []sampleCrit
}

var sampleCriteria = [6][]sampleCrit{
	{ // Cải cách thể chế — 14
		{name: "Xây dựng, ban hành văn bản quy phạm pháp luật đúng quy trình", max: 6},
		{name: "Tự kiểm tra, rà soát văn bản", subs: []sampleCrit{
			{name: "Ban hành kế hoạch rà soát đúng thời hạn", max: 3},
			{name: "Xử lý kết quả rà soát", max: 5},
		}},
	},
	{ // Cải cách TTHC — 22
		{name: "Công khai thủ tục hành chính đầy đủ, đúng quy định", max: 6},
		{name: "Giải quyết hồ sơ thủ tục hành chính", subs: []sampleCrit{
			{name: "Tỷ lệ hồ sơ giải quyết đúng hạn", max: 8},
			{name: "Xin lỗi người dân khi hồ sơ trễ hạn", max: 3},
		}},
		{name: "Thực hiện cơ chế một cửa, một cửa liên thông", max: 5},
	},
	{ // Tổ chức bộ máy — 14
		{name: "Sắp xếp tổ chức bộ máy theo quy định", max: 8},
		{name: "Thực hiện phân cấp, ủy quyền", max: 6},
	},
	{ // Chế độ công vụ — 16
		{name: "Quản lý, sử dụng biên chế đúng số lượng được giao", max: 6},
		{name: "Đào tạo, bồi dưỡng cán bộ, công chức", max: 5},
		{name: "Chấp hành kỷ luật, kỷ cương hành chính", max: 5},
	},
	{ // Tài chính công — 14
		{name: "Thực hiện dự toán ngân sách được giao", max: 7},
		{name: "Công khai tài chính, ngân sách", max: 7},
	},
	{ // Chính quyền điện tử, số — 20
		{name: "Cung cấp dịch vụ công trực tuyến toàn trình", max: 8},
		{name: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", max: 7},
		{name: "Sử dụng chữ ký số, văn bản điện tử", max: 5},
	},
}

type sampleInitiative struct {
	title string
	field int // index into the six fields
	kind  string
	unit  int // index into sampleUnits
	level string
}

var sampleInitiatives = []sampleInitiative{
	{"Ứng dụng Zalo OA để thông báo kết quả giải quyết hồ sơ thủ tục hành chính cho người dân", 5, "applied", 0, "district"},
	{"Số hóa sổ hộ tịch từ năm 1990 đến 2015 tại xã Trà Giang", 5, "operational", 6, "district"},
	{"Tổ công nghệ số cộng đồng hướng dẫn người dân vùng cao nộp hồ sơ trực tuyến", 5, "management", 8, "district"},
	{"Bảng hướng dẫn thủ tục hành chính song ngữ Kinh - Xơ Đăng tại bộ phận một cửa", 1, "operational", 1, "district"},
	{"Quy trình tiếp nhận hồ sơ lưu động tại các thôn xa trung tâm xã", 1, "management", 7, "base"},
	{"Mô hình \"Thứ Bảy không hẹn\" tiếp nhận hồ sơ đất đai", 1, "management", 17, "district"},
	{"Sổ theo dõi điện tử văn bản quy phạm pháp luật cần rà soát", 0, "technical", 15, "base"},
	{"Phần mềm bảng tính theo dõi dự toán và giải ngân vốn đầu tư công", 4, "technical", 16, "district"},
	{"Công khai ngân sách xã bằng mã QR tại nhà văn hóa thôn", 4, "applied", 4, "base"},
	{"Giải pháp sắp xếp lại bộ phận một cửa theo hướng một đầu mối", 2, "management", 13, "district"},
	{"Kho dữ liệu dùng chung hồ sơ cán bộ, công chức cấp xã", 3, "technical", 14, "province"},
	{"Lịch trực tiếp công dân của lãnh đạo đăng trên trang thông tin điện tử", 3, "operational", 22, "base"},
	{"Hướng dẫn nộp hồ sơ bảo trợ xã hội qua dịch vụ công trực tuyến", 5, "operational", 18, "base"},
	{"Chuyên mục phát thanh \"Cải cách hành chính với bà con\" bằng tiếng Ca Dong", 1, "applied", 26, "district"},
	{"Mẫu hóa hồ sơ thẩm định giá đất cho các dự án nhỏ", 1, "operational", 17, "base"},
	{"Phần mềm quản lý văn bản đi, đến liên thông xã - huyện", 5, "technical", 2, "base"},
	{"Tập huấn kỹ năng giao tiếp cho công chức bộ phận một cửa", 3, "management", 9, "base"},
	{"Theo dõi tiến độ hồ sơ bằng bảng điện tử tại trụ sở UBND xã", 5, "applied", 11, "base"},
	{"Quy chế phối hợp giải quyết thủ tục đăng ký khai sinh, thường trú, bảo hiểm y tế cho trẻ dưới 6 tuổi", 1, "management", 12, "district"},
	{"Số hóa hồ sơ người có công tại Phòng Lao động - Thương binh và Xã hội", 5, "operational", 18, ""},
}
