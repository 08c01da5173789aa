"""Round fifty-one of issue 13's rules, after the first looks of cn2 and csc2: a paragraph a scraper cut into lines
of one width is read whole (an office cut at a line's end is no longer cut), a heading that ends in a colon is
flagged as a title, a broadcaster's regional desk (`VOV Tây Bắc`) is no writer, and Tày and Nùng surnames such as
`Lành` open a name. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


def _roles(text: str) -> dict[str, list[str]]:
    return {person.name: list(person.roles) for person in extract(text).officials}


HARD_WRAPPED = """Huyện đoàn Trảng Bom ra quân chiến dịch thanh niên tình nguyện hè

Sáng ngày 06/6/2025, tại trường Tiểu học Diên Hồng, xã Bắc
Sơn, Huyện đoàn huyện Trảng Bom tổ chức lễ ra quân Chiến dịch Thanh niên tình
nguyện hè năm 2025. Đến tham dự có đồng chí Lê Văn An - Phó Bí thư Thường trực
Tỉnh đoàn, Chủ tịch Hội Sinh viên tỉnh Đồng Nai; đ/c Trần Thị Bình - Phó Trưởng ban
Tuyên giáo và Dân vận Huyện uỷ và hơn 150 đoàn viên, hội viên trên địa bàn huyện.
"""


def test_an_office_cut_by_a_hard_wrapped_line_is_read_whole() -> None:
    roles = _roles(HARD_WRAPPED + FILLER * 2)
    assert "Phó Bí thư Thường trực Tỉnh đoàn" in roles["Lê Văn An"]
    assert "Phó Trưởng ban Tuyên giáo và Dân vận Huyện uỷ" in roles["Trần Thị Bình"]


def test_a_headline_over_a_lead_in_capitals_is_not_joined_to_it() -> None:
    page = ("Chủ tịch UBND tỉnh kiểm tra công tác phòng chống bão tại các xã ven biển Quảng Ngãi\n"
            "Sáng 22/10/2025, ông Lê Văn An, Chủ tịch UBND tỉnh Quảng Ngãi, kiểm tra công tác phòng chống bão "
            f"tại các xã ven biển. {FILLER * 3}")
    assert extract(page).title.value.startswith("Chủ tịch UBND tỉnh kiểm tra")
    assert "Sáng 22/10" not in extract(page).title.value


def test_a_heading_ending_in_a_colon_is_flagged_as_a_title() -> None:
    page = f"*Tại huyện Tam Dương và Lập Thạch:\n\nSáng 12/9/2024, đoàn kiểm tra làm việc tại huyện. {FILLER * 3}"
    title = extract(page).title
    assert "dấu hai chấm" in title.review


def test_a_broadcasters_regional_desk_is_no_writer() -> None:
    page = f"Sạt lở đất ở xã Chiềng Nơi\n\nSáng 28/7/2025, mưa lớn gây sạt lở. {FILLER * 3}\n\nThực hiện: VTV Tây Bắc"
    assert extract(page).author.value is None


def test_a_writer_whose_surname_is_in_capitals_still_signs() -> None:
    page = f"Sạt lở đất ở xã Chiềng Nơi\n\nSáng 28/7/2025, mưa lớn gây sạt lở. {FILLER * 3}\n\nThực hiện: Lò Văn Hùng"
    assert extract(page).author.value == "Lò Văn Hùng"


def test_a_tay_surname_opens_the_name() -> None:
    roles = _roles("Lễ phát động Tết trồng cây\n\nSáng 3/2/2026, xã Xuân Dương tổ chức lễ phát động. Dự có đồng chí "
                   f"Lành Kim Bảo, Phó Bí thư Thường trực Đảng ủy xã. {FILLER * 3}")
    assert "Lành Kim Bảo" in roles


def test_a_byline_in_capitals_is_no_broadcasters_desk() -> None:
    page = f"Sạt lở đất ở xã Chiềng Nơi\n\nSáng 28/7/2025, mưa lớn gây sạt lở. {FILLER * 3}\n\nQUANG HƯNG"
    assert extract(page).author.value == "QUANG HƯNG"
