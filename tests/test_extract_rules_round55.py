"""Round fifty-five of issue 13's rules, after the first looks of bn4 and bsc4: a one-word title that ends a name
(`Nguyễn Minh Chánh tri ân …`) is the person's given name; two words a scrape glued together (`Ủy viênThường vụ`)
are read as two, the role kept as printed; years told well after a name (the history of a movement the speaker
recalls) do not make the speaker a figure of the past; a bulleted caption the page's size limit cut is read;
`tái cử chức danh` gives an office, which is not the next person's; Cơ Tu, K'Ho and more Kinh family names are
known. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, roles_in

HEADLINE = "Hội nghị tổng kết công tác năm 2025"


def _roles(sentence: str) -> dict[str, tuple[str, ...]]:
    return roles_in(sentence, HEADLINE)


def test_a_one_word_title_ending_a_name_is_a_given_name() -> None:
    found = _roles("Bí thư Đảng ủy phường An Phú Đông Nguyễn Minh Chánh tri ân những đóng góp của đảng viên")
    assert found == {"Nguyễn Minh Chánh": ("Bí thư Đảng ủy phường An Phú Đông",)}


def test_glued_words_are_read_as_two_and_kept_as_printed() -> None:
    found = _roles("đoàn do bà Nguyễn Minh Hoa, Ủy viênThường vụ, Trưởng ban Tổ chức Tỉnh ủy làm trưởng đoàn")
    assert found["Nguyễn Minh Hoa"] == ("Ủy viênThường vụ", "Trưởng ban Tổ chức Tỉnh ủy")


def test_a_year_told_well_after_the_name_is_not_the_persons() -> None:
    found = _roles(
        "phát biểu tại buổi lễ, bà Phùng Thị Mai Hoa – Ủy viên Ban Thường vụ, Phó Chủ tịch UBND xã nhấn mạnh ý nghĩa "
        "sâu sắc của phong trào “Tết trồng cây” do Chủ tịch Hồ Chí Minh khởi xướng từ mùa Xuân năm 1960"
    )
    assert found["Phùng Thị Mai Hoa"] == ("Ủy viên Ban Thường vụ", "Phó Chủ tịch UBND xã")


def test_a_year_right_after_the_name_still_marks_the_past() -> None:
    found = _roles("UBND tỉnh tổ chức lễ kỷ niệm. Ông Trần Văn Hà, Chủ tịch UBND tỉnh được bổ nhiệm năm 1964, đã góp "
                   "công xây dựng quê hương")
    assert "Trần Văn Hà" not in found


def test_a_bulleted_caption_cut_by_the_size_limit_is_read() -> None:
    opening = f"{HEADLINE}\n\nSáng 5/3/2025, UBND xã Lao Chải tổ chức hội nghị tổng kết. "
    cut = "\n\n· Đ/c Bồng Văn Nam Phó Chủ tịch UBND xã thông qua báo cáo phát triển kinh"
    filler = FILLER * 20
    while len((opening + filler + "." + cut).encode("utf-8")) > 2000:  # (a page a scraper cut at 2,000 bytes)
        filler = filler[:-1]
    names = {person.name: person.roles for person in extract(opening + filler.rstrip() + "." + cut).officials}
    assert names["Bồng Văn Nam"] == ("Phó Chủ tịch UBND xã",)


def test_an_office_given_by_re_election_is_not_the_next_persons() -> None:
    found = _roles("Đại hội bầu BCH gồm 15 đồng chí. Đ/c Lê Vĩnh Nam - tái cử chức danh Chủ tịch, Đ/c Lâm Văn Hà - "
                   "tái cử Phó Chủ tịch")
    assert found == {"Lê Vĩnh Nam": ("Chủ tịch",), "Lâm Văn Hà": ("Phó Chủ tịch",)}


def test_co_tu_and_kinh_family_names_are_known() -> None:
    found = _roles("Bí thư Đảng ủy, Chủ tịch HĐND xã Tây Giang Bhling Nam phát biểu; dự có ông Chử Xuân Hà, "
                   "Phó Chủ tịch UBND thành phố")
    assert set(found) == {"Bhling Nam", "Chử Xuân Hà"}
