"""Second round of issue 13's rules (the north and north-centre): names after a unit word, long and
stacked offices, offices given in the article, banner lines, month-only dates and province clues.
Each rule on short sentences written for the purpose; names, places and dates are made up."""

from __future__ import annotations

import pytest

from bantin.ingest.dates import find_date
from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.page import parse_page
from bantin.ingest.roster import find_officials
from bantin.ingest.title import find_title


def roles_of(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in mentions_in(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run that opens with a common surname after a level word is a person, not `xã Lê Hồng`
        ("Phó Chủ tịch UBND TP Lê Hồng Quân trao quyết định.", {"Lê Hồng Quân": ("Phó Chủ tịch UBND TP",)}),
        # a rarer surname of the north after a party committee
        ("Đồng chí Bí thư Tỉnh ủy Chẩu Văn Tín phát biểu.", {"Chẩu Văn Tín": ("Bí thư Tỉnh ủy",)}),
    ],
)
def test_a_person_after_a_unit_word_is_not_part_of_the_place(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Trần Văn Tới, Bí thư Đảng ủy phường Hai Bà Trưng phát biểu.",
         {"Trần Văn Tới": ("Bí thư Đảng ủy phường Hai Bà Trưng",)}),
        ("Ông Lý Văn Hạ, nguyên Bộ trưởng Bộ Ngoại giao phát biểu.",
         {"Lý Văn Hạ": ("nguyên Bộ trưởng Bộ Ngoại giao",)}),
        ("Ông Mai Văn Cừ, Chính ủy Bộ Tư lệnh Thủ đô dự.", {"Mai Văn Cừ": ("Chính ủy Bộ Tư lệnh Thủ đô",)}),
        ("Ông Tạ Quốc Phú, Trưởng Đoàn đại biểu Quốc hội (ĐBQH) tỉnh phát biểu.",
         {"Tạ Quốc Phú": ("Trưởng Đoàn đại biểu Quốc hội (ĐBQH) tỉnh",)}),
    ],
)
def test_long_office_names_are_not_cut_at_an_inner_word(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyên Phó Thủ tướng Đàm Văn Lộc, nguyên Thường trực Ban Bí thư Hồ Văn Sáu dự.",
         {"Đàm Văn Lộc": ("Nguyên Phó Thủ tướng",), "Hồ Văn Sáu": ("nguyên Thường trực Ban Bí thư",)}),
        ("Tại hội nghị Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Bùi Văn Ất dự.",
         {"Bùi Văn Ất": ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương")}),
    ],
)
def test_stacked_titles_before_a_name_are_all_kept(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


def test_one_person_s_titles_go_on_after_a_semicolon() -> None:
    text = "Các đồng chí: Đinh Văn Kha, Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng; Lò Văn Sa, Bí thư Tỉnh ủy dự."
    assert roles_of(text) == {
        "Đinh Văn Kha": ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng"),
        "Lò Văn Sa": ("Bí thư Tỉnh ủy",),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every office after `chỉ định làm`, not only the first
        ("Đồng chí Kiều Văn Ba - Chánh Văn phòng Quận ủy được chỉ định làm Bí thư Đảng ủy, Chủ tịch HĐND phường.",
         {"Kiều Văn Ba": ("Chánh Văn phòng Quận ủy", "Bí thư Đảng ủy", "Chủ tịch HĐND phường")}),
        # a transfer, then a second appointment after a comma or a semicolon
        ("Ông Lạc Văn Bốn được điều động, chỉ định giữ chức Phó Bí thư Tỉnh ủy, được bầu giữ chức Chủ tịch UBND tỉnh.",
         {"Lạc Văn Bốn": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")}),
        ("Ông Lạc Văn Bốn được chỉ định giữ chức Phó Bí thư Thành ủy; được bầu làm Chủ tịch UBND thành phố.",
         {"Lạc Văn Bốn": ("Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố")}),
        # past the bodies the person joins, to the office
        ("Bộ Chính trị chỉ định ông Vi Văn Chín tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy.",
         {"Vi Văn Chín": ("Bí thư Tỉnh ủy",)}),
        # past an old term, to `giữ chức vụ`
        ("HĐND tỉnh bầu ông Cù Văn Năm - Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030, giữ chức vụ Chủ tịch UBND tỉnh.",
         {"Cù Văn Năm": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")}),
        # a re-election to the office already written is not a second office
        ("Ông Cù Văn Năm, Bí thư Tỉnh ủy tỉnh Hòa Mỹ nhiệm kỳ 2015-2020, được bầu giữ chức Bí thư Tỉnh ủy Hòa Mỹ.",
         {"Cù Văn Năm": ("Bí thư Tỉnh ủy tỉnh Hòa Mỹ",)}),
        # the office after `;` belongs to the next name
        ("Đồng chí Tô Văn Sáu được bầu giữ chức Bí thư; đồng chí Âu Thị Bảy được bầu làm Phó Bí thư.",
         {"Tô Văn Sáu": ("Bí thư",), "Âu Thị Bảy": ("Phó Bí thư",)}),
        # an office whose name runs on in lower-case words the vocabulary knows is read whole
        ("Ông Ma Văn Tám - Phó Giám đốc Sở Xây dựng được bổ nhiệm giữ chức Giám đốc Ban Quản lý dự án giao thông.",
         {"Ma Văn Tám": ("Phó Giám đốc Sở Xây dựng", "Giám đốc Ban Quản lý dự án giao thông")}),
    ],
)
def test_offices_given_in_the_article(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a station's English name under its banner, a hotline and a section label are not the headline
        ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH\n\nProvince Radio and Television\nĐường dây nóng: 0200 123456\n\n"
         "Huyện ủy\n\nBí thư Huyện ủy làm việc với xã vùng cao\n\nSáng 9/1/2024, Bí thư Huyện ủy làm việc.",
         "Bí thư Huyện ủy làm việc với xã vùng cao"),
        # a tag page's topic that the headline below repeats word for word
        ("Cầu vượt sông liên huyện\nKhánh thành cầu vượt sông liên huyện sau hai năm thi công\n"
         "Ngày 9/1/2024, tỉnh khánh thành cầu.",
         "Khánh thành cầu vượt sông liên huyện sau hai năm thi công"),
    ],
)
def test_banner_subtitles_and_tag_labels_are_not_the_headline(text: str, expected: str) -> None:
    assert find_title(parse_page(text)).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only a month-level page marker and no day in the text: the month, flagged
        (" date 2021-06 Tại buổi lễ, lãnh đạo tỉnh trao quyết định cho hai phó chủ tịch.", "2021-06"),
        # a meeting the text dates in full, within two months, gives the year
        ("Chiều 30/9, Thường trực HĐND tỉnh họp chuẩn bị kỳ họp thứ 8. Kỳ họp dự kiến được tổ chức vào sáng "
         "20/10/2023.", "2023-09-30"),
        # a founding day in an anniversary's brackets does not
        ("Sáng 5/4, hội nghị kỷ niệm ngày thành lập Đảng bộ huyện (5/4/1963) diễn ra trọng thể.", None),
    ],
)
def test_dates_from_month_markers_and_dated_meetings(text: str, expected: str | None) -> None:
    found = find_date(parse_page(text))
    assert found.value == expected
    if expected and len(expected) == 7:
        assert found.review and "2021-06" in found.review


def _locality(text: str) -> tuple[str | None, str | None, str | None]:
    value = extract(text).locality.value
    return value.name, value.level, value.province


def test_a_venue_s_address_after_thuoc_does_not_act_for_the_province() -> None:
    text = ("Đại hội Đảng bộ tỉnh Lào Cai lần thứ I\nSáng 29/9/2025, tại Hội trường lớn tỉnh Lào Cai thuộc phường "
            "Yên Bái đã diễn ra Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I.")
    assert _locality(text) == ("Lào Cai", "tỉnh", "Lào Cai")


def test_a_visit_to_the_province_stays_the_province_s() -> None:
    text = ("Phó Thủ tướng thăm, chúc Tết tỉnh Điện Biên\nTrong chuyến thăm và làm việc tại tỉnh Điện Biên, "
            "sáng 28/1/2024, "
            "Phó Thủ tướng tặng quà hộ nghèo tại xã Si Pa Phìn (huyện Nậm Pồ), xã Ma Thì Hồ (huyện Mường Chà).")
    assert _locality(text) == ("Điện Biên", "tỉnh", "Điện Biên")


def test_tinh_ta_is_the_province_the_page_names_elsewhere() -> None:
    text = ("Phó Thủ tướng làm việc với tỉnh\nNgày 19/5/2023, Phó Thủ tướng đã đến thăm và làm việc tại tỉnh ta về "
            "tình hình phát triển kinh tế - xã hội.\nBáo Sơn La")
    assert _locality(text) == ("Sơn La", "tỉnh", "Sơn La")


def test_a_two_syllable_name_in_a_list_of_people_is_a_person_though_a_commune_bears_it() -> None:
    text = "Dự có các đồng chí: Lò Văn Sa, Bí thư Tỉnh ủy; Hoàng Giang, Phó Bí thư Tỉnh ủy; Mai Thị Hoa, Phó Chủ tịch."
    assert roles_of(text)["Hoàng Giang"] == ("Phó Bí thư Tỉnh ủy",)


def test_a_dropped_tone_mark_does_not_make_a_second_official() -> None:
    found = find_officials(["Phó Thủ tướng Lâm Văn Khái dự lễ.", "Phó Thủ tướng Lâm Văn Khai phát biểu."], set())
    assert [(p.name, p.roles) for p in found] == [("Lâm Văn Khái", ("Phó Thủ tướng",))]


def test_the_last_office_of_a_list_item_runs_to_its_semicolon() -> None:
    text = ("Dự có các đồng chí: Lò Văn Sa, Ủy viên Trung ương Đảng, Trưởng Ban liên lạc Hội đồng hương tỉnh tại "
            "Thủ đô; Mai Thị Hoa, Phó Chủ tịch UBND tỉnh, chủ trì; Hà Văn Ba, Trưởng Ban Tuyên giáo.")
    assert roles_of(text) == {
        "Lò Văn Sa": ("Ủy viên Trung ương Đảng", "Trưởng Ban liên lạc Hội đồng hương tỉnh tại Thủ đô"),
        "Mai Thị Hoa": ("Phó Chủ tịch UBND tỉnh",),
        "Hà Văn Ba": ("Trưởng Ban Tuyên giáo",),
    }


def test_a_short_last_line_cut_after_a_comma_is_a_paragraph_not_the_tail() -> None:
    page = parse_page("Hai trường khánh thành\nSáng 9/1/2024, quận khánh thành hai trường học mới cho học sinh.\n"
                      "Theo Chủ tịch UBND quận Lê Văn Mười, để")
    assert page.blocks[-1].text.endswith(", để") and not page.tail
    assert roles_of(page.blocks[-1].text) == {"Lê Văn Mười": ("Chủ tịch UBND quận",)}
