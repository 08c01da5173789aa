"""Round seventy-three of issue 13's rules, after the first looks of bn23 and bsc23: an outlet's tag before a lead that
ends in a bracketed address is no parenthesised standfirst; a breadcrumb's headline cut short with `...` over the full
one is not the headline; a toolbar's items ending in the day in words are furniture. The tests of rounds seventy-four
and seventy-five are at the end. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, locality_of


def test_an_outlets_tag_before_a_lead_ending_in_brackets_is_still_the_lead() -> None:
    text = (
        " date 2025-03 (GLO)- Sáng 10-3, UBND tỉnh Gia Lai tổ chức lễ khởi công Trường Mầm non Ia Pết "
        "(xã Ia Pết, huyện Đak Đoa).\n\n"
        "Tham dự buổi lễ có ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh; lãnh đạo UBND huyện Đak Đoa.\n\n" + FILLER * 3
    )
    found = extract(text)
    assert found.date.value == "2025-03-10"
    assert (found.locality.value.level, found.locality.value.name) != ("huyện", "Đak Đoa")


def test_a_breadcrumbs_headline_cut_short_gives_way_to_the_full_one() -> None:
    headline = "Lai Châu tổ chức gắn biển đường hoa lê ở xã có địa điểm ngắm bình minh đẹp nhất"
    text = (
        "Trang chủNewsVăn hóa - Xã hộiLai Châu tổ chức gắn biển đường hoa lê ở xã có...\n\n"
        f"{headline}\n\n\n"
        "VIdeo: Lai Châu: Tết trồng cây và con đường hoa lê ở xã có bình minh đẹp nhất.\n\n"
        "Bà Trần Thị Mai, Bí thư Tỉnh ủy Lai Châu dự và chỉ đạo lễ phát động; dự buổi lễ còn có ông Lê Văn Bình, "
        "Phó Chủ tịch UBND tỉnh Lai Châu.\n\n" + FILLER * 3
    )
    assert extract(text).title.value == headline


def test_a_toolbar_ending_in_the_day_in_words_is_no_headline() -> None:
    headline = "Bình Định công bố thành lập thị xã Hoài Nhơn"
    text = (
        "Đặt mua báo in| Mới - Đọc báo in phiên bản số| Thứ Bảy, Ngày 23 tháng 11 năm 2024,\n"
        f"{headline}\n"
        "Việt Hương - 28/05/2020 17:17\n\n"
        "Ngày 28/5, UBND tỉnh Bình Định đã tổ chức Lễ công bố Nghị quyết thành lập thị xã Hoài Nhơn.\n\n" + FILLER * 3
    )
    found = extract(text)
    assert found.title.value == headline
    assert found.date.value == "2020-05-28"


# Round seventy-four, after the first looks of bn24 and bsc24: a province's delegation that visits the host's
# `Tỉnh ủy`, left unnamed in the lead, is about the one other province the page names.


def test_a_delegation_visiting_an_unnamed_provincial_committee_is_about_the_host_province() -> None:
    text = (
        "Thứ Ba, ngày 06/02/2024 | 07:31\n"
        "(HG) - Sáng ngày 5-2, Đoàn công tác của Thành phố Hồ Chí Minh do ông Trần Văn Nam, Phó Bí thư Thành ủy, "
        "dẫn đầu đoàn đến thăm, chúc Tết Nguyên đán Giáp Thìn năm 2024 Tỉnh ủy. Tiếp đoàn có ông Lê Văn Bình, "
        "Phó Bí thư Thường trực Tỉnh ủy.\n"
        "Ông Trần Văn Nam mong muốn thành phố và tỉnh Hậu Giang tiếp tục đẩy mạnh công tác phối hợp.\n\n" + FILLER * 3
    )
    found = extract(text).locality
    assert (found.value.level, found.value.name) == ("tỉnh", "Hậu Giang")
    assert found.review


# Round seventy-five: the one commune inside the chosen district or province that rivals it in the headline and lead
# is the more specific unit the article tells of, venue or not (older sets +8 / -2).


def test_a_district_that_inaugurates_works_in_its_one_commune_gives_way_to_the_commune() -> None:
    level, name, review = locality_of(
        "Gò Dầu khánh thành nhà văn hóa xã Thanh Phước",
        "Sáng 26/4/2016 UBND huyện Gò Dầu long trọng tổ chức khánh thành Nhà văn hóa ấp Trâm Vàng, xã Thanh Phước. "
        "Đến dự có bà Trần Thị Mai, Tỉnh ủy viên, Bí thư Huyện ủy Gò Dầu.",
    )
    assert (level, name) == ("xã", "Thanh Phước")
    assert "Thanh Phước" in review
