"""Fourth round of issue 13's rules: roles (list headings that a member's own titles already state, the
marks of the merger map, offices re-given with their unit named, unit names that go on in lower case,
the `;` that opens the next person's item, candidacies) and a province chosen while the article names a
unit inside it. Each rule on short sentences written for the purpose; names, places and dates are made up."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in mentions_in(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading that is a bare title adds nothing to members who write the office themselves
        ("Các phó bí thư gồm: ông Lê Văn Hà, Phó Bí thư Thường trực Huyện ủy; bà Lò Thị Mai, Phó Bí thư Huyện ủy, "
         "Chủ tịch UBND huyện.",
         {"Lê Văn Hà": ("Phó Bí thư Thường trực Huyện ủy",),
          "Lò Thị Mai": ("Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện")}),
        # a member writing the office without its unit: the heading is the same office
        ("Các Phó Bí thư Huyện ủy Sơn Lâm gồm: ông Lê Văn Hà, Phó Bí thư, Chủ tịch UBND huyện.",
         {"Lê Văn Hà": ("Phó Bí thư", "Chủ tịch UBND huyện")}),
        # `Thường trực` makes another office: the heading still reaches that member
        ("Các Phó Bí thư Huyện ủy gồm: ông Lê Văn Hà - Phó Bí thư Thường trực Huyện ủy; ông Vi Văn Tư - Chủ tịch "
         "UBND huyện.",
         {"Lê Văn Hà": ("Phó Bí thư Huyện ủy", "Phó Bí thư Thường trực Huyện ủy"),
          "Vi Văn Tư": ("Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện")}),
        # a bare `thành viên` heading gives no office
        ("Đoàn thư ký gồm 2 thành viên: ông Lê Văn Hà, Chánh Văn phòng Huyện ủy; bà Lò Thị Mai, chuyên viên.",
         {"Lê Văn Hà": ("Chánh Văn phòng Huyện ủy",), "Lò Thị Mai": ()}),  # (a staff post: no office)
    ],
)
def test_a_list_heading_is_not_given_twice_to_a_member_who_writes_its_office(text: str, expected: dict) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lê Văn Hà, Bí thư Huyện ủy Sơn Lâm trước sáp nhập, được phân công giữ chức vụ Chủ tịch HĐND xã "
         "Sơn Lâm mới.", ("Bí thư Huyện ủy Sơn Lâm trước sáp nhập", "Chủ tịch HĐND xã Sơn Lâm mới")),
        ("Ông Vi Văn Tư, Chủ tịch UBND huyện Tây Sơn cũ, được chỉ định giữ chức Chủ tịch UBND xã Tây Sơn sau "
         "hợp nhất.", ("Chủ tịch UBND huyện Tây Sơn cũ", "Chủ tịch UBND xã Tây Sơn sau hợp nhất")),
        # `mới` that means `just` before a verb is not a mark of the new map
        ("Ông Lê Văn Hà, Bí thư Đảng ủy xã Sơn Lâm mới nhận nhiệm vụ, phát biểu.", ("Bí thư Đảng ủy xã Sơn Lâm",)),
    ],
)
def test_the_marks_of_the_merger_map_stay_on_the_office(text: str, expected: tuple) -> None:
    assert mentions_in(text)[0].roles == expected


def test_a_heading_ending_with_a_comma_before_gom_is_distributed_without_its_term() -> None:
    text = ("Chỉ định 3 Phó Chủ tịch UBND xã Sơn Lâm mới nhiệm kỳ 2021–2026, gồm: ông Lê Văn Hà - Phó Chủ tịch "
            "UBND huyện cũ; ông Vi Văn Tư - Trưởng phòng Nội vụ huyện cũ.")
    assert _roles(text) == {
        "Lê Văn Hà": ("Phó Chủ tịch UBND xã Sơn Lâm mới", "Phó Chủ tịch UBND huyện cũ"),
        "Vi Văn Tư": ("Phó Chủ tịch UBND xã Sơn Lâm mới", "Trưởng phòng Nội vụ huyện cũ"),
    }


def test_an_office_given_again_with_its_unit_named_is_the_office_held() -> None:
    text = "Bà Lò Thị Mai, Phó Bí thư Huyện ủy, được chỉ định tiếp tục giữ chức Phó Bí thư Huyện ủy Sơn Lâm."
    assert mentions_in(text)[0].roles == ("Phó Bí thư Huyện ủy",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự lễ có ông Lê Văn Hà, Tư lệnh Binh đoàn 16 phát biểu.", ("Tư lệnh Binh đoàn 16",)),
        ("Ông Lê Văn Hà, Trưởng phòng Đào tạo Trường đại học Sơn Lâm phát biểu.",
         ("Trưởng phòng Đào tạo Trường đại học Sơn Lâm",)),
        ("Ông Lê Văn Hà - Hiệu trưởng Trường THCS & THPT Sơn Lâm phát biểu.",
         ("Hiệu trưởng Trường THCS & THPT Sơn Lâm",)),
        ("Ông Lê Văn Hà - Phó giám đốc Trung tâm Bồi dưỡng chính trị huyện phát biểu.",
         ("Phó giám đốc Trung tâm Bồi dưỡng chính trị huyện",)),
        ("Bà Lò Thị Mai, Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam phát biểu.", ("Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam",)),
        ("Ông Lê Văn Hà, Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh phát biểu.",
         ("Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh",)),
        ("Ông Vi Văn Tư, Phó Chủ tịch Hội đồng bầu cử Quốc gia làm Trưởng đoàn.",
         ("Phó Chủ tịch Hội đồng bầu cử Quốc gia",)),
    ],
)
def test_unit_names_that_go_on_in_lower_case_stay_whole(text: str, expected: tuple) -> None:
    assert mentions_in(text)[0].roles == expected


def test_the_offices_after_a_semicolon_that_opens_the_next_item_are_the_next_person_s() -> None:
    text = ("Dự có ông Lê Văn Hà - Giám đốc Công an tỉnh; Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh Lò Thị Mai; "
            "Trung tướng Vi Văn Tư - Chánh Thanh tra Bộ Quốc phòng, Giám đốc Sở Xây dựng Đinh Văn Năm.")
    assert _roles(text) == {
        "Lê Văn Hà": ("Giám đốc Công an tỉnh",),
        "Lò Thị Mai": ("Tỉnh ủy viên", "Phó Chủ tịch HĐND tỉnh"),
        "Vi Văn Tư": ("Chánh Thanh tra Bộ Quốc phòng",),
        "Đinh Văn Năm": ("Giám đốc Sở Xây dựng",),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a candidacy is not an office; the offices after the name are
        ("Ứng cử viên ĐBQH Lê Văn Hà, Bí thư Huyện ủy Sơn Lâm, trình bày chương trình hành động.",
         {"Lê Văn Hà": ("Bí thư Huyện ủy Sơn Lâm",)}),
        # a presidium is a body: speaking for it makes nobody its chairman
        ("Thay mặt Đoàn Chủ tịch, ông Lê Văn Hà, Bí thư Huyện ủy phát biểu khai mạc.",
         {"Lê Văn Hà": ("Bí thư Huyện ủy",)}),
    ],
)
def test_candidacies_and_a_presidium_give_no_office(text: str, expected: dict) -> None:
    assert _roles(text) == expected


def test_a_role_cut_by_the_page_s_end_after_a_dash_keeps_what_precedes_it() -> None:
    found = _roles_cut("Thư ký gồm: ông Lê Văn Hà, Chánh Văn phòng Huyện ủy - Trư")
    assert found == {"Lê Văn Hà": ("Chánh Văn phòng Huyện ủy",)}


def _roles_cut(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in mentions_in(text, cut=True)}


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a provincial department's groundbreaking of a bridge in a district
        ("Khởi công cầu Ba Lai\nSáng 12/3/2024, Sở Giao thông vận tải tỉnh Bến Tre tổ chức lễ khởi công cầu "
         "Ba Lai, huyện Giồng Trôm, tỉnh Bến Tre.", "huyện Giồng Trôm"),
        # a provincial leader inspects a site that the body places in a commune
        ("Lãnh đạo tỉnh Nghệ An kiểm tra đê biển\nChiều 9/10/2024, Chủ tịch UBND tỉnh Nghệ An kiểm tra công tác "
         "phòng chống bão.\nĐoàn kiểm tra tuyến đê thuộc địa bàn xã Quỳnh Lập.", "xã Quỳnh Lập"),
    ],
)
def test_a_province_chosen_while_a_unit_inside_it_is_named_is_flagged_with_that_unit(text: str, inside: str) -> None:
    found = extract(text).locality
    assert found.value.level == "tỉnh"
    assert inside in found.review


def test_a_provincial_city_is_not_read_as_a_province_over_its_communes() -> None:
    text = ("Thành phố Lào Cai tổng kết năm\nSáng 5/1/2024, UBND thành phố Lào Cai tổ chức hội nghị tổng kết năm "
            "2023. Xã Cam Đường được khen thưởng.")
    found = extract(text).locality
    assert (found.value.name, found.value.level) == ("Lào Cai", "thành phố")
    # not flagged as a province whose commune may be the subject (round 49 may still ask about a commune of the lead)
    assert "cụ thể hơn" not in found.review


def test_a_namesake_of_a_historical_figure_introduced_as_ong_with_an_office_is_an_official() -> None:
    from bantin.ingest.roster import find_officials

    people = find_officials(["Dự có ông Nguyễn Thái Học, Phó Bí thư Đảng ủy xã.",
                             "Đại biểu dâng hương tưởng niệm Chủ tịch Hồ Chí Minh và nhà yêu nước Nguyễn Thái Học."],
                            set())
    assert [(p.name, p.roles) for p in people] == [("Nguyễn Thái Học", ("Phó Bí thư Đảng ủy xã",))]


def test_abbreviated_offices_of_portal_news_split_at_dashes() -> None:
    text = "Dự có đồng chí Lê Văn Hà - PBTTT Huyện ủy - CTHĐND huyện; đồng chí Lò Thị Mai - UVBTV - TBDV HU."
    assert _roles(text) == {"Lê Văn Hà": ("PBTTT Huyện ủy", "CTHĐND huyện"), "Lò Thị Mai": ("UVBTV", "TBDV HU")}


def test_a_portal_s_page_title_is_not_the_headline_but_still_names_the_unit() -> None:
    text = ("Chi tiết bài viết - Xã Quỳnh Lập - Quỳnh Lưu\n\nKỲ HỌP THỨ 5, HĐND XÃ KHÓA XX\n\n"
            "Ngày 12/6/2023, HĐND xã tổ chức kỳ họp thứ năm.")
    found = extract(text)
    assert found.title.value == "KỲ HỌP THỨ 5, HĐND XÃ KHÓA XX"
    assert (found.locality.value.name, found.locality.value.level) == ("Quỳnh Lập", "xã")


def test_a_headline_ending_in_a_year_fused_with_its_section_and_lead_is_cut_from_both() -> None:
    text = ("Thời sự Nghệ An Nghệ An đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm 2024 Ngày 2/8, UBND "
            "tỉnh Nghệ An tổ chức hội nghị trực tuyến về giải ngân vốn đầu tư công.")
    assert extract(text).title.value == "Nghệ An đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm 2024"


def test_the_holder_an_appointment_replaces_is_an_official_without_a_written_office() -> None:
    from bantin.ingest.roster import find_officials

    people = find_officials(["Ông Lê Văn Hà, Phó Bí thư Tỉnh ủy, được chỉ định giữ chức Bí thư Tỉnh ủy thay cho ông "
                             "Vi Văn Tư được điều động nhận nhiệm vụ khác. Ông Lò Văn Năm phát biểu."], set())
    assert [(p.name, p.roles) for p in people] == [
        ("Lê Văn Hà", ("Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy")), ("Vi Văn Tư", ())]


def test_an_office_held_and_given_again_loses_its_term() -> None:
    text = "Đồng chí Lê Văn Hà, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy khóa XV tái cử chức vụ Bí thư Tỉnh ủy khóa XVI."
    assert mentions_in(text)[0].roles == ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy")


def test_a_page_cut_in_its_last_paragraph_after_a_photo_caption_keeps_both() -> None:
    text = ("Hội nghị hiệp thương lần thứ ba\n\nNgày 3/2/2026, Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương lần "
            "thứ ba.\n\nChủ tịch Ủy ban MTTQ tỉnh Lê Văn Hà phát biểu tại hội nghị. (Ảnh: Lò Văn Năm)\n\n"
            "Tại hội nghị, Phó Chủ tịch Ủy ban MTTQ tỉnh Vi Thị Mai cho biết các đại biểu đã thống nhất danh")
    names = {p.name for p in extract(text).officials}
    assert {"Lê Văn Hà", "Vi Thị Mai"} <= names


def test_an_office_led_by_phu_trach_before_a_name_is_read_with_the_title_before_it() -> None:
    text = "Dự có Trợ lý Chủ tịch nước, Phụ trách Văn phòng Chủ tịch nước Lê Văn Hà; ông Vi Văn Tư phụ trách lĩnh vực."
    assert _roles(text) == {"Lê Văn Hà": ("Trợ lý Chủ tịch nước", "Phụ trách Văn phòng Chủ tịch nước"), "Vi Văn Tư": ()}


def test_tan_before_an_office_after_a_name_is_not_part_of_it() -> None:
    assert mentions_in("Ông Lê Văn Hà, tân Phó Chủ tịch UBND tỉnh, phát biểu nhận nhiệm vụ.")[0].roles == (
        "Phó Chủ tịch UBND tỉnh",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Lê Văn Hà, Bí thư phường Tân Định, TP HCM.", ("Bí thư phường Tân Định",)),
        ("Ông Lê Văn Hà, Chủ tịch UBND xã Tân Phú, tỉnh Đồng Nai.", ("Chủ tịch UBND xã Tân Phú",)),
        # a parent body after a comma is still part of the office
        ("Ông Lê Văn Hà, Phó Vụ trưởng Vụ Địa phương II, Văn phòng Trung ương Đảng.",
         ("Phó Vụ trưởng Vụ Địa phương II, Văn phòng Trung ương Đảng",)),
    ],
)
def test_a_province_after_a_ward_s_office_is_its_address(text: str, expected: tuple) -> None:
    assert mentions_in(text)[0].roles == expected


def test_an_office_given_after_a_list_joined_by_semicolon_va_reaches_every_name() -> None:
    text = ("HĐND tỉnh đã bầu các ông Lê Văn Hà, Giám đốc Sở Tài chính; và ông Vi Văn Tư, Giám đốc Sở Xây dựng giữ "
            "chức Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021 - 2026. Ông Lò Văn Năm, Chánh Văn phòng; ông Đinh Văn Sáu "
            "được bầu giữ chức Ủy viên UBND tỉnh.")
    assert _roles(text) == {
        "Lê Văn Hà": ("Giám đốc Sở Tài chính", "Phó Chủ tịch UBND tỉnh"),
        "Vi Văn Tư": ("Giám đốc Sở Xây dựng", "Phó Chủ tịch UBND tỉnh"),
        "Lò Văn Năm": ("Chánh Văn phòng",),
        "Đinh Văn Sáu": ("Ủy viên UBND tỉnh",),
    }


def test_a_page_date_with_day_and_month_swapped_gives_the_event_s_year_flagged() -> None:
    from bantin.ingest.dates import find_date
    from bantin.ingest.page import parse_page

    found = find_date(parse_page(" date 2024-07-10 Chiều 7-10, UBND tỉnh họp phiên thường kỳ tháng 10."))
    assert found.value == "2024-10-07"
    assert found.review and "đảo" in found.review


def test_a_page_date_a_month_after_the_event_still_gives_its_year() -> None:
    from bantin.ingest.dates import find_date
    from bantin.ingest.page import parse_page

    assert find_date(parse_page(" date 2024-11-12 Chiều 5-10, UBND tỉnh họp phiên thường kỳ.")).value == "2024-10-05"


def test_a_spring_festival_of_a_year_in_the_lead_gives_the_year_of_a_january_event() -> None:
    from bantin.ingest.dates import find_date
    from bantin.ingest.page import parse_page

    found = find_date(parse_page("Ngày 28-1, Huyện ủy tổ chức trao Huy hiệu Đảng, họp mặt mừng Xuân Giáp Thìn 2024."))
    assert found.value == "2024-01-28"
    assert found.review and "Xuân Giáp Thìn 2024" in found.review
