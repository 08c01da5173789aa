"""Round sixty of issue 13's rules, after the first looks of bn10 and bsc10: a later date of the lead nearer the
page's date is the event's; a headline in capitals, or one before an outlet's tag, printed on one line with its
lead; `Ông A làm Chủ tịch …` opening a sentence; a retiring group's heading (`6 Giám đốc Sở xin nghỉ hưu gồm: …`);
a byline glued to its stamp; a page date written `2026/03/17`. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import CLOSING, extract_page


def test_a_later_date_of_the_lead_nearer_the_page_date_is_the_events() -> None:
    lead = (
        "Ngày 30/12/2025, Ban chỉ đạo vận động hiến máu phường Thái Bình xây dựng Kế hoạch số 01. Sáng ngày "
        "18/01/2026, tại Hội trường Đảng ủy phường Thái Bình, Ban chỉ đạo tổ chức Ngày hội hiến máu tình nguyện."
    )
    date = extract_page("Ngày hội hiến máu tình nguyện phường Thái Bình", "19/01/2026", lead).date
    assert date.value == "2026-01-18" and "30/12/2025" in date.review


def test_days_of_one_session_keep_the_first() -> None:
    lead = "Trong 4 ngày 10, 11-6-2021 và 14, 15-6-2021, Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk tổ chức kỳ họp thứ 11."
    assert extract_page("Kỳ họp thứ 11 Ủy ban Kiểm tra Tỉnh ủy", "08/07/2021", lead).date.value == (
        "2021-06-10"
    )


def test_a_headline_in_capitals_then_its_lead_on_one_line() -> None:
    headline = "NGÀY HỘI HIẾN MÁU TÌNH NGUYỆN ( ĐỢT 1) NĂM 2026 TRÊN ĐỊA BÀN PHƯỜNG THÁI BÌNH"
    lead = "Thực hiện Kế hoạch số 137/KH-UBND của UBND tỉnh Hưng Yên, phường Thái Bình tổ chức hiến máu tình nguyện."
    title = extract_page(f"{headline} {lead}").title
    assert title.value == headline and not title.review


def test_an_outlets_tag_opens_the_lead_before_the_headlines_subject_comes_again() -> None:
    headline = "Phường An Hải phấn đấu trở thành trung tâm du lịch biển, nghỉ dưỡng của Đà Nẵng"
    lead = "ĐNO - Đại hội đại biểu Đảng bộ phường An Hải lần thứ I, nhiệm kỳ 2025 - 2030 xác định các mục tiêu lớn."
    assert extract_page(f" date 2025-07 Chính trị {headline} {lead}").title.value == headline


def test_a_sentence_opening_with_a_name_that_becomes_an_office_holder() -> None:
    lead = "Trong hai ngày 27 và 28/11, Đại hội đại biểu MTTQ Việt Nam thành phố Huế lần thứ XI đã được tổ chức."
    announced = extract_page("Ông Nguyễn Chí Tài làm Chủ tịch Ủy ban MTTQ Việt Nam TP Huế", lead)
    assert [(p.name, p.roles) for p in announced.officials] == [
        ("Nguyễn Chí Tài", ("Chủ tịch Ủy ban MTTQ Việt Nam TP Huế",))
    ]
    working = extract_page("Ông Nguyễn Chí Tài làm việc với UBND TP Huế", lead)
    assert working.officials == []


def test_a_retiring_groups_heading_gives_no_office_of_its_own() -> None:
    lead = (
        "Ngày 19/2, tỉnh Kon Tum có 2 Giám đốc Sở xin nghỉ hưu gồm: ông Ngô Văn Thành - Giám đốc Sở Kế hoạch và "
        "Đầu tư; ông Nguyễn Văn Lộc - Giám đốc Sở Xây dựng."
    )
    officials = {p.name: p.roles for p in extract_page("Nhiều Giám đốc Sở xin nghỉ hưu", lead).officials}
    assert officials == {
        "Ngô Văn Thành": ("Giám đốc Sở Kế hoạch và Đầu tư",),
        "Nguyễn Văn Lộc": ("Giám đốc Sở Xây dựng",),
    }


def test_a_byline_glued_to_its_stamp() -> None:
    lead = "Ngày 19/2, thông tin từ Sở Nội vụ tỉnh Kon Tum cho biết, tỉnh có 11 cán bộ xin nghỉ hưu trước tuổi."
    result = extract_page("Nhiều cán bộ xin nghỉ hưu trước tuổi", "Văn Hà19/02/2025 - 13:05", lead)
    assert result.author.value == "Văn Hà"
    assert result.date.value == "2025-02-19"


def test_a_page_date_written_year_first_with_slashes_gives_the_year() -> None:
    text = (
        "Tuyên Quang tăng tốc xây dựng các trường nội trú vùng biên\n\n2026/03/17 17:14\n\n"
        "Ngày 17/3, ông Nguyễn Tiến Hùng, Bí thư Đảng ủy xã Đồng Văn kiểm tra tiến độ xây dựng trường nội trú.\n\n"
        f"{CLOSING}\n"
    )
    assert extract(text).date.value == "2026-03-17"
