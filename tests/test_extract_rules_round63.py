"""Round sixty-three of issue 13's rules, after the first looks of bn13 and bsc13: the old map's numbered wards
and districts (`phường 2`, `Quận 4`) are places; a news site's menu on a line of its own is no headline. People
are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import CLOSING, extract_page


def test_numbered_wards_and_districts_are_places() -> None:
    found = [(m.level, m.name) for m in find_mentions("cử tri phường 16 Quận 4 và phường 2, TX. Cai Lậy")]
    assert found == [("phường", "16"), ("quận", "4"), ("phường", "2"), ("thị xã", "Cai Lậy")]
    assert find_mentions("mừng Quốc khánh 2/9 tại phường 2/9") == []  # (a date, not a ward)


def test_the_voters_numbered_ward_is_the_locality() -> None:
    lead = (
        "(ABO) Ngày 10-8, đồng chí Châu Thị Mỹ Hạnh, đại biểu HĐND tỉnh Tiền Giang, cùng Tổ đại biểu HĐND TX. Cai "
        "Lậy có buổi tiếp xúc với gần 60 cử tri phường 2, TX. Cai Lậy."
    )
    locality = extract_page("Đại biểu HĐND tỉnh Tiền Giang tiếp xúc cử tri", lead).locality.value
    assert (locality.level, locality.name) == ("phường", "2")


def test_a_menu_line_is_no_headline() -> None:
    headline = "Đồng Tháp: Trao tặng hơn 1.000 Huy hiệu Đảng dịp Quốc khánh 2.9"
    text = (
        " date 2025-08-28 Bạn cần biết Tiện ích Liên hệ\nYoutube Facebook Tiktok Zalo\nPodcast Quảng cáo Đặt báo\n"
        f"Video Podcast Magazine\nChính trị\n\n{headline}\n\nThanh Quân\n28/08/2025 11:35 GMT+7\n\n"
        f"Ngày 28.8, Tỉnh ủy Đồng Tháp tổ chức trao Huy hiệu Đảng cho đảng viên.\n\n{CLOSING}\n"
    )
    result = extract(text)
    assert result.title.value == headline
    assert result.author.value == "Thanh Quân"
