"""Fifth round of issue 13's rules: a page cut by its scraper's size limit after a subhead, and the
offices of state groups. Each rule on short texts written for the purpose; names and communes are made up, the
province is a real one (since round 95 a name after `tỉnh` that no province bears reads as a person's)."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import CAP_BYTES, extract
from bantin.ingest.officials import mentions_in

_LEAD = ("Sáng 3/3, tại xã Sơn Lâm, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tiếp xúc cử tri với những người "
         "ứng cử đại biểu Quốc hội khóa XVI.\n\n")
_FILLER = "Cử tri nêu nhiều ý kiến về đường giao thông, trường học và nước sạch cho bà con trong xã. "
_CUT = ("Tiếp xúc cử tri ở xã Sơn Lâm\n\nỨng cử viên Vi Văn Tư trình bày chương trình hành động\n\n"
        "Ứng cử viên ĐBQH Vi Văn Tư, Phó Chủ tịch UBND tỉnh, cam kết sẽ theo dõi những kiến nghị của cử tri về")


def _page_of(size: int) -> str:
    """A lead, then filler paragraphs, then a subhead, a caption and a last paragraph cut mid-sentence,
    padded so the whole page is `size` bytes of UTF-8."""
    head = _LEAD
    while len((head + _FILLER + "\n\n" + _CUT).encode()) < size:
        head += _FILLER
    head = head.rstrip() + "\n\n"
    spare = size - len((head + _CUT).encode())
    return head[: len(head) - 2] + " " * max(0, spare) + "\n\n" + _CUT if spare >= 0 else head + _CUT


def test_a_page_cut_at_the_size_limit_keeps_its_last_paragraph_after_a_subhead_and_caption() -> None:
    page = _page_of(CAP_BYTES)
    assert len(page.encode()) == CAP_BYTES
    officials = {p.name: p.roles for p in extract(page).officials}
    assert officials.get("Vi Văn Tư") == ("Phó Chủ tịch UBND tỉnh",)


def test_a_short_page_ending_in_an_unpunctuated_line_after_short_lines_keeps_it_out_of_the_body() -> None:
    page = _LEAD + _FILLER * 3 + "\n\nLê Hà\n\nTin liên quan\n\n" \
        "Phó Chủ tịch UBND tỉnh Vi Văn Tư kiểm tra tiến độ xây dựng đường liên xã ở vùng cao phía tây"
    extraction = extract(page)
    assert "Vi Văn Tư" not in {p.name for p in extraction.officials}
    assert "kiểm tra tiến độ" not in extraction.body


def test_a_state_group_is_part_of_its_chairs_office() -> None:
    text = "Ông Lê Văn Hà, Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam, dự lễ."
    assert mentions_in(text)[0].roles == ("Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam",)


def test_an_office_with_its_past_term_before_dong_chi_and_the_name_is_read_whole() -> None:
    text = "Phát biểu khai mạc, Bí thư Huyện ủy Sơn Lâm nhiệm kỳ 2020-2025, đồng chí Lê Văn Hà, nhấn mạnh."
    assert mentions_in(text)[0].roles == ("Bí thư Huyện ủy Sơn Lâm nhiệm kỳ 2020-2025",)


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Đồng chí  Lò Thị Mai – UV.BTV Đảng ủy, Phó Chủ tịch UBND phường dự họp.", "Lò Thị Mai",
         ("UV.BTV Đảng ủy", "Phó Chủ tịch UBND phường")),
        ("Bà Lò Thị Mai tái đắc cử chức danh Bí thư Huyện ủy.", "Lò Thị Mai", ("Bí thư Huyện ủy",)),
        ("Ông Lê Văn Hà được Bộ Chính trị điều động làm Bí thư Tỉnh ủy Lâm Đồng.", "Lê Văn Hà",
         ("Bí thư Tỉnh ủy Lâm Đồng",)),
        ("Ông Lê Văn Hà, Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh, dự.", "Lê Văn Hà",
         ("Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh",)),
        ("Ông Lê Văn Hà, Trưởng ban Chính sách – Chiến lược Trung ương, dự.", "Lê Văn Hà",
         ("Trưởng ban Chính sách – Chiến lược Trung ương",)),
    ],
)
def test_offices_written_with_abbreviations_appointment_words_and_central_bodies(
    text: str, name: str, roles: tuple[str, ...]
) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


@pytest.mark.parametrize(
    ("last_line", "author"),
    [("Ông Lê Văn H", None), ("Để", None), ("Lê Hà", "Lê Hà"), ("Bài, ảnh: Mai", "Mai")],
)
def test_a_person_spoken_of_or_one_word_where_a_capped_page_stops_is_no_byline(
    last_line: str, author: str | None
) -> None:
    head = _LEAD
    while len((head + _FILLER).encode()) < 1880:
        head += _FILLER
    page = head.rstrip() + "\n\n" + last_line
    assert 1800 <= len(page.encode()) <= CAP_BYTES
    found = extract(page).author
    assert found.value == author
    if author:  # a name where the page stops may be cut: kept, and flagged for the editor
        assert found.review


def test_a_page_date_long_after_the_event_gives_way_to_the_year_the_congress_fixes() -> None:
    text = ("Bí thư Huyện ủy tái đắc cử\n\n date 2017-03 \n\nChiều 22-10, Đại hội đại biểu Đảng bộ huyện Sơn Lâm lần "
            "thứ X (nhiệm kỳ 2015-2020) đã bế mạc và thông qua nghị quyết đại hội.\n\n" + _FILLER * 3)
    assert extract(text).date.value == "2015-10-22"


def test_a_planned_date_after_the_page_date_gives_way_to_the_event_the_lead_reports() -> None:
    text = (" date 2025-09-22 Họp báo về Đại hội Đảng bộ tỉnh\n\nĐại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, "
            "nhiệm kỳ 2025 – 2030 diễn ra trong ngày 2 - 3/10. Đây là sự kiện chính trị trọng đại của tỉnh.\n\n"
            "Chiều 22/9, Tỉnh ủy Lâm Đồng tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ I.\n\n"
            + _FILLER * 3)
    found = extract(text).date
    assert (found.value, bool(found.review)) == ("2025-09-22", True)


def test_a_city_written_tp_dot_does_not_hide_the_congress_term_from_the_year() -> None:
    text = ("Sáng ngày 27/9, tại Trung tâm Hội nghị thành phố, Đại hội đại biểu Đảng bộ TP. Sơn Lâm lần thứ I, "
            "nhiệm kỳ 2025-2030 chính thức khai mạc.\n\n" + _FILLER * 3)
    assert extract(text).date.value == "2025-09-27"


def test_a_weekday_timestamp_with_its_time_zone_is_the_page_date_not_the_headline() -> None:
    text = ("Thứ Bảy, 22/11/2025, 08:08 (GMT+7)\n.\n\nCử tri phường Sơn Lâm phản ánh các vấn đề dân sinh\n\n"
            "Sáng 21-11, HĐND tỉnh tiếp xúc cử tri tại phường Sơn Lâm trước kỳ họp cuối năm.\n\n" + _FILLER * 3)
    extraction = extract(text)
    assert extraction.title.value == "Cử tri phường Sơn Lâm phản ánh các vấn đề dân sinh"
    assert extraction.date.value == "2025-11-21"


def test_a_congress_belongs_to_its_own_unit_not_to_the_city_it_is_held_in() -> None:
    text = ("Sáng 4/8, tại thành phố Hải Phòng, Chủ tịch Quốc hội dự và phát biểu chỉ đạo Đại hội đại biểu Đảng bộ "
            "xã Sơn Lâm lần thứ I, nhiệm kỳ 2025-2030.\n\nDự Đại hội có Bí thư Thành ủy Hải Phòng.\n\n"
            + _FILLER * 3)
    locality = extract(text).locality.value
    assert (locality.level, locality.name) == ("xã", "Sơn Lâm")


def test_an_office_of_another_unit_ties_no_official_to_the_article_unit() -> None:
    from bantin.ingest.crossref import ties_from

    unit = {"name": "Sơn Lâm", "level": "tỉnh", "province": "Sơn Lâm"}
    assert ties_from("a.md", unit, [{"name": "Lê Văn Hà", "roles": ["Chủ tịch UBND tỉnh Hà Tĩnh"]}]) == []
    assert [t.name for t in ties_from("a.md", unit, [{"name": "Lê Văn Hà", "roles": ["Chủ tịch UBND tỉnh"]}])] == [
        "Sơn Lâm"
    ]


def test_a_province_that_organises_is_not_the_address_of_the_hall_it_meets_in() -> None:
    text = ("Chỉ định Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Khánh Hòa (mới)\n\nSáng 30/6, tại Hội trường Thành ủy Nha "
            "Trang, tỉnh Khánh Hòa tổ chức lễ công bố các nghị quyết về việc hợp nhất với tỉnh Ninh Thuận.\n\n"
            + _FILLER * 3)
    locality = extract(text).locality.value
    assert (locality.level, locality.name) == ("tỉnh", "Khánh Hòa")


def test_a_commune_the_districts_lead_addresses_is_chosen_and_the_district_flagged() -> None:
    # (round 5 kept the district, flagged; round 29 takes the commune, which 10 of 11 labelled pages chose)
    text = ("Khánh thành trường tiểu học\n\nSáng 24/10, UBND huyện Nam Đàn phối hợp với ngân hàng tổ chức khánh thành "
            "trường tiểu học Hoàng Trù, xã Kim Liên huyện Nam Đàn.\n\n" + _FILLER * 3)
    found = extract(text).locality
    assert found.value.name == "Kim Liên" and "huyện Nam Đàn" in found.review


def test_a_caption_in_a_table_cell_under_an_image_is_no_headline() -> None:
    text = ("![]() |\nToàn cảnh Đại hội đại biểu lần thứ I Đảng bộ xã Sơn Lâm, nhiệm kỳ 2025 - 2030. |\n"
            "Đến dự Đại hội có Bí thư Huyện ủy Lê Văn Hà và lãnh đạo các ban, ngành của huyện.\n\n" + _FILLER * 3)
    assert extract(text).title.review  # no headline on the page: a proposal, flagged


@pytest.mark.parametrize("name", ["Moong Văn Tư", "Lò Văn Hà", "Sằm Thị Mai", "Đèo Văn Lâm"])
def test_family_names_of_northern_minority_peoples_are_read_whole(name: str) -> None:
    assert [m.name for m in mentions_in(f"Phó Chủ tịch UBND huyện {name} phát biểu.")] == [name]


def test_a_campaign_of_assembly_candidates_gives_the_election_year() -> None:
    text = ("Ngày 1/3, Chủ nhiệm Ủy ban Kiểm tra Trung ương cùng 4 ứng cử viên đại biểu Quốc hội khóa XVI đã tiếp xúc "
            "cử tri tại xã Sơn Lâm.\n\n" + _FILLER * 3)
    found = extract(text).date
    assert (found.value, bool(found.review)) == ("2026-03-01", True)


def test_a_headline_between_a_summary_and_the_page_timestamp_is_the_title() -> None:
    text = ("Đại hội là sự kiện chính trị trọng đại, có ý nghĩa đặc biệt đối với Đảng bộ và nhân dân tỉnh Lâm Đồng. "
            "Chủ trì Đại hội là Bí thư Tỉnh ủy Lê Văn Hà.\nKhai mạc phiên trù bị Đại hội Đảng bộ tỉnh Lâm Đồng\n"
            "Thứ ba, 20:02, 23/09/2025\nChiều nay, 23/9, Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng tiến hành phiên trù bị "
            "với sự tham dự của 415 đại biểu.\n\n" + _FILLER * 3)
    extraction = extract(text)
    assert extraction.title.value == "Khai mạc phiên trù bị Đại hội Đảng bộ tỉnh Lâm Đồng"
    assert extraction.date.value == "2025-09-23"
    assert "Lê Văn Hà" in {p.name for p in extraction.officials}  # the summary stays in the body


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Sau đại hội, ông Lê Văn Hà, Bí thư Tỉnh ủy Lâm Đồng nhiệm kỳ 2020-2025 sẽ nhận nhiệm vụ mới.",
         ("Bí thư Tỉnh ủy Lâm Đồng nhiệm kỳ 2020-2025",)),
        ("Ông Lê Văn Hà, Phó Chủ tịch HĐND tỉnh khóa XV, phát biểu.", ("Phó Chủ tịch HĐND tỉnh khóa XV",)),
        # an office given in the article drops its term, as before
        ("Ông Lê Văn Hà được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.", ("Chủ tịch UBND tỉnh",)),
    ],
)
def test_an_office_held_keeps_the_term_written_with_it(text: str, roles: tuple[str, ...]) -> None:
    assert mentions_in(text)[0].roles == roles


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Dự có nguyên Chủ tịch HĐND tỉnh Lâm Đồng (cũ) Lê Văn Hà; Phó Bí thư Tỉnh ủy Lò Thị Mai.", "Lê Văn Hà",
         ("nguyên Chủ tịch HĐND tỉnh Lâm Đồng (cũ)",)),
        ("Về nhân sự, Bí thư Tỉnh ủy Lâm Đồng là ông Lê Văn Hà; Phó Bí thư là bà Lò Thị Mai.", "Lê Văn Hà",
         ("Bí thư Tỉnh ủy Lâm Đồng",)),
        ("Người chủ trì là ông Lê Văn Hà.", "Lê Văn Hà", ()),
    ],
)
def test_an_office_before_a_name_with_its_former_mark_or_stated_with_la(
    text: str, name: str, roles: tuple[str, ...]
) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


def test_a_session_that_amends_a_resolution_comes_after_it() -> None:
    text = ("Ngày 12/11, HĐND tỉnh Lâm Đồng khóa XIII, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 6 "
            "(kỳ họp chuyên đề).\n\n"
            "Kỳ họp áp dụng Nghị quyết số 35/2022/NQ-HĐND ngày 7/12/2022 của HĐND tỉnh về chính sách hỗ trợ cán bộ; "
            "sửa đổi, bổ sung Điều 1 Nghị quyết số 17/NQ-HĐND ngày 22/8/2025 của HĐND tỉnh về số lượng người làm "
            "việc.\n\n" + _FILLER * 2)
    found = extract(text).date
    assert (found.value, bool(found.review)) == ("2025-11-12", True)


def test_a_province_of_the_lead_outranks_a_city_the_body_names_as_often() -> None:
    text = ("Chiều 16/10, ông Lê Văn Hà, Trưởng ban Tổ chức Trung ương, trao quyết định phân công ông Vi Văn Tư giữ "
            "chức Bí thư tỉnh Đắk Lắk nhiệm kỳ 2025-2030.\n\nÔng Tư từng giữ các chức vụ ở Đà Nẵng: Bí thư quận "
            "ủy, Chủ tịch HĐND TP Đà Nẵng, Chánh văn phòng Thành ủy Đà Nẵng.\n\n" + _FILLER * 2)
    locality = extract(text).locality.value
    assert (locality.level, locality.name) == ("tỉnh", "Đắk Lắk")


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a portal's motto over the headline, the dated lead right under it
        ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lâm Đồng lần thứ XVI, nhiệm kỳ 2015 - 2020\n"
         "Đoàn đại biểu tỉnh Lâm Đồng hội đàm với đoàn đại biểu tỉnh bạn về phòng, chống dịch bệnh",
         "Đoàn đại biểu tỉnh Lâm Đồng hội đàm với đoàn đại biểu tỉnh bạn về phòng, chống dịch bệnh"),
        # a slogan, the site's logo and log-in links, then the headline
        ("Việt Nam vươn mình trong kỷ nguyên mới\nLogo\nĐăng ký mua gói ấn phẩm|Đăng nhập\n"
         "Lãnh đạo tỉnh Lâm Đồng kiểm tra phòng, chống úng ngập, bảo vệ đê điều",
         "Lãnh đạo tỉnh Lâm Đồng kiểm tra phòng, chống úng ngập, bảo vệ đê điều"),
        # the site's name and address over the headline
        ("CỔNG THÔNG TIN ĐIỆN TỬ\nHội đồng nhân dân tỉnh Lâm Đồng\nhdnd.sonlam.gov.vn\n"
         "HỘI NGHỊ TIẾP XÚC CỬ TRI SAU KỲ HỌP THỨ NĂM", "HỘI NGHỊ TIẾP XÚC CỬ TRI SAU KỲ HỌP THỨ NĂM"),
        # a headline ending in a full stop, right over the dated lead
        ("24/12/2024\nHuyện Sơn Lâm hoàn thành kế hoạch xây dựng nông thôn mới trước thời hạn hai năm trong toàn "
         "bộ các xã.", "Huyện Sơn Lâm hoàn thành kế hoạch xây dựng nông thôn mới trước thời hạn hai năm trong toàn "
         "bộ các xã."),
        # a page address glued to the site's name: neither is the headline
        ("UBND xã Sơn Lâmhttps://sonlam.gov.vn/uploads/logo_1.png\nThứ sáu - 23/01/2026 16:49\nXem với cỡ chữ", None),
        # a headline with a toolbar under it
        ("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19\nIn bài   Gửi email   Cỡ chữ A A",
         "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 19"),
    ],
)
def test_the_headline_is_found_under_mottos_site_names_and_toolbars(top: str, title: str | None) -> None:
    text = f"{top}\nSáng 21/1/2026, Chủ tịch UBND tỉnh Lê Văn Hà chủ trì phiên họp thường kỳ tháng 1.\n\n" + _FILLER * 3
    found = extract(text).title
    assert (found.value if not found.review else None) == title


def test_a_section_name_fused_with_a_headline_and_an_undated_lead_is_cut_from_both() -> None:
    text = ("Thời sự Thường trực HĐND tỉnh sẽ tổ chức phiên giải trình về việc bố trí cán bộ cấp xã Tại phiên họp "
            "Thường trực HĐND tỉnh, đồng chí Lê Văn Hà - Chủ tịch HĐND tỉnh định hướng nội dung phiên giải trình.\n\n"
            + _FILLER * 3)
    assert extract(text).title.value == "Thường trực HĐND tỉnh sẽ tổ chức phiên giải trình về việc bố trí cán bộ cấp xã"


def test_a_lead_opening_tu_ngay_is_a_dated_lead() -> None:
    text = ("Hội đồng nhân dân tỉnh Lâm Đồng\nHỘI NGHỊ TIẾP XÚC CỬ TRI CUỐI NĂM 2025\n"
            "Từ ngày 07/01/2026 đến ngày 09/01/2026, HĐND phường tổ chức tiếp xúc cử tri.\n\n" + _FILLER * 3)
    extraction = extract(text)
    assert (extraction.title.value, extraction.date.value) == ("HỘI NGHỊ TIẾP XÚC CỬ TRI CUỐI NĂM 2025", "2026-01-07")


def test_a_lower_unit_chosen_among_several_unnamed_is_flagged() -> None:
    # a provincial leader tours several communes the lead does not name (a provincial body's own event held in a
    # ward is the province's since round 23: test_extract_rules_round16.py)
    lead = ("Chiều 15/7, Chủ tịch UBND tỉnh Lê Văn Hà đi khảo sát thực tế tại một số xã, phường trên địa bàn "
            "tỉnh; kiểm tra tại xã Giao Hưng.")
    found = extract(f"Tin địa phương hôm nay\n\n{lead}\n\n" + _FILLER * 3).locality
    assert found.value.level in ("phường", "xã") and found.review


def test_an_outlets_initials_are_no_byline() -> None:
    text = _LEAD + _FILLER * 3 + "\n\nHYTV"
    assert extract(text).author.value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is also a title word, a separator after it; clan names of the Central Highlands
        ("Tổ đại biểu gồm: Tô Văn Chánh-Tỉnh ủy viên, Bí thư Huyện ủy; Rcom Sa Duyên-Giám đốc Sở Nội vụ; "
         "Ra Lan Song Linh-Phó Trưởng ban Văn hoá-Xã hội HĐND tỉnh.",
         {"Tô Văn Chánh": ("Tỉnh ủy viên", "Bí thư Huyện ủy"), "Rcom Sa Duyên": ("Giám đốc Sở Nội vụ",),
          "Ra Lan Song Linh": ("Phó Trưởng ban Văn hoá-Xã hội HĐND tỉnh",)}),
        ("Ông Lê Văn Chánh, Chánh Văn phòng UBND tỉnh, dự.", {"Lê Văn Chánh": ("Chánh Văn phòng UBND tỉnh",)}),
        # `khác` (other) after a heading's office is not part of it
        ("Ngoài đồng chí Bí thư, 3 Phó Bí thư khác là các đồng chí: Lê Văn Hà, Vi Văn Tư, Lò Thị Mai.",
         {"Lê Văn Hà": ("Phó Bí thư",), "Vi Văn Tư": ("Phó Bí thư",), "Lò Thị Mai": ("Phó Bí thư",)}),
        ("Bà Lò Thị Mai, Giám đốc Sở Ngoại vụ, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh, dự.",
         {"Lò Thị Mai": ("Giám đốc Sở Ngoại vụ", "Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh")}),
    ],
)
def test_names_and_offices_of_round_five_sets(text: str, expected: dict) -> None:
    assert {m.name: m.roles for m in mentions_in(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cùng dự có các đồng chí là Uỷ viên Ban Thường vụ Tỉnh uỷ: Lê Văn Hà, Trưởng Ban Tuyên giáo Tỉnh uỷ; "
         "Vi Văn Tư, Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ.",
         {"Lê Văn Hà": ("Uỷ viên Ban Thường vụ Tỉnh uỷ", "Trưởng Ban Tuyên giáo Tỉnh uỷ"),
          "Vi Văn Tư": ("Uỷ viên Ban Thường vụ Tỉnh uỷ", "Chủ nhiệm Uỷ ban Kiểm tra Tỉnh uỷ")}),
        ("Ông Lê Văn Hà, Phó Chủ tịch UBND tỉnh Lâm Đồng đã được bầu làm Phó Chủ tịch HĐND tỉnh Lâm Đồng.",
         {"Lê Văn Hà": ("Phó Chủ tịch UBND tỉnh Lâm Đồng", "Phó Chủ tịch HĐND tỉnh Lâm Đồng")}),
    ],
)
def test_a_heading_after_la_and_an_office_given_after_da_duoc(text: str, expected: dict) -> None:
    assert {m.name: m.roles for m in mentions_in(text)} == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ngày 26/8, tỉnh Lâm Đồng long trọng tổ chức Kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9. Đại "
         "biểu ôn lại truyền thống tháng 9 năm 1945 hào hùng.", "2025-08-26"),
        ("Sáng 18/4, Ban Chấp hành Đảng bộ tỉnh Lâm Đồng tổ chức Hội nghị lần thứ 19.\n\nHội nghị cho ý kiến Báo cáo "
         "tình hình kinh tế - xã hội quý I/2025 của tỉnh.", "2025-04-18"),
        # an effective date after the event does not bound it from below as a document's issue date does
        ("Chiều 30-3, Bí thư Tỉnh uỷ chủ trì Hội nghị công bố các quyết định về công tác cán bộ. Các quyết định có "
         "hiệu lực từ ngày 01/4/2022.", "2022-03-30"),
    ],
)
def test_years_from_anniversaries_quarters_and_effective_dates(text: str, date: str) -> None:
    found = extract(text + "\n\n" + _FILLER * 2).date
    assert (found.value, bool(found.review)) == (date, True)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic\n\n"
         "Phó Bí thư Tỉnh ủy Lê Văn Hà kiểm tra các điểm ngập lụt tại xã Sơn Lâm",
         "Phó Bí thư Tỉnh ủy Lê Văn Hà kiểm tra các điểm ngập lụt tại xã Sơn Lâm"),
        ("Your browser does not support the audio element.\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n"
         "Khánh thành Nhà văn hóa cộng đồng làng Sơn Lâm", "Khánh thành Nhà văn hóa cộng đồng làng Sơn Lâm"),
        # a headline naming an office over a caption naming its holder
        ("Đồng chí Phó Bí thư Thường trực Tỉnh ủy chúc tết Đảng bộ, Nhân dân huyện Sơn Lâm\n"
         "Đồng chí Lê Văn Hà, Phó Bí thư Thường trực Tỉnh ủy phát biểu",
         "Đồng chí Phó Bí thư Thường trực Tỉnh ủy chúc tết Đảng bộ, Nhân dân huyện Sơn Lâm"),
    ],
)
def test_headlines_under_menus_players_and_word_dates_and_over_captions(top: str, title: str) -> None:
    text = f"{top}\n\nNăm qua, huyện Sơn Lâm đạt được nhiều kết quả tích cực trên các lĩnh vực kinh tế, xã hội.\n\n"
    found = extract(text + _FILLER * 3).title
    assert (found.value, found.review) == (title, "")


def test_a_byline_with_its_time_stamp_gives_the_page_date_and_the_writer() -> None:
    text = ("Khánh thành Nhà văn hóa cộng đồng làng Sơn Lâm\n\nNgọc Thu - 20:15, 23/06/2023\n\n"
            "Ngày 23/6, tại xã Sơn Lâm, Binh đoàn 15 tổ chức Lễ khánh thành Nhà văn hóa cộng đồng.\n\n" + _FILLER * 3)
    extraction = extract(text)
    assert (extraction.author.value, extraction.date.value) == ("Ngọc Thu", "2023-06-23")


def test_a_byline_printed_twice_is_read_once_and_two_bylines_are_flagged() -> None:
    assert extract(_LEAD + _FILLER * 3 + "\n\nLÊ VĂN NGỌC LÊ VĂN NGỌC").author.value == "LÊ VĂN NGỌC"
    found = extract(_LEAD + "\nVũ Nguyệt\n" + _FILLER * 3 + "\n\nHuỳnh Phong - Hùng Anh").author
    assert found.review  # a second article's byline: the editor decides


def test_a_page_on_one_line_after_its_date_and_view_count_is_read() -> None:
    text = ("19/06/2024 | lượt xem: 322 Đại biểu HĐND tỉnh tiếp xúc cử tri thành phố Sơn Lâm Ngày 19/6, các đại "
            "biểu HĐND tỉnh tiếp xúc cử tri thành phố Sơn Lâm trước Kỳ họp thường lệ giữa năm 2024. Dự có đồng chí "
            "Lê Văn Hà, Chủ tịch HĐND tỉnh.")
    extraction = extract(text)
    assert extraction.title.value == "Đại biểu HĐND tỉnh tiếp xúc cử tri thành phố Sơn Lâm"
    assert extraction.date.value == "2024-06-19"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("UBND tỉnh Lâm Đồng họp rà soát các hoạt động mừng Xuân\n13/01/2017Nhằm đánh giá tiến độ chuẩn bị, chiều "
         "hôm qua, ông Lê Văn Hà, Chủ tịch UBND tỉnh chủ trì cuộc họp.", "2017-01-12"),
        ("Sáng nay (16/10), Ban Chấp hành Đảng bộ tỉnh Lâm Đồng khóa XVI, nhiệm kì 2020 - 2025 gồm 50 ủy viên đã ra "
         "mắt Đại hội.", "2020-10-16"),
    ],
)
def test_a_day_counted_from_the_page_date_and_a_new_committees_term(text: str, date: str) -> None:
    found = extract(text + "\n\n" + _FILLER * 3).date
    assert (found.value, bool(found.review)) == (date, True)


def test_a_heading_of_those_who_retire_gives_the_office_without_the_verb() -> None:
    text = "Sở có 3 phó giám đốc nghỉ gồm bà Lò Thị Mai, ông Lê Văn Hà và bà Vi Thị Tư."
    assert {m.name: m.roles for m in mentions_in(text)} == dict.fromkeys(
        ("Lò Thị Mai", "Lê Văn Hà", "Vi Thị Tư"), ("phó giám đốc",))


def test_a_headline_of_a_captions_shape_over_an_undated_lead_is_flagged() -> None:
    text = ("Phó Chủ tịch UBND tỉnh Lê Văn Hà trao đổi với báo chí tại buổi họp báo\n\nThông tin tại buổi họp báo, "
            "Phó Chủ tịch UBND tỉnh cho biết tỉnh tiếp tục duy trì đà tăng trưởng.\n\n" + _FILLER * 3)
    assert extract(text).title.review


@pytest.mark.parametrize(
    "top",
    ["Trang chủ Chính trị - Xã hội",
     "Bạn có thể chuyển sang phiên bản mobile rút gọn của Tri thức trực tuyến nếu mạng chậm. Đóng"],
)
def test_a_breadcrumb_without_arrows_and_a_mobile_notice_are_no_headline(top: str) -> None:
    text = (f"{top}\n\nKhai mạc Kỳ họp thứ 7, HĐND tỉnh Lâm Đồng khóa X\n\nSáng 8/12, HĐND tỉnh Lâm Đồng khai mạc "
            "Kỳ họp thứ 7.\n\n" + _FILLER * 3)
    assert extract(text).title.value == "Khai mạc Kỳ họp thứ 7, HĐND tỉnh Lâm Đồng khóa X"


def test_hmong_family_names_are_read_whole() -> None:
    assert [m.name for m in mentions_in("Ứng cử viên gồm ông Lâu Văn Phía, Chủ tịch UBND xã, phát biểu.")] == [
        "Lâu Văn Phía"]
