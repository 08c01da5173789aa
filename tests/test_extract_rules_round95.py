"""Round ninety-five of issue 13's rules, after bsc37 023 and bsc40 002: a given name of one letter with a
diacritic (`Như Ý`) is a name, not a text cut mid-name; a two-word name right after `tỉnh` (`Phó Chủ tịch UBND tỉnh
Đào Mỹ`) is a person when no province, living or dissolved, bears it, though a commune somewhere does. People are
made up; units are real ones."""

from __future__ import annotations

import pytest

from tests.ingest_helpers import mentioned


def test_a_one_letter_given_name_with_a_diacritic_is_a_name() -> None:
    assert mentioned("Các Phó Bí thư Tỉnh Đoàn gồm chị Lê Thị Như Ý và chị Tô Thị Hồng Vân.") == [
        ("Lê Thị Như Ý", ("Phó Bí thư Tỉnh Đoàn",)),
        ("Tô Thị Hồng Vân", ("Phó Bí thư Tỉnh Đoàn",)),
    ]


@pytest.mark.parametrize("cut", ["Dự có bà Lê T, Phó Bí thư Tỉnh Đoàn.", "Ví dụ ông Nguyễn Văn A, Chủ tịch UBND xã."])
def test_an_initial_or_a_placeholder_is_still_no_name(cut: str) -> None:
    assert mentioned(cut) == []


@pytest.mark.parametrize("name", ["Đào Mỹ", "Hoàng Nam", "Thái Bảo"])  # (each is also a commune's name)
def test_a_two_word_name_after_the_province_word_is_a_person(name: str) -> None:
    assert mentioned(f"Ngày 30/8, Phó Chủ tịch UBND tỉnh {name} đã ký quyết định phê duyệt.") == [
        (name, ("Phó Chủ tịch UBND tỉnh",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ông có nhiều năm công tác tại Sở Tài chính tỉnh Hà Tây, rồi về Hà Nội.",  # a dissolved province
        "Phó Chủ tịch UBND Thành phố Hoàng Mai đã ký.",  # not after `tỉnh`: the commune's name stays a place
    ],
)
def test_a_place_stays_a_place(text: str) -> None:
    assert mentioned(text) == []
