"""Round one hundred and ten of issue 13's rules, after bn52 and bsc52's first look (taken on round one hundred and
nine): `gặp mặt` after an office is the sentence's verb, not more of the organ; `UB kiểm tra` is the inspection
committee, and the offices after it are still read; after ông/bà, two common surnames open a five-word name (`bà
Đặng Nguyễn …`); a day without a year is never put before the latest document the text cites. People are made up."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, mentioned


def test_a_verb_after_an_office_is_not_part_of_the_organ() -> None:
    said = mentioned(
        "Đồng chí Trần Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh gặp mặt Đoàn đại biểu người có uy "
        "tín của tỉnh."
    )
    assert said == [("Trần Văn Hòa", ("Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"))]


def test_the_inspection_committee_abbreviated_keeps_the_offices_after_it() -> None:
    said = mentioned(
        "Tham dự kỳ họp có đồng chí Lê Quang Minh- Ủy viên thường vụ Thành ủy, Chủ nhiệm UB kiểm tra, Phó chủ tịch "
        "HĐND thành phố và các vị đại biểu HĐND phường."
    )
    assert said == [
        ("Lê Quang Minh", ("Ủy viên thường vụ Thành ủy", "Chủ nhiệm UB kiểm tra", "Phó chủ tịch HĐND thành phố"))
    ]


def test_two_common_surnames_after_an_honorific_open_a_five_word_name() -> None:
    said = mentioned("Dự hội nghị có bà Đặng Nguyễn Ngọc Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.")
    assert said == [("Đặng Nguyễn Ngọc Thu Hà", ("Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố",))]


def test_a_day_without_a_year_is_not_put_before_the_latest_document_cited() -> None:
    page = (
        "Công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy\n\n"
        "Sáng 4/3, tại trụ sở Tỉnh ủy, Đoàn kiểm tra số 12 đã công bố quyết định kiểm tra theo kế hoạch của Ban Bí "
        "thư.\n\n"
        "Nội dung kiểm tra tập trung vào việc thực hiện Chỉ thị số 01-CT/TW ngày 23/1/2026 và Nghị quyết số 57-NQ/TW "
        "ngày 22/12/2024 của Bộ Chính trị. " + FILLER * 2 + "\n"
    )
    assert extract(page).date.value == "2026-03-04"
