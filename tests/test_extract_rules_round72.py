"""Round seventy-two of issue 13's rules, after the first looks of bn22 and bsc22: a provincial city that shares
its province's name holds the wards its lead lists; the leaders of listed communes among the guests do not make
the article their parent's; an aggregator's `2 giờ trước` line is furniture; `xã Hội Thịnh` is a commune, not
"society"; an event the lead places in a commune of another province than the headline's is that commune's; a
district named only as where a leader visits one commune gives way to the commune. People are made up; units
are real ones."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER, locality_of


def test_a_provincial_city_holds_the_wards_its_lead_lists() -> None:
    level, name, review = locality_of(
        "Thành phố Lào Cai trao Huy hiệu Đảng đợt 7/11",
        "Ngày 6/11, đồng chí Trần Thị Mai, Bí thư Thành ủy Lào Cai đã trao Huy hiệu Đảng cho các đảng viên "
        "lão thành thuộc các đảng bộ phường Kim Tân, Cốc Lếu và Duyên Hải.",
    )
    assert (level, name) == ("thành phố", "Lào Cai")
    assert review


def test_the_leaders_of_two_communes_among_the_guests_leave_the_organising_commune() -> None:
    where = locality_of(
        "Tân Hiệp: Khởi công cầu giao thông nông thôn",
        "Ngày 12/4, UBND xã Tân Hiệp phối hợp với nhà tài trợ tổ chức khởi công cầu giao thông nông thôn. "
        "Đến dự có ông Lê Văn Bình, Phó Chủ tịch UBND huyện Châu Thành; lãnh đạo hai xã Tân Hiệp và Long Hựu.",
    )[:2]
    assert where == ("xã", "Tân Hiệp")


def test_working_with_the_leaders_of_five_communes_is_about_their_parent() -> None:
    where = locality_of(
        "Bí thư Thành ủy làm việc với các xã phía Bắc",
        "Chiều 7/12, Bí thư Thành ủy Hà Nội Trần Văn Nam chủ trì buổi làm việc với lãnh đạo 5 xã Sóc Sơn, "
        "Nội Bài, Trung Giã, Đa Phúc, Kim Anh.",
    )[:2]
    assert where != ("xã", "Sóc Sơn")


def test_an_aggregators_age_line_is_not_the_lead() -> None:
    text = (
        "Phó Chủ tịch Quốc hội dự Ngày hội Đại đoàn kết ở Bắc Kạn\n\n2 giờ trướcBài gốc\n"
        "Trong không khí ngày hội, Phó Chủ tịch Quốc hội Trần Văn Nam vui mừng vì xã Yên Cư trở thành điểm sáng "
        "của huyện. Nhân dân tỉnh Bắc Kạn sẽ tiếp tục đoàn kết.\n\n" + FILLER * 3
    )
    found = extract(text).locality
    assert (found.value.level, found.value.name) == ("xã", "Yên Cư")


def test_hoi_thinh_is_a_commune_and_xa_hoi_is_society() -> None:
    where = locality_of(
        "Đại hội Đại biểu Đảng bộ xã Hội Thịnh lần thứ Nhất",
        "Ngày 26/7/2025, Đảng bộ xã Hội Thịnh đã tổ chức Đại hội Đại biểu lần thứ Nhất, nhiệm kỳ 2025-2030.",
    )[:2]
    assert where == ("xã", "Hội Thịnh")
    plain = locality_of(
        "Hội nghị phát triển kinh tế - xã hội",
        "Ngày 26/7/2025, UBND tỉnh Phú Thọ tổ chức hội nghị bàn giải pháp phát triển kinh tế - xã hội.",
    )
    assert plain[:2] == ("tỉnh", "Phú Thọ")


def test_the_guests_province_gives_way_to_the_commune_of_another_province_that_holds_the_event() -> None:
    level, name, review = locality_of(
        "Các đồng chí lãnh đạo tỉnh Lai Châu dự khai mạc lễ hội xuống đồng",
        "Sáng 2/3/2023, tại xã Tả Van, thị xã Sa Pa (tỉnh Lào Cai) đã khai mạc lễ hội xuống đồng năm 2023.",
    )
    assert (level, name) == ("xã", "Tả Van")
    assert review


def test_a_province_that_takes_part_in_another_provinces_venue_stays() -> None:
    where = locality_of(
        "Lai Châu tham gia triển lãm thành tựu",
        "Ngày 28/8, tỉnh Lai Châu tham gia triển lãm thành tựu kinh tế tại Trung tâm Triển lãm, "
        "xã Tả Van, thị xã Sa Pa, tỉnh Lào Cai.",
    )[:2]
    assert where == ("tỉnh", "Lai Châu")


def test_a_district_named_only_as_where_a_leader_visits_one_commune_gives_way_to_it() -> None:
    level, name, review = locality_of(
        "Chủ tịch UBND tỉnh chúc mừng Lễ Giáng sinh",
        "(BTV) Tại huyện Lương Tài, sáng 21/12, đồng chí Trần Thị Mai, Chủ tịch UBND tỉnh đến thăm, chúc mừng "
        "giáo dân thuộc giáo họ Phú Văn, xã Trung Kênh nhân dịp Lễ Giáng sinh năm 2021. Cùng đi có đồng chí Lê Văn "
        "Bình, Phó Chủ tịch HĐND tỉnh; lãnh đạo huyện Lương Tài.",
    )
    assert (level, name) == ("xã", "Trung Kênh")
    assert review
