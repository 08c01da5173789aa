"""Round sixty-six of issue 13's rules, after the first looks of bn16 and bsc16: the one rural commune (`xã`) a
province's article names as the venue is where its leaders went, while a ward (`phường`, where provincial bodies
sit) and an event a provincial body holds stay the province's; an update stamp in brackets is the page's date, not
its headline; a headline's `đợt 03/02/2026` is its own; the weekday a lead gives an undated day fixes its year.
People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, extract_page, locality_of

VISIT = "Phó Thủ tướng thăm hỏi bà con vùng lũ tỉnh Sơn La"
GIFTS = "đã đến thăm, động viên và trao quà cho các hộ dân bị ngập sâu"
FLOODED = "nơi được xem là rốn lũ của tỉnh."
VISITORS = "Chiều 30/10/2025, Phó Thủ tướng Trần Văn Nam cùng đoàn công tác Trung ương và lãnh đạo tỉnh Sơn La"


def test_the_one_rural_commune_visited_is_the_locality() -> None:
    lead = f"{VISITORS} {GIFTS} tại bản Pá Mồng, xã Tà Xùa, {FLOODED}"
    level, name, review = locality_of(VISIT, lead)
    assert (level, name) == ("xã", "Tà Xùa")
    assert "Tà Xùa" in review  # flagged: the editor settles commune against province


def test_a_ward_visited_leaves_the_province_flagged() -> None:
    lead = f"{VISITORS} {GIFTS} tại tổ 5, phường Tô Hiệu, {FLOODED}"
    level, name, review = locality_of(VISIT, lead)
    assert (level, name) == ("tỉnh", "Sơn La")
    assert "Tô Hiệu" in review


def test_a_provincial_body_holding_its_event_in_a_commune_keeps_the_province() -> None:
    lead = (
        "Sáng 5/3/2026, Tỉnh đoàn Sơn La tổ chức lễ ra quân Tháng Thanh niên năm 2026 tại bản Pá Mồng, xã Tà Xùa, "
        "nơi có đông đồng bào dân tộc thiểu số."
    )
    assert locality_of("Tỉnh đoàn Sơn La ra quân Tháng Thanh niên", lead)[:2] == ("tỉnh", "Sơn La")


def test_an_update_stamp_in_brackets_is_the_page_date_not_the_headline() -> None:
    headline = "Đại biểu HĐND tỉnh tiếp xúc cử tri xã Tà Xùa"
    lead = "Sáng 18/12/2023, tại trụ sở xã Tà Xùa, tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri."
    result = extract_page("Skip to main content", headline, "( Cập nhật lúc: 19/12/2023  )", lead, FILLER)
    assert result.title.value == headline
    assert result.date.value == "2023-12-18"


def test_a_headline_ending_in_its_rounds_date_keeps_it() -> None:
    headline = "Đảng bộ phường Tô Hiệu tổ chức Lễ trao tặng Huy hiệu Đảng đợt 03/02/2026"
    result = extract_page(headline, "Sáng ngày 30/01/2026, Đảng bộ phường Tô Hiệu tổ chức lễ trao Huy hiệu Đảng.")
    assert result.title.value == headline


def _year_of(lead: str) -> tuple[str | None, str]:
    found = extract(f"Tổ dân phố tổ chức Tết Trung thu cho thiếu nhi\n\n{lead}\n\n" + FILLER * 3).date
    return found.value, found.review


def test_the_weekday_of_an_undated_day_fixes_its_year() -> None:
    lead = "Tối Chủ nhật, ngày 24/9, tổ dân phố trao thưởng thành tích học tập năm học 2022-2023 cho các cháu."
    value, review = _year_of(lead)
    assert value == "2023-09-24"  # 24/9 fell on a Sunday in 2023 only, of 2021 to 2024
    assert "Chủ nhật" in review


def test_a_year_the_weekday_rules_out_is_not_given() -> None:
    lead = "Tối thứ Bảy, ngày 24/9, tổ dân phố trao thưởng thành tích học tập năm học 2023-2024 cho các cháu."
    value, _ = _year_of(lead)
    assert value != "2023-09-24"  # the school year says 2023, but 24/9/2023 was a Sunday


def test_a_sessions_ordinal_is_no_weekday() -> None:
    headline = "Thường trực HĐND xã Tà Xùa chuẩn bị kỳ họp thứ 2"
    lead = "Chiều ngày 10/7, Thường trực HĐND xã Tà Xùa cho ý kiến chuẩn bị kỳ họp giữa năm 2025."
    assert extract(f"{headline}\n\n{lead}\n\n" + FILLER * 3).date.value == "2025-07-10"
