"""Rounds nine to eleven of issue 13's rules, each written after the first looks of two fresh sets: list
headings of two offices, brackets after an office, bylines and furniture between headline and lead, captions
and live entries on the first line, layout bullets, long unpunctuated paragraphs. Each rule on short texts
written for the purpose; people are made up, units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from tests.ingest_helpers import FILLER as _FILLER
from tests.ingest_helpers import locality_of as _locality

# round nine: after the first looks of ucentre and unorth


def test_a_heading_of_two_offices_gives_both_to_each_member() -> None:
    text = ("Cùng dự có các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Lê Văn Hà, Trưởng ban Kinh tế "
            "Trung ương; Trần Văn Minh, Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    assert {m.name: m.roles for m in mentions_in(text)} == {
        "Lê Văn Hà": ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng ban Kinh tế Trung ương"),
        "Trần Văn Minh": ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Chính trị chỉ định 3 Phó Bí thư Tỉnh ủy, nhiệm kỳ 2025-2030 gồm: ông Lê Văn Hà, Chủ tịch HĐND tỉnh; "
        "ông Trần Văn Minh, Chủ tịch UBND tỉnh.",
        "HĐND tỉnh bầu bổ sung Phó Bí thư Tỉnh ủy, nhiệm kỳ 2021-2026, đối với các ông: Lê Văn Hà, Chủ tịch HĐND "
        "tỉnh; Trần Văn Minh, Chủ tịch UBND tỉnh.",
    ],
)
def test_an_office_for_a_list_after_its_term_and_a_comma(text: str) -> None:
    roles = {m.name: m.roles for m in mentions_in(text)}
    assert roles["Lê Văn Hà"] == ("Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")
    assert roles["Trần Văn Minh"] == ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Ông Lê Văn Hà, Chủ tịch UBND huyện Kỳ Sơn (Nghệ An) được điều động.",
         ("Chủ tịch UBND huyện Kỳ Sơn (Nghệ An)",)),
        ("Ông Lê Văn Hà, Cục trưởng Cục An ninh kinh tế nội bộ (Bộ Công an); ông Trần Văn Minh.",
         ("Cục trưởng Cục An ninh kinh tế nội bộ (Bộ Công an)",)),
        ("Ông Lê Văn Hà, Chủ tịch UBND tỉnh Khánh Hòa (nguyên Chủ tịch UBND tỉnh Ninh Thuận), phát biểu.",
         ("Chủ tịch UBND tỉnh Khánh Hòa", "nguyên Chủ tịch UBND tỉnh Ninh Thuận")),
        ("Ông Lê Văn Hà, Giám đốc Sở Y tế (PGS.TS) phát biểu.", ("Giám đốc Sở Y tế",)),
        ("Đồng chí Lê Thị Hoa, Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam dự Đại hội.",
         ("Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam",)),
        ("Ông Lê Văn Hà được chỉ định giữ chức bí thư Đảng ủy xã - Ảnh: LÊ MINH", ("bí thư Đảng ủy xã",)),
    ],
)
def test_a_bracket_after_an_office_and_a_photo_credit(text: str, roles: tuple[str, ...]) -> None:
    assert mentions_in(text)[0].roles == roles


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a menu line, the headline, a news aggregator's link, a byline in capitals, an audio player, the lead
        ("Đời sống Gia đình Lao động - Việc làm Từ thiện Xóa nhà tạm, nhà dột nát\n\nPhường Đông Hà khánh thành "
         "công trình mừng Đảng - mừng Xuân\n\nTheo dõi Báo Quảng Trị trên Google News\nLÊ MINH\n0:00 / 0:00\n0:00\n\n"
         "(QTO)- Ngày 10-2, UBND phường Đông Hà tổ chức khánh thành các công trình mừng Đảng.",
         "Phường Đông Hà khánh thành công trình mừng Đảng - mừng Xuân"),
        # a headline printed twice over an undated lead
        ("Đồng chí Lê Văn Hà, Bí thư Huyện ủy kiểm tra các công trình tại xã Đắk Ha\n\nĐồng chí Lê Văn Hà, Bí thư "
         "Huyện ủy kiểm tra các công trình tại xã Đắk Ha\n\nVừa qua, đoàn công tác của huyện đã đi kiểm tra các "
         "công trình của xã Đắk Ha.", "Đồng chí Lê Văn Hà, Bí thư Huyện ủy kiểm tra các công trình tại xã Đắk Ha"),
        # a roundup's item marker
        ("* Khởi công xây dựng trường học ở xã biên giới\n\nSáng 12/8/2025, UBND tỉnh Sơn La tổ chức lễ khởi công.",
         "Khởi công xây dựng trường học ở xã biên giới"),
    ],
)
def test_the_headline_past_menus_players_bylines_and_repeats(page: str, title: str) -> None:
    assert extract(f"{page}\n\n{_FILLER * 3}").title.value == title


def test_a_photo_caption_naming_a_person_over_an_undated_lead_is_flagged_as_a_headline() -> None:
    page = ("Đồng chí Lê Văn Hà-Phó bí thư thường trực Huyện ủy, Chủ tịch HĐND huyện khai mạc kỳ họp\n"
            "Kỳ họp đã thông qua tờ trình về việc sắp xếp đơn vị hành chính cấp xã trên địa bàn huyện.\n\n")
    assert extract(page + _FILLER * 3).title.review


def test_a_unit_the_lead_names_only_as_the_venue_is_flagged() -> None:
    lead = ("Cuộc gặp mặt kỷ niệm 125 năm ngày thành lập tỉnh bế mạc. Tối nay, chương trình lễ hội đường phố sẽ diễn "
            "ra tại trung tâm thành phố Bắc Kạn.")
    found = extract(f" date 2025-04 >>Theo dõi phiên trực tiếp tại đây.\n\n{lead}\n\n{_FILLER * 3}").locality
    assert (found.value.name, found.value.level) != ("Bắc Kạn", "thành phố") or found.review


def test_an_effective_date_is_no_event_and_an_advertisement_label_no_byline() -> None:
    page = ("Điều động Chủ tịch UBND huyện\n\nChủ tịch UBND tỉnh vừa ký quyết định điều động ông Lê Văn Hà về nhận "
            "công tác tại Sở Nội vụ kể từ ngày 1-5-2020.\n\n" + _FILLER * 3 + "\n\nQuảng cáo")
    extraction = extract(page)
    assert extraction.date.value != "2020-05-01"
    assert extraction.author.value is None


def test_a_rating_widget_between_page_date_and_lead_is_furniture() -> None:
    page = ("Hoa Lư tổ chức lễ dâng hương tại đền liệt sỹ\n\nThứ hai, 06/05/2024 | Đã xem: 143\n  • Đánh giá cho bài "
            "viết:\n  • 0 điểm ( 0 đánh giá )\n\nNhân dịp kỷ niệm 70 năm ngày giải phóng Điện Biên (07/5/1954 - "
            "07/5/2024), sáng ngày 06/5, Huyện ủy huyện Hoa Lư tổ chức Lễ dâng hương.\n\n")
    extraction = extract(page + _FILLER * 3)
    assert extraction.date.value == "2024-05-06"
    assert "Đánh giá" not in extraction.body


def test_a_dated_paragraph_below_two_captions_with_an_election_term_for_its_year() -> None:
    page = ("Huyện Lệ Thủy (Quảng Bình): Hội nghị tiếp xúc cử tri cho những người ứng cử đại biểu HĐND tỉnh\n"
            "Hội nghị tiếp xúc cử tri của những người ứng cử đại biểu HĐND tỉnh Quảng Bình tại xã Liên Thủy\n\n"
            "Hội nghị tiếp xúc cử tri của những người ứng cử đại biểu HĐND tỉnh Quảng Bình tại xã Liên Thủy\n\n"
            "Trong các ngày 7/5, 10/5 và 11/5, những người ứng cử đại biểu HĐND tỉnh Quảng Bình, nhiệm kỳ 2021-2026 "
            "tại đơn vị bầu cử số 4 đã hoàn thành tiếp xúc cử tri tại huyện Lệ Thủy.\n\n")
    assert extract(page + _FILLER * 3).date.value == "2021-05-07"


# round ten: after the first looks of lastn and lastsc


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a view counter fused to the headline, then breadcrumbs
        ("Lãnh đạo tỉnh Sóc Trăng viếng Nghĩa trang Liệt sĩ tỉnh nhân dịp Tết (Lượt xem: 2279)\n>> TIN TỨC\n"
         ">> Tin địa phương\nSáng ngày 19/1/2023, Tỉnh ủy tỉnh Sóc Trăng tổ chức Lễ viếng Nghĩa trang Liệt sĩ.",
         "Lãnh đạo tỉnh Sóc Trăng viếng Nghĩa trang Liệt sĩ tỉnh nhân dịp Tết"),
        # a page date's label left in a bullet between headline and lead
        ("Phát biểu của Bí thư Tỉnh ủy Lê Thị Hoa tại Đại hội các dân tộc thiểu số tỉnh\n\n  • Cập nhật: Thứ sáu, "
         "18/10/2019 | 1:36:31 PM\n\nYênBái - Sáng 18/10, tỉnh Yên Bái đã tổ chức Đại hội các dân tộc thiểu số.",
         "Phát biểu của Bí thư Tỉnh ủy Lê Thị Hoa tại Đại hội các dân tộc thiểu số tỉnh"),
    ],
)
def test_the_headline_past_counters_and_date_labels(page: str, title: str) -> None:
    assert extract(f"{page}\n\n{_FILLER * 3}").title.value == title


@pytest.mark.parametrize(
    "top",
    [
        " date 2021-12 Bí thư Tỉnh ủy Lê Văn Hà",  # a photo's caption: an office and its holder's name only
        " date 2023-12 11H38: KỲ HỌP KẾT THÚC PHIÊN LÀM VIỆC BUỔI SÁNG",  # a live report's entry
    ],
)
def test_a_caption_or_a_live_entry_on_the_first_line_is_no_headline(top: str) -> None:
    lead = ("Hôm nay, tỉnh Hà Giang long trọng tổ chức Lễ kỷ niệm 130 năm Ngày thành lập tỉnh, ôn lại truyền thống "
            "vẻ vang của Đảng bộ và nhân dân các dân tộc trong tỉnh qua các thời kỳ cách mạng.")
    extraction = extract(f"{top}\n\n{lead}\n\n{_FILLER * 3}")
    assert extraction.title.value is None or extraction.title.review
    if "Lê Văn Hà" in top:
        assert "Lê Văn Hà" in {p.name for p in extraction.officials}


def test_an_office_and_a_place_in_a_headline_are_no_caption() -> None:
    page = "Chủ tịch nước Lê Văn Hà làm việc tại tỉnh Cao Bằng\n\nSáng 5/3/2014, Chủ tịch nước làm việc tại tỉnh."
    assert extract(f"{page}\n\n{_FILLER * 3}").title.value == "Chủ tịch nước Lê Văn Hà làm việc tại tỉnh Cao Bằng"


def test_a_long_sentence_with_a_full_stop_over_a_dated_lead_is_flagged_as_a_headline() -> None:
    page = (" date 2025-11-19 Ông Lê Văn Hà, nguyên Chủ tịch UBND tỉnh, được bầu làm Chủ tịch UBND tỉnh Khánh Hòa "
            "nhiệm kỳ 2021-2026, thay ông Trần Văn Minh đã nhận công tác mới.\n\nChiều 19/11, ông Lê Văn Hà được "
            "HĐND tỉnh Khánh Hòa bầu giữ chức Chủ tịch UBND tỉnh.")
    assert extract(f"{page}\n\n{_FILLER * 3}").title.review


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Bà Lê Thị Hoa, Giám đốc Sở Nội vụ đã trúng cử chức danh Ủy viên UBND tỉnh Quảng Ninh.",
         ("Giám đốc Sở Nội vụ", "Ủy viên UBND tỉnh Quảng Ninh")),
        ("Lê Thị Hoa - Chủ tịch Hội Nhà báo TP. Huế; Trần Thị Mai - Ủy viên.", ("Chủ tịch Hội Nhà báo TP. Huế",)),
        ("Ông Lê Văn Hà, Giám đốc Sở Tài chính báo cáo Tờ trình.", ("Giám đốc Sở Tài chính",)),
    ],
)
def test_an_office_won_by_vote_and_an_association_written_in_lower_case(text: str, roles: tuple[str, ...]) -> None:
    assert mentions_in(text)[0].roles == roles


# round eleven: after the first looks of endn and endsc


def test_a_site_that_sets_every_line_as_a_bullet_still_has_a_headline_lead_and_officials() -> None:
    page = ("TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH\n  • Khánh thành cầu Thanh Bình, thành phố Điện Biên Phủ\n"
            "  • Thời gian đăng: 11/12/2023 08:35:40 PM - Lượt đọc: 3289\n  • Sáng ngày (10/12), UBND thành phố tổ "
            "chức Lễ Khánh thành cầu Thanh Bình. Dự có đồng chí Lê Văn Hà, Bí thư Tỉnh ủy; đồng chí Trần Văn Minh, "
            "Phó Bí thư Thường trực Tỉnh ủy.\n  • " + _FILLER * 3)
    extraction = extract(page)
    assert extraction.title.value == "Khánh thành cầu Thanh Bình, thành phố Điện Biên Phủ"
    assert {p.name for p in extraction.officials} >= {"Lê Văn Hà", "Trần Văn Minh"}


def test_a_long_last_line_without_a_full_stop_is_a_paragraph_not_a_byline() -> None:
    page = ("Đại hội Đảng bộ tỉnh\n\nSáng 3/10/2025, Đại hội đại biểu Đảng bộ tỉnh lần thứ I khai mạc.\n\n"
            + _FILLER * 3 + "\nTại Đại hội, ông Lê Văn Hà, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy nhiệm "
            "kỳ 2020 - 2025 được chỉ định giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030")
    assert "Lê Văn Hà" in {p.name for p in extract(page).officials}


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Các ứng cử viên: Phó Bí thư Đoàn TNCS Hồ Chí Minh Sở Y tế Lê Thị Hoa; ông Trần Văn Minh, Bí thư Huyện ủy.",
         "Trần Văn Minh", ("Bí thư Huyện ủy",)),
        ("Ông Lê Văn Hà đắc cử chức Bí thư Tỉnh ủy Quảng Ninh ẢNH: LÃ NGHĨA HIẾU", "Lê Văn Hà",
         ("Bí thư Tỉnh ủy Quảng Ninh",)),
        ("HĐND tỉnh đã bầu đồng chí Lê Văn Hà, Giám đốc Công an tỉnh giữ chức Chủ tịch UBND tỉnh Hà Giang, khóa "
         "XVIII, nhiệm kỳ 2021-2026.", "Lê Văn Hà", ("Giám đốc Công an tỉnh", "Chủ tịch UBND tỉnh Hà Giang")),
        ("Các đại biểu bầu bổ sung Phó Chủ tịch UBND tỉnh Cao Bằng, nhiệm kì 2021-2026 đối với ông Lê Văn Hà, Chủ "
         "tịch Ủy ban MTTQ Việt Nam tỉnh.", "Lê Văn Hà", ("Phó Chủ tịch UBND tỉnh Cao Bằng",
                                                          "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")),
        ("Ban Thường vụ Tỉnh ủy điều động đồng chí Lê Văn Hà - Phó Chánh văn phòng Tỉnh ủy về công tác tại Thành ủy "
         "Hải Dương, chỉ định tham gia Ban Thường vụ và giữ chức Phó Bí thư Thành ủy Hải Dương.", "Lê Văn Hà",
         ("Phó Chánh văn phòng Tỉnh ủy", "Phó Bí thư Thành ủy Hải Dương")),
    ],
)
def test_round_eleven_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    found = {m.name: m.roles for m in mentions_in(text)}
    assert "Hồ Chí Minh Sở" not in found
    assert found[name] == roles


@pytest.mark.parametrize(
    "page",
    [
        "Kính thưa Chủ tọa kỳ họp;\nKính thưa các vị đại biểu;\nSau các cuộc tiếp xúc cử tri, Thường trực HĐND tỉnh "
        "đã tổng hợp ý kiến, kiến nghị của cử tri gửi tới kỳ họp.",
        "![]() |\n| Tổ đại biểu số 11 HĐND thành phố tổ chức tiếp xúc cử tri trước kỳ họp thứ 11 |\nNgày 25/11/2025, "
        "Tổ đại biểu số 11 HĐND thành phố đã tổ chức tiếp xúc cử tri tại xã Nam Đông.",
    ],
)
def test_a_speech_salutation_or_an_images_caption_cell_is_no_headline(page: str) -> None:
    title = extract(f"{page}\n\n{_FILLER * 3}").title
    assert title.value is None or title.review


@pytest.mark.parametrize(
    ("tail", "author"),
    [("Viết Quang - VPHU Phú Vang", "Viết Quang"), ("Lan Anh\n\nTừ khóa: bầu cử , HĐND , UBND , nhân sự", "Lan Anh"),
     ("Video Clip", None)],
)
def test_bylines_past_an_office_acronym_a_tag_list_and_a_video_label(tail: str, author: str | None) -> None:
    page = "Kỳ họp HĐND huyện\n\nSáng 25/10/2019, HĐND huyện tổ chức kỳ họp bất thường.\n\n" + _FILLER * 3
    assert extract(f"{page}\n\n{tail}").author.value == author


def test_a_district_chosen_where_a_provincial_delegation_leads_in_the_second_sentence_is_flagged() -> None:
    lead = ("Hôm nay 7.4, kỷ niệm 117 năm ngày sinh Tổng Bí thư Lê Duẩn (1907-2024). Tại khu lưu niệm, Đoàn lãnh đạo "
            "Tỉnh ủy, HĐND, UBND, UBMTTQVN tỉnh Quảng Trị và đoàn lãnh đạo huyện Triệu Phong tổ chức lễ dâng hương.")
    level, name, review = _locality("Dâng hương tưởng nhớ Tổng Bí thư Lê Duẩn", lead)
    assert (level, name) == ("tỉnh", "Quảng Trị") or review


# round twelve: after the first looks of zn and zsc


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Ông Lê Văn Hà, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, phụ trách Đảng ủy xã dự.",
         ("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "phụ trách Đảng ủy xã")),
        ("Ông Lê Văn Hà, PCT. Hội đồng nhân dân thành phố Biên Hòa dự.",
         ("PCT. Hội đồng nhân dân thành phố Biên Hòa",)),
        ("Đồng chí Lê Văn Hà - Phó Bí thư Thường trực Tỉnh ủy Báo cáo kết quả Đại hội phiên trù bị.",
         ("Phó Bí thư Thường trực Tỉnh ủy",)),
        ("Ông Lê Văn Hà, Thư ký Tòa án nhân dân Khu vực 4; ông Trần Văn Minh, Chính trị viên Đại đội 1.",
         ("Thư ký Tòa án nhân dân Khu vực 4",)),
    ],
)
def test_round_twelve_offices(text: str, roles: tuple[str, ...]) -> None:
    assert mentions_in(text)[0].roles == roles


def test_a_concurrent_office_after_a_comma_and_kiem_is_one_more_role() -> None:
    text = "Ông Lê Văn Hà, Viện trưởng Viện Nghiên cứu phát triển TPHCM, kiêm Chủ tịch Hội Kinh tế TPHCM."
    assert mentions_in(text)[0].roles == (
        "Viện trưởng Viện Nghiên cứu phát triển TPHCM",
        "kiêm Chủ tịch Hội Kinh tế TPHCM",
    )


# round thirteen: after the first looks of fn and fsc


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Đồng chí Lê Thị Hoa, Giám đốc Sở Văn hoá, Thể thao và Du lịch trả lời chất vấn.", "Lê Thị Hoa",
         ("Giám đốc Sở Văn hoá, Thể thao và Du lịch",)),
        ("Bà Lê Thị Hoa - Chánh án TAND tỉnh Hà Tĩnh Các ứng cử viên đại biểu HĐND tỉnh: 1. Ông Trần Văn Minh - Bí "
         "thư.", "Lê Thị Hoa", ("Chánh án TAND tỉnh Hà Tĩnh",)),
        ("Các ứng cử viên: 1. Ông Lê Văn Hà - Chánh Văn phòng Sở Y tế Hà Tĩnh 2. Ông Trần Văn Minh - Bí thư Đảng ủy.",
         "Lê Văn Hà", ("Chánh Văn phòng Sở Y tế Hà Tĩnh",)),
        ("Bà Lê Thị Hoa, Trưởng phòng Chỉ đạo tuyến Bệnh viện đa khoa Kiên Giang.", "Lê Thị Hoa",
         ("Trưởng phòng Chỉ đạo tuyến Bệnh viện đa khoa Kiên Giang",)),
    ],
)
def test_round_thirteen_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


# round fourteen: after the first looks of gn and gsc


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("Thứ năm, 25/04/2024\nBắc giang 25 °C / 25 - 33 °C\nHotline: +84.0204.3 856 624\nĐại biểu nhân dân với cử "
         "tri\nChia sẻ:\nicon\n0.5 1.0 1.5\nTiếp tục phiên chất vấn và bế mạc kỳ họp thứ 7, HĐND tỉnh\nCập nhật: "
         "14:47 ngày 11/07/2019\n(BGĐT) - Sáng nay (11-7), các đại biểu HĐND tỉnh tiếp tục chất vấn.",
         "Tiếp tục phiên chất vấn và bế mạc kỳ họp thứ 7, HĐND tỉnh"),
        ("Skip to main content\nChế độ ban đêm In trang Xuất PDF Đọc nội dung\n-A A +A\nKỲ HỌP THỨ NHẤT HĐND HUYỆN "
         "VĂN LÃNG KHÓA XX\n    Sáng 2/7/2021 HĐND huyện Văn Lãng đã tổ chức kỳ họp thứ nhất.",
         "KỲ HỌP THỨ NHẤT HĐND HUYỆN VĂN LÃNG KHÓA XX"),
        ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH\nĐường dây nóng: 0237 3721150\nkiểm tra tiến độ\nPhó Chủ tịch UBND tỉnh Lê "
         "Văn Hà kiểm tra dự án tại thị xã Nghi Sơn\nPhó Chủ tịch UBND tỉnh Lê Văn Hà kiểm tra dự án tại thị xã "
         "Nghi Sơn\n20:11 , 13/05/2024\nChiều ngày 13/5, đồng chí Lê Văn Hà đã kiểm tra tiến độ dự án.",
         "Phó Chủ tịch UBND tỉnh Lê Văn Hà kiểm tra dự án tại thị xã Nghi Sơn"),
        ("Tin Tổng Hợp ( Chính trị, Thanh tra, Nhà nước, Pháp Luật)\nKhai mạc kỳ họp thứ 7, HĐND tỉnh khóa XVI\n"
         "-15 giờ 58 phút: Trưởng Ban Văn hóa-Xã hội HĐND tỉnh Lê Văn Hà trình bày báo cáo thẩm tra.",
         "Khai mạc kỳ họp thứ 7, HĐND tỉnh khóa XVI"),
        (" date 2026-02-17 Tin tức Hiện thực hóa các định hướng chiến lược, Hà Tĩnh phát triển nhanh (Baohatinh.vn) "
         "- Đồng chí Lê Văn Hà - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy trả lời phỏng vấn.",
         "Hiện thực hóa các định hướng chiến lược, Hà Tĩnh phát triển nhanh"),
    ],
)
def test_the_headline_past_weather_hotlines_toolbars_tags_and_sections(page: str, title: str) -> None:
    assert extract(f"{page}\n\n{_FILLER * 3}").title.value == title


def test_a_page_date_after_a_weekday_and_a_dash_with_a_view_count_glued_to_its_clock() -> None:
    page = ("Các đồng chí lãnh đạo tỉnh dự lễ khởi công đường tránh thị trấn\nThứ ba - 16/09/2025 21:10560\n"
            "Chiều 16/9, tỉnh Lai Châu đã tổ chức lễ khởi công công trình.")
    extraction = extract(f"{page}\n\n{_FILLER * 3}")
    assert extraction.title.value == "Các đồng chí lãnh đạo tỉnh dự lễ khởi công đường tránh thị trấn"
    assert extraction.date.value == "2025-09-16"


def test_a_voter_meeting_of_several_communes_without_cac_is_the_unit_holding_them_flagged() -> None:
    lead = "Sáng 2/3/2026, tại hội nghị tiếp xúc cử tri xã Phú Vang, Phú Vinh, Phú Hồ, các ứng cử viên trình bày."
    level, name, review = _locality("Ứng cử viên tiếp xúc cử tri", lead)
    assert (level, name) == ("thành phố", None) and "nhiều đơn vị" in review


# round fifteen: after the first looks of hn and hsc


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Ra mắt gồm có đồng chí Lê Văn Hà – Ủy viên Ban Thường vụ / Trưởng Ban Tổ chức Quận ủy; đồng chí Trần Văn "
         "Minh – Bí thư Đảng ủy phường.", "Lê Văn Hà", ("Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Quận ủy")),
        ("Ông Lê Văn Hà, Trưởng ban Chính sách, chiến lược Trung ương; ông Trần Văn Minh, Phó Bí thư Đảng ủy Mặt trận "
         "Tổ quốc, các đoàn thể Trung ương.", "Trần Văn Minh",
         ("Phó Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương",)),
        ("Danh sách: 2. Lê Văn Hà - Bí thư Đảng ủy Trường Đại học Luật Hà Nội 3. Trần Văn Minh - Hiệu trưởng.",
         "Lê Văn Hà", ("Bí thư Đảng ủy Trường Đại học Luật Hà Nội",)),
    ],
)
def test_round_fifteen_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles
