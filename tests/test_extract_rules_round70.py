"""Round seventy of issue 13's rules: a portal's section name printed before the headline on its line (`Xã hội
Đại hội …`, `Thời sự - Chính trị Tổng kết …`) is not part of the headline; a birth year in the event's sentence
(`chị A – sinh năm 1986`) is not the event's year, while `Giáng sinh năm 2025` (Christmas) still is. People are
made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, extract_page

LEAD = "Sáng 5/3/2025, UBND xã Tà Xùa tổ chức Đại hội đại biểu Hội Cựu chiến binh xã. " + FILLER


def test_a_section_name_before_the_headline_on_its_line_is_dropped() -> None:
    headline = "Đại hội đại biểu Hội Cựu chiến binh xã Tà Xùa nhiệm kỳ 2025 – 2030"
    assert extract_page(f"Xã hội {headline}", LEAD).title.value == headline


def test_a_section_name_in_two_parts_is_dropped_too() -> None:
    headline = "Tổng kết cuộc bầu cử đại biểu HĐND xã Tà Xùa"
    assert extract_page(f"Thời sự - Chính trị {headline}", LEAD).title.value == headline


def test_a_headline_that_opens_with_a_sections_words_keeps_them() -> None:
    headline = "Kinh tế tập thể ở xã Tà Xùa phát triển mạnh"
    assert extract_page(headline, LEAD).title.value == headline


def _date(lead: str) -> str | None:
    return extract(f"Trao nhà đại đoàn kết ở phường Tô Hiệu\n\n{lead}\n\n" + FILLER * 3).date.value


def test_a_birth_year_in_the_events_sentence_is_not_its_year() -> None:
    lead = "Sáng ngày 9/12, UBND phường Tô Hiệu trao nhà cho chị Lò Thị Mai – sinh năm 1986, hộ nghèo của phường."
    assert _date(lead) != "1986-12-09"


def test_christmas_of_a_year_still_gives_the_year() -> None:
    lead = "Chiều 23-12, đoàn công tác của UBND tỉnh đã đến thăm, chúc mừng Giáng sinh năm 2025 tại Tòa Giám mục."
    assert _date(lead) == "2025-12-23"
