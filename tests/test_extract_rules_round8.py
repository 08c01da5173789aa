"""Eighth round of issue 13's rules: several units named at once, a province's name cut short, organ
names with lower-case words, numbered commands and a parent body after a comma. Each rule on short texts
written for the purpose; people are made up, units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from tests.ingest_helpers import FILLER as _FILLER
from tests.ingest_helpers import locality_of as _locality


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # communes of the two-tier map, in a province the article names: the province
        ("Sáng 3/11/2025, Chủ tịch UBND tỉnh Nghệ An Lê Văn Hà thăm, tặng quà nhân dân vùng lũ tại các xã "
         "Mường Xén, Keng Đu và Na Loi.", ("tỉnh", "Nghệ An")),
        # a province the article never names: its level, without a name
        ("Sáng 3/11/2025, Chủ tịch UBND tỉnh Lê Văn Hà đã làm việc với các xã Hữu Kiệm, Chiêu Lưu và Mường "
         "Típ về tình hình kinh tế - xã hội.", ("tỉnh", None)),
        # the old map: the district the list is said to belong to
        ("Chiều 3/2/2023, đồng chí Lê Văn Hà, Phó Bí thư Tỉnh ủy trao quà Tết cho các gia đình chính sách tại "
         "các xã Hoằng Đức, Hoằng Lưu thuộc huyện Hoằng Hóa, tỉnh Thanh Hóa.", ("huyện", "Hoằng Hóa")),
    ],
)
def test_several_units_named_at_once_give_the_unit_that_holds_them_flagged(
    lead: str, expected: tuple[str, str | None]
) -> None:
    level, name, review = _locality("Lãnh đạo tỉnh thăm, làm việc tại cơ sở", lead)
    assert (level, name) == expected
    assert "nhiều đơn vị" in review and "các xã" in review


def test_a_voter_meeting_of_several_communes_held_nowhere_named_is_the_provinces_flagged() -> None:
    lead = ("Sáng 3/11/2025, Tổ đại biểu HĐND tỉnh Nghệ An tiếp xúc cử tri xã Mường Xén và xã Keng Đu "
            "trước kỳ họp.")
    level, name, review = _locality("Tiếp xúc cử tri trước kỳ họp", lead)
    assert (level, name) == ("tỉnh", "Nghệ An")
    assert "không nêu nơi tổ chức" in review


def test_a_province_after_a_ward_and_a_comma_is_its_address_not_a_second_unit() -> None:
    lead = "Sáng 3/8/2025, Đảng bộ phường Vinh Phú, Nghệ An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030."
    level, name, _ = _locality("Đại hội Đảng bộ phường Vinh Phú", lead)
    assert (level, name) == ("phường", "Vinh Phú")


def test_a_provinces_name_cut_short_is_read_as_the_province_the_page_names_whole() -> None:
    lead = ("Sáng 14/3/2025, Bộ trưởng Lê Văn Hà đã làm việc với tỉnh Thanh về tình hình giải ngân vốn đầu tư "
            "công. Tại UBND tỉnh Thanh Hóa, đoàn nghe báo cáo của tỉnh.")
    level, name, _ = _locality("Bộ trưởng làm việc về giải ngân vốn đầu tư công", lead)
    assert (level, name) == ("tỉnh", "Thanh Hóa")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Tổ gồm: Lê Văn Hà, Cục trưởng Cục An ninh kinh tế Bộ Công an; Trần Thị Mai, Chủ tịch Liên đoàn "
         "Lao động tỉnh.", ("Cục trưởng Cục An ninh kinh tế Bộ Công an",)),
        ("Cùng dự có ông Lê Văn Hà, Phó Hạt trưởng Hạt Kiểm lâm Vườn quốc gia Pù Mát.",
         ("Phó Hạt trưởng Hạt Kiểm lâm Vườn quốc gia Pù Mát",)),
        ("Ông Lê Văn Hà - Giám đốc Trung tâm Dịch vụ việc làm tỉnh; bà Trần Thị Mai - Hiệu trưởng Trường Trung "
         "cấp Y tế Sơn La.", ("Giám đốc Trung tâm Dịch vụ việc làm tỉnh",)),
        ("Đồng chí Lê Văn Hà, Phó Tư lệnh Quân khu 4.", ("Phó Tư lệnh Quân khu 4",)),
        ("Kỳ họp bầu ông Lê Văn Hà, Trưởng ban Kinh tế - Ngân sách, HĐND tỉnh giữ chức vụ Phó Chủ tịch HĐND tỉnh.",
         ("Trưởng ban Kinh tế - Ngân sách, HĐND tỉnh", "Phó Chủ tịch HĐND tỉnh")),
    ],
)
def test_an_organs_name_runs_on_through_lower_case_words_numbers_and_its_parent_body(
    text: str, roles: tuple[str, ...]
) -> None:
    assert mentions_in(text)[0].roles == roles


@pytest.mark.parametrize(
    "text",
    [
        "Ông Lê Văn Hà, Giám đốc Sở Tài chính trình bày Tờ trình của UBND tỉnh.",
        "Ông Lê Văn Hà, Giám đốc Sở Tài chính khẳng định Nghị quyết rất quan trọng.",
        "Bà Trần Thị Mai, Bí thư Huyện ủy phát biểu tại Hội nghị.",
        "Ông Lê Văn Hà, Chủ tịch UBND xã cho biết Ban Chỉ đạo đã họp.",
    ],
)
def test_the_sentence_after_an_office_is_not_part_of_it(text: str) -> None:
    assert mentions_in(text)[0].roles in (("Giám đốc Sở Tài chính",), ("Bí thư Huyện ủy",), ("Chủ tịch UBND xã",))


def test_a_list_heading_with_who_appointed_them_gives_each_member_the_office() -> None:
    text = ("Các Phó Bí thư Tỉnh ủy được Bộ Chính trị chỉ định, gồm: ông Lê Văn Hà, Chủ tịch HĐND tỉnh; "
            "ông Trần Văn Minh, Chủ tịch UBND tỉnh.")
    assert {m.name: m.roles for m in mentions_in(text)} == {
        "Lê Văn Hà": ("Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
        "Trần Văn Minh": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
    }


def test_a_name_where_the_page_stops_gets_no_heading_office() -> None:
    text = "Các Phó Bí thư Tỉnh ủy gồm: ông Lê Văn Hà, Chủ tịch HĐND tỉnh; ông Trần Văn"
    assert {m.name: m.roles for m in mentions_in(text, cut=True)}.get("Trần Văn", ()) == ()


def test_a_bracketed_aside_then_la_gives_the_offices_stated() -> None:
    text = "Ông Lê Văn Hà (44 tuổi, quê xã Mường Xén, Nghệ An) là Tỉnh ủy viên, Bí thư Đảng ủy xã Keng Đu."
    assert mentions_in(text)[0].roles == ("Tỉnh ủy viên", "Bí thư Đảng ủy xã Keng Đu")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # an office voted on, written in lower case, given without its term
        ("Kỳ họp đã bầu ủy viên Ủy ban Nhân dân tỉnh khóa XV, nhiệm kỳ 2021-2026 đối với ông Lê Văn Hà, Chánh "
         "Thanh tra tỉnh.", ("ủy viên Ủy ban Nhân dân tỉnh", "Chánh Thanh tra tỉnh")),
        # a deputy's seat given up is no office
        ("Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 đối với ông Lê Văn Hà, "
         "nguyên Giám đốc Sở Y tế.", ("nguyên Giám đốc Sở Y tế",)),
    ],
)
def test_an_office_voted_on_for_a_name_after_doi_voi(text: str, roles: tuple[str, ...]) -> None:
    assert mentions_in(text)[0].roles == roles


_LEAD = ("Chiều 22/5/2024, UBND tỉnh Quảng Trị tổ chức hội nghị trực tuyến toàn tỉnh. Phó Chủ tịch UBND tỉnh Lê "
         "Văn Hà chủ trì hội nghị.")


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a SharePoint portal's accessibility links and field labels, and a badge glued to the headline
        ("Skip Ribbon Commands\nSkip to main content\n\nSkip Navigation LinksTin tức và sự kiện\n\nTóm tắt\n"
         "Nội dung\nPhân loại\nHọp Ban Chỉ đạo phòng chống thiên tai năm 2024New",
         "Họp Ban Chỉ đạo phòng chống thiên tai năm 2024"),
        # a breadcrumb whose parts are set apart by spaces, then a supra-title ending in a colon
        ("Thời Sự - Chính trị   Nhân sự mới\n\nChủ tịch UBND tỉnh:\n\nPhê chuẩn kết quả bầu bổ sung Chủ tịch "
         "UBND huyện nhiệm kỳ mới\n\nCập nhật ngày: 22/05/2024 - 14:38", "Phê chuẩn kết quả bầu bổ sung Chủ tịch "
         "UBND huyện nhiệm kỳ mới"),
    ],
)
def test_portal_furniture_over_the_headline_is_passed_over(top: str, title: str) -> None:
    assert extract(f"{top}\n\n{_LEAD}\n\n{_FILLER * 3}").title.value == title


def test_a_section_name_headline_and_lead_on_one_line_split_at_day_la() -> None:
    line = ("Chính trị Phường Đông Hà cần phát huy lợi thế là đô thị trung tâm Đây là một trong những nội dung "
            "chỉ đạo của đồng chí Lê Văn Hà, Phó Bí thư Tỉnh ủy tại Đại hội Đảng bộ phường Đông Hà.")
    assert extract(f"{line}\n\n{_FILLER * 3}").title.value == "Phường Đông Hà cần phát huy lợi thế là đô thị trung tâm"


def test_capitals_after_tinh_that_name_no_province_are_no_locality_but_an_old_spelling_is() -> None:
    _, name, _ = _locality("Họp Ban Chỉ đạo thi năm 2024", _LEAD.replace("toàn tỉnh.", "toàn tỉnh Ban Chỉ đạo."))
    assert name != "Ban Chỉ"
    lead = "Sáng 3/5/2024, Tỉnh ủy tỉnh Đăk Lăk tổ chức hội nghị công bố quyết định về công tác cán bộ."
    assert _locality("Công bố quyết định về công tác cán bộ", lead)[:2] == ("tỉnh", "Đăk Lăk")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Tại lễ, ông Lê Văn Hà, Bí thư Thành ủy TP. Bà Rịa nhấn mạnh nhiều nội dung.",
         ("Bí thư Thành ủy TP. Bà Rịa",)),
        ("Đoàn do đồng chí Lê Văn Hà, Thường trực Tiểu ban Văn kiện Đại hội XIV của Đảng đã đến thăm huyện.",
         ("Thường trực Tiểu ban Văn kiện Đại hội XIV của Đảng",)),
        ("Ông Lê Văn Hà, Phó Chủ tịch HĐND tỉnh chủ tọa Kỳ họp thứ 20.", ("Phó Chủ tịch HĐND tỉnh",)),
    ],
)
def test_an_organs_name_ends_where_the_sentence_goes_on(text: str, roles: tuple[str, ...]) -> None:
    assert mentions_in(text)[0].roles == roles
