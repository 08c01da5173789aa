"""Round sixty-seven of issue 13's rules, after the first looks of bn17 and bsc17: a commune written with its
district's level abbreviated (`xã Xuân Lâm TX Sông Cầu`) is addressed in that district; a province's delegation
that hands over aid in another province is about the province it went to; `Nguồn tin: A, Đài …` credits A; a
keywords heading (`Từ khóa`) ends the article, so the sign-off before it is read; a sign-off the scrape put after
the end mark `./.` on the last paragraph's line is read. People are made up (but for one real page); units are
real ones."""

from __future__ import annotations

from pathlib import Path

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, locality_of

CORPUS = Path(__file__).parent / "corpus"
BUILT = "Công trình có tổng kinh phí 1,4 tỷ đồng, gồm 5 phòng học và các hạng mục phụ trợ."


def test_a_commune_addressed_with_its_districts_level_abbreviated_is_chosen() -> None:
    lead = f"Sáng 24/3/2024, UBND xã Xuân Lâm TX Sông Cầu đã tổ chức khởi công xây dựng Trường tiểu học. {BUILT}"
    level, name, review = locality_of("TX Sông Cầu khởi công xây dựng Trường tiểu học Xuân Lâm", lead)
    assert (level, name) == ("xã", "Xuân Lâm")
    assert "thị xã Sông Cầu" in review


def test_a_delegation_handing_over_aid_in_another_province_is_about_that_province() -> None:
    lead = (
        "Tối 25-11-2025, đoàn công tác của TP HCM do ông Trần Văn Bình, Phó Bí thư Thành ủy làm Trưởng đoàn, đã đến "
        "phường Hòa Hiệp Trung, trao 10 tỉ đồng của Đảng bộ, chính quyền và người dân TP HCM cho tỉnh Đắk Lắk."
    )
    level, name, review = locality_of("TP HCM hỗ trợ Đắk Lắk khắc phục hậu quả mưa lũ", lead)
    assert (level, name) == ("tỉnh", "Đắk Lắk")
    assert review


LEAD = "Sáng 5/3/2025, UBND xã Dào San tổ chức lễ khánh thành cầu treo bản Pa Pe. " + FILLER


def test_a_source_credit_of_a_writer_and_her_station_credits_the_writer() -> None:
    page = f"Khánh thành cầu treo bản Pa Pe\n\n{LEAD}\n\nNguồn tin: Lò Thu Hà, Đài TT – TH Phong Thổ\n"
    assert extract(page).author.value == "Lò Thu Hà"


def test_the_sign_off_before_a_keywords_heading_is_the_byline() -> None:
    # a real page cut at the cap: `… xây mới.` / `HIẾU GIANG` / `Từ khóa` / its tags, the line a cut paragraph would be
    page = next((CORPUS / "bsc17").glob("014_*.txt")).read_text(encoding="utf-8")
    assert page.rstrip().endswith("Từ khóa\n\nxây nhà chiến dịch Quang Trung Khánh Hòa lũ lụt mưa lũ người dân vùng lũ")
    assert extract(page).author.value == "HIẾU GIANG"


def test_a_sign_off_after_the_end_mark_on_the_last_paragraphs_line_is_the_byline() -> None:
    last = "Công trình giúp bà con đi lại thuận tiện, yên tâm lao động sản xuất./. Lò Thu Hà |"
    assert extract(f"Khánh thành cầu treo bản Pa Pe\n\n{LEAD}\n\n{last}\n").author.value == "Lò Thu Hà"
