"""Round sixty-eight of issue 13's rules, after the first looks of bn18 and bsc18: a delegation of cadres of one
province (`Đoàn cán bộ … TPHCM`) giving gifts in another is about the province it went to, and then about the one
commune the lead writes with its address there; a body of another province (`Thành ủy TPHCM`) is no organiser of
the province visited; a portal's empty region label (`Page Content`) is furniture, not a byline. People are made
up; units are real ones."""

from __future__ import annotations

from tests.ingest_helpers import FILLER, extract_page, locality_of

HEADLINE = "Đoàn cán bộ TPHCM tặng quà gia đình chính sách ở Thái Nguyên"


def test_a_delegation_of_cadres_gives_the_commune_it_went_to() -> None:
    lead = (
        "Sáng 12-11-2025, Đoàn cán bộ tuyên giáo và dân vận, báo chí - xuất bản TPHCM đã tặng 31 phần quà cho các "
        "gia đình chính sách ở xã Phú Đình, tỉnh Thái Nguyên."
    )
    level, name, review = locality_of(HEADLINE, lead)
    assert (level, name) == ("xã", "Phú Đình")
    assert "xã Phú Đình, tỉnh Thái Nguyên" in review


def test_another_provinces_party_committee_is_no_organiser_of_the_province_visited() -> None:
    lead = (
        "Sáng 12-11-2025, tiếp nối hành trình do Ban Tuyên giáo và Dân vận Thành ủy TPHCM tổ chức, Đoàn cán bộ "
        "báo chí TPHCM đã tặng 31 phần quà cho các gia đình chính sách ở xã Phú Đình, tỉnh Thái Nguyên."
    )
    assert locality_of(HEADLINE, lead)[:2] == ("xã", "Phú Đình")


def test_a_portals_region_label_is_no_byline() -> None:
    lead = "Sáng ngày 3/2/2025, tại xã Thiệu Vũ đã tổ chức Lễ phát động Tết trồng cây. " + FILLER
    result = extract_page("Lễ phát động Tết trồng cây tại xã Thiệu Vũ", lead, "Page Content")
    assert result.author.value is None
