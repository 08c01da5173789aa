"""Round one hundred and one of issue 13's rules, after bn44 002: an office written before a name and a comma is the
person's when the name is the sentence's subject (`Phó Chủ tịch UBND tỉnh Cao Bằng, A đã cắt băng …`), each piece
of it an office, not a list of units; a country whose name looks like a person's (`Đại sứ Hoa Kỳ`) is a place.
People are made up; units are real ones."""

from __future__ import annotations

from tests.ingest_helpers import mentioned


def test_an_office_before_the_subject_and_a_comma_is_the_subjects() -> None:
    assert mentioned("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng, Lê Văn Hòa đã cắt băng khánh thành.") == [
        ("Lê Văn Hòa", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Cao Bằng")),
    ]


def test_a_name_with_its_own_office_after_it_keeps_only_that() -> None:
    assert mentioned("Dự có Trần Văn Bình, Chủ tịch UBND tỉnh, Nguyễn Văn An cùng lãnh đạo các sở.") == [
        ("Trần Văn Bình", ("Chủ tịch UBND tỉnh",)),
        ("Nguyễn Văn An", ()),
    ]


def test_a_list_of_units_gives_no_office() -> None:
    named = mentioned("Sư đoàn 371, Bộ Tư lệnh Bộ đội Biên phòng, Đoàn Nghi lễ Quân đội, Sư đoàn 312 tham gia.")
    assert all(roles == () for _, roles in named)


def test_a_country_named_like_a_person_is_a_place() -> None:
    assert mentioned("Đại sứ Hoa Kỳ tại Việt Nam và Phó Chủ tịch UBND tỉnh Cao Bằng, Lê Văn Hòa đã cắt băng.") == [
        ("Lê Văn Hòa", ("Phó Chủ tịch UBND tỉnh Cao Bằng",)),
    ]
