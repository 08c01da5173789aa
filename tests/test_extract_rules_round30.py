"""Round thirty of issue 13's rules, written after the first looks of yn and ysc (before an and asc were seen):
a venue's bracketed address, units listed in a text whose page clock dates it after the map changed, a dash
inside a unit's name, a standfirst the lead repeats, an old name before a unit's own, and company boards; and
rounds thirty-one's and thirty-two's, after the first looks of an and asc, then of bn, bsc, cn and csc. People
are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER, headline_withheld, locality_of


def test_a_council_after_its_venues_bracketed_address_is_the_subject() -> None:
    lead = ("Sáng 11-7-2022, tại Trung tâm hội nghị của tỉnh (25B, TP Thanh Hóa), HĐND tỉnh Thanh Hóa khóa XVIII, "
            "nhiệm kỳ 2021 - 2026, đã khai mạc Kỳ họp thứ 7.")
    assert locality_of("Khai mạc kỳ họp thứ 7 HĐND tỉnh", lead)[:2] == ("tỉnh", "Thanh Hóa")


def test_two_districts_in_a_text_its_page_clock_puts_after_the_reform_are_held_by_the_province() -> None:
    head = "Thứ năm, 25-12-25 22:32:28\nCà Mau, 32°C\n\nPhải bảo đảm tiến độ các công trình trọng điểm"
    lead = ("Kiểm tra tiến độ các công trình trọng điểm trên địa bàn huyện Cái Nước và Trần Văn Thời vào sáng 15/8, "
            "Bí thư Tỉnh ủy Cà Mau Lê Văn Hà nhấn mạnh yêu cầu về tiến độ.")
    level, name, review = locality_of(head, lead)
    assert (level, name) == ("tỉnh", "Cà Mau") and review


def test_a_dash_inside_a_units_name_is_no_fused_headline() -> None:
    page = ("22/12/2019 06:05\n\n(Baohatinh.vn) - Phát biểu tại lễ kỷ niệm 550 năm thành lập huyện Thiên Lộc - Can Lộc "
            "và đón bằng công nhận đạt chuẩn nông thôn mới, Bí thư Tỉnh ủy Lê Văn Hà mong muốn huyện tiếp tục phát "
            f"huy truyền thống. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.review  # no headline line: a proposal, flagged
    assert extraction.locality.value.name == "Can Lộc"


def test_an_old_name_before_a_units_own_and_a_commune_before_its_district() -> None:
    assert [(m.level, m.name) for m in find_mentions("thành lập huyện Thiên Lộc - Can Lộc")] == [("huyện", "Can Lộc")]
    assert [(m.level, m.name) for m in find_mentions("Chi tiết bài viết - Xã Gio Châu - Gio Linh")] == [
        ("xã", "Gio Châu")
    ]


def test_a_standfirst_the_lead_says_again_is_no_headline() -> None:
    page = ("TP chủ động triển khai các phương án ứng phó với bão số 15, dự báo sẽ ảnh hưởng trực tiếp đến địa bàn "
            "thành phố trong những ngày tới.\n\nChiều 27-11, Phó Chủ tịch UBND thành phố Lê Văn Hà ký văn bản về việc "
            "chủ động triển khai các phương án ứng phó với bão số 15, dự báo sẽ ảnh hưởng trực tiếp đến địa bàn thành "
            f"phố trong những ngày tới. {FILLER * 3}")
    assert headline_withheld(page)


def test_a_company_boards_chairman_is_no_public_office_holder() -> None:
    page = ("Tiếp nhận hỗ trợ xây nhà\n\nNgày 3/2/2026, Công an thành phố tiếp nhận hỗ trợ. Tại sự kiện, ông Lê Văn "
            "Hà, Chủ tịch HĐQT Tập đoàn Trường Hải (THACO) trao biểu trưng; Đại tá Trần Quang Minh, Giám đốc Công an "
            f"thành phố tiếp nhận. {FILLER * 3}")
    assert {p.name for p in extract(page).officials} == {"Trần Quang Minh"}


# round thirty-one: after the first looks of an and asc (before bn and bsc were seen)


def test_a_historical_name_cut_by_the_size_limit_is_no_official() -> None:
    text = (f"Dâng hương tưởng niệm\n\nSáng 20/12/2025, đoàn công tác dâng hương tưởng niệm. {FILLER * 14}\n\nĐại "
            "tướng là người học trò xuất sắc của Chủ tịch Hồ Chí Min")
    assert 1900 <= len(text.encode("utf-8")) <= 2000, len(text.encode("utf-8"))
    assert not any(p.name.startswith("Hồ Chí") for p in extract(text).officials)


def test_a_given_name_nguyen_before_a_title_is_not_read_as_former() -> None:
    page = (f"Ngày hội đại đoàn kết\n\nChiều 16/11/2025, thôn tổ chức Ngày hội. Về dự có đồng chí Lê Văn Nguyên, "
            f"Phó Bí thư Thường trực Đảng ủy xã. {FILLER * 3}\n\nĐồng chí Lê Văn Nguyên Phó bí thư thường trực đảng ủy")
    assert [p.name for p in extract(page).officials] == ["Lê Văn Nguyên"]


def test_a_line_cut_in_an_office_at_the_size_limit_is_no_byline() -> None:
    text = f"Lễ khai giảng năm học mới\n\nSáng 5/9/2025, lãnh đạo tỉnh dự lễ khai giảng. {FILLER * 15}\n\nPhó Bí "
    assert 1900 <= len(text.encode("utf-8")) <= 2000, len(text.encode("utf-8"))
    assert extract(text).author.value is None


def test_a_sentence_that_points_back_and_a_compound_time_of_day_open_no_headline() -> None:
    for opening in ("Đây là điểm nhấn của chương trình Xuân biên phòng đợt 1 năm 2026 tại khu vực biên giới tỉnh.",
                    "Chiều tối 4.2, tại khu di tích, Tỉnh ủy tổ chức chương trình Xuân biên giới 2026"):
        page = f"{opening}\n\nTham dự có ông Lê Văn Hà, Phó Chủ tịch UBND tỉnh. {FILLER * 3}"
        assert headline_withheld(page), opening


def test_a_fully_dated_lead_under_a_headline_and_a_caption_gives_the_date() -> None:
    page = ("Hội nghị Ban Thường vụ Đảng ủy xã mở rộng chuẩn bị các điều kiện tổ chức Đại hội Đại biểu Đảng bộ xã lần "
            "thứ I, nhiệm kỳ 2025-2030.\nCác đồng chí tham dự hội nghị phát biểu tham luậnPhát biểu kết luận hội nghị, "
            "đồng chí Lê Văn Hà - Bí thư Đảng ủy xã đề nghị các tiểu ban tiếp tục phát huy tinh thần trách nhiệm, khẩn "
            "trương hoàn thiện các nội dung còn lại theo đúng quy định...\nChiều ngày 04/08/2025, Ban Thường vụ Đảng "
            f"ủy xã tổ chức hội nghị mở rộng. {FILLER * 3}")
    assert extract(page).date.value == "2025-08-04"


# round thirty-two: after the first looks of bn, bsc, cn and csc (before dn and dsc were seen)


@pytest.mark.parametrize(
    ("label", "under"),
    [
        ("hoạt động mttq và các đoàn thể xã hội", "Ngày đăng 27/08/2019 | 09:51  | Lượt xem: 66"),
        ("Đài Phát thanh và Truyền hình Hà Giang\n  • Hà Giang\n    oC", "15:23, 07/07/2022"),
    ],
)
def test_a_lower_case_section_label_or_an_outlets_name_over_the_headline_is_no_headline(label: str, under: str) -> None:
    headline = "Hội cựu chiến binh phường tham dự liên hoan văn nghệ chào mừng Quốc khánh"
    page = (f"{label}\n\n{headline}\n{under}\n\nThực hiện kế hoạch công tác Hội năm 2019, Hội tham dự liên hoan "
            f"văn nghệ cấp quận.\n\nTối ngày 26/8/2019, Hội cựu chiến binh phường tham dự. {FILLER * 3}")
    assert extract(page).title.value == headline


def test_the_headline_the_page_stamp_follows_under_a_special_pages_name() -> None:
    page = ("Chuyên trang\n\nDân tộc - Tôn giáo với sự phát triển của đất nước\n\nThời sự\n\nLâm Đồng: Trao quà Tết "
            "cho hộ đồng bào nghèo 5 xã vùng sâu\n\nĐinh Hiển – Nguyễn Minh - 16:51, 21/01/2021\n\nNgày 20/1, Ban Dân "
            f"tộc tỉnh Lâm Đồng trao quà Tết. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Lâm Đồng: Trao quà Tết cho hộ đồng bào nghèo 5 xã vùng sâu"
    assert extraction.author.value == "Đinh Hiển – Nguyễn Minh"


def test_a_stamps_label_left_alone_is_no_paragraph_and_a_second_commune_in_the_lead_is_flagged() -> None:
    page = ("Lãnh đạo UBMTTQVN tỉnh:\n\nThăm, tặng quà nhân lễ Sene Dolta đồng bào dân tộc Khmer\n\nCập nhật ngày: "
            "30/09/2021 - 17:17\n\nBTNO - Sáng 29.9, bà Lê Thị Lan - Phó Chủ tịch Ủy ban MTTQVN tỉnh đến thăm đồng bào "
            "dân tộc Khmer xã Tân Đông, huyện Tân Châu và cộng đồng người Tà Mun xã Suối Đá, huyện Dương Minh Châu. "
            f"{FILLER * 3}")
    locality = extract(page).locality
    assert locality.value.name is None or locality.review


# round thirty-three: bylines, after the first looks of dn, dsc, en and esc (before gn2 and gsc2 were seen)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Phùng Vị – HND tỉnh", "Phùng Vị"),  # the writer, then an office's acronym
        ("H.N.", "H.N."),  # initials on a line of their own
        ("Thúy Hằng - Đức Bình/DIENBIENTV.VN", "Thúy Hằng - Đức Bình"),  # an outlet's tag after a slash
        ("Tác giả: Lò Văn Nguyên, Công chức Văn hoá xã", "Lò Văn Nguyên"),  # the writer's post after a comma
        ("Hà Oai - Phan Vĩnh 15:29 26/01/2026", "Hà Oai - Phan Vĩnh"),  # two writers on the page clock's line
        ("Hà Nội – TTXVN", None),  # a dateline, not a writer
        ("Copy Link", None),  # a share button
        ("P.V", None),  # `phóng viên`, no one's initials
    ],
)
def test_bylines_in_the_forms_the_last_sets_showed(line: str, author: str | None) -> None:
    page = f"Hội nghị tổng kết\n\nNgày 5/12/2025, Hội Nông dân tỉnh tổ chức hội nghị tổng kết. {FILLER * 3}\n\n{line}"
    assert extract(page).author.value == author
