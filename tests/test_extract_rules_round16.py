"""Round sixteen of issue 13's rules, written after the first looks of in and isc: photo captions below
the last paragraph, a two-word name after `UBND tỉnh`, one-letter unit abbreviations (`P.Lâm Viên`),
ages in brackets, lists whose items end in the name, clergy titles, bylines split over two lines and
after `T/h:`, a related link's cell under the headline. People are made up; units are real ones of the
gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from tests.ingest_helpers import FILLER


def _officials(page: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.roles for p in extract(page).officials}


def test_captions_below_the_last_paragraph_name_officials() -> None:
    page = (f"Giao ban tuần của UBND tỉnh\n\nNgày 3/11, đồng chí Lê Văn Hà, Chủ tịch UBND tỉnh chủ trì giao ban. "
            f"{FILLER * 3}\n\nPhó Chủ tịch UBND tỉnh Trần Quang Minh phát biểu tại hội nghị\n\n"
            "Phó Chủ tịch UBND tỉnh Đinh Công kết luận")
    officials = _officials(page)
    assert officials["Trần Quang Minh"] == ("Phó Chủ tịch UBND tỉnh",)
    assert officials["Đinh Công"] == ("Phó Chủ tịch UBND tỉnh",)


def test_lines_below_the_text_that_give_nobody_an_office_name_no_official() -> None:
    page = f"Hội nghị giao ban\n\nNgày 3/11, UBND tỉnh họp giao ban. {FILLER * 3}\n\nNguyễn Văn Bình\n\nTin liên quan"
    assert _officials(page) == {}


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Phó Chủ tịch UBND tỉnh Tô Hùng phát biểu.", "Tô Hùng", ("Phó Chủ tịch UBND tỉnh",)),
        ("Chủ tịch UBND tỉnh Hà Nam Lê Văn Hà phát biểu.", "Lê Văn Hà", ("Chủ tịch UBND tỉnh Hà Nam",)),
        ("Bà Lê Thị Hoa, Chủ tịch UBND P.Lâm Viên - Đà Lạt dự.", "Lê Thị Hoa", ("Chủ tịch UBND P.Lâm Viên - Đà Lạt",)),
        ("Ông Lê Văn Hà, Bí thư Đảng ủy X.Phước Hải phát biểu.", "Lê Văn Hà", ("Bí thư Đảng ủy X.Phước Hải",)),
        ("Các Phó bí thư gồm: ông Lê Văn Hà (54 tuổi, Chủ tịch UBND tỉnh), ông Trần Văn Minh (52 tuổi).",
         "Lê Văn Hà", ("Phó bí thư", "Chủ tịch UBND tỉnh")),
        ("Ông Lê Văn Hà (44 tuổi, quê xã Yên Sở) là Tỉnh ủy viên, Giám đốc Sở Tài chính.",
         "Lê Văn Hà", ("Tỉnh ủy viên", "Giám đốc Sở Tài chính")),
        ("Tổ đại biểu gồm: Lê Văn Hà, Tỉnh ủy viên; Thượng tọa Thích Minh Tâm, Ủy viên Thường trực Hội đồng trị sự "
         "Trung ương Giáo hội Phật giáo Việt Nam dự.", "Thích Minh Tâm",
         ("Ủy viên Thường trực Hội đồng trị sự Trung ương Giáo hội Phật giáo Việt Nam",)),
    ],
)
def test_round_sixteen_names_and_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


def test_a_birth_year_does_not_make_a_person_historical() -> None:
    page = (f"Bầu Giám đốc Sở\n\nNgày 5/9/2025, ông Lê Văn Hà (sinh năm 1970, Giám đốc Sở Tài chính) được bầu "
            f"giữ chức Phó Chủ tịch UBND tỉnh. {FILLER * 3}")
    assert "Lê Văn Hà" in _officials(page)


def test_a_list_whose_items_end_in_the_name_gives_each_their_whole_offices() -> None:
    text = ("Các ứng cử viên gồm: Thiếu tướng Lê Văn Hà, Phó Chính ủy Quân khu 9; Ủy viên Ban Thường vụ Đảng ủy, Phó "
            "Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam, Chủ tịch Hội Nghệ thuật Sân khấu Việt Nam Trần "
            "Thị Hoa; Bí thư Chi bộ, Chi cục trưởng Chi cục Phát triển nông thôn, Sở Nông nghiệp và Môi trường tỉnh "
            "Đồng Tháp Nguyễn Thị Mai.")
    roles = {m.name: m.roles for m in mentions_in(text)}
    assert roles["Lê Văn Hà"] == ("Phó Chính ủy Quân khu 9",)
    assert roles["Trần Thị Hoa"] == (
        "Ủy viên Ban Thường vụ Đảng ủy",
        "Phó Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam",
        "Chủ tịch Hội Nghệ thuật Sân khấu Việt Nam",
    )
    assert roles["Nguyễn Thị Mai"] == (
        "Bí thư Chi bộ",
        "Chi cục trưởng Chi cục Phát triển nông thôn, Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp",
    )


@pytest.mark.parametrize(
    ("tail", "author"),
    [("Vũ Minh -\n\nHồng Lan", "Vũ Minh - Hồng Lan"), ("T/h: Quỳnh Anh", "Quỳnh Anh")],
)
def test_bylines_split_over_two_lines_or_labelled_compiled_by(tail: str, author: str) -> None:
    page = f"Kỳ họp HĐND tỉnh\n\nNgày 5/9/2025, HĐND tỉnh Lào Cai họp kỳ họp thứ 18. {FILLER * 3}\n\n{tail}"
    assert extract(page).author.value == author


def test_a_related_links_cell_under_the_headline_is_not_the_headline() -> None:
    page = ("Đồng Nai - Bình Phước hợp nhất, mở ra kỷ nguyên mới\nDanh sách lãnh đạo UBND tỉnh Đồng Nai mới |\n"
            f"Sáng 30/6, tỉnh Đồng Nai tổ chức lễ công bố nghị quyết. {FILLER * 3}")
    assert extract(page).title.value == "Đồng Nai - Bình Phước hợp nhất, mở ra kỷ nguyên mới"
