"""Rounds sixteen to twenty-two of issue 13's rules, each written after the first looks of two fresh sets (in and
isc, jn and jsc, kn and ksc, ln and lsc, mn and msc, nn and nsc, on and osc): photo captions below the last
paragraph or over the headline, a two-word name after `UBND tỉnh`, one-letter unit abbreviations (`P.Lâm Viên`),
ages in brackets, lists whose items end in the name, clergy titles, bylines split over two lines or after `T/h:`,
related links' cells, page clocks with two-digit years, lower-case organs, offices glued by `/`, `chỉ định A, …,
làm …`, offices relieved, deadlines, staff posts, plans' dates, honours, namesakes, birth dates. People are made
up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER, locality_of


def _officials(page: str) -> dict[str, tuple[str, ...]]:
    return {p.name: p.roles for p in extract(page).officials}


def test_captions_below_the_last_paragraph_name_officials() -> None:
    page = (f"Giao ban tuần của UBND tỉnh\n\nNgày 3/11, đồng chí Lê Văn Hà, Chủ tịch UBND tỉnh chủ trì giao ban. "
            f"{FILLER * 3}\n\nPhó Chủ tịch UBND tỉnh Trần Quang Minh phát biểu tại hội nghị\n\n"
            "Phó Chủ tịch UBND tỉnh Đinh Công kết luận")
    officials = _officials(page)
    assert officials["Trần Quang Minh"] == ("Phó Chủ tịch UBND tỉnh",)
    assert officials["Đinh Công"] == ("Phó Chủ tịch UBND tỉnh",)


def test_lines_below_the_text_that_give_nobody_an_office_name_no_official() -> None:
    page = f"Hội nghị giao ban\n\nNgày 3/11, UBND tỉnh họp giao ban. {FILLER * 3}\n\nNguyễn Văn Bình\n\nTin liên quan"
    assert _officials(page) == {}


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Phó Chủ tịch UBND tỉnh Tô Hùng phát biểu.", "Tô Hùng", ("Phó Chủ tịch UBND tỉnh",)),
        ("Chủ tịch UBND tỉnh Hà Nam Lê Văn Hà phát biểu.", "Lê Văn Hà", ("Chủ tịch UBND tỉnh Hà Nam",)),
        ("Bà Lê Thị Hoa, Chủ tịch UBND P.Lâm Viên - Đà Lạt dự.", "Lê Thị Hoa", ("Chủ tịch UBND P.Lâm Viên - Đà Lạt",)),
        ("Ông Lê Văn Hà, Bí thư Đảng ủy X.Phước Hải phát biểu.", "Lê Văn Hà", ("Bí thư Đảng ủy X.Phước Hải",)),
        ("Các Phó bí thư gồm: ông Lê Văn Hà (54 tuổi, Chủ tịch UBND tỉnh), ông Trần Văn Minh (52 tuổi).",
         "Lê Văn Hà", ("Phó bí thư", "Chủ tịch UBND tỉnh")),
        ("Ông Lê Văn Hà (44 tuổi, quê xã Yên Sở) là Tỉnh ủy viên, Giám đốc Sở Tài chính.",
         "Lê Văn Hà", ("Tỉnh ủy viên", "Giám đốc Sở Tài chính")),
        ("Tổ đại biểu gồm: Lê Văn Hà, Tỉnh ủy viên; Thượng tọa Thích Minh Tâm, Ủy viên Thường trực Hội đồng trị sự "
         "Trung ương Giáo hội Phật giáo Việt Nam dự.", "Thích Minh Tâm", ()),
        ("Đại đức Thích Minh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.", "Thích Minh Tâm",
         ("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",)),
    ],
)
def test_round_sixteen_names_and_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


def test_a_birth_year_does_not_make_a_person_historical() -> None:
    page = (f"Bầu Giám đốc Sở\n\nNgày 5/9/2025, ông Lê Văn Hà (sinh năm 1970, Giám đốc Sở Tài chính) được bầu "
            f"giữ chức Phó Chủ tịch UBND tỉnh. {FILLER * 3}")
    assert "Lê Văn Hà" in _officials(page)


def test_a_list_whose_items_end_in_the_name_gives_each_their_whole_offices() -> None:
    text = ("Các ứng cử viên gồm: Thiếu tướng Lê Văn Hà, Phó Chính ủy Quân khu 9; Ủy viên Ban Thường vụ Đảng ủy, Phó "
            "Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam, Chủ tịch Hội Nghệ thuật Sân khấu Việt Nam Trần "
            "Thị Hoa; Bí thư Chi bộ, Chi cục trưởng Chi cục Phát triển nông thôn, Sở Nông nghiệp và Môi trường tỉnh "
            "Đồng Tháp Nguyễn Thị Mai.")
    roles = {m.name: m.roles for m in mentions_in(text)}
    assert roles["Lê Văn Hà"] == ("Phó Chính ủy Quân khu 9",)
    assert roles["Trần Thị Hoa"] == (
        "Ủy viên Ban Thường vụ Đảng ủy",
        "Phó Chủ tịch Liên hiệp các Hội Văn học nghệ thuật Việt Nam",
        "Chủ tịch Hội Nghệ thuật Sân khấu Việt Nam",
    )
    assert roles["Nguyễn Thị Mai"] == (
        "Bí thư Chi bộ",
        "Chi cục trưởng Chi cục Phát triển nông thôn, Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp",
    )


@pytest.mark.parametrize(
    ("tail", "author"),
    [("Vũ Minh -\n\nHồng Lan", "Vũ Minh - Hồng Lan"), ("T/h: Quỳnh Anh", "Quỳnh Anh")],
)
def test_bylines_split_over_two_lines_or_labelled_compiled_by(tail: str, author: str) -> None:
    page = f"Kỳ họp HĐND tỉnh\n\nNgày 5/9/2025, HĐND tỉnh Lào Cai họp kỳ họp thứ 18. {FILLER * 3}\n\n{tail}"
    assert extract(page).author.value == author


def test_a_related_links_cell_under_the_headline_is_not_the_headline() -> None:
    page = ("Đồng Nai - Bình Phước hợp nhất, mở ra kỷ nguyên mới\nDanh sách lãnh đạo UBND tỉnh Đồng Nai mới |\n"
            f"Sáng 30/6, tỉnh Đồng Nai tổ chức lễ công bố nghị quyết. {FILLER * 3}")
    assert extract(page).title.value == "Đồng Nai - Bình Phước hợp nhất, mở ra kỷ nguyên mới"


# round seventeen: after the first looks of jn and jsc


@pytest.mark.parametrize(
    ("clock", "date"),
    [("Thứ tư, 1-10-25 14:23:32", "2025-10-01"), ("Thứ năm, 1-10-25 14:23:32", None)],
)
def test_a_page_clock_with_a_two_digit_year_counts_when_its_weekday_agrees(clock: str, date: str | None) -> None:
    page = f"{clock}\n\nKiểm tra tiến độ dự án\n\nĐồng chí Lê Văn Hà kiểm tra dự án vào sáng 1/10. {FILLER * 3}"
    assert extract(page).date.value == date


def test_a_page_dated_the_event_day_outweighs_a_past_month_the_lead_recalls() -> None:
    page = ("Khánh thành cầu mới\n13:42 28/09/2025\nSáng 28/9, tại xã Phùng Nguyên, tỉnh Phú Thọ, Thủ tướng dự lễ "
            f"khánh thành cầu thay thế cây cầu cũ bị sập do bão vào tháng 9/2024. {FILLER * 3}")
    found = extract(page).date
    assert found.value == "2025-09-28" and "2024" not in found.review


def test_a_photo_caption_over_the_headline_and_its_dated_lead() -> None:
    page = ("Đồng chí Lê Văn Hà, Ủy viên Trung ương Đảng trao quyết định cho đồng chí Trần Văn Minh.\n\n"
            "Đồng chí Trần Văn Minh được giao điều hành hoạt động Ban Thường vụ Tỉnh ủy Điện Biên\n\n"
            f"Chiều 25/10/2021, tại Điện Biên, đồng chí Lê Văn Hà đã công bố quyết định. {FILLER * 3}")
    assert extract(page).title.value == (
        "Đồng chí Trần Văn Minh được giao điều hành hoạt động Ban Thường vụ Tỉnh ủy Điện Biên"
    )


def test_a_section_headline_and_undated_lead_on_one_line() -> None:
    page = (" date 2025-07 Xây dựng Đảng Đại hội Đảng bộ phường Hải Châu lần thứ Nhất: Dấu mốc cho chặng đường mới "
            f"Sau khi Đà Nẵng sáp nhập các phường, phường Hải Châu được thành lập. {FILLER * 3}")
    assert extract(page).title.value == "Đại hội Đảng bộ phường Hải Châu lần thứ Nhất: Dấu mốc cho chặng đường mới"


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Dự có ông Lê Văn Hà, Hiệu trưởng trường Đại học Đồng Nai; ông Trần Văn Minh, Trưởng thuế tỉnh Đồng Nai.",
         "Trần Văn Minh", ("Trưởng thuế tỉnh Đồng Nai",)),
        ("Dự có ông Lê Văn Hà, Hiệu trưởng trường Đại học Đồng Nai; ông Trần Văn Minh, Trưởng thuế tỉnh Đồng Nai.",
         "Lê Văn Hà", ("Hiệu trưởng trường Đại học Đồng Nai",)),
        ("Ông Lê Văn Hà, Phó Trưởng Ban Quản lý dự án khu vực Vĩnh Lợi, báo cáo.", "Lê Văn Hà",
         ("Phó Trưởng Ban Quản lý dự án khu vực Vĩnh Lợi",)),
        ("Dự có ông Lê Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy/Bí thư Thành ủy - Chủ tịch HĐND thành phố, bà Trần Thị "
         "Hoa, Chủ nhiệm Ủy ban Kiểm tra Thành ủy.", "Lê Văn Hà",
         ("Ủy viên Ban Thường vụ Tỉnh ủy/Bí thư Thành ủy", "Chủ tịch HĐND thành phố")),
        ("Dự có ông Lê Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy/Bí thư Thành ủy - Chủ tịch HĐND thành phố, bà Trần Thị "
         "Hoa, Chủ nhiệm Ủy ban Kiểm tra Thành ủy.", "Trần Thị Hoa", ("Chủ nhiệm Ủy ban Kiểm tra Thành ủy",)),
        ("Chỉ định ông Lê Văn Hà, Phó Bí thư Tỉnh ủy Khánh Hòa, làm Phó Bí thư Thường trực Tỉnh ủy Khánh Hòa.",
         "Lê Văn Hà", ("Phó Bí thư Tỉnh ủy Khánh Hòa", "Phó Bí thư Thường trực Tỉnh ủy Khánh Hòa")),
        ("Hội đồng bầu cử cử ông Lê Văn Hà, Phó Bí thư Tỉnh ủy, làm Trưởng đoàn kiểm tra.", "Lê Văn Hà",
         ("Phó Bí thư Tỉnh ủy",)),
    ],
)
def test_round_seventeen_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


# round eighteen: after the first looks of kn and ksc


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 5/9/2025, HĐND tỉnh miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Lê Văn Hà.",
        "Ngày 5/9/2025, Thủ tướng phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối "
        "với: Ông Trần Văn Minh, để nghỉ hưu; ông Lê Văn Hà để nhận nhiệm vụ mới.",
    ],
)
def test_an_office_relieved_is_no_role_but_its_holder_is_kept(lead: str) -> None:
    assert _officials(f"Miễn nhiệm Chủ tịch UBND tỉnh\n\n{lead} {FILLER * 3}")["Lê Văn Hà"] == ()


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Dự có bà Lê Thị Hoa, nguyên Bí thư Quận ủy quận 1 cũ, nguyên Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP HCM.",
         "Lê Thị Hoa", ("nguyên Bí thư Quận ủy quận 1 cũ", "nguyên Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP HCM")),
        ("Đoàn có ông Lê Văn Hà, Phó bí thư Đảng ủy MTTQ, các đoàn thể T.Ư, cùng lãnh đạo các bộ.", "Lê Văn Hà",
         ("Phó bí thư Đảng ủy MTTQ, các đoàn thể T.Ư",)),
        ("Ông Lê Văn Hà, Giám đốc Ban Quản lý Dự án ĐTXD Công trình dân dụng và hạ tầng khu vực tỉnh Hà Tĩnh cho "
         "biết.", "Lê Văn Hà",
         ("Giám đốc Ban Quản lý Dự án ĐTXD Công trình dân dụng và hạ tầng khu vực tỉnh Hà Tĩnh",)),
        ("Đoàn do Đại tá Lê Văn Hà-Phó Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 2 làm trưởng đoàn.", "Lê Văn Hà",
         ("Phó Chính ủy Bộ Tư lệnh Vùng Cảnh sát biển 2",)),
    ],
)
def test_round_eighteen_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


def test_a_block_of_fresh_links_is_no_byline() -> None:
    page = f"Kỳ họp HĐND\n\nNgày 5/9/2025, HĐND tỉnh Đồng Nai họp. {FILLER * 3}\n\nMỚI - NÓNG\n\nGa mới khánh thành"
    assert extract(page).author.value is None


def test_a_deadline_after_the_page_date_is_not_the_event() -> None:
    page = (" date 2026-03-07 (Baohatinh.vn) - Các đơn vị đang phấn đấu hoàn thành dự án tu bổ khu di tích (xã Cẩm "
            f"Hưng, Hà Tĩnh) vào ngày 5/4/2026. {FILLER * 3}")
    assert extract(page).date.value == "2026-03-07"


# round nineteen: after the first looks of ln and lsc


def test_staff_posts_are_no_office_and_a_replaced_or_relieved_holder_is_kept() -> None:
    page = ("Bầu Chủ tịch UBND tỉnh\n\nNgày 5/9/2025, HĐND tỉnh bầu đồng chí Lê Văn Hà giữ chức Chủ tịch UBND tỉnh "
            "thay đồng chí Trần Văn Minh vừa được điều động. HĐND tỉnh miễn nhiệm chức danh Chủ tịch HĐND tỉnh với "
            "ông Phạm Văn Nam. Ứng cử viên gồm: Lê Thị Hoa - Phó Chủ tịch UBND xã; Đỗ Văn Bình - chuyên viên Phòng "
            f"Kinh tế, UBND phường Thanh Miếu. {FILLER * 3}")
    officials = _officials(page)
    assert officials["Trần Văn Minh"] == () and officials["Phạm Văn Nam"] == ()
    assert officials["Lê Thị Hoa"] == ("Phó Chủ tịch UBND xã",)
    assert "Đỗ Văn Bình" not in officials


def test_a_monk_holding_only_a_religious_association_post_is_no_official() -> None:
    page = ("Họp mặt Lễ Sen Dolta\n\nNgày 5/9/2025, tỉnh Trà Vinh họp mặt. Thượng tọa Thạch Minh, Ủy viên Ban Chấp "
            f"hành Hội Đoàn kết Sư sãi yêu nước tỉnh Trà Vinh phát biểu. {FILLER * 3}")
    assert "Thạch Minh" not in _officials(page)


def test_a_plan_s_date_under_an_undated_lead_is_flagged() -> None:
    page = ("Tổng dọn vệ sinh chào mừng Quốc khánh\n\nUBND phường Hải Vân vừa triển khai kế hoạch tổng dọn vệ sinh "
            "môi trường chào mừng Quốc khánh.\n\nTheo đó, UBND phường tổ chức lễ phát động vào lúc 6h30, ngày "
            f"30-8-2025, tại công viên. {FILLER * 3}")
    found = extract(page).date
    assert found.value == "2025-08-30" and "kế hoạch" in found.review


def test_an_update_date_printed_after_the_headline() -> None:
    page = ("Lễ khánh thành Nhà Văn hóa Khu vực 1, phường Trường An Ngày cập nhật 01/07/2024 | |\n\n"
            f"Sáng 30/6, phường Trường An khánh thành nhà văn hóa. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Lễ khánh thành Nhà Văn hóa Khu vực 1, phường Trường An"
    assert extraction.date.value == "2024-06-30"


# round twenty: after the first looks of mn and msc


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Dự có Lê Văn Hà, Phó Chủ tịch UBND tỉnh; Trần Phú Hà, Giám đốc Công an tỉnh.", "Trần Phú Hà",
         ("Giám đốc Công an tỉnh",)),
        ("Ông Lê Văn Hà, Chủ tịch UBND tỉnh, bà Trần Thị Hoa và ông Đỗ Văn Minh được chỉ định tiếp tục đảm nhiệm "
         "chức danh Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.", "Trần Thị Hoa", ("Phó Bí thư Tỉnh ủy",)),
        ("Đến dự có Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội Lê Văn Hà; "
         "Bí thư Tỉnh ủy Trần Văn Minh.", "Lê Văn Hà",
         ("Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội",)),
    ],
)
def test_round_twenty_offices(text: str, name: str, roles: tuple[str, ...]) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


def test_a_historical_figure_s_namesake_holding_a_local_office_is_an_official() -> None:
    page = ("Hội nghị bàn giao tổ chức đảng\n\nNgày 5/9/2025, Tỉnh ủy Hưng Yên tổ chức hội nghị. Dự có các đồng chí: "
            f"Trần Quốc Toản, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh. {FILLER * 3}\n\n"
            "Trước anh linh cố Tổng Bí thư Hà Huy Tập, Tổng Bí thư Ban Chấp hành Trung ương Đảng, đoàn dâng hương.")
    officials = _officials(page)
    assert officials["Trần Quốc Toản"] == ("Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh")
    assert "Hà Huy Tập" not in officials


def test_a_bracketed_other_name_is_no_second_person() -> None:
    text = "Gồm: ông Trần Văn Tâm (Đại đức Thích Minh Tuệ), Ủy viên Ủy ban MTTQ Việt Nam tỉnh; ông Lò Văn Chín."
    assert "Thích Minh Tuệ" not in {m.name for m in mentions_in(text)}


def test_related_articles_after_the_text_are_not_its_captions() -> None:
    page = (f"Giao ban tuần\n\nNgày 3/11/2025, UBND tỉnh giao ban. {FILLER * 3}\n\nTin liên quan\n\n"
            "Phó Chủ tịch UBND tỉnh Vi Văn Tư kiểm tra đường")
    assert "Vi Văn Tư" not in _officials(page)


@pytest.mark.parametrize(
    ("headline", "lead", "locality"),
    [
        ("Kỷ niệm 70 năm giải phóng Hải Phòng", "Ngày 13/5/2025, nhân dịp 70 năm Ngày Giải phóng Hải Phòng - Thành phố "
         "Anh hùng, lãnh đạo thành phố Hải Phòng dâng hương.", ("thành phố", "Hải Phòng")),
        ("Bí thư Tỉnh ủy kiểm tra tại thị xã Bỉm Sơn và các huyện Hậu Lộc, Ngọc Lặc",
         "Ngày 4/2/2025, Bí thư Tỉnh ủy Lê Văn Hà kiểm tra tại thị xã Bỉm Sơn và các huyện Hậu Lộc, Ngọc Lặc.",
         ("tỉnh", None)),  # (the province, unnamed where the text never names it)
    ],
)
def test_an_honour_is_no_city_and_a_list_of_districts_is_the_province_s(
    headline: str, lead: str, locality: tuple[str, str]
) -> None:
    level, name, _ = locality_of(headline, lead)
    assert (level, name) == locality


def test_a_commune_named_beside_an_unnamed_organiser_is_flagged() -> None:
    level, name, review = locality_of("Phiên họp thường kỳ tháng 10", "Chiều 9/10/2023, UBND xã tổ chức phiên họp "
                                      "thường kỳ; dự có đại diện trạm kiểm lâm Lủng Siên, xã Vũ Muộn.")
    assert (level, name) == ("xã", "Vũ Muộn") and "không nêu tên" in review


@pytest.mark.parametrize(
    ("tail", "author"), [("Tác giả: Cự Giải (T/h)\n\nBÀI MỚI ĐĂNG\n\nTOP", "Cự Giải")],
)
def test_a_compiled_byline_above_a_block_of_new_links(tail: str, author: str) -> None:
    page = f"Kỳ họp HĐND\n\nNgày 5/9/2025, HĐND tỉnh Bắc Ninh họp. {FILLER * 3}\n\n{tail}"
    assert extract(page).author.value == author


def test_an_outlet_tag_opening_the_lead_is_no_given_name_after_the_headline() -> None:
    page = ("Đà Nẵng khởi công trường nội trú tại xã Tây Giang\nKinhtedothi - Chiều 16/10/2025, UBND TP Đà Nẵng khởi "
            f"công dự án. {FILLER * 3}")
    assert extract(page).title.value == "Đà Nẵng khởi công trường nội trú tại xã Tây Giang"


# round twenty-one: after the first looks of nn and nsc


def test_a_bare_name_in_the_headline_is_the_unit_the_lead_names() -> None:
    page = ("Yên Bái tăng thiệt hại nhà ở, cây trồng\n\nTính đến 6h sáng 13/9/2024, toàn tỉnh Yên Bái có 50 người chết "
            f"và mất tích. {FILLER * 3}\n\nSố người chết do sạt lở đất: 47 người (thành phố Yên Bái 20 người).")
    locality = extract(page).locality.value
    assert (locality.level, locality.name) == ("tỉnh", "Yên Bái")


# round twenty-two: after the first looks of on and osc


def test_a_birth_date_is_no_event() -> None:
    page = ("Miễn nhiệm Chủ tịch UBND tỉnh\n\nThủ tướng vừa phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với "
            f"ông Lê Văn Hà. Ông Lê Văn Hà, sinh ngày 22 tháng 7 năm 1959, đã có 44 năm công tác. {FILLER * 3}")
    assert extract(page).date.value != "1959-07-22"


def test_relieved_holders_far_into_a_long_sentence_are_kept() -> None:
    page = ("Kỳ họp HĐND tỉnh\n\nNgày 5/9/2025, Hội đồng nhân dân tỉnh Hòa Bình đã tiến hành miễn nhiệm chức danh Chủ "
            "tịch Hội đồng nhân dân tỉnh đối với đồng chí Trần Văn Minh và chức danh Phó Chủ tịch Hội đồng nhân dân "
            f"tỉnh đối với các đồng chí Lê Văn Hà, Đỗ Văn Bình để nghỉ hưu theo chế độ. {FILLER * 3}")
    officials = _officials(page)
    assert officials["Lê Văn Hà"] == () and officials["Đỗ Văn Bình"] == ()


def test_a_section_headline_and_a_lead_opening_hom_qua_on_one_line() -> None:
    page = ("Chính trị Lãnh đạo UBND thành phố Đà Nẵng kiểm tra hoạt động tại phường Quảng Phú Hôm qua 2-7, Phó Chủ "
            f"tịch UBND thành phố đã đến kiểm tra. {FILLER * 3}")
    assert extract(page).title.value == "Lãnh đạo UBND thành phố Đà Nẵng kiểm tra hoạt động tại phường Quảng Phú"


# round twenty-three: after a blind second labelling of 266 pages' localities (tests/corpus/AUDIT.md)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Sáng 3/3/2026, các ứng cử viên đại biểu Quốc hội tiếp xúc cử tri các xã Tu Vũ, Đào Xá để vận động bầu cử.",
         ("tỉnh", "Phú Thọ")),
        ("Sáng 3/3/2026, tại Hội trường UBND xã Tu Vũ, các ứng cử viên đại biểu Quốc hội tiếp xúc cử tri các xã Tu Vũ, "
         "Đào Xá.", ("xã", "Tu Vũ")),
        ("Sáng 3/3/2026, tại hội trường Đảng ủy, HĐND, UBND xã Tu Vũ, các ứng cử viên tiếp xúc cử tri các xã Tu Vũ, "
         "Đào Xá.", ("xã", "Tu Vũ")),
        ("Sáng 3/3/2026, các ứng cử viên tiếp xúc cử tri tại xã Tu Vũ và xã Đào Xá, tỉnh Phú Thọ.",
         ("tỉnh", "Phú Thọ")),
    ],
)
def test_a_voter_meeting_of_several_units_is_its_hosts_only_where_the_lead_says_it_is_held_there(
    lead: str, expected: tuple[str, str]
) -> None:
    level, name, review = locality_of("Ứng cử viên tiếp xúc cử tri", f"{lead} Ủy ban MTTQ tỉnh Phú Thọ chủ trì.")
    assert (level, name) == expected
    assert "tiếp xúc cử tri của nhiều đơn vị" in review


@pytest.mark.parametrize(
    "caption", ["Quang cảnh buổi làm việc", "Toàn cảnh hội nghị tiếp xúc cử tri tại phường Hà Lầm"]
)
def test_a_scene_caption_in_the_headlines_place_is_flagged(caption: str) -> None:
    page = f"{caption}\n\nNgày 14/10/2025, ông Lê Văn Hà, Chủ tịch UBND tỉnh làm việc với phường Hà Lầm. {FILLER * 3}"
    title = extract(page).title
    assert title.value == caption and "chú thích ảnh" in title.review


def test_a_headline_over_a_scene_caption_is_not_flagged() -> None:
    page = ("Chủ tịch tỉnh làm việc với phường Hà Lầm\n\nToàn cảnh buổi làm việc\n\nNgày 14/10/2025, ông Lê Văn Hà, "
            f"Chủ tịch UBND tỉnh làm việc với phường Hà Lầm. {FILLER * 3}")
    title = extract(page).title
    assert title.value == "Chủ tịch tỉnh làm việc với phường Hà Lầm" and not title.review


def test_the_provincial_party_committees_own_event_held_in_a_ward_is_the_provinces() -> None:
    lead = "Ngày 16/3/2026, tại phường Hạc Thành, tỉnh Thanh Hóa, Tỉnh ủy tổ chức tiếp công dân định kỳ tháng 3."
    level, name, review = locality_of("Tiếp công dân định kỳ", lead)
    assert (level, name) == ("tỉnh", "Thanh Hóa") and "chỉ là nơi diễn ra" in review


def test_a_ward_a_provincial_leader_visits_stays_the_locality() -> None:
    lead = "Ngày 16/3/2026, Bí thư Tỉnh ủy Thanh Hóa kiểm tra công tác chuẩn bị bầu cử tại phường Hạc Thành."
    level, name, _ = locality_of("Kiểm tra công tác bầu cử", lead)
    assert (level, name) == ("phường", "Hạc Thành")


# round twenty-four: after the first looks of qn and qsc


def test_a_party_committee_before_tp_names_the_city_not_tp() -> None:
    lead = "Chiều 30/9/2025, Ban Thường vụ Thành ủy TP.HCM tổ chức hội nghị công bố quyết định về công tác cán bộ."
    level, name, _ = locality_of("Công bố quyết định về công tác cán bộ", lead)
    assert (level, name) == ("thành phố", "Hồ Chí Minh")


def test_a_page_clock_with_a_bracketed_time_zone_is_the_page_date_not_the_lead() -> None:
    page = ("Tập trung lãnh đạo đại hội các cấp\n\nThứ Tư, 08/04/2015, 08:11 [GMT+7]\n\n(ABC) - Phát biểu kết luận của "
            "đồng chí Lê Văn Hà, Phó Bí thư Tỉnh ủy tại Hội nghị rút kinh nghiệm đại hội điểm, ngày 7-4-2015."
            f"\n\n{FILLER * 3}")
    assert extract(page).date.value == "2015-04-07"


def test_a_lead_opening_with_its_day_in_brackets_dates_the_event() -> None:
    page = (f"Thăm giáo xứ dịp Giáng sinh\n\nCập nhật: 25/12/2016 09:00:00\n\n(20/12) Đồng chí Lê Văn Hà, Phó Bí thư "
            f"Tỉnh ủy đã đến thăm, chúc mừng bà con giáo xứ. {FILLER * 3}")
    assert extract(page).date.value == "2016-12-20"


def test_a_quoted_salutation_is_no_headline_and_the_line_over_the_speech_names_its_speaker() -> None:
    page = ("Trân trọng giới thiệu toàn văn phát biểu của Chủ tịch UBND tỉnh Lê Văn Hà:\n“Thưa các đồng chí lãnh đạo "
            f"tỉnh,\nThưa các vị đại biểu,\nHôm nay, tôi rất vui được về thăm xã. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value != "“Thưa các đồng chí lãnh đạo tỉnh,"
    assert "Lê Văn Hà" in {p.name for p in extraction.officials}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Đồng chí Trần Văn Minh - ĐUV, Phó Chủ tịch HĐND phường; các đồng chí khác.",
         {"Trần Văn Minh": ("ĐUV", "Phó Chủ tịch HĐND phường")}),
        ("Bà Lê Thu Hà được chỉ định giữ chức Bí thư Đảng ủy phường; ông Trần Văn Minh làm Phó Bí thư Thường trực "
         "Đảng ủy phường.", {"Lê Thu Hà": ("Bí thư Đảng ủy phường",),
                             "Trần Văn Minh": ("Phó Bí thư Thường trực Đảng ủy phường",)}),
        ("Các đại biểu đã bầu bà Lê Thu Hà (với tỷ lệ 98%) và bà Đỗ Thị Lan (với tỷ lệ 100%) giữ chức Phó Chủ tịch "
         "HĐND tỉnh.", {"Lê Thu Hà": ("Phó Chủ tịch HĐND tỉnh",), "Đỗ Thị Lan": ("Phó Chủ tịch HĐND tỉnh",)}),
    ],
)
def test_offices_after_an_abbreviation_an_appointing_clause_or_a_vote_share(
    text: str, roles: dict[str, tuple[str, ...]]
) -> None:
    assert {m.name: m.roles for m in mentions_in(text)} == roles


def test_a_ward_the_lead_names_after_a_work_meeting_is_no_appointment() -> None:
    text = "Đoàn công tác làm việc với xã Tân Lập; ông Trần Văn Minh làm Trưởng đoàn."
    assert {m.name: m.roles for m in mentions_in(text)}.get("Trần Văn Minh", ()) == ()


def test_a_provincial_city_the_leader_inspects_is_the_locality() -> None:
    lead = ("Ngày 22/11/2023, đồng chí Lê Văn Hà, Chủ tịch UBND tỉnh Lâm Đồng đã đi kiểm tra tiến độ một số công "
            "trình, dự án trọng điểm trên địa bàn TP Bảo Lộc.")
    level, name, review = locality_of("Các dự án trọng điểm của tỉnh Lâm Đồng đúng tiến độ", lead)
    assert (level, name) == ("thành phố", "Bảo Lộc") and review


def test_a_commune_the_map_of_its_date_lacks_takes_the_province_the_text_names() -> None:
    lead = ("Ngày 11/6/2021, Phó Chủ tịch UBND tỉnh An Giang Lê Văn Hà kiểm tra tiến độ xây dựng nông thôn mới tại "
            "xã An Phú (huyện Tịnh Biên).")
    page = f"Kiểm tra nông thôn mới tại xã An Phú\n\n{lead}\n\n{FILLER * 3}"
    locality = extract(page).locality.value
    assert (locality.level, locality.name, locality.province) == ("xã", "An Phú", "An Giang")


# round twenty-five: after the first looks of rn and rsc


def test_a_unit_that_is_a_later_item_of_a_list_is_the_lists_holder_flagged() -> None:
    level, name, review = locality_of(
        "Trao Huy hiệu Đảng tặng các đảng viên ở huyện Khoái Châu và thành phố Hưng Yên",
        "Ngày 27/8/2024, đồng chí Lê Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy đã trao Huy hiệu Đảng.",
    )
    assert (level, name) != ("thành phố", "Hưng Yên") and review


def test_a_province_over_communes_counted_in_the_lead_is_flagged() -> None:
    lead = ("Ngày 13/12/2024, Văn phòng điều phối nông thôn mới thành phố Hà Nội đã tổ chức kiểm tra 3 xã (Thượng "
            "Lâm, Hợp Tiến, Hợp Thanh) đạt chuẩn nông thôn mới nâng cao.")
    level, name, review = locality_of("Kiểm tra xã nông thôn mới nâng cao", lead)
    assert (level, name) == ("thành phố", "Hà Nội") and "3 xã" in review


def test_a_unit_named_in_an_office_under_an_unnamed_higher_organiser_is_flagged() -> None:
    lead = ("Sáng 1/12/2025, Thành ủy và UBND thành phố tổ chức hội nghị công bố các quyết định về công tác cán bộ. "
            "Theo đó, bà Lê Thu Hà được điều động làm Chủ tịch UBND đặc khu Hoàng Sa.")
    level, _, review = locality_of("Công bố quyết định về công tác cán bộ", lead)
    assert level != "đặc khu" or "không nêu tên tổ chức" in review


def test_a_captions_month_is_not_the_leads_date() -> None:
    page = ("Chủ tịch thành phố tiếp dân mỗi sáng\n\n20:00 21/01/2024\n\nMô hình mới vừa được lãnh đạo thành phố "
            "thực hiện nhằm lắng nghe ý kiến người dân.\n\nTháng 8-2023, ông Lê Văn Hà, Phó Chủ tịch UBND tỉnh, tiếp "
            "dân tại huyện Trảng Bom - Ảnh: A LỘC\n\nNgày 21-1, ông Trần Văn Minh, Chủ tịch UBND thành phố vừa ký "
            f"thông báo triển khai mô hình. {FILLER * 3}")
    assert extract(page).date.value == "2024-01-21"


def test_a_section_label_over_a_headline_signed_with_the_page_clock_is_no_headline() -> None:
    page = ("Hoạt động của lãnh đạo tỉnh\n\nBí thư Tỉnh ủy thăm, chúc Tết già làng tại huyện Nam Giang\n\n"
            "HT 08/01/2023 00:00\n\nNhân dịp đón Tết Nguyên đán, sáng ngày 7/1, đoàn công tác của Tỉnh ủy do đồng chí "
            f"Lê Văn Hà, Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm các già làng. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Bí thư Tỉnh ủy thăm, chúc Tết già làng tại huyện Nam Giang"
    assert extraction.date.value == "2023-01-07"


def test_two_names_each_with_an_honorific_share_an_office_written_after_a_comma() -> None:
    text = "Chủ tọa kỳ họp gồm ông Lê Văn Hà và ông Trần Văn Minh, Phó Chủ tịch HĐND tỉnh."
    found = {m.name: m.roles for m in mentions_in(text)}
    assert found == {"Lê Văn Hà": ("Phó Chủ tịch HĐND tỉnh",), "Trần Văn Minh": ("Phó Chủ tịch HĐND tỉnh",)}


def test_an_office_in_brackets_after_the_second_name_is_that_persons_own() -> None:
    text = "Năm Phó Bí thư gồm ông Lê Văn Hà và ông Trần Văn Minh (Chủ tịch Ủy ban MTTQ tỉnh)."
    found = {m.name: m.roles for m in mentions_in(text)}
    assert "Chủ tịch Ủy ban MTTQ tỉnh" in found["Trần Văn Minh"]
    assert "Chủ tịch Ủy ban MTTQ tỉnh" not in found.get("Lê Văn Hà", ())


# round twenty-six: after the first looks of sn and ssc


def test_a_page_clock_written_in_words_with_a_view_counter_is_no_headline() -> None:
    page = ("Ứng cử viên tiếp xúc cử tri và vận động bầu cử\n\nThứ Bảy, ngày 7 tháng 3 năm 2026 - 00:43 Đã xem: 32\n\n"
            f"Chiều ngày 6-3, các ứng cử viên đã tiếp xúc cử tri tại xã Yên Minh. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Ứng cử viên tiếp xúc cử tri và vận động bầu cử"
    assert extraction.date.value == "2026-03-06"


def test_a_portals_map_and_statistics_widgets_are_furniture() -> None:
    page = ("BẢN ĐỒ\nXem bản đồ lớn\nTHỐNG KÊ\nKỳ họp thứ 7 Hội đồng nhân dân thành phố khóa X\n\nNgày 9 tháng 5 năm "
            f"2013, Hội đồng nhân dân thành phố tổ chức kỳ họp thứ 7. {FILLER * 3}")
    extraction = extract(page)
    assert extraction.title.value == "Kỳ họp thứ 7 Hội đồng nhân dân thành phố khóa X"
    assert extraction.author.value is None


def test_a_caption_of_a_leader_concluding_in_the_headlines_place_is_flagged() -> None:
    page = ("Phó Chủ tịch UBND thành phố Lê Văn Hà kết luận tại cuộc họp\n\nỦy viên Ban Thường vụ Thành ủy, Phó Chủ "
            f"tịch UBND thành phố Lê Văn Hà chủ trì cuộc họp của Ban bầu cử. {FILLER * 3}")
    assert extract(page).title.review


def test_a_writer_signed_with_the_station_keeps_the_name_only() -> None:
    page = (f"Lãnh đạo huyện dâng hương tưởng niệm các anh hùng liệt sĩ\n\nSáng 27/7/2024, lãnh đạo huyện dâng "
            f"hương. {FILLER * 3}\n\nNguồn tin: Trần Văn Minh – Đài Truyền thanh huyện")
    assert extract(page).author.value == "Trần Văn Minh"


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Chiều 22/5, Phó Chủ tịch UBND TX. Tân Châu (tỉnh An Giang) Trần Thị Lan đã kiểm tra.", "Trần Thị Lan",
         ("Phó Chủ tịch UBND TX. Tân Châu",)),
        ("Các đại biểu chúc mừng ông Lê Văn Hà vừa được Thủ tướng phê chuẩn kết quả bầu giữ chức Phó Chủ tịch UBND "
         "tỉnh Thái Nguyên.", "Lê Văn Hà", ("Phó Chủ tịch UBND tỉnh Thái Nguyên",)),
    ],
)
def test_offices_over_an_abbreviated_unit_and_its_bracketed_province_or_a_ratified_vote(
    text: str, name: str, roles: tuple[str, ...]
) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


# round twenty-seven: after the first looks of tn and tsc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HĐND PHƯỜNG PHÚ TRINH TỔ CHỨC TIẾP XÚC CỬ TRI", ("phường", "PHÚ TRINH")),
        ("Hội nghị tại hội trường UBND phường Xuân\nBình.", ("phường", "Xuân Bình")),
        ("Ông A kiểm tra khu tái định cư tại xã Đam Rông 4, tỉnh Lâm Đồng.", ("xã", "Đam Rông 4")),
    ],
)
def test_unit_names_in_capitals_across_a_line_break_or_with_a_number(text: str, expected: tuple[str, str]) -> None:
    assert (find_mentions(text)[0].level, find_mentions(text)[0].name) == expected


def test_a_name_in_capitals_the_map_does_not_know_is_not_run_into_the_verb() -> None:
    assert all(m.name is None or "TỔ CHỨC" not in m.name for m in find_mentions("XÃ TÂN XYZ TỔ CHỨC HỘI NGHỊ"))


def test_a_unit_name_cut_by_a_hard_wrap_is_the_unit_named_in_full_elsewhere() -> None:
    page = ("Sáng ngày 14/01/2025, UBMTTQ phường phối hợp với HĐND, UBND\nphường tổ chức tiếp xúc cử tri tại hội "
            "trường UBND phường Xuân\nBình.\nTham dự có ông Lê Văn Hà – Chủ tịch UBND phường.\nCó 35 cử tri đại diện "
            f"nhân dân trên phường Xuân Bình.\n{FILLER * 3}")
    locality = extract(page).locality.value
    assert (locality.level, locality.name) == ("phường", "Xuân Bình")
