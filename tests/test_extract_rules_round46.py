"""Rounds forty-six to forty-eight of issue 13's rules. Forty-six, after the first looks of wn2, wsc2, xn2 and
xsc2: a portal's menu and its ticker of other headlines, an organ's kicker over a headline, photos captioned as
headlines, names joined by dashes, a range of days, `Hôm nay, 31/1`, a labelled clock, and unit names the capitals
alone do not bound (`Nông trường Phong Hải`, `Kỳ Phong`). Forty-seven, after the first looks of yn2 and ysc2, at the
end; forty-eight, after zn2 and zsc2, after it. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER

LEAD = f"Sáng 12/3/2025, UBND xã Hòa An tổ chức lễ khánh thành đường giao thông thôn Nà Pồng. {FILLER * 3}"


def test_a_menus_label_is_no_headline() -> None:
    lead = ("Sáng 23/9, HĐND tỉnh đã khai mạc Kỳ họp thứ 21 - kỳ họp chuyên đề của HĐND tỉnh khóa XIV. Đây là kỳ họp "
            f"có ý nghĩa quan trọng nhằm quyết nghị kịp thời một số chính sách khẩn cấp. {FILLER * 3}")
    assert extract(f"Tất cả chuyên mục\n\n{lead}").title.value != "Tất cả chuyên mục"


def test_a_bulleted_menu_with_a_long_item_is_still_a_menu() -> None:
    menu = "\n".join(f"  • {item}" for item in ("Thời sự - Chính trị", "Kinh tế", "Xã hội",
                                                 "Văn hóa - Thể thao - Du lịch", "Pháp luật & Đời sống"))
    headline = "Phó Bí thư Tỉnh ủy kiểm tra tiến độ các dự án trên địa bàn xã Hòa An"
    assert extract(f"{menu}\n\n{headline}\n\n{LEAD}").title.value == headline


def test_a_ticker_of_other_headlines_is_page_furniture() -> None:
    ticker = ("THƯ TÒA SOẠN    Quảng Ngãi công bố tổ chức bộ máy hành chính tỉnh    SỨC MẠNH CỦA ĐOÀN KẾT    Phó Bí "
              "thư kiểm tra bộ máy chính quyền cấp xã")
    assert extract(f"{ticker}\n\n{LEAD}").title.value != ticker


def test_an_organs_kicker_over_a_headline_is_no_caption() -> None:
    headline = "Tỉnh ủy-HĐND- UBND tỉnh: Trao quà trung thu cho thiếu nhi"
    caption = "Phó Chủ tịch nước Lê Thị An trao quà trung thu cho thiếu nhi. Ảnh: CAO HUYỀN"
    page = f"{headline}\n\n{caption}\n{caption}\n\nChiều 10/9/2019, Tỉnh ủy trao quà cho thiếu nhi. {FILLER * 3}"
    assert extract(page).title.value == headline


@pytest.mark.parametrize(
    "caption",
    [
        "Đồng chí Lê Văn An tặng nhà cho gia đình ông Phạm Văn Út, xã Long An, huyện Cần Giuộc",
        "Bí thư Tỉnh ủy Quảng Trị Lê Văn An tặng hoa chúc mừng tân Chủ tịch Ủy ban MTTQ tỉnh Trần Văn Bình",
    ],
)
def test_a_photos_caption_over_the_lead_is_flagged(caption: str) -> None:
    title = extract(f"{caption}\n\n{LEAD}").title
    assert title.value == caption and "chú thích ảnh" in title.review


def test_organs_joined_by_dashes_are_no_outlets_tag() -> None:
    lead = ("Kỷ niệm 77 năm ngày Thương binh - Liệt sỹ (27/7/1947-27/7/2024), ngày 27/7/2024, Thị ủy - HĐND - UBND "
            f"thị xã Mỹ Hào tổ chức Lễ dâng hương tri ân các Anh hùng, Liệt sỹ tại Nghĩa trang thị xã. {FILLER * 3}")
    assert not extract(lead).title.value.endswith("Thị ủy -")


def test_a_range_of_days_dates_the_first_and_a_bracketed_schedule_does_not() -> None:
    lead = f" date 2026-02-15 Trong 3 ngày, từ 13 đến 15.2, ông Lê Văn An đã đến thăm xã Châu Thới. {FILLER * 3}"
    assert extract(lead).date.value == "2026-02-13"
    planned = (" date 2025-09-19 Đại hội đại biểu Đảng bộ tỉnh Khánh Hòa được tổ chức trong 2,5 ngày (từ 21-23/9) tại "
               f"Hội trường tỉnh.\n\nNgày 19/9, Tỉnh ủy Khánh Hòa tổ chức họp báo về Đại hội. {FILLER * 3}")
    assert extract(planned).date.value == "2025-09-19"


def test_today_and_its_day_after_a_comma() -> None:
    page = f" date 2026-02-01 Hôm nay, 31/1, tại Công viên Thống Nhất, phường Hai Bà Trưng tổ chức Ngày hội. {FILLER}"
    assert extract(page).date.value == "2026-01-31"


def test_a_labelled_clock_with_a_comma_is_the_pages_date_not_the_lead() -> None:
    page = ("Trao quà trung thu cho thiếu nhi\n\nCập nhật, 08:06, Thứ Tư, 11/09/2019 (GMT+7)\n\nNhân dịp Tết Trung thu "
            f"năm 2019, chiều 10/9/2019, Tỉnh ủy trao quà cho thiếu nhi. {FILLER * 3}")
    assert extract(page).date.value == "2019-09-10"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tại tổ dân phố số 4, thị trấn Nông trường Phong Hải, huyện Bảo Thắng", "Nông trường Phong Hải"),
        ("tặng quà tại thôn Tuần Tượng, xã Kỳ Phong", "Kỳ Phong"),
    ],
)
def test_unit_names_the_capitals_alone_do_not_bound(text: str, name: str) -> None:
    assert name in {m.name for m in find_mentions(text)}


def test_a_session_or_a_term_after_a_level_word_is_still_no_name() -> None:
    assert [m.name for m in find_mentions("HĐND tỉnh Khóa XV họp tại tỉnh Kỳ họp thứ 5")] == [None]


# round forty-seven, after the first looks of yn2 and ysc2


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Dự có đồng chí Chui Văn Thành, Ủy viên BTV Thị ủy.", "Chui Văn Thành"),
        ("Dự có các đồng chí: Điệp Văn Chiến, Ủy viên BTV, Trưởng ban Dân vận Tỉnh ủy.", "Điệp Văn Chiến"),
        ("Ông Văn Hữu Chiến, Chủ tịch UBND thành phố phát biểu.", "Văn Hữu Chiến"),
    ],
)
def test_a_surname_the_list_lacks_before_van_or_thi_is_kept(sentence: str, name: str) -> None:
    assert [m.name for m in mentions_in(sentence)] == [name]


def test_an_officer_doing_something_told_in_a_sentence_over_the_lead_is_flagged() -> None:
    caption = "Chủ tịch UBND tỉnh Lê Văn An và các ứng cử viên trò chuyện với cử tri."
    title = extract(f" date 2026-03-06 {caption}\n\n{LEAD}").title
    assert title.value == caption and "chú thích ảnh" in title.review


# round forty-eight, after the first looks of zn2 and zsc2


def test_a_group_heading_with_a_clause_before_gom_is_given_to_each_name() -> None:
    page = ("Lễ kỷ niệm\n\nDự có các vị là Ủy viên Trung ương Đảng, đại diện cho nhiều cơ quan Trung ương và địa "
            "phương, gồm: ông Lê Văn An, Phó Chủ tịch Quốc hội; bà Trần Thị Bình, Chủ tịch Hội Liên hiệp Phụ nữ Việt "
            f"Nam. {FILLER * 3}")
    roles = {p.name: p.roles for p in extract(page).officials}
    assert roles["Lê Văn An"] == ("Ủy viên Trung ương Đảng", "Phó Chủ tịch Quốc hội")
    assert roles["Trần Thị Bình"][0] == "Ủy viên Trung ương Đảng"


def test_a_years_motto_over_the_headline_is_no_headline() -> None:
    headline = "Dâng hương viếng nghĩa trang liệt sỹ huyện Đầm Hà"
    motto = ('Chủ đề công tác năm 2020: "Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng" - Chào mừng kỷ niệm 90 năm Ngày '
             "thành lập Đảng Cộng Sản Việt Nam (03/02/1930 - 03/02/2020)")
    lead = ("Nhân dịp kỷ niệm 49 năm ngày giải phóng Miền nam (30/4/1975 – 30/4/2024). Sáng ngày 26/4/2024, Đoàn đại "
            "biểu Huyện ủy đã đến dâng hương tại nghĩa trang liệt sỹ.")
    page = f"{motto}\n\n{headline}\n\n{lead} {FILLER * 3}"
    assert extract(page).title.value == headline


def test_a_clock_with_its_weekday_after_the_time_and_a_view_count_is_the_pages_date() -> None:
    page = ("Hơn 500 hộ nghèo được hỗ trợ làm nhà\n\n11:34 - Chủ Nhật, 23/07/2023 Lượt xem: 4051 In bài viết\n\nĐBP - "
            f"Ngày 23/7, huyện Mường Nhé tổ chức phát động khởi công làm nhà cho hộ nghèo. {FILLER * 3}")
    assert extract(page).date.value == "2023-07-23"


def test_an_abbreviated_office_opening_the_title_is_flagged_as_a_caption() -> None:
    caption = "UVTW Đảng, Bí thư Thành ủy Lê Văn An đến chung vui tại Ngày hội Đại đoàn kết thôn Giang Chế"
    assert "chú thích ảnh" in extract(f" date 2025-11-14 {caption}\n\n{LEAD}").title.review
