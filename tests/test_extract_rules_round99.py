"""Round ninety-nine of issue 13's rules, after bn42 003 and bsc42 017: an office several people hold, written once
before two names joined by `và` (`Phó Chủ tịch Hội A và B`), is both people's; two words after a commune's level word,
a common surname first, that no map knows (`Chủ tịch HĐND xã Trần Linh`) are a person, unless a hyphen carries the
name on (`phường Lâm Viên - Đà Lạt`). People are made up; units are real ones."""

from __future__ import annotations

from tests.ingest_helpers import mentioned


def test_an_office_several_hold_written_before_two_names_is_both_peoples() -> None:
    assert mentioned("Phó Chủ tịch Hội Nguyễn Thị Cúc và Lê Thị Hồng Vân đã đến thăm, chúc tết đơn vị.") == [
        ("Nguyễn Thị Cúc", ("Phó Chủ tịch Hội",)),
        ("Lê Thị Hồng Vân", ("Phó Chủ tịch Hội",)),
    ]


def test_an_office_one_person_holds_stays_with_the_first_name() -> None:
    assert mentioned("Chủ tịch UBND tỉnh Nguyễn Văn An và Trần Văn Bình dự lễ.") == [
        ("Nguyễn Văn An", ("Chủ tịch UBND tỉnh",)),
        ("Trần Văn Bình", ()),
    ]


def test_two_words_no_map_knows_after_a_communes_level_word_are_a_person() -> None:
    text = "Bí thư Đảng ủy, Chủ tịch HĐND xã Trần Linh; Phó Chủ tịch HĐND xã Hà Quang Thắng đồng chủ tọa."
    assert mentioned(text) == [
        ("Trần Linh", ("Bí thư Đảng ủy", "Chủ tịch HĐND xã")),
        ("Hà Quang Thắng", ("Phó Chủ tịch HĐND xã",)),
    ]


def test_a_hyphenated_wards_name_stays_a_place() -> None:
    assert mentioned("Chủ tịch UBND phường Lâm Viên - Đà Lạt Trần Thị Vũ Loan phát biểu.") == [
        ("Trần Thị Vũ Loan", ("Chủ tịch UBND phường Lâm Viên - Đà Lạt",)),
    ]
