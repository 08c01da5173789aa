"""Round seventy-six of issue 13's rules, after the first looks of bn25 and bsc25: a paper's masthead over two lines
(`Cơ quan của Đảng bộ … tỉnh X` / `Tiếng nói của …`) and a site's name (`TRANG ĐIỆN TỬ …`) are no headline; a page
clock whose count of views has a thousands dot (`… 14:41 1.018 0`) is the page's date; an ISO page stamp followed
by its count of comments (`2025-02-03 20:50:48 0 Bình luận`) is the page's date. People are made up; units are
real ones. The tests of rounds seventy-seven and seventy-eight are at the end."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


def test_a_masthead_over_two_lines_and_a_sites_name_are_no_headline() -> None:
    text = (
        " date 2025-11-16 Hotline: 0822.173.636   |\n\n"
        "Cơ quan của Đảng bộ Đảng Cộng Sản Việt Nam tỉnh Thanh Hóa\n"
        "Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Thanh Hóa\n\n"
        "TRANG ĐIỆN TỬ VĂN HÓA & ĐỜI SỐNG\n\n"
        "Thời sự\n\n"
        "Lê Hòa\n"
        "(Baothanhhoa.vn) - Chiều ngày 16/11, đồng chí Trần Văn Nam, Phó Chủ tịch Ủy ban MTTQ tỉnh đã về dự Ngày hội "
        "Đại đoàn kết toàn dân tộc với Nhân dân thôn Hải Bình, xã Hồ Vương.\n\n" + FILLER * 3
    )
    found = extract(text)
    assert found.title.value is None or "Cơ quan" not in found.title.value
    assert found.title.value is None or "TRANG ĐIỆN TỬ" not in found.title.value
    assert found.author.value == "Lê Hòa"


# (headline, the page's stamp under it, the lead, the event's day)
_STAMPED = [
    (
        "HĐND thành phố Tây Ninh tổ chức kỳ họp thứ 15",
        "Thứ tư - 23/04/2025 14:41 1.018 0",  # a clock, then views with a thousands dot and comments
        "Chiều ngày 22/4, HĐND thành phố Tây Ninh tổ chức kỳ họp thứ 15 (kỳ họp chuyên đề). Bà Trần Thị Mai, "
        "Phó Chủ tịch HĐND Thành phố chủ trì kỳ họp.",
        "2025-04-22",
    ),
    (
        "Thành phố Hải Phòng sôi nổi Tết trồng cây, nhớ ơn Bác Hồ",
        "2025-02-03 20:50:48 0 Bình luận",  # an ISO stamp, then the count of comments
        "Sáng 3/2, TP.Hải Phòng tổ chức phát động “Tết trồng cây”, đời đời nhớ ơn Bác Hồ vĩ đại. Đây là ngày hội "
        "của Đảng bộ, chính quyền, quân và nhân dân Thành phố.",
        "2025-02-03",
    ),
]


@pytest.mark.parametrize(("headline", "stamp", "lead", "day"), _STAMPED)
def test_a_page_stamp_with_its_counts_is_no_headline_and_dates_the_page(
    headline: str, stamp: str, lead: str, day: str
) -> None:
    found = extract(f"{headline}\n\n{stamp}\n\n{lead}\n\n" + FILLER * 3)
    assert found.title.value == headline
    assert found.date.value == day


# Round seventy-seven, after the first looks of bn26 and bsc26: a clock written time first, then a count of views
# (`15:21 25/12/2024 80`), is the page's date, not a paragraph whose full date is the event's; a document's own day
# (`… thông qua ngày 19/11/2011`, `ban hành ngày …`) is no event's.


# (the page, the event's day)
_DATED = [
    (  # a time-first clock with a count of views is the page's date
        "Thế hệ trẻ đồng hành xây dựng thành phố trực thuộc Trung ương\n"
        "15:21 25/12/2024 80\n"
        "Xây dựng Đoàn ĐTN: Ngày 24/12, UBND tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh Trần Văn Nam "
        "với thanh niên năm 2024.",
        "2024-12-24",
    ),
    (  # the day a document was adopted is not the event
        "Chi bộ trường THCS Ba Đình kết nạp đảng viên mới\n\n"
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam được đại hội đại biểu toàn quốc lần thứ XI của Đảng thông qua ngày "
        "19/11/2011. Được sự đồng ý của Đảng ủy phường Ngọc Hà, ngày 29/12/2018, Chi bộ trường THCS Ba Đình tổ chức "
        "lễ kết nạp đảng viên. Dự buổi lễ có bà Trần Thị Mai, Bí thư Đảng ủy phường Ngọc Hà.",
        "2018-12-29",
    ),
]


@pytest.mark.parametrize(("page", "day"), _DATED)
def test_a_page_clock_or_a_documents_day_is_not_the_event(page: str, day: str) -> None:
    assert extract(f"{page}\n\n" + FILLER * 3).date.value == day


# Round seventy-eight, after the first looks of bn28 and bsc28: a page clock followed by the section the page is
# filed under (`Thứ ba, 18:14 02/09/2025 | Xã hội`) is the page's date, not a paragraph that dates the event.


def test_a_page_clock_with_its_section_after_it_is_no_event_date() -> None:
    text = (
        "Hà Nội: Người dân phấn khởi nhận quà ngày Tết Độc lập\n\n"
        "Thứ ba, 18:14 02/09/2025 | Xã hội\n\n"
        "Những ngày qua, UBND các phường trên địa bàn thành phố Hà Nội đã đồng loạt chi trả quà tặng nhân dịp 80 năm "
        "Quốc khánh cho nhân dân. Bà Trần Thị Mai, Phó Chủ tịch UBND phường Hoàn Kiếm cho biết phường đã lập danh "
        "sách.\n\n" + FILLER * 3
    )
    found = extract(text).date
    assert found.value is None or found.review  # the day the page was posted, never a confident event date
