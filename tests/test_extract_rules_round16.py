"""Rounds sixteen to twenty-one of issue 13's rules, each written after the first looks of two fresh sets (in and
isc, jn and jsc, kn and ksc, ln and lsc, mn and msc, nn and nsc): photo captions below the last
paragraph or over the headline, a two-word name after `UBND tỉnh`, one-letter unit abbreviations (`P.Lâm Viên`),
ages in brackets, lists whose items end in the name, clergy titles, bylines split over two lines or after `T/h:`,
related links' cells, page clocks with two-digit years, lower-case organs, offices glued by `/`, `chỉ định A, …,
làm …`, offices relieved, deadlines, staff posts, plans' dates, honours, namesakes. People are made
up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
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
