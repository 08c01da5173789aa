"""Third round of issue 13's rules (every region): years the text fixes without a page date, the venue
against the subject of an event, offices whose unit names run on in sentence case, and name boundaries.
Each rule on short sentences written for the purpose; names, places and dates are made up."""

from __future__ import annotations

import pytest

from bantin.ingest.dates import find_date
from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.page import parse_page
from bantin.ingest.roster import find_officials


@pytest.mark.parametrize(
    ("text", "expected", "quoted"),
    [
        # a cited month with its year, a month before the event
        ("Chiều 3/11, UBND tỉnh họp phiên thường kỳ do Chủ tịch UBND tỉnh chủ trì.\nCác sở ngành cùng dự phiên "
         "họp này tại hội trường.\nPhiên họp thông qua báo cáo kinh tế - xã hội tháng 10/2023 của tỉnh.",
         "2023-11-03", "tháng 10/2023"),
        # a period of months ending just before the event
        ("Sáng 7/7, Thường trực HĐND huyện làm việc với các xã. Các đại biểu đánh giá kết quả 6 tháng đầu "
         "năm 2022 của huyện.", "2022-07-07", "6 tháng đầu năm 2022"),
        # a dated change the meeting prepares for
        ("Chiều 20/12, HĐND thị xã họp phiên cuối cùng trước khi sáp nhập vào thành phố từ ngày 1/1/2020.",
         "2019-12-20", "1/1/2020"),
        # a numbered session of the National Assembly and its term
        ("Sáng 2/6, đại biểu Quốc hội tiếp xúc cử tri xã Hòa Lộc trước kỳ họp thứ 5, Quốc hội khóa XV.",
         "2023-06-02", "Quốc hội khóa XV"),
        # the sitting that elects a council's officers follows the election of its term
        ("Sau khi có kết quả bầu cử đại biểu HĐND xã Mỹ Tân nhiệm kỳ 2016-2021, ngày 29/6, HĐND xã họp "
         "bầu các chức danh chủ chốt.", "2016-06-29", "nhiệm kỳ 2016-2021"),
    ],
)
def test_a_year_the_text_fixes_is_inferred_and_flagged_with_its_words(text: str, expected: str, quoted: str) -> None:
    found = find_date(parse_page(text))
    assert found.value == expected
    assert found.review and quoted in found.review


@pytest.mark.parametrize(
    "text",
    [
        # clues pointing to two different years: no guess
        "Sáng 9/1, huyện tổng kết công tác năm tại hội trường lớn.\nCác xã cùng dự hội nghị này theo hình thức "
        "trực tuyến.\nHội nghị nghe báo cáo tháng 12/2021 và bàn kế hoạch tháng 1/2023 của huyện.",
        # a founding date in an anniversary is history, not a neighbour
        "Sáng 2/9, xã tổ chức lễ kỷ niệm ngày thành lập Đảng bộ xã 3/9/1995 và trao huy hiệu Đảng.",
    ],
)
def test_no_year_is_guessed_from_conflicting_or_historical_dates(text: str) -> None:
    found = find_date(parse_page(text))
    assert found.value is None
    assert found.review


def test_an_article_without_an_event_date_keeps_the_page_date_over_a_cited_one() -> None:
    text = (
        "date 2024-03-12 Ban Thường vụ Tỉnh ủy đã ký quyết định điều động ông Lò Văn Mến giữ chức Bí thư Huyện ủy.\n"
        "Ông Mến sinh năm 1975, quê xã Phúc Lợi, từng giữ nhiều chức vụ ở huyện.\n"
        "Theo quyết định, huyện sẽ sáp nhập vào thị xã kể từ ngày 1/5/2024 theo nghị quyết của Ủy ban Thường vụ.\n"
    )
    found = find_date(parse_page(text))
    assert found.value == "2024-03-12"


def _locality(text: str) -> tuple[tuple[str | None, str | None], str]:
    found = extract(text).locality
    return (found.value.name, found.value.level), found.review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial body's conference held at a district's party office
        ("Hà Tĩnh chuẩn bị nơi làm việc cho cán bộ từ Bắc Kạn\nSáng 3/4/2025, tại Huyện ủy Sơn Lâm, tỉnh Bắc Kạn, "
         "Ban Thường vụ Tỉnh ủy "
         "Hà Tĩnh tổ chức hội nghị triển khai chủ trương hợp nhất.", ("Hà Tĩnh", "tỉnh")),
        # a provincial council's meeting about several of its districts
        ("Góp ý báo cáo giám sát nông thôn mới\nNgày 2/6/2021, Thường trực HĐND tỉnh Sơn La tổ chức "
         "cuộc họp góp ý dự thảo báo cáo giám sát tại UBND các huyện Sơn Lâm, Tây Hòa và Đông Hòa.",
         ("Sơn La", "tỉnh")),
        # a delegation's voter meeting held in one ward and linked to every commune of the province
        ("Cử tri gửi gắm nhiều kiến nghị\nSáng 9/12/2025, tại phường Tây Hòa, Đoàn ĐBQH tỉnh Sơn La tổ chức hội nghị "
         "tiếp xúc cử tri, kết nối 60 điểm cầu xã, phường trong toàn tỉnh.", ("Sơn La", "tỉnh")),
    ],
)
def test_a_provincial_meeting_held_in_a_unit_is_the_province_s_and_flagged(text: str, expected: tuple) -> None:
    value, review = _locality(text)
    assert value == expected
    assert review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the delegation meets the voters of one commune: the commune
        ("Đoàn ĐBQH tiếp xúc cử tri xã Tây Hòa\nSáng 9/12/2025, Đoàn ĐBQH tỉnh Sơn La tổ chức hội nghị tiếp xúc cử "
         "tri tại xã Tây Hòa.", ("Tây Hòa", "xã")),
        # a decision on a district's own secretary, announced there: the district
        ("Công bố quyết định chỉ định Bí thư Huyện ủy Sơn Lâm\nSáng 2/10/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị "
         "công bố quyết định về công tác cán bộ tại huyện Sơn Lâm.", ("Sơn Lâm", "huyện")),
    ],
)
def test_a_unit_that_is_the_subject_stays_the_locality(text: str, expected: tuple) -> None:
    assert _locality(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Đặng Văn Tư - Phó Trưởng phòng Quản trị, Văn phòng Tỉnh ủy; ông Lò Văn Chín dự.",
         ("Phó Trưởng phòng Quản trị, Văn phòng Tỉnh ủy",)),
        ("Bà Lê Thị Năm, Phó Chủ tịch Điều hành HĐND tỉnh phát biểu.", ("Phó Chủ tịch Điều hành HĐND tỉnh",)),
        ("Bà Hoàng Thị Bảy - Phó Trưởng ban Công tác Nông dân - Hội Nông dân tỉnh; ông Lò Văn Chín dự.",
         ("Phó Trưởng ban Công tác Nông dân - Hội Nông dân tỉnh",)),
        ("Ông Lê Văn Tám, Ủy viên Ban Chấp hành Chi bộ Hành chính-Tổ chức-Quản trị dự.",
         ("Ủy viên Ban Chấp hành Chi bộ Hành chính-Tổ chức-Quản trị",)),
    ],
)
def test_a_sentence_case_unit_word_after_an_office_continues_the_unit(text: str, expected: tuple) -> None:
    first = mentions_in(text)[0]
    assert first.roles == expected


@pytest.mark.parametrize("name", ["Đổng Văn Tài", "Uông Thị Hòa", "Khiếu Quang Nam"])
def test_a_rarer_surname_of_the_national_list_opens_the_name(name: str) -> None:
    names = [m.name for m in mentions_in(f"Tham dự có ông {name}, Chủ tịch UBND xã Tân Phú.")]
    assert names == [name]


def test_a_glued_highland_prefix_is_a_name_and_one_person_with_its_spaced_spelling() -> None:
    people = find_officials(
        ["Tổ đại biểu gồm: Lò Thị Vân, Phó Bí thư Huyện ủy; K'Brơi, Phó Bí thư Đảng ủy xã Đạ Tông; "
         "Vi Văn Kiên, Chủ tịch UBND xã.", "Đại biểu HĐND tỉnh K' Brơi trình bày báo cáo"],
        set(),
    )
    assert [(p.name, p.roles) for p in people] == [
        ("Lò Thị Vân", ("Phó Bí thư Huyện ủy",)),
        ("K'Brơi", ("Phó Bí thư Đảng ủy xã Đạ Tông",)),
        ("Vi Văn Kiên", ("Chủ tịch UBND xã",)),
    ]


def test_a_five_word_name_after_ong_ba_is_kept_whole() -> None:
    assert [m.name for m in mentions_in("Bà Trương Ngọc Nữ Thanh Tâm, Chủ tịch UBND phường phát biểu.")] == [
        "Trương Ngọc Nữ Thanh Tâm"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a former unit's mark stays on the office; the office given after it is read too
        ("Ông Lâm Văn Sáu, Bí thư Huyện ủy huyện Tân Sơn (cũ), được chỉ định giữ chức Bí thư Đảng ủy xã Tân Sơn.",
         ("Bí thư Huyện ủy huyện Tân Sơn (cũ)", "Bí thư Đảng ủy xã Tân Sơn")),
        # the office held before the one given keeps its past term
        ("Ông Lâm Văn Sáu, Phó Bí thư Tỉnh ủy nhiệm kỳ 2015-2020, được bầu giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2020-2025.",
         ("Phó Bí thư Tỉnh ủy nhiệm kỳ 2015-2020", "Bí thư Tỉnh ủy")),
        # a current term on the office held is not a past one
        ("Ông Lâm Văn Sáu, Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030, được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ "
         "2021-2026.", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")),
    ],
)
def test_qualifiers_of_former_offices_stay_as_written(text: str, expected: tuple) -> None:
    assert mentions_in(text)[0].roles == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names listed by commas before an office several people hold share it
        ("Kỳ họp bầu: ông Lê Văn Hà, Chủ tịch UBND và ông Nguyễn Văn Tư, Hà Minh Sữa, Phó Chủ tịch UBND.",
         {"Lê Văn Hà": ("Chủ tịch UBND",), "Nguyễn Văn Tư": ("Phó Chủ tịch UBND",),
          "Hà Minh Sữa": ("Phó Chủ tịch UBND",)}),
        # an office only one person holds is not shared
        ("Tham dự có ông Nguyễn Văn Tư, Hà Minh Sữa, Chủ tịch UBND tỉnh.",
         {"Nguyễn Văn Tư": (), "Hà Minh Sữa": ("Chủ tịch UBND tỉnh",)}),
        # a bracketed other name between a person and the roles
        ("Gồm: ông Trần Văn Tâm (Đại đức Thích Minh Tuệ), Phó Thư ký Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, "
         "Ủy viên Ủy ban MTTQ Việt Nam tỉnh; ông Lò Văn Chín, Chủ tịch UBND xã.",
         {"Trần Văn Tâm": ("Phó Thư ký Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
                           "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
          "Lò Văn Chín": ("Chủ tịch UBND xã",)}),
        # one office written twice in one sentence is one role
        ("Kết quả bầu Chủ tịch HĐND, ông Lâm Văn Sáu trúng cử Chủ tịch HĐND với tỷ lệ tuyệt đối.",
         {"Lâm Văn Sáu": ("Chủ tịch HĐND",)}),
    ],
)
def test_roles_shared_by_a_list_and_read_past_an_alias(text: str, expected: dict) -> None:
    assert {m.name: m.roles for m in mentions_in(text)} == expected


def test_a_dignitary_holding_only_church_offices_is_not_an_office_holder() -> None:
    people = find_officials(
        ["Dự có ông Lê Văn Tâm (Hòa thượng Thích Minh Đạo), Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam; "
         "ông Lò Văn Chín, Chủ tịch UBND xã."],
        set(),
    )
    assert [p.name for p in people] == ["Lò Văn Chín"]


def test_a_title_cut_by_the_page_s_end_after_a_whole_title_is_kept_as_written() -> None:
    found = {m.name: m.roles for m in mentions_in("Gồm: bà Lò Thị Đào - Chánh Văn phòng Sở Tài chính; bà Vi Thị Mai, "
                                                   "Trưởng Ban V", cut=True)}
    assert found == {"Lò Thị Đào": ("Chánh Văn phòng Sở Tài chính",), "Vi Thị Mai": ("Trưởng Ban V",)}


def test_a_bracketed_term_inside_an_office_s_name_does_not_end_it() -> None:
    text = "Ông Lê Văn Sáu, Trưởng Đoàn đại biểu Quốc hội (khóa XIV) tỉnh Hà Giang phát biểu."
    assert mentions_in(text)[0].roles == ("Trưởng Đoàn đại biểu Quốc hội (khóa XIV) tỉnh Hà Giang",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parent body after a comma, right before the name, stays in the office
        ("Dự có Phó Vụ trưởng Vụ Địa bàn 3, Cơ quan Ủy ban Kiểm tra Trung ương Lê Văn Sáu.",
         {"Lê Văn Sáu": ("Phó Vụ trưởng Vụ Địa bàn 3, Cơ quan Ủy ban Kiểm tra Trung ương",)}),
        # an office relieved `đối với` a name, its term after a comma
        ("HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021 đối với ông Lâm Văn Sáu.",
         {"Lâm Văn Sáu": ()}),  # (an office relieved is no role: the newer sets' convention)
        # and the office the person has just been elected to, said after the name
        ("HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Lâm Văn Sáu, người vừa đắc cử chức Bí thư "
         "Tỉnh ủy.", {"Lâm Văn Sáu": ("Bí thư Tỉnh ủy",)}),
        # a delegate's duty relieved is no office
        ("HĐND tỉnh cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa XV, nhiệm kỳ 2016-2021 đối với ông Lâm Văn Sáu.",
         {"Lâm Văn Sáu": ()}),
        # a rarer surname of the north-centre
        ("Tham dự có ông Đầu Văn Hải, Phó Chủ tịch UBND tỉnh.", {"Đầu Văn Hải": ("Phó Chủ tịch UBND tỉnh",)}),
    ],
)
def test_parent_bodies_relieved_offices_and_rare_surnames(text: str, expected: dict) -> None:
    assert {m.name: m.roles for m in mentions_in(text)} == expected
