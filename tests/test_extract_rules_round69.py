"""Round sixty-nine of issue 13's rules, after the first looks of bn19 and bsc19: a province chosen where the lead
also names the city of its name (`Bảo tàng tỉnh Bạc Liêu … (TP. Bạc Liêu)`) is flagged, as round sixty-one flags
the city chosen where the province may be meant. People are made up; units are real ones."""

from __future__ import annotations

from tests.ingest_helpers import locality_of

HEADLINE = "UBND tỉnh kiểm tra tiến độ thi công Bảo tàng tỉnh Bạc Liêu"


def test_a_province_chosen_over_the_city_of_its_name_in_the_lead_is_flagged() -> None:
    lead = (
        "Sáng 19/4/2025, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh đã đến kiểm tra tiến độ thi công Bảo tàng tỉnh "
        "Bạc Liêu đặt trong khu nhà văn hóa cũ (TP. Bạc Liêu)."
    )
    level, name, review = locality_of(HEADLINE, lead)
    assert (level, name) == ("tỉnh", "Bạc Liêu")
    assert "thành phố Bạc Liêu" in review


def test_a_province_whose_lead_names_no_city_of_its_name_is_not_flagged_for_it() -> None:
    lead = (
        "Sáng 19/4/2025, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh Bạc Liêu đã chủ trì hội nghị trực tuyến với "
        "các sở, ngành về tiến độ các công trình trọng điểm của tỉnh Bạc Liêu."
    )
    _, _, review = locality_of("Tỉnh Bạc Liêu đẩy nhanh tiến độ các công trình trọng điểm", lead)
    assert "trùng tên tỉnh" not in review
