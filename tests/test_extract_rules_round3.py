"""Third round of issue 13's rules (every region): years the text fixes without a page date, the venue
against the subject of an event, offices whose unit names run on in sentence case, and name boundaries.
Each rule on short sentences written for the purpose; names, places and dates are made up."""

from __future__ import annotations

import pytest

from bantin.ingest.dates import find_date
from bantin.ingest.page import parse_page


@pytest.mark.parametrize(
    ("text", "expected", "quoted"),
    [
        # a cited month with its year, a month before the event
        ("Chiều 3/11, UBND tỉnh họp phiên thường kỳ do Chủ tịch UBND tỉnh chủ trì.\nCác sở ngành cùng dự phiên "
         "họp này tại hội trường.\nPhiên họp thông qua báo cáo kinh tế - xã hội tháng 10/2023 của tỉnh.",
         "2023-11-03", "tháng 10/2023"),
        # a period of months ending just before the event
        ("Sáng 7/7, Thường trực HĐND huyện làm việc với các xã. Các đại biểu đánh giá kết quả 6 tháng đầu "
         "năm 2022 của huyện.", "2022-07-07", "6 tháng đầu năm 2022"),
        # a dated change the meeting prepares for
        ("Chiều 20/12, HĐND thị xã họp phiên cuối cùng trước khi sáp nhập vào thành phố từ ngày 1/1/2020.",
         "2019-12-20", "1/1/2020"),
        # a numbered session of the National Assembly and its term
        ("Sáng 2/6, đại biểu Quốc hội tiếp xúc cử tri xã Hòa Lộc trước kỳ họp thứ 5, Quốc hội khóa XV.",
         "2023-06-02", "Quốc hội khóa XV"),
        # the sitting that elects a council's officers follows the election of its term
        ("Sau khi có kết quả bầu cử đại biểu HĐND xã Mỹ Tân nhiệm kỳ 2016-2021, ngày 29/6, HĐND xã họp "
         "bầu các chức danh chủ chốt.", "2016-06-29", "nhiệm kỳ 2016-2021"),
    ],
)
def test_a_year_the_text_fixes_is_inferred_and_flagged_with_its_words(text: str, expected: str, quoted: str) -> None:
    found = find_date(parse_page(text))
    assert found.value == expected
    assert found.review and quoted in found.review


@pytest.mark.parametrize(
    "text",
    [
        # clues pointing to two different years: no guess
        "Sáng 9/1, huyện tổng kết công tác năm tại hội trường lớn.\nCác xã cùng dự hội nghị này theo hình thức "
        "trực tuyến.\nHội nghị nghe báo cáo tháng 12/2021 và bàn kế hoạch tháng 1/2023 của huyện.",
        # a founding date in an anniversary is history, not a neighbour
        "Sáng 2/9, xã tổ chức lễ kỷ niệm ngày thành lập Đảng bộ xã 3/9/1995 và trao huy hiệu Đảng.",
    ],
)
def test_no_year_is_guessed_from_conflicting_or_historical_dates(text: str) -> None:
    found = find_date(parse_page(text))
    assert found.value is None
    assert found.review


def test_an_article_without_an_event_date_keeps_the_page_date_over_a_cited_one() -> None:
    text = (
        "date 2024-03-12 Ban Thường vụ Tỉnh ủy đã ký quyết định điều động ông Lò Văn Mến giữ chức Bí thư Huyện ủy.\n"
        "Ông Mến sinh năm 1975, quê xã Phúc Lợi, từng giữ nhiều chức vụ ở huyện.\n"
        "Theo quyết định, huyện sẽ sáp nhập vào thị xã kể từ ngày 1/5/2024 theo nghị quyết của Ủy ban Thường vụ.\n"
    )
    found = find_date(parse_page(text))
    assert found.value == "2024-03-12"
