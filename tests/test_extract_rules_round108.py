"""Round one hundred and eight of issue 13's rules, after bsc50's first look (taken on round one hundred and seven): a
commune the map of the article's date lacks takes its province from the address the text writes after it (`xã A
Vương (TP Đà Nẵng)` in October 2025), not from the old map's (Quảng Nam); a commune the map of its date holds keeps
that map's province. People are made up; units are real ones."""

from __future__ import annotations

from tests.ingest_helpers import extract_page

_DAMAGE = "cho biết, địa phương đã có thống kê nhanh tình hình thiệt hại do mưa lũ gây ra trên địa bàn."


def test_the_texts_address_places_a_commune_the_new_map_lacks() -> None:
    found = extract_page(
        "Mưa lũ gây sạt lở, chia cắt nhiều thôn ở vùng cao",
        f"Ngày 28/10/2025, ông Briu Văn Quân, Chủ tịch UBND xã A Vương (TP Đà Nẵng) {_DAMAGE}",
    ).locality
    assert (found.value.level, found.value.name, found.value.province) == ("xã", "A Vương", "Đà Nẵng")


def test_a_commune_of_the_old_map_keeps_its_province_then() -> None:
    found = extract_page(
        "Mưa lũ gây sạt lở, chia cắt nhiều thôn ở vùng cao",
        f"Ngày 28/10/2024, ông Briu Văn Quân, Chủ tịch UBND xã A Vương, huyện Tây Giang {_DAMAGE}",
    ).locality
    assert (found.value.name, found.value.province) == ("A Vương", "Quảng Nam")
