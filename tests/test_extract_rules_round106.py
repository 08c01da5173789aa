"""Round one hundred and six of issue 13's rules, after bn48 and bsc48's first look: `Hồ Chí Minh` written bare (`tư
tưởng, đạo đức, phong cách Hồ Chí Minh`) is the President, not the city; a headline's bracketed stamp (`(11/11/2025,
14:53)`) is the page's date; in a text dated after July 2025, a former province the text names beside the province it
was merged into (`Khu kinh tế Phú Yên`, `Điện lực Đắk Lắk`) gives way to it; `Trường Giang` is a pen name, not a
school; a unit that goes to visit (`lãnh đạo xã A đã đến thăm Bộ chỉ huy …`) is flagged as the visitor; `được bầu
lại làm` gives an office, and a full-time member's post reaches its committee (`Ủy viên hoạt động chuyên trách tại
Ủy ban …`). People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, extract_page, mentioned


def test_ho_chi_minh_written_bare_is_no_locality() -> None:
    found = extract_page(
        "Khai giảng lớp bồi dưỡng nhận thức về Đảng",
        "Sáng 13/10/2025, Trường Chính trị tỉnh tổ chức khai giảng lớp bồi dưỡng nhận thức về Đảng.",
        "Học viên học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong 5 ngày của khóa học.",
    ).locality
    assert found.value.name != "Hồ Chí Minh"


def test_a_headlines_bracketed_stamp_is_the_pages_date() -> None:
    page = (
        "Lãnh đạo tỉnh thăm, động viên các lực lượng khắc phục hậu quả bão số 13 (11/11/2025, 14:53)\n\n"
        "Ngày 11/11, đồng chí Lê Thị Hòa - Phó Bí thư Tỉnh ủy đã đến thăm các lực lượng. " + FILLER * 3 + "\n"
    )
    found = extract(page)
    assert found.title.value == "Lãnh đạo tỉnh thăm, động viên các lực lượng khắc phục hậu quả bão số 13"
    assert found.date.value == "2025-11-11"


def test_a_former_province_gives_way_to_the_one_it_was_merged_into() -> None:
    found = extract_page(
        "Lãnh đạo tỉnh thăm, động viên các lực lượng khắc phục hậu quả bão",
        "Ngày 11/11/2025, đồng chí Lê Thị Hòa - Phó Bí thư Tỉnh ủy đã đến thăm các lực lượng; cùng đi có đồng chí "
        "Trần Văn Tân - Trưởng ban Quản lý Khu kinh tế Phú Yên.",
        "Viettel Đắk Lắk và Công ty Điện lực Đắk Lắk đang hỗ trợ khắc phục sự cố tại khu vực phía Đông tỉnh.",
    ).locality
    assert (found.value.level, found.value.name) == ("tỉnh", "Đắk Lắk")
    assert "Phú Yên" in found.review  # (the editor reads which former province gave way)


def test_truong_giang_under_a_report_is_its_writer() -> None:
    page = "Trao Huy hiệu Đảng đợt 3/2\n\nNgày 3/2/2026, " + FILLER * 3 + "\n\nTrường Giang\n\nTin khác\n"
    assert extract(page).author.value == "Trường Giang"


def test_a_unit_that_goes_to_visit_is_flagged_as_the_visitor() -> None:
    found = extract_page(
        "Tăng cường trao đổi thông tin giữa hai bên biên giới",
        "Chiều 21/4/2018, lãnh đạo xã Mường Típ, huyện Kỳ Sơn đã đến thăm Bộ chỉ huy Bộ đội biên phòng Nghệ An.",
    ).locality
    assert found.value.name != "Mường Típ" or "đến thăm" in found.review


def test_re_elected_and_full_time_posts_are_offices() -> None:
    assert mentioned("Ông Lê Văn Thao được bầu lại làm Chủ tịch Hội Cựu TNXP thành phố.") == [
        ("Lê Văn Thao", ("Chủ tịch Hội Cựu TNXP thành phố",))
    ]
    full_time = "Ủy viên hoạt động chuyên trách tại Ủy ban Dân nguyện và Giám sát của Quốc hội"
    assert mentioned(f"Đồng chí Cao Văn Linh, {full_time} tặng quà.") == [("Cao Văn Linh", (full_time,))]
