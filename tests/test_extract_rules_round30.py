"""Round thirty of issue 13's rules, written after the first looks of yn and ysc (before an and asc were seen):
a venue's bracketed address, units listed in a text whose page clock dates it after the map changed, a dash
inside a unit's name, a standfirst the lead repeats, an old name before a unit's own, and company boards.
People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

from bantin.ingest.extract import extract
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER


def test_a_council_after_its_venues_bracketed_address_is_the_subject() -> None:
    page = ("Khai mạc kỳ họp thứ 7 HĐND tỉnh\n\nSáng 11-7-2022, tại Trung tâm hội nghị của tỉnh (25B, TP Thanh Hóa), "
            f"HĐND tỉnh Thanh Hóa khóa XVIII, nhiệm kỳ 2021 - 2026, đã khai mạc Kỳ họp thứ 7. {FILLER * 3}")
    locality = extract(page).locality.value
    assert (locality.level, locality.name) == ("tỉnh", "Thanh Hóa")


def test_two_districts_in_a_text_its_page_clock_puts_after_the_reform_are_held_by_the_province() -> None:
    page = ("Thứ năm, 25-12-25 22:32:28\nCà Mau, 32°C\n\nPhải bảo đảm tiến độ các công trình trọng điểm\n\nKiểm tra "
            "tiến độ các công trình trọng điểm trên địa bàn huyện Cái Nước và Trần Văn Thời vào sáng 15/8, Bí thư "
            f"Tỉnh ủy Cà Mau Lê Văn Hà nhấn mạnh yêu cầu về tiến độ. {FILLER * 3}")
    locality = extract(page).locality
    assert (locality.value.level, locality.value.name) == ("tỉnh", "Cà Mau")
    assert locality.review


def test_a_dash_inside_a_units_name_is_no_fused_headline() -> None:
    page = ("22/12/2019 06:05\n\n(Baohatinh.vn) - Phát biểu tại lễ kỷ niệm 550 năm thành lập huyện Thiên Lộc - Can Lộc "
            "và đón bằng công nhận đạt chuẩn nông thôn mới, Bí thư Tỉnh ủy Lê Văn Hà mong muốn huyện tiếp tục phát "
            f"huy truyền thống. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.review  # no headline line: a proposal, flagged
    assert extraction.locality.value.name == "Can Lộc"


def test_an_old_name_before_a_units_own_and_a_commune_before_its_district() -> None:
    assert [(m.level, m.name) for m in find_mentions("thành lập huyện Thiên Lộc - Can Lộc")] == [("huyện", "Can Lộc")]
    assert [(m.level, m.name) for m in find_mentions("Chi tiết bài viết - Xã Gio Châu - Gio Linh")] == [
        ("xã", "Gio Châu")
    ]


def test_a_standfirst_the_lead_says_again_is_no_headline() -> None:
    page = ("TP chủ động triển khai các phương án ứng phó với bão số 15, dự báo sẽ ảnh hưởng trực tiếp đến địa bàn "
            "thành phố trong những ngày tới.\n\nChiều 27-11, Phó Chủ tịch UBND thành phố Lê Văn Hà ký văn bản về việc "
            "chủ động triển khai các phương án ứng phó với bão số 15, dự báo sẽ ảnh hưởng trực tiếp đến địa bàn thành "
            f"phố trong những ngày tới. {FILLER * 3}")
    title = extract(page).title
    assert title.value is None or title.review


def test_a_company_boards_chairman_is_no_public_office_holder() -> None:
    page = ("Tiếp nhận hỗ trợ xây nhà\n\nNgày 3/2/2026, Công an thành phố tiếp nhận hỗ trợ. Tại sự kiện, ông Lê Văn "
            "Hà, Chủ tịch HĐQT Tập đoàn Trường Hải (THACO) trao biểu trưng; Đại tá Trần Quang Minh, Giám đốc Công an "
            f"thành phố tiếp nhận. {FILLER * 3}")
    assert {p.name for p in extract(page).officials} == {"Trần Quang Minh"}
