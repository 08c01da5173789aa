"""Rounds eighty-seven and eighty-eight of issue 13's rules, after the first looks of bn33 and bsc33: the hub of a
nationwide ceremony (`tại điểm cầu trung tâm … Thành phố Hồ Chí Minh`) is not the unit an article from one of its
linked points is about; a line of tags between the headline and the lead (`Người khuyết tật Tin từ thiện`) is not the
headline when the lead tells far more of the line above it. People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER


def test_a_national_ceremonys_hub_is_not_the_articles_unit() -> None:
    lead = (
        "Sáng nay 19/4, tại điểm cầu trung tâm Nhà ga T3 Cảng hàng không quốc tế Tân Sơn Nhất Thành phố Hồ Chí Minh, "
        "Thủ tướng Chính phủ chủ trì lễ khởi công 80 dự án trên địa bàn 34 tỉnh, thành phố. Tại điểm cầu Thanh Hóa, "
        "dự lễ khởi công dự án Đại lộ Nam Sông Mã có đồng chí Lê Văn Nam, Phó Bí thư Tỉnh ủy."
    )
    found = extract(f"Khởi công xây dựng đại lộ Nam Sông Mã giai đoạn 2\n{lead}\n\n" + FILLER * 3).locality
    assert found.value.name != "Hồ Chí Minh"


def test_a_line_of_tags_under_the_headline_is_not_the_headline() -> None:
    headline = "Trường Trung cấp Á Châu trao tặng quà Tết tại xã Phước Thạnh"
    lead = (
        "Sáng ngày 26.01.2026, tại Hội trường UBND xã Phước Thạnh, Hội Bảo trợ người khuyết tật tỉnh Tây Ninh đã phối "
        "hợp với trường Trung cấp Á Châu tổ chức tặng quà Tết cho các hộ người khuyết tật trên địa bàn xã Phước Thạnh."
    )
    found = extract(f"{headline}\n\nNgười khuyết tật Tin từ thiện\n\n{lead}\n\n" + FILLER * 3)
    assert found.title.value == headline
