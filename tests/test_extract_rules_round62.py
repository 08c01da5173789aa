"""Round sixty-two of issue 13's rules, after the first looks of bn12 and bsc12: a page date written with its
month's name; a congress's resolution carried out is no congress; a range of days written in words; a headline
joining two schools' acronyms with a dash is no headline and lead. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import CLOSING, extract_page


def test_a_page_date_with_its_months_name_is_no_headline_and_gives_the_year() -> None:
    headline = "Kiểm tra công tác phòng, chống thiên tai tại tỉnh Hà Giang"
    lead = "Ngày 07/6, Đoàn công tác Ban chỉ đạo quốc gia về phòng, chống thiên tai kiểm tra tại tỉnh Hà Giang."
    result = extract_page(headline, "Cập nhật lần cuối: 30 Tháng Chín, 2022", lead)
    assert result.title.value == headline
    assert result.date.value == "2022-06-07"


def test_carrying_out_a_congress_resolution_is_not_the_congress_year() -> None:
    lead = (
        "Ngày 10/12, Thường trực Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Hải Dương về kết quả năm đầu thực "
        "hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII nhiệm kỳ 2020-2025."
    )
    date = extract_page("Thường trực Ban Bí thư làm việc với Tỉnh ủy Hải Dương", lead).date
    assert date.value != "2020-12-10"


def test_a_range_of_days_written_in_words_gives_the_first() -> None:
    lead = "Từ ngày 28 đến ngày 30 tháng 7 năm 2022, Đoàn đại biểu Quốc hội tỉnh Nghệ An trao nhà tình thương."
    text = f"Đoàn ĐBQH tỉnh Nghệ An hỗ trợ đồng bào biên giới\n\n01/08/2022 17:30\n\n{lead}\n\n{CLOSING}\n"
    assert extract(text).date.value == "2022-07-28"


def test_two_acronyms_joined_by_a_dash_stay_in_the_headline() -> None:
    headline = "Cà Mau: Khánh thành Trường THCS - THPT Tân Bằng trước thềm năm học mới"
    lead = "Ngày 4.9, ông Nguyễn Văn Hải, Bí thư Tỉnh ủy Cà Mau, dự lễ khánh thành trường."
    assert extract_page(headline, lead).title.value == headline


def test_a_date_the_lead_says_is_to_come_is_flagged() -> None:
    lead = (
        "Đại hội đại biểu các dân tộc thiểu số tỉnh Phú Yên lần thứ IV sẽ diễn ra trong 1,5 ngày, từ sáng ngày "
        "26/9/2024 đến trưa ngày 27/9/2024."
    )
    headline = "Đại hội các dân tộc thiểu số tỉnh Phú Yên sẽ diễn ra từ ngày 26-27/9"
    date = extract_page(headline, lead).date
    assert date.value is None or "sẽ diễn ra" in date.review


def test_a_date_something_takes_effect_from_is_flagged() -> None:
    lead = (
        "Ông Nguyễn Công Tâm, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn cho biết đã được nghỉ hưu theo chế độ từ "
        "ngày 15/9/2025."
    )
    date = extract_page("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nghỉ hưu trước tuổi", lead).date
    assert date.value is None or "hiệu lực" in date.review
    span = "Từ ngày 15 đến 17/9/2025, Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX đã diễn ra."
    assert not extract_page("Đại hội Đảng bộ tỉnh Cao Bằng", span).date.review
