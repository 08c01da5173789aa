"""Round forty-four of issue 13's rules, from the misses left on all the sets: a page whose first line is one
sentence with no time in it, and no headline above it, offers that line whole as its title (flagged), not a cut
of it. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

LONG_LINE = ("Đảng ủy xã Hòa An tổ chức hội nghị Ban Chấp hành mở rộng triển khai nhiệm vụ trọng tâm quý IV và chuẩn "
             "bị tổ chức Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030.")


def test_a_lone_first_sentence_is_offered_whole_as_the_title_and_flagged() -> None:
    title = extract(f"{LONG_LINE}\n\nChiều ngày 04/8/2025, đồng chí Lê Văn Hà, Bí thư Đảng ủy xã chủ trì. {FILLER * 3}").title
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
