"""Round twenty-eight of issue 13's rules, written from the misses of every set the rules had already met
(before the first looks of xn, xsc, yn and ysc): a description between a level word and a unit's name, a
ward's Roman numeral, a rank after `và`, an office's `(mới)` or `(trước đây)`, bylines with the page's date
stamp or a place in brackets, and one-word lines that are no byline. People are made up; units are real ones
of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 13/8, xã biên giới Ia Mơ, tỉnh Gia Lai tổ chức đại hội.", ("xã", "Ia Mơ")),
        ("Sáng 5/3, xã đảo Nhơn Châu tổ chức lễ ra quân.", ("xã", "Nhơn Châu")),
        ("UBND phường Hải Châu I tổ chức hội nghị tiếp xúc cử tri.", ("phường", "Hải Châu I")),
    ],
)
def test_a_description_or_a_numeral_around_a_units_name(text: str, expected: tuple[str, str]) -> None:
    first = find_mentions(text)[0]
    assert (first.level, first.name) == expected


def test_a_description_before_a_word_the_map_does_not_know_names_no_unit() -> None:
    assert [m.name for m in find_mentions("Các xã biên giới Của tỉnh đều tham dự.")] == []


def test_a_ward_with_a_numeral_the_map_lacks_is_still_placed_in_its_city() -> None:
    page = (f"Đối thoại với nhân dân\n\nNgày 24/11/2022, tại hội trường, UBND phường Hải Châu I tổ chức hội nghị "
            f"đối thoại giữa Chủ tịch UBND phường với nhân dân trước kỳ họp HĐND thành phố Đà Nẵng. {FILLER * 3}")
    locality = extract(page).locality.value
    assert (locality.level, locality.name, locality.province) == ("phường", "Hải Châu I", "Đà Nẵng")


@pytest.mark.parametrize("joined", ["và Trung tướng", "và Đại tá", "và Ông"])
def test_a_rank_or_honorific_after_va_opens_the_next_person(joined: str) -> None:
    text = (f"Dự lễ có đồng chí Lê Văn Hà, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh {joined} Trần Quang Minh, Tư lệnh "
            "Quân khu 4.")
    roles = {m.name: m.roles for m in mentions_in(text)}
    assert roles["Lê Văn Hà"] == ("Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")
    assert roles["Trần Quang Minh"] == ("Tư lệnh Quân khu 4",)


@pytest.mark.parametrize("mark", ["(mới)", "(trước đây)", "(cũ)"])
def test_a_bracketed_mark_of_a_new_or_former_unit_stays_on_the_office(mark: str) -> None:
    text = f"Đồng chí Lê Văn Hà, Phó Bí thư Tỉnh ủy Thái Nguyên {mark}, phát biểu."
    assert {m.name: m.roles for m in mentions_in(text)}["Lê Văn Hà"] == (f"Phó Bí thư Tỉnh ủy Thái Nguyên {mark}",)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Tú Anh Thứ bảy, ngày 11/10/2025 08:39 GMT+7", "Tú Anh"),
        ("Hồng Nhung 17:04 29/06/2025", "Hồng Nhung"),
        ("Văn Minh 17:04 29/06/2025", "Văn Minh"),  # (a commune's name too: only a district's is a dateline)
    ],
)
def test_a_writers_name_on_the_line_of_the_pages_date_stamp(byline: str, author: str) -> None:
    page = (f"HĐND tỉnh bầu bổ sung Phó Chủ tịch UBND tỉnh\n\n{byline}\nChiều ngày 10/10/2025, HĐND tỉnh họp kỳ họp "
            f"thứ 32. {FILLER * 3}")
    assert extract(page).author.value == author


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Tin, ảnh: Minh Anh (Mèo Vạc)", "Minh Anh"),
        ("Tin, ảnh: TRƯỜNG GIANG", "TRƯỜNG GIANG"),  # a name that opens like `Trường …` (a school) after a label
        ("Thực hiện: Nguyễn Hằng ( Huyện Văn Lãng)", "Nguyễn Hằng"),
    ],
)
def test_a_labelled_byline_keeps_the_name_without_its_bracketed_place(byline: str, author: str) -> None:
    page = f"Thăm đồn biên phòng\n\nNgày 3/2/2025, lãnh đạo tỉnh thăm đồn biên phòng. {FILLER * 3}\n\n{byline}"
    assert extract(page).author.value == author


@pytest.mark.parametrize("line", ["Audio", "Video"])
def test_a_players_label_is_no_byline(line: str) -> None:
    page = (f"HĐND tỉnh bầu Chủ tịch\n\n(CLO) Ông Lê Văn Hà được các đại biểu HĐND tỉnh bầu giữ chức Chủ tịch HĐND "
            f"tỉnh.\n\n{line}\nÔng Lê Văn Hà, tân Chủ tịch HĐND tỉnh\n\nChiều 14/11/2025, HĐND tỉnh họp kỳ họp thứ 22. "
            f"{FILLER * 3}")
    assert extract(page).author.value is None


def test_the_first_word_of_a_hard_wrapped_sentence_is_no_byline() -> None:
    page = (f"Phân công thành viên UBND tỉnh\n\nNgày 24/10/2025, Chủ tịch UBND tỉnh ký quyết định phân công. "
            f"{FILLER * 3}\n\nGiám\nđốc Sở Xây dựng phụ trách các xã Sa Bình, Đức Phổ.")
    assert extract(page).author.value is None
