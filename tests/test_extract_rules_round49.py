"""Round forty-nine of issue 13's rules: a unit of another level that the headline or lead names with real weight
contests the unit chosen, and the editor is asked which the article is about (a province's body acting in one of
its communes, a provincial city sharing its province's name). The value stays; only the flag is new. People are
made up; units are real ones of the gazetteer."""

from __future__ import annotations

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
