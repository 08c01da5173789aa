"""Round one hundred and five of issue 13's rules, after bn47 and bsc47's first look: a page's clock glued to the
headline (`01:22Chủ tịch …`) keeps the headline's first letters; a portal's motto over the page's date (`Thứ sáu, 07
Tháng 9 2018 14:58`, now read as a date) is not the headline under it; `Tin & ảnh: A - B, <office>` credits both
writers; a comment plugin's labels (`Subscribe`) are furniture; a bare last line that is a province's name is flagged,
not taken as a pen name; a foreign province after `tỉnh` (`tỉnh Hồ Bắc (Trung Quốc)`) is no person; a caption's
`Lễ` glued after a known name is not part of it; a photo's position brackets do not stop a heading reaching the next
name; `Tết Nguyên đán Ất Tỵ 2025` gives a January day its year; a section's name fused before a headline and its lead
is dropped. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, mentioned

_LEAD = (
    "Trao đổi với phóng viên chiều nay 22-11, ông Lê Văn Toàn, Trưởng ban Tổ chức Tỉnh ủy Vĩnh Phúc, cho biết đang "
    "xem xét đơn xin nghỉ việc của ông Trần Văn Bằng, Chủ tịch UBND huyện Yên Lạc. " + FILLER * 2
)
_REPORT = "Liên đoàn Lao động tỉnh Lạng Sơn trao tặng 3.000 cuốn vở cho học sinh có hoàn cảnh khó khăn"


def test_a_clock_glued_to_the_headline_keeps_its_first_letters() -> None:
    page = f"Xã hội\n23/11/2017 01:22Chủ tịch huyện ở Vĩnh Phúc bất ngờ xin nghỉ việc\n{_LEAD}\n"
    assert extract(page).title.value == "Chủ tịch huyện ở Vĩnh Phúc bất ngờ xin nghỉ việc"


def test_a_motto_over_the_pages_date_is_not_the_headline() -> None:
    motto = (
        "Công đoàn tỉnh đổi mới nội dung, phương thức hoạt động; tập trung thực hiện tốt vai trò đại diện, bảo vệ "
        "quyền, lợi ích hợp pháp của đoàn viên, người lao động, góp phần xây dựng tỉnh phát triển nhanh và bền vững."
    )
    lead = "Nhân dịp khai giảng năm học mới, Liên đoàn Lao động tỉnh Lạng Sơn đã tiếp nhận 3.000 cuốn vở. " + FILLER * 3
    found = extract(f"{motto}\n\nThứ sáu, 07 Tháng 9 2018 14:58\n\n{_REPORT}\n\n{lead}\n")
    assert found.title.value == _REPORT
    assert not found.title.review


def test_two_writers_credited_with_their_office() -> None:
    page = f"{_REPORT}\n\nNgày 5/9/2018, {FILLER * 3}\n\nTin & ảnh: Ngọc - Thúy,  Ban Chính sách Pháp luật\n"
    assert extract(page).author.value == "Ngọc - Thúy"


def test_a_comment_plugins_labels_are_no_byline() -> None:
    page = f"{_REPORT}\n\nNgày 5/9/2018, {FILLER * 3}\n\nSubscribe\nNotify of\nguest\n0 Comments\nInline Feedbacks\n"
    assert extract(page).author.value is None


def test_a_bare_last_line_that_is_a_provinces_name_is_flagged() -> None:
    author = extract(f"{_REPORT}\n\nNgày 5/9/2018, {FILLER * 3}\n\nThái Bình\n").author
    assert author.value is None or author.review
    assert extract(f"{_REPORT}\n\nNgày 5/9/2018, {FILLER * 3}\n\nTin, ảnh: Thái Bình\n").author.value == "Thái Bình"


def test_a_foreign_province_after_tinh_is_no_person() -> None:
    named = mentioned(
        "Chủ tịch UBND tỉnh Ninh Bình Trần Văn Ngọc tiếp Đoàn công tác tỉnh Hồ Bắc (Trung Quốc) do Phó Tỉnh trưởng "
        "Trịnh Văn Dũng dẫn đầu."
    )
    assert [name for name, _ in named] == ["Trần Văn Ngọc", "Trịnh Văn Dũng"]


def test_a_captions_word_glued_after_a_known_name_is_not_part_of_it() -> None:
    page = (
        "Kỷ niệm 80 năm Ngày truyền thống Công an nhân dân\n\n"
        "Sáng 18/8/2025, tham dự buổi lễ có ông Lê Văn Mười, Chủ tịch UBND tỉnh Lâm Đồng. " + FILLER * 2 + "\n\n"
        "Chủ tịch UBND tỉnh Lê Văn Mười Lễ tại Lễ kỷ niệm 80 năm Ngày truyền thống Công an nhân dân\n\n"
        + FILLER * 2
        + "\n"
    )
    assert [person.name for person in extract(page).officials] == ["Lê Văn Mười"]


def test_a_photos_position_brackets_do_not_stop_a_heading() -> None:
    named = mentioned("Hai đại biểu Quốc hội Lê Văn An (bìa trái) và Trần Thị Bình (thứ hai từ trái sang) lắng nghe.")
    assert named == [("Lê Văn An", ("đại biểu Quốc hội",)), ("Trần Thị Bình", ("đại biểu Quốc hội",))]


def test_a_tet_named_with_its_year_gives_a_january_day_its_year() -> None:
    page = (
        "Bí thư Tỉnh ủy chúc tết các hộ chính sách\n\n"
        "Nhân dịp Tết Nguyên đán Ất Tỵ 2025, chiều 17-1, đoàn lãnh đạo tỉnh Tiền Giang đã đến thăm, tặng quà các hộ "
        "gia đình chính sách. " + FILLER * 3 + "\n"
    )
    assert extract(page).date.value == "2025-01-17"


def test_a_section_name_fused_before_the_headline_and_lead_is_dropped() -> None:
    line = (
        "Quốc phòng toàn dân Ngày hội Toàn dân bảo vệ An ninh Tổ quốc tại phường Xuân Trường - Đà Lạt "
        "Ngày 19/7/2025, phường Xuân Trường - Đà Lạt tổ chức Ngày hội Toàn dân bảo vệ An ninh Tổ quốc năm 2025."
    )
    found = extract(f"{line}\n\n{FILLER * 3}\n")
    assert found.title.value == "Ngày hội Toàn dân bảo vệ An ninh Tổ quốc tại phường Xuân Trường - Đà Lạt"
