"""Vietnamese vocabulary for the benchmark corpus: real localities, name parts, title words.

Only `generate.py` reads this. Real place names with their real level and province; the
people are invented from common name parts, so no real person is attached to a made-up role.
"""

from __future__ import annotations

# (level, name, province): 60 real units, several levels, seven provinces and three cities.
LOCALITIES: tuple[tuple[str, str, str], ...] = (
    ("tỉnh", "Lào Cai", "Lào Cai"),
    ("thành phố", "Lào Cai", "Lào Cai"),
    ("thị xã", "Sa Pa", "Lào Cai"),
    ("huyện", "Si Ma Cai", "Lào Cai"),
    ("huyện", "Bát Xát", "Lào Cai"),
    ("huyện", "Bảo Thắng", "Lào Cai"),
    ("huyện", "Bảo Yên", "Lào Cai"),
    ("huyện", "Bắc Hà", "Lào Cai"),
    ("huyện", "Mường Khương", "Lào Cai"),
    ("huyện", "Văn Bàn", "Lào Cai"),
    ("phường", "Cốc Lếu", "Lào Cai"),
    ("phường", "Kim Tân", "Lào Cai"),
    ("phường", "Sa Pa", "Lào Cai"),
    ("xã", "Tả Van", "Lào Cai"),
    ("xã", "Y Tý", "Lào Cai"),
    ("thị trấn", "Phố Lu", "Lào Cai"),
    ("thị trấn", "Bắc Hà", "Lào Cai"),
    ("tỉnh", "Yên Bái", "Yên Bái"),
    ("thành phố", "Yên Bái", "Yên Bái"),
    ("thị xã", "Nghĩa Lộ", "Yên Bái"),
    ("huyện", "Mù Cang Chải", "Yên Bái"),
    ("huyện", "Trạm Tấu", "Yên Bái"),
    ("huyện", "Lục Yên", "Yên Bái"),
    ("tỉnh", "Hà Giang", "Hà Giang"),
    ("thành phố", "Hà Giang", "Hà Giang"),
    ("huyện", "Đồng Văn", "Hà Giang"),
    ("huyện", "Mèo Vạc", "Hà Giang"),
    ("xã", "Lũng Cú", "Hà Giang"),
    ("thị trấn", "Đồng Văn", "Hà Giang"),
    ("tỉnh", "Lai Châu", "Lai Châu"),
    ("thành phố", "Lai Châu", "Lai Châu"),
    ("huyện", "Phong Thổ", "Lai Châu"),
    ("huyện", "Sìn Hồ", "Lai Châu"),
    ("thị trấn", "Tân Uyên", "Lai Châu"),
    ("tỉnh", "Điện Biên", "Điện Biên"),
    ("thành phố", "Điện Biên Phủ", "Điện Biên"),
    ("huyện", "Mường Nhé", "Điện Biên"),
    ("tỉnh", "Sơn La", "Sơn La"),
    ("thành phố", "Sơn La", "Sơn La"),
    ("huyện", "Mai Sơn", "Sơn La"),
    ("tỉnh", "Tuyên Quang", "Tuyên Quang"),
    ("huyện", "Na Hang", "Tuyên Quang"),
    ("tỉnh", "Phú Thọ", "Phú Thọ"),
    ("thành phố", "Việt Trì", "Phú Thọ"),
    ("thị xã", "Phú Thọ", "Phú Thọ"),
    ("thành phố", "Sông Công", "Thái Nguyên"),
    ("thành phố", "Phổ Yên", "Thái Nguyên"),
    ("thành phố", "Hà Nội", "Hà Nội"),
    ("quận", "Hoàn Kiếm", "Hà Nội"),
    ("quận", "Ba Đình", "Hà Nội"),
    ("quận", "Cầu Giấy", "Hà Nội"),
    ("thị xã", "Sơn Tây", "Hà Nội"),
    ("huyện", "Sóc Sơn", "Hà Nội"),
    ("phường", "Hàng Bạc", "Hà Nội"),
    ("quận", "Bình Thạnh", "Hồ Chí Minh"),
    ("thành phố", "Thủ Đức", "Hồ Chí Minh"),
    ("huyện", "Củ Chi", "Hồ Chí Minh"),
    ("quận", "Hải Châu", "Đà Nẵng"),
    ("quận", "Sơn Trà", "Đà Nẵng"),
    ("huyện", "Hòa Vang", "Đà Nẵng"),
)

# Cities governed like a province: their thành phố is the top unit of the "province".
CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế")

# Party committee of a unit, by level: "Bí thư Huyện ủy", "Đảng ủy xã".
PARTY_COMMITTEE = {
    "tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "thị xã": "Thị ủy", "huyện": "Huyện ủy",
    "quận": "Quận ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường", "thị trấn": "Đảng ủy thị trấn",
}
# Member of that committee: "Tỉnh ủy viên".
COMMITTEE_MEMBER = {
    "tỉnh": "Tỉnh ủy viên", "thành phố": "Thành ủy viên", "thị xã": "Thị ủy viên", "huyện": "Huyện ủy viên",
    "quận": "Quận ủy viên", "xã": "Đảng ủy viên", "phường": "Đảng ủy viên", "thị trấn": "Đảng ủy viên",
}

# Main posts; {P} is the party committee, {S} the level word of the state body.
MAIN_ROLES = (
    "Bí thư {P}", "Phó Bí thư {P}", "Phó Bí thư Thường trực {P}", "Chủ tịch UBND {S}", "Phó Chủ tịch UBND {S}",
    "Phó Chủ tịch Thường trực UBND {S}", "Chủ tịch HĐND {S}", "Phó Chủ tịch HĐND {S}",
    "Chủ tịch Ủy ban MTTQ Việt Nam {S}", "Trưởng Ban Tuyên giáo {P}", "Trưởng Ban Tổ chức {P}",
    "Trưởng Ban Dân vận {P}", "Chủ nhiệm Ủy ban Kiểm tra {P}", "Chánh Văn phòng {P}", "Chủ tịch Hội Nông dân {S}",
    "Chủ tịch Hội Liên hiệp Phụ nữ {S}", "Bí thư Đoàn Thanh niên {S}", "Chủ tịch Liên đoàn Lao động {S}",
    "Trưởng Công an {S}", "Chỉ huy trưởng Ban Chỉ huy Quân sự {S}", "Trưởng Ban Kinh tế - Ngân sách HĐND {S}",
)
PROVINCE_ROLES = (
    "Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính", "Giám đốc Sở Kế hoạch và Đầu tư", "Giám đốc Sở Y tế",
    "Giám đốc Sở Giáo dục và Đào tạo", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Giám đốc Sở Xây dựng",
    "Giám đốc Sở Văn hóa và Thể thao", "Giám đốc Sở Du lịch", "Trưởng Đoàn Đại biểu Quốc hội tỉnh",
    "Phó Trưởng Đoàn ĐBQH tỉnh", "Ủy viên Ban Chấp hành Trung ương Đảng", "Giám đốc Công an tỉnh",
)
DISTRICT_ROLES = (
    "Trưởng phòng Tài chính - Kế hoạch {S}", "Trưởng phòng Giáo dục và Đào tạo {S}",
    "Chánh Văn phòng HĐND và UBND {S}", "Trưởng phòng Nội vụ {S}", "Trưởng phòng Văn hóa và Thông tin {S}",
)
STANDING_MEMBER = ("Ủy viên Ban Thường vụ {P}", "UV BTV {P}", "Ủy viên BTV {P}")

SURNAMES = (  # weighted by repetition, roughly as common as they are
    "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng",
    "Hoàng", "Vũ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Đoàn", "Đinh", "Lương",
    "Trịnh", "Tô", "Hà", "Thào", "Giàng", "Lò", "Sùng", "Vàng", "Mai", "Võ", "Huỳnh", "Cao", "Tạ", "Chu",
)
MIDDLE_MALE = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Ngọc", "Xuân", "Trọng", "Đăng", "Duy", "Mạnh", "Công",
               "Thanh", "Tiến", "A", "Seo", "Quốc", "Trường", "Anh", "Việt")
MIDDLE_FEMALE = ("Thị", "Thị", "Thu", "Thanh", "Ngọc", "Kim", "Hồng", "Phương", "Minh", "Lan")
GIVEN_MALE = (
    "Sơn", "Toàn", "Hài", "Khoa", "Tuyến", "Phong", "Cường", "Cài", "Khánh", "Minh", "Chinh", "Bình", "Hùng",
    "Dũng", "Tuấn", "Long", "Hải", "Trung", "Thắng", "Nam", "Quân", "Thành", "Tâm", "Vinh", "Hòa", "Liễn",
    "Sinh", "Giang", "Phúc", "Hưng", "Chiến", "Đạt", "Hiếu", "Kiên", "Lâm", "Lộc", "Nghĩa", "Quyết", "Tài",
    "Thịnh", "Tùng", "Vượng", "Xuân", "Pao", "Chứ", "Sử", "Páo", "Dìn", "Thái", "Bảo",
)
GIVEN_FEMALE = (
    "Lan", "Hương", "Nga", "Mai", "Hoa", "Linh", "Thanh", "Vinh", "Dịu", "Hạnh", "Hằng", "Huyền", "Loan",
    "Ly", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Xuân", "Dung", "Hà",
)

AUTHORS = (
    "Khánh Nga", "Vũ Chiến", "Hương Dịu", "Quốc Hưng", "Lê Hưng", "Minh Đức", "Thu Trang", "Hải Yến",
    "Ngọc Bích", "Đức Thành", "Thanh Huyền", "Văn Long", "Hồng Nhung", "Trung Kiên", "Mai Anh", "Bảo Ngọc",
    "Phạm Hoa", "Nguyễn Dung", "Trần Vân", "Tuấn Anh", "Lương Thảo", "Đỗ Quyên", "Hà Phương", "Minh Quân",
)
SOURCES = ("baolaocai.vn", "laocai.gov.vn", "baoyenbai.com.vn", "baohagiang.vn", "nhandan.vn", "dangcongsan.vn",
           "baotintuc.vn", "baolaichau.vn")

ROMAN = ("XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV")
# {loc} "thị xã Sa Pa", {Loc} "Thị xã Sa Pa", {prov} "Lào Cai", {year}, {n}, {roman}, {q}, {who} an official.
TITLES = (
    "Hội nghị Ban Chấp hành Đảng bộ {loc} lần thứ {n}, khóa {roman}",
    "{Loc} giao chỉ tiêu kế hoạch năm {year}",
    "Đồng chí {who} làm việc tại {loc}",
    "Kỳ họp thứ {n} HĐND {loc} khóa {roman}",
    "{Loc} sơ kết 6 tháng đầu năm {year}",
    "{Loc} tổng kết công tác xây dựng Đảng năm {year}",
    "Đoàn công tác của Tỉnh ủy {prov} làm việc với {loc}",
    "{Loc} ra quân xây dựng nông thôn mới năm {year}",
    "Lãnh đạo {loc} thăm, chúc Tết các gia đình chính sách",
    "Hội nghị giao ban công tác dân vận {loc} quý {q} năm {year}",
    "{Loc} triển khai nhiệm vụ phát triển du lịch năm {year}",
    "Tiếp tục tạo điều kiện để {loc} hoàn thành nhiệm vụ năm {year}",
    "{Loc} quyết tâm hoàn thành các chỉ tiêu Nghị quyết Đại hội khóa {roman}",
    "Đảng bộ {loc} học tập, quán triệt Nghị quyết Trung ương {n}",
    "Đồng chí {who} tiếp xúc cử tri {loc}",
    "{Loc} đối thoại với Nhân dân về giải phóng mặt bằng năm {year}",
)
EVENTS = (
    "tổ chức hội nghị Ban Chấp hành Đảng bộ", "tổ chức hội nghị giao chỉ tiêu kế hoạch",
    "tổ chức buổi làm việc với các ban, ngành", "tổ chức kỳ họp HĐND thường lệ",
    "tổ chức hội nghị sơ kết công tác", "tổ chức hội nghị đối thoại với Nhân dân",
)
OPENERS = ("Dự và chỉ đạo hội nghị có", "Chủ trì hội nghị có", "Tham dự có", "Dự buổi làm việc có")
