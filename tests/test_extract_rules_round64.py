"""Round sixty-four of issue 13's rules, after the first looks of bn14 and bsc14: a writer's line with the office
they write for in brackets, between the headline and a lead an outlet's domain opens, is a byline, not the
headline. People are made up; units are real ones."""

from __future__ import annotations

from tests.ingest_helpers import extract_page


def test_a_writer_and_office_line_under_the_headline_is_a_byline() -> None:
    headline = "HĐND xã Thượng Ninh tổ chức kỳ họp thường lệ cuối năm 2025"
    byline = "Quỳnh Nga (Trung tâm cung ứng dịch vụ công xã Thượng Ninh)"
    lead = "(Baothanhhoa.vn) - Chiều ngày 22/12, HĐND xã Thượng Ninh tổ chức kỳ họp thường lệ cuối năm."
    result = extract_page(f" date 2025-12-22 Hotline: 0822.173.636   |\n\n{headline}\n\n{byline}\n{lead}")
    assert result.title.value == headline
    assert result.author.value == "Quỳnh Nga"
