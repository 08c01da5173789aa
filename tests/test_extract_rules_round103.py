"""Round one hundred and three of issue 13's rules, after bsc44 007 and 014 and bsc46 010: a round-up is its
province's. Paragraphs that report from units of one tier (`TP X …` then `Tại huyện Y, …`) before 1 July 2025 give
the province, as communes do after it; a headline or lead that counts the places (`tại 3 địa phương ở X`,
`nhiều địa phương ở TP. Y`) keeps the one commune a caption or paragraph addresses from being taken for the article's.
People are made up; units are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, extract_page


def test_a_provincial_city_then_a_district_reported_alike_is_the_provinces_story() -> None:
    found = extract_page(
        "Mưa lớn gây ngập nhiều nơi",
        "Sáng 12/10/2024, mưa lớn gây ngập úng nhiều tuyến đường ở TP Tuy Hòa (Phú Yên), ảnh hưởng đến đời sống.",
        "Nhiều tuyến đường nội thị bị ngập sâu, người dân phải dùng thuyền để đi lại trong khu phố.",
        "Tại huyện Tây Hòa, nhiều khu vực cũng bị ngập sâu, ông Lê Văn Hùng - Chủ tịch UBND huyện cho biết.",
    ).locality
    assert (found.value.level, found.value.name) == ("tỉnh", "Phú Yên")
    assert "Tây Hòa" in found.review


def test_a_provincial_city_told_alone_stays_the_city() -> None:
    found = extract_page(
        "Mưa lớn gây ngập nhiều nơi",
        "Sáng 12/10/2024, mưa lớn gây ngập úng nhiều tuyến đường ở TP Tuy Hòa (Phú Yên), ảnh hưởng đến đời sống.",
        "Nhiều tuyến đường nội thị bị ngập sâu, người dân phải dùng thuyền để đi lại trong khu phố.",
    ).locality
    assert (found.value.level, found.value.name) == ("thành phố", "Tuy Hòa")


def test_places_counted_in_the_lead_keep_the_first_commune_from_being_the_articles() -> None:
    page = (
        "Người dân vui mừng nhận quà Tết Độc lập\n\n"
        "Ngày 31/8/2025, nhiều địa phương ở TP. Cần Thơ đồng loạt cấp phát quà cho Nhân dân.\n\n"
        "Tại xã Mỹ Tú (TP. Cần Thơ), Phó Chủ tịch UBND xã Nguyễn Văn Trí cho biết, xã có hơn 38.000 dân.\n\n"
        f"{FILLER * 3}\n\n"
        "Ở xã Trần Đề, chính quyền lập 13 tổ cấp phát tại 13 ấp, Chủ tịch UBND xã Hồ Văn Đại cho biết.\n"
    )
    found = extract(page).locality
    assert found.value.name != "Mỹ Tú"
    assert found.review


def test_a_commune_addressed_in_a_caption_under_a_counted_headline_is_not_the_articles() -> None:
    found = extract_page(
        "Khánh thành 18 cây cầu tại 3 địa phương ở Đồng Tháp",
        "Những chiếc cầu được xây dựng bằng bê-tông cốt thép, dài từ 25 đến 40m, tại 3 huyện, thành phố của tỉnh.",
        "Cắt băng khánh thành cầu tại ấp An Ninh, xã An Khánh, huyện Châu Thành, tỉnh Đồng Tháp.",
        "Ngày 20/3/2024, Tỉnh đoàn Đồng Tháp khánh thành 11 cầu tại thành phố Sa Đéc, huyện Lai Vung, huyện "
        "Châu Thành và khởi công 7 cầu ở các địa phương này.",
    ).locality
    assert (found.value.level, found.value.name) == ("tỉnh", "Đồng Tháp")


def test_one_commune_addressed_without_a_count_is_still_where_it_happened() -> None:
    found = extract_page(
        "Khánh thành cầu giao thông nông thôn ở Đồng Tháp",
        "Ngày 20/3/2024, Tỉnh đoàn khánh thành cầu tại ấp An Ninh, xã An Khánh, huyện Châu Thành, tỉnh Đồng Tháp.",
    ).locality
    assert (found.value.level, found.value.name) == ("xã", "An Khánh")
