"""Round sixty-one of issue 13's rules, after the first looks of bn11 and bsc11: a group heading that addresses
its people (`Các ông, bà giữ chức phó chủ tịch … gồm: …`); a city sharing its province's name is checked by the
editor; a logo's or a tracker's text is no byline; a New Year slogan and a toolbar's bullets around a headline in
capitals; a writer's credit whose office is written with dashes. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import CLOSING, extract_page


def test_a_heading_that_addresses_its_people_gives_each_the_office() -> None:
    lead = (
        "Ngày 5/10, Ủy ban MTTQ phường Thái Hòa tổ chức hội nghị. Các ông, bà giữ chức phó chủ tịch UBMTTQVN phường "
        "gồm: Ông Trương Văn Phúc; Bà Nguyễn Thị Nga; bà Nguyễn Thị Thương và ông Dương Văn Đức."
    )
    officials = extract_page("Hội nghị Ủy ban MTTQ phường Thái Hòa", lead).officials
    assert {p.name: p.roles for p in officials} == {
        name: ("phó chủ tịch UBMTTQVN phường",)
        for name in ("Trương Văn Phúc", "Nguyễn Thị Nga", "Nguyễn Thị Thương", "Dương Văn Đức")
    }


def test_a_date_before_a_comma_opens_no_heading() -> None:
    lead = (
        "Ngày 7/10, đại biểu Quốc hội (ĐBQH) tỉnh Đồng Tháp gồm ông Trần Văn Sáng - Phó trưởng Đoàn ĐBQH tỉnh, "
        "ông Phạm Văn Hòa - Phó Chủ tịch Hội Luật gia tỉnh đến tiếp xúc với cử tri huyện Lấp Vò."
    )
    officials = extract_page("ĐBQH tiếp xúc cử tri huyện Lấp Vò", lead).officials
    assert {p.name: p.roles for p in officials}["Trần Văn Sáng"] == ("Phó trưởng Đoàn ĐBQH tỉnh",)


def test_a_city_sharing_its_provinces_name_is_checked() -> None:
    lead = (
        "Sáng 26/7, Thành đoàn Ninh Bình tổ chức lễ thắp nến tri ân các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ "
        "thành phố Ninh Bình."
    )
    locality = extract_page("Thắp nến tri ân các anh hùng liệt sĩ", lead).locality
    assert locality.value.level != "thành phố" or "trùng tên tỉnh Ninh Bình" in locality.review


def test_a_trackers_text_is_no_writer() -> None:
    text = f"Xã Hải Bối phát động Tết trồng cây\n\nSáng 5/2, xã Hải Bối phát động Tết trồng cây.\n\n{CLOSING}\n"
    assert extract(text + "Visitor Tracking Visitor Tracking\n").author.value is None


def test_a_headline_in_capitals_between_a_slogan_and_a_toolbar() -> None:
    headline = "XÃ LONG HÀ: TỔ CHỨC TRAO TẶNG BÒ GIỐNG CHO CÁC HỘ CẬN NGHÈO"
    text = (
        "CHÚC MỪNG NĂM MỚI NĂM 2026! TOÀN ĐẢNG, TOÀN DÂN, TOÀN QUÂN XÃ LONG HÀ THI ĐUA LẬP THÀNH TÍCH\n"
        f"global custom unit logo\n\n{headline}\n\nThứ tư - 31/12/2025 12:50\n  • Xem với cỡ chữ \n  •  \n  •  \n"
        f"Sáng ngày 31/12, UBND xã Long Hà đã tổ chức trao tặng bò giống cho các hộ cận nghèo.\n\n{CLOSING}\n"
    )
    assert extract(text).title.value == headline


def test_a_credit_whose_office_is_written_with_dashes_names_the_writer() -> None:
    text = f"Bàn giao nhà đại đoàn kết\n\nNgày 22/10/2024, huyện Ea H'Leo bàn giao nhà đại đoàn kết.\n\n{CLOSING}\n"
    assert extract(text + "Nguồn: Trương Lượng – Trung tâm TT -VH -TT\n").author.value == "Trương Lượng"
