"""Rounds forty-four and forty-five of issue 13's rules. Forty-four, from the misses left on all the sets and then
the first looks of un2 and usc2: a page whose first line is one sentence with no time in it, and no headline above
it, offers that line whole as its title (flagged), not a cut of it; group headings, outlet tags, widgets, captions
and bylines below. Forty-five, after the first looks of vn2 and vsc2, at the end. People are made up; units are
real ones of the gazetteer."""

from __future__ import annotations

from bantin.ingest.extract import CAP_BYTES, extract
from bantin.ingest.officials import mentions_in
from tests.ingest_helpers import FILLER

LONG_LINE = ("Đảng ủy xã Hòa An tổ chức hội nghị Ban Chấp hành mở rộng triển khai nhiệm vụ trọng tâm quý IV và chuẩn "
             "bị tổ chức Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030.")


def test_a_lone_first_sentence_is_offered_whole_as_the_title_and_flagged() -> None:
    lead = "Chiều ngày 04/8/2025, đồng chí Lê Văn Hà, Bí thư Đảng ủy xã chủ trì."
    title = extract(f"{LONG_LINE}\n\n{lead} {FILLER * 3}").title
    assert title.value == LONG_LINE
    assert "giữ nguyên làm tít" in title.review


def test_a_lead_that_opens_with_its_time_is_still_cut_to_a_proposal() -> None:
    lead = ("Sáng 12/3/2025, UBND xã Hòa An tổ chức lễ khánh thành, bàn giao công trình đường giao thông thôn Nà Pồng "
            "cho nhân dân sử dụng.")
    title = extract(f"{lead} {FILLER * 3}").title
    assert title.value == "UBND xã Hòa An tổ chức lễ khánh thành…"
    assert "đề xuất từ sapo" in title.review


def test_a_lead_of_two_sentences_is_still_cut_to_a_proposal() -> None:
    lead = f"{LONG_LINE} Đồng chí Lê Văn Hà, Bí thư Đảng ủy xã chủ trì hội nghị."
    assert extract(f"{lead}\n\n{FILLER * 3}").title.value.endswith("…")


def test_a_group_headings_list_ends_where_the_next_heading_begins() -> None:
    sentence = ("Dự có các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Trưởng ban Tổ chức Trung ương Lê Văn An, "
                "Trưởng ban Nội chính Trung ương Trần Văn Bình; các Ủy viên Trung ương Đảng: Phó Thủ tướng Chính phủ "
                "Nguyễn Văn Cường, Phó Chủ tịch Quốc hội Phạm Văn Dũng.")
    roles = {p.name: set(p.roles) for p in extract(f"Hội nghị toàn quốc\n\n{sentence} {FILLER * 3}").officials}
    assert roles["Lê Văn An"] == {"Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng ban Tổ chức Trung ương"}
    assert roles["Nguyễn Văn Cường"] == {"Ủy viên Trung ương Đảng", "Phó Thủ tướng Chính phủ"}
    assert roles["Phạm Văn Dũng"] == {"Ủy viên Trung ương Đảng", "Phó Chủ tịch Quốc hội"}


def test_a_line_opening_with_an_outlets_tag_is_the_lead_not_the_headline() -> None:
    page = ("(ABC) - Chủ tịch nước mong muốn tỉnh Hòa Bình quan tâm hơn nữa công tác giảm nghèo bền vững.\n"
            f"Trong hai ngày 14-15/5, Chủ tịch nước Lê Văn An đến thăm, làm việc tại tỉnh Hòa Bình. {FILLER * 3}")
    title = extract(page).title
    assert title.review  # no headline line: what is offered is flagged


def test_abbreviations_joined_by_dashes_end_the_headline() -> None:
    headline = "Đảng bộ xã Quài Tở tập trung mọi nguồn lực, tạo chuyển biến toàn diện về KT - VH - XH"
    lead = "ĐBP - Trong 2 ngày (14 - 15/8), Đảng bộ xã Quài Tở tổ chức Đại hội."
    page = f"{headline}\n13:58 15/08/2025\n{lead} {FILLER * 3}"
    assert extract(page).title.value == headline


def test_an_outlets_tagged_lead_under_a_bulleted_link_is_no_headline() -> None:
    page = ("Khắp nơi gồng mình chống bão\n\n14/09/2015 14:03\n\n  • Tin bão khẩn cấp\n\n(QNO) - Trước diễn biến "
            "của bão số 3, UBND tỉnh và các địa phương đã triển khai nhiều phương án phòng chống.\n\n* Sáng ngày "
            "14.9, Phó Chủ tịch UBND tỉnh Lê Văn An kiểm tra tình hình ứng phó với bão số 3 tại huyện Núi Thành. "
            f"{FILLER * 3}")
    assert extract(page).title.value == "Khắp nơi gồng mình chống bão"


def test_a_market_widgets_name_is_page_furniture() -> None:
    page = (" date 2026-02-02 Giá vàng trong nước và thế giới\nThứ Ba, 03/02/2026\nNguyễn Thuấn\n02/02/2026, 21:00\n"
            f"Tối ngày 2/2, UBND thành phố Huế tổ chức Tiệc Tiếp tân Xuân. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value != "Giá vàng trong nước và thế giới"
    assert extraction.author.value == "Nguyễn Thuấn"  # a name right over the page's stamp signs it


def test_who_attended_as_the_only_line_over_the_lead_is_a_caption_and_flagged() -> None:
    page = (" date 2026-02-26 Các đại biểu tham dự hội nghị\n\nTại hội nghị, Phó Chủ tịch UBND thành phố Lê Văn An "
            f"cung cấp thông tin cơ bản về tình hình kinh tế - xã hội thành phố. {FILLER * 3}")
    assert "chú thích ảnh" in extract(page).title.review


def test_a_section_headline_and_a_lead_restating_its_subject_on_one_line() -> None:
    headline = "Thường trực Tỉnh uỷ làm việc về công tác chuẩn bị Đại hội của Đảng bộ xã Đơn Dương"
    lead = ("Thường trực Tỉnh ủy Lâm Đồng đã có buổi làm việc với Thường trực Đảng ủy xã Đơn Dương về công tác chuẩn "
            "bị Đại hội điểm cấp xã nhiệm kỳ 2025 - 2030")
    page = f" date 2025-07 Chính trị {headline} {lead}\n\n{FILLER * 3}"
    assert extract(page).title.value == headline


def test_a_ward_chosen_from_the_lead_is_flagged_when_the_body_tells_of_another() -> None:
    page = ("Ứng cử viên tiếp xúc cử tri\n\nNgày 10-5, UBND phường Mỹ Hương tổ chức hội nghị "
            f"tiếp xúc cử tri. {FILLER}\n\nChiều cùng ngày, các ứng cử viên tiếp xúc cử tri phường "
            f"Đạo Long. {FILLER}\n\nCử tri phường Đạo Long đề nghị nâng cấp đường. {FILLER}")
    locality = extract(page).locality
    assert locality.value.name == "Mỹ Hương" and "Đạo Long" in locality.review


def test_a_provinces_delegation_visiting_another_province_gives_the_province_visited() -> None:
    page = ("Chiều 4-2, Đoàn công tác của TPHCM do đồng chí Lê Văn An, Phó Bí thư Thành ủy TPHCM làm trưởng đoàn, đã "
            f"đến thăm, chúc tết Thường trực Tỉnh ủy tỉnh Vĩnh Long. {FILLER * 3}")
    locality = extract(page).locality
    assert (locality.value.level, locality.value.name) == ("tỉnh", "Vĩnh Long")
    assert "nơi đến" in locality.review


def test_a_province_chosen_over_a_bare_place_with_the_province_in_brackets_is_flagged() -> None:
    page = ("Sáng 31/3/2024, tại Phú Quốc (Kiên Giang), Thủ tướng Lê Văn An chủ trì Hội nghị tổng kết phát triển "
            f"tỉnh Kiên Giang. {FILLER * 3}")
    assert "tại Phú Quốc (Kiên Giang)" in extract(page).locality.review


def test_a_name_whose_last_syllable_the_size_limit_cuts_is_left_out() -> None:
    lead = f"Ngày 9/8, Bí thư Tỉnh ủy Lê Văn An làm việc tại xã Thường Phước. {FILLER}"
    head, tail = f"Kiểm tra sạt lở\n\n{lead}\n\n", "\n\nTrước đó, Chủ tịch UBND tỉnh Đồng Tháp Phạm Thành Ng"
    body = FILLER * ((CAP_BYTES - len((head + tail).encode())) // len(FILLER.encode()))
    page = head + body + tail
    assert CAP_BYTES - len(FILLER.encode()) < len(page.encode()) <= CAP_BYTES  # cut at a scraper's size limit
    assert [p.name for p in extract(page).officials] == ["Lê Văn An"]


def test_a_deputy_authorised_by_the_chairman_is_no_acting_office() -> None:
    sentence = "Chủ tịch UBND tỉnh ký quyết định uỷ quyền Phó Chủ tịch UBND tỉnh Lê Văn An điều hành công việc."
    assert [(m.name, m.roles) for m in mentions_in(sentence)][-1] == ("Lê Văn An", ("Phó Chủ tịch UBND tỉnh",))
