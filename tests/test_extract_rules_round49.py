"""Rounds forty-nine and fifty of issue 13's rules. Forty-nine: a unit of another level that the headline or lead
names with real weight contests the unit chosen, and the editor is asked which the article is about (a province's body
acting in one of its communes, a provincial city sharing its province's name); the value stays, only the flag is new.
Fifty, after the first looks of bn2 and bsc2: a site named by its domain over the headline, a label with the page's
date fused on, a province's name after a list of level words. People are made up; units are real ones of the
gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.banners import BANNER
from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


def test_a_city_sharing_its_provinces_name_in_the_lead_contests_the_province() -> None:
    page = ("Tỉnh đoàn Tuyên Quang thắp nến tri ân các anh hùng liệt sỹ\n\n"
            "Tối 26/7/2024, Tỉnh đoàn Tuyên Quang tổ chức lễ thắp nến tri ân tại Nghĩa trang liệt sỹ thành phố "
            f"Tuyên Quang. Dự buổi lễ có đồng chí Lê Văn An, Bí thư Tỉnh đoàn. {FILLER * 3}")
    found = extract(page).locality
    assert found.value.name == "Tuyên Quang"
    assert "thành phố Tuyên Quang" in found.review or "tỉnh Tuyên Quang" in found.review


def test_a_commune_the_headline_names_contests_the_province_that_acts() -> None:
    page = ("Tỉnh Điện Biên kiểm tra trường nội trú xã Mường Nhé\n\n"
            "Sáng 3/9/2025, Ban Chỉ đạo tỉnh Điện Biên kiểm tra tiến độ xây dựng trường phổ thông nội trú liên "
            f"cấp xã Mường Nhé. {FILLER * 3}")
    found = extract(page).locality
    assert found.value.name in ("Điện Biên", "Mường Nhé")
    assert "tỉnh Điện Biên" in found.review and "xã Mường Nhé" in found.review


def test_a_unit_named_only_as_an_address_in_the_body_contests_nothing() -> None:
    page = ("Xã Mường Nhé khánh thành đường giao thông nông thôn\n\n"
            "Sáng 12/3/2025, UBND xã Mường Nhé tổ chức lễ khánh thành tuyến đường giao thông liên thôn. "
            f"Dự lễ có ông Lê Văn An, Chủ tịch UBND xã. {FILLER * 3}\n\n"
            "Công trình do tỉnh Điện Biên hỗ trợ kinh phí.")
    found = extract(page).locality
    assert (found.value.level, found.value.name) == ("xã", "Mường Nhé")
    assert not found.review


# Round fifty, after the first looks of bn2 and bsc2 (taken on round forty-nine's rules).


@pytest.mark.parametrize("line", ["Vietnam.vn - Nền tảng quảng bá Việt Nam", "Baomoi.com | Tin tức mới nhất 24h"])
def test_a_site_named_by_its_domain_and_tagline_is_a_banner(line: str) -> None:
    assert BANNER.match(line)


@pytest.mark.parametrize("line", ["Hà Nội - Thủ đô vì hòa bình", "Đắk Lắk: Khai mạc kỳ họp thứ 10 HĐND tỉnh"])
def test_a_headline_opening_with_a_place_is_no_domain_banner(line: str) -> None:
    assert not BANNER.match(line)


def test_a_label_with_the_pages_date_fused_on_is_the_pages_date_not_the_events() -> None:
    page = (f"Xã Mường Nhé trao quà cho hộ nghèo\n\nTin Tây BắcTin Tây Bắc14/11/2024\n\n"
            f"UBND xã Mường Nhé trao 50 suất quà cho hộ nghèo trên địa bàn. {FILLER * 3}")
    found = extract(page).date
    assert found.value == "2024-11-14" and "ngày đăng" in found.review  # the page's date, flagged as such
    assert "Tin Tây Bắc" not in extract(page).body


def test_a_province_named_after_a_list_of_level_words_is_the_province() -> None:
    page = ("Phường Kiến Hưng ra quân tổng vệ sinh môi trường\n\n"
            "| Tinh thần vì Thủ đô xanh lan tỏa khắp 126 xã, phường Hà Nội |\n\n"
            "Sáng 8/11/2025, UBND phường Kiến Hưng tổ chức lễ ra quân tổng vệ sinh môi trường. "
            f"{FILLER * 3}")
    found = extract(page).locality
    assert found.value.province == "Hà Nội"
    assert "phường Hà Nội" not in found.review


def test_a_pages_date_followed_by_its_text_size_buttons_is_the_pages_date() -> None:
    page = ("Đại hội đại biểu MTTQ xã Mường Nhé lần thứ II\n\nThứ 5, 13/06/2024 | 17:46:34 [GMT +7] A  A\n\n"
            "Đại hội đại biểu MTTQ xã Mường Nhé diễn ra trong hai ngày (12 và 13/6/2024) đã thành công tốt đẹp. "
            f"{FILLER * 3}")
    assert extract(page).date.value == "2024-06-12"


def test_two_days_written_with_mung_are_dated_by_the_first() -> None:
    page = ("Đại hội Đảng bộ xã Mường Nhé lần thứ I\n\n"
            f"Trong 2 ngày mùng 11 và 12/8/2025, Đảng bộ xã Mường Nhé tổ chức Đại hội lần thứ I. {FILLER * 3}")
    assert extract(page).date.value == "2025-08-11"
