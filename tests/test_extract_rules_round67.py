"""Round sixty-seven of issue 13's rules, after the first looks of bn17 and bsc17: a commune written with its
district's level abbreviated (`xã Xuân Lâm TX Sông Cầu`) is addressed in that district; a province's delegation
that hands over aid in another province is about the province it went to; `Nguồn tin: A, Đài …` credits A; a
keywords heading (`Từ khóa`) ends the article, so the sign-off before it is read; a sign-off the scrape put after
the end mark `./.` on the last paragraph's line is read. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import CAP_BYTES, CAP_MIN_BYTES, extract
from tests.ingest_helpers import FILLER, locality_of

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
    # a page cut at the scraper's cap, ending `THU HÀ` / `Từ khóa` / its tags: the tags line, long enough to be a
    # paragraph the cap cut short, is no paragraph after a keywords heading, so the sign-off over it is read
    damage = "Theo thống kê, đợt mưa lũ vừa qua đã làm {} nhà sập, đổ và 294 nhà hư hỏng nặng, ảnh hưởng đến đời sống."
    tags = "xây cầu treo chiến dịch dân sinh Lai Châu lũ lụt mưa lũ người dân vùng cao"
    blocks = ["Khánh thành cầu treo bản Pa Pe", LEAD, *(damage.format(n) for n in range(10)), "THU HÀ", "Từ khóa", tags]
    page = "\n\n".join(blocks) + "\n\n"
    assert CAP_MIN_BYTES <= len(page.encode()) <= CAP_BYTES
    assert extract(page).author.value == "THU HÀ"


def test_a_sign_off_after_the_end_mark_on_the_last_paragraphs_line_is_the_byline() -> None:
    last = "Công trình giúp bà con đi lại thuận tiện, yên tâm lao động sản xuất./. Lò Thu Hà |"
    assert extract(f"Khánh thành cầu treo bản Pa Pe\n\n{LEAD}\n\n{last}\n").author.value == "Lò Thu Hà"
