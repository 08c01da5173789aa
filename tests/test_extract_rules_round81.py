"""Round eighty-one of issue 13's rules, after the first looks of bn30 and bsc30: a caption's capitalised verb glued to
a name (`Chủ tịch UBND tỉnh Phạm Văn Tân Trao quà …`) makes no second person beside the one the lead names; a day
without a year takes the year of the Tết the lead's opening sentence names (`Nhân dịp Tết Nguyên đán Canh Tý 2020.
Chiều ngày 4.1, …`). Round eighty-two: a women's union branch head (`Chi hội trưởng Chi hội phụ nữ xóm …`) holds an
office, as the sets' labels count her. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_PAGE = (
    "Nhân dịp Tết Nguyên đán Canh Tý 2020. Chiều ngày 4.1, ông Trần Văn Lâm - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
    "Tây Ninh đã đến thăm và trao tặng quà cho hộ nghèo xã Tân Bình.\n\n"
    "Chủ tịch UBND tỉnh Trần Văn Lâm Trao quà cho hộ nghèo xã Tân Bình, huyện Tân Biên\n\n"
)


def test_a_captions_verb_glued_to_a_name_makes_no_second_person() -> None:
    found = extract(_PAGE + FILLER * 3)
    names = [person.name for person in found.officials]
    assert "Trần Văn Lâm" in names
    assert not [name for name in names if name.startswith("Trần Văn Lâm ")]


def test_a_day_without_a_year_takes_the_tet_of_the_leads_opening_sentence() -> None:
    found = extract(_PAGE + FILLER * 3)
    assert found.date.value == "2020-01-04"
    assert found.date.review  # an inferred year is flagged for the editor


def test_a_womens_union_branch_head_holds_an_office() -> None:
    lead = (
        "Ngày 9/3, tại xã Lạc Sơn, các ứng cử viên đại biểu HĐND tỉnh gồm: Quách Văn Ngọc - Ủy viên BTV Tỉnh ủy, "
        "Trưởng Ban Nội chính Tỉnh ủy; Đinh Thị Hằng - Chi hội trưởng Chi hội phụ nữ xóm Đa Gắm, xã Lạc Sơn đã tiếp "
        "xúc cử tri."
    )
    found = extract(f"Ứng cử viên đại biểu HĐND tỉnh tiếp xúc cử tri xã Lạc Sơn\n\n{lead}\n\n" + FILLER * 3)
    roles = {person.name: person.roles for person in found.officials}
    assert roles["Đinh Thị Hằng"][0].startswith("Chi hội trưởng Chi hội phụ nữ xóm Đa Gắm")
