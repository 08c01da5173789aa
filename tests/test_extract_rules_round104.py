"""Round one hundred and four of issue 13's rules, after bsc46 008 and bn46 003: a list of communes followed by the
unit that holds them (`tại các xã A, B của huyện X`) is that unit's even when the map lacks a listed name's spelling;
a district's commune addressed in the lead is not chosen when the body addresses another of its communes the same way
(`tổ 15, phường A, Tp. X` … `tổ 4, phường B, Tp. X`: families visited in several wards). People are made up; units are
real ones, except the commune spelled as the map does not."""

from __future__ import annotations

from tests.ingest_helpers import FILLER, extract_page

_VISIT = "Bí thư Tỉnh ủy Trần Văn Hải thăm, tặng quà gia đình chính sách tại Tp. Điện Biên Phủ"
_FIRST = (
    "Bí thư Tỉnh ủy Trần Văn Hải hỏi thăm gia đình ông Lê Văn Thiêng, người hoạt động kháng chiến, tổ 15, phường "
    "Thanh Bình, Tp. Điện Biên Phủ."
)


def test_a_list_of_communes_followed_by_its_district_is_the_districts() -> None:
    found = extract_page(
        "Thường trực HĐND tỉnh thăm, tặng quà người dân vùng biên giới",
        "Ngày 16/8/2024, đoàn công tác Thường trực HĐND tỉnh đã đến thăm, tặng quà người dân tại các xã Ga Rô, "
        "Ch’Ơm của huyện Tây Giang.",
    ).locality
    assert (found.value.level, found.value.name) == ("huyện", "Tây Giang")
    assert found.review


def test_wards_of_a_city_addressed_alike_leave_the_city() -> None:
    second = (
        "Đoàn đến thăm gia đình ông Vũ Văn Hội, người hoạt động kháng chiến, tổ 4, phường Thanh Trường, "
        "Tp. Điện Biên Phủ."
    )
    found = extract_page(_VISIT, _FIRST, FILLER * 2, second).locality
    assert (found.value.level, found.value.name) == ("thành phố", "Điện Biên Phủ")
    assert "Thanh Bình" in found.review


def test_one_ward_of_the_city_addressed_is_still_where_it_happened() -> None:
    found = extract_page(_VISIT, _FIRST, FILLER * 2).locality
    assert (found.value.level, found.value.name) == ("phường", "Thanh Bình")
