"""Round thirty-nine of issue 13's rules: a provincial story that names one commune of the province, and tells of
it in the headline or lead in its own right, is that commune's news (flagged for the editor). People are made up;
units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from tests.ingest_helpers import ROOT, locality_of

CORPUS = ROOT / "tests" / "corpus"


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 30/1/2026, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lạng Sơn Lê Văn Hà dẫn đầu đoàn công tác của Tỉnh "
        "ủy, HĐND, UBND tỉnh Lạng Sơn đã đến chúc Tết cán bộ, chiến sĩ làm nhiệm vụ trên tuyến biên giới thuộc xã "
        "Đồng Đăng.",
        "Ngày 5/11/2025, gần 300 cán bộ, chiến sĩ trên địa bàn tỉnh Lạng Sơn được huy động đến xã Đồng Đăng để khắc "
        "phục sạt lở đất.",
    ],
)
def test_the_one_commune_a_provincial_story_tells_of_is_chosen_and_flagged(lead: str) -> None:
    level, name, review = locality_of("Lãnh đạo tỉnh Lạng Sơn đến với lực lượng nơi biên giới", lead)
    assert (level, name) == ("xã", "Đồng Đăng")
    assert "xã Đồng Đăng" in review and "tỉnh Lạng Sơn" in review


def test_a_second_commune_leaves_the_province_flagged() -> None:
    level, name, review = locality_of(
        "Lãnh đạo tỉnh Lạng Sơn kiểm tra khắc phục sạt lở",
        "Ngày 5/11/2025, Phó Chủ tịch UBND tỉnh Lạng Sơn Lê Văn Hà cùng đoàn công tác của tỉnh Lạng Sơn đã kiểm tra "
        "công tác khắc phục sạt lở đất của xã Đồng Đăng và xã Cao Lộc.",
    )
    assert (level, name) == ("tỉnh", "Lạng Sơn")
    assert review


def test_a_commune_named_only_as_the_venue_leaves_the_province() -> None:
    level, name, _ = locality_of(
        "Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII",
        "Sáng 14/10/2025, tại Trung tâm Hội nghị tỉnh (xã Đồng Đăng), Đảng bộ tỉnh Lạng Sơn tổ chức Đại hội đại "
        "biểu lần thứ XVIII.",
    )
    assert (level, name) == ("tỉnh", "Lạng Sơn")


def test_a_commune_named_only_in_an_office_leaves_the_province() -> None:
    level, name, _ = locality_of(
        "HĐND tỉnh Lạng Sơn bầu bổ sung Phó Chủ tịch UBND tỉnh",
        "Ngày 20/11/2025, HĐND tỉnh Lạng Sơn tổ chức kỳ họp chuyên đề, bầu ông Lê Văn Hà, Bí thư Đảng ủy xã Đồng Đăng, "
        "giữ chức Phó Chủ tịch UBND tỉnh.",
    )
    assert (level, name) == ("tỉnh", "Lạng Sơn")


def test_a_border_visit_on_a_real_page_is_the_communes() -> None:
    page = CORPUS / "isc2" / "023_tay-ninh-pho-bi-thu-chuc-tet-bien-gioi-xa-tan-lap.txt"
    found = extract(page.read_text(encoding="utf-8")).locality
    assert (found.value.level, found.value.name, found.value.province) == ("xã", "Tân Lập", "Tây Ninh")
    assert found.review
