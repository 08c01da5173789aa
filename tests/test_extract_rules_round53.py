"""Round fifty-three of issue 13's rules, after this session's look at the fresh pairs' dates: a range of three
days (`Trong các ngày 18,19 và 20/5/2020`) or of two days with their parts (`Chiều ngày 03 và sáng ngày 04/5`) is
dated by its first day, as a two-day `ngày 11 và 12/8` already was; two dates joined by `và` stay two dates, and a
day that no month has is no event date. A headline read from the first line of a text that opens with a page's date
marker (` date 2025-11-19 …`: a page's body cut out without its own headline) is flagged, since that line is now and
then a photo's caption or a subheading; so is one that holds a lead's day and its comma (`… năm 2025, sáng ngày
22/01/2025, Đảng ủy …`: a lead cut into lines). `Trong ngày làm việc thứ ba, …` is no lead's time: the paragraph
after the lead that opens so does not take the lead's place. People are made up; units are real ones of the
gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

HEADLINE = "Đại hội đại biểu Đảng bộ huyện Yên Phong lần thứ XXI"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Trong các ngày 18,19 và 20/5/2020", "2020-05-18"),
        ("Chiều ngày 03 và sáng ngày 04/5/2024", "2024-05-03"),
        ("Trong hai ngày 11 và 12/8/2023", "2023-08-11"),
    ],
)
def test_a_range_of_days_is_dated_by_its_first(opening: str, expected: str) -> None:
    lead = f"{opening}, Đảng bộ huyện Yên Phong tổ chức Đại hội đại biểu lần thứ XXI. {FILLER * 3}"
    assert extract(f"{HEADLINE}\n\n{lead}").date.value == expected


def test_two_dates_joined_by_and_are_not_one_range() -> None:
    lead = f"Trong hai ngày 31-1 và 1-2-2024, Đảng bộ huyện Yên Phong tổ chức Đại hội. {FILLER * 3}"
    assert extract(f"{HEADLINE}\n\n{lead}").date.value == "2024-01-31"


def test_a_day_no_month_has_is_no_event_date() -> None:
    lead = f"Sáng 31/2/2024, Đảng bộ huyện Yên Phong tổ chức Đại hội đại biểu lần thứ XXI. {FILLER * 3}"
    found = extract(f"{HEADLINE}\n\n{lead}")
    assert found.date.value is None
    assert found.date.review  # the editor is told no date was taken


CAPTION_LINE = "Cử tri phường Hương Trà nêu ý kiến tại buổi tiếp xúc cử tri"
BODY = f"Tại buổi tiếp xúc, ông Trần Văn Bình thông tin tình hình kinh tế - xã hội của phường. {FILLER * 3}"


@pytest.mark.parametrize("marker", [" date 2025-11-19 ", " date 2025-11-19\n"])
def test_the_first_line_under_a_pages_date_marker_is_a_flagged_headline(marker: str) -> None:
    found = extract(f"{marker}{CAPTION_LINE}\n\n{BODY}")
    assert found.title.value == CAPTION_LINE
    assert "dấu ngày của trang" in found.title.review and CAPTION_LINE[:40] in found.title.review


def test_the_same_line_heading_a_page_is_its_headline() -> None:
    found = extract(f"{CAPTION_LINE}\n\nNgày 19/11/2025, {BODY}")
    assert found.title.value == CAPTION_LINE
    assert not found.title.review


def test_a_headline_holding_a_leads_day_and_comma_is_flagged() -> None:
    cut = "Nguyên đán năm 2025, sáng ngày 22/01/2025, Đảng ủy, HĐND, UBND"
    page = f"{cut}\nxã Xuân Thọ tổ chức viếng Đền thờ liệt sĩ xã.\n\n{BODY}"
    found = extract(page)
    assert found.title.value == cut
    assert "ngày 22/01/2025," in (found.title.review or "")


def test_a_later_day_of_a_congress_does_not_take_the_leads_place() -> None:
    page = (
        "Ông Trần Văn Bình tái đắc cử Bí thư Huyện ủy Châu Thành\n\n"
        "(THTG) Sau 3 ngày làm việc, ngày 05-8, Đại hội Đại biểu Đảng bộ huyện Châu Thành lần thứ XII đã bế mạc. "
        f"{FILLER}\n\n"
        "Trong ngày làm việc thứ ba, ông Trần Văn Bình, Ủy viên Ban Chấp hành Đảng bộ tỉnh Tiền Giang tiếp tục tái đắc "
        f"cử Bí thư Huyện ủy; Đại hội bầu 26 đại biểu dự Đại hội Đảng bộ tỉnh Tiền Giang. {FILLER}"
    )
    found = extract(page).locality.value
    assert (found.level, found.name) == ("huyện", "Châu Thành")
