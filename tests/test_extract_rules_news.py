"""Rules for the news written today (issue 13): the two-tier map, the south and the centre, every
genre. Each rule on short sentences written for the purpose; names, places and dates are made up."""

from __future__ import annotations

import pytest

from bantin.ingest.byline import find_byline
from bantin.ingest.dates import find_date
from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.page import parse_page
from bantin.ingest.places import find_mentions
from bantin.ingest.title import find_title


def roles_of(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in mentions_in(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ họp thứ 7, HĐND huyện khóa IX:\nThông qua 9 nghị quyết về kinh tế\nSáng 3/4/2024, HĐND huyện họp.",
         "Thông qua 9 nghị quyết về kinh tế"),
        ("Chính trị - Xây dựng Đảng\nĐại hội Đảng bộ xã lần thứ I thành công tốt đẹp\nSáng 20/7/2025, Đảng bộ xã họp.",
         "Đại hội Đảng bộ xã lần thứ I thành công tốt đẹp"),
        ("Đoàn kết - Dân chủ - Kỷ cương - Phát triển\nHuyện ủy tổng kết công tác năm\nSáng 9/1/2024, Huyện ủy họp.",
         "Huyện ủy tổng kết công tác năm"),
        ("Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh lần thứ XX\nXã biên giới đón Tết sớm\nSáng 9/1/2024, xã họp.",
         "Xã biên giới đón Tết sớm"),
        ("Toàn cảnh hội nghị. Ảnh: Thu Hà\nHuyện ủy tổng kết công tác năm\nSáng 9/1/2024, Huyện ủy họp.",
         "Huyện ủy tổng kết công tác năm"),
    ],
)
def test_supra_titles_sections_slogans_and_captions_are_not_the_headline(text: str, expected: str) -> None:
    assert find_title(parse_page(text)).value == expected


def test_caption_then_lead_has_no_headline() -> None:
    page = parse_page(
        "Toàn cảnh hội nghị. (Ảnh: Thu Hà)\nSáng 9/1/2024, Huyện ủy tổ chức hội nghị tổng kết công tác năm "
        "với sự tham dự của các đồng chí trong Ban Thường vụ và lãnh đạo các xã."
    )
    assert page.title is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HĐND huyện họp kỳ họp thường lệ\nHuyện ủy bàn thu chi. Sáng ngày 11 tháng 3 năm 2020, HĐND huyện họp.",
         "2020-03-11"),
        ("Kỳ họp HĐND xã\n05/03/2024\nChiều mùng 4 tháng 3, HĐND xã họp phiên thường kỳ.", "2024-03-04"),
        # a paragraph ending in `nghị quyết …` does not make the next paragraph's date a document's
        ("Kỳ họp HĐND tỉnh\nThông qua 12 nghị quyết quan trọng\nSáng ngày 11 tháng 3 năm 2020, HĐND tỉnh họp.",
         "2020-03-11"),
        ("Chuẩn bị đại hội\n12/03/2024\nĐại hội dự kiến tổ chức vào ngày 20/8/2024. Sáng 11/3, Huyện ủy họp.",
         "2024-03-11"),
    ],
)
def test_dates_in_words_and_planned_dates(text: str, expected: str) -> None:
    assert find_date(parse_page(text)).value == expected


def test_a_planned_date_is_not_the_event() -> None:
    found = find_date(parse_page("Chuẩn bị đại hội\n12/03/2024\nHuyện ủy họp bàn. Đại hội sẽ diễn ra ngày 20/8."))
    assert found.value != "2024-08-20" and found.review


def test_a_date_after_publication_is_flagged() -> None:
    found = find_date(parse_page("Huyện ủy họp bàn công tác\n12/03/2024\nSáng 25/3/2024, Huyện ủy họp bàn công tác."))
    assert found.value == "2024-03-25" and "25/3/2024" in found.review and "12/03/2024" in found.review


def test_publication_date_as_event_is_flagged_with_its_words() -> None:
    found = find_date(parse_page("Huyện ủy họp bàn công tác\n12/03/2024\nHuyện ủy họp bàn công tác cán bộ trong quý."))
    assert found.value == "2024-03-12" and "ngày đăng" in found.review and "12/03/2024" in found.review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tham dự có ông Y Thanh Hà Niê Kđăm, Chủ nhiệm Ủy ban Dân tộc.",
         {"Y Thanh Hà Niê Kđăm": ("Chủ nhiệm Ủy ban Dân tộc",)}),
        ("Bà H' Hen Niê, Phó Chủ tịch UBND xã; bà H'Yim Kđoh, Chủ tịch Hội LHPN xã.",
         {"H' Hen Niê": ("Phó Chủ tịch UBND xã",), "H'Yim Kđoh": ("Chủ tịch Hội LHPN xã",)}),
        ("Ông Ksor Phước Hà, Phó Bí thư Huyện ủy và ông Rơ Châm Long, Chủ tịch UBND huyện dự.",
         {"Ksor Phước Hà": ("Phó Bí thư Huyện ủy",), "Rơ Châm Long": ("Chủ tịch UBND huyện",)}),
    ],
)
def test_central_highlands_names_keep_prefix_and_clan(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Nguyễn Văn Tám tái đắc cử chức Chủ tịch UBND huyện khóa XX.", ("Chủ tịch UBND huyện",)),
        ("Đại hội bầu đồng chí Nguyễn Văn Tám làm Bí thư Đảng ủy xã khóa I, nhiệm kỳ 2025 - 2030.",
         ("Bí thư Đảng ủy xã",)),
        ("Đồng chí Nguyễn Văn Tám trúng cử Chủ tịch HĐND huyện khóa XXI.", ("Chủ tịch HĐND huyện",)),
        ("Đồng chí Nguyễn Văn Tám, Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XVII dự.",
         ("Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XVII",)),
        ("Đồng chí Nguyễn Văn Tám được cử làm Trưởng đoàn.", ()),
    ],
)
def test_offices_given_in_the_article_drop_the_term(text: str, expected: tuple) -> None:
    assert roles_of(text) == {"Nguyễn Văn Tám": expected}


@pytest.mark.parametrize(
    ("text", "shared"),
    [
        ("Dự có các đồng chí Lê Văn An và Trần Thị Bình, Phó Chủ tịch UBND tỉnh.", True),
        ("Các đồng chí Phó Chủ tịch UBND tỉnh Lê Văn An và Trần Thị Bình dự.", True),
        ("Dự có đồng chí Lê Văn An và Trần Thị Bình, Phó Chủ tịch UBND tỉnh.", True),
        # (each name with its honorific, the office after a comma: shared since round twenty-five, as the labels do)
        ("Dự có ông Lê Văn An và bà Trần Thị Bình, Phó Chủ tịch UBND tỉnh.", True),
        ("Dự có ông Lê Văn An và bà Trần Thị Bình (Phó Chủ tịch UBND tỉnh).", False),
    ],
)
def test_names_joined_by_va_share_a_role_written_once(text: str, shared: bool) -> None:
    found = roles_of(text)
    assert found["Trần Thị Bình"] == ("Phó Chủ tịch UBND tỉnh",)
    assert found["Lê Văn An"] == (("Phó Chủ tịch UBND tỉnh",) if shared else ())


def test_a_writer_given_an_office_in_the_text_is_an_official() -> None:
    text = (
        "Huyện ủy sơ kết công tác dân vận\nSáng 5/6/2024, Huyện ủy tổ chức hội nghị. Đồng chí Lê Văn An, "
        "Trưởng Ban Dân vận Huyện ủy trình bày báo cáo.\nLê Văn An"
    )
    result = extract(text)
    assert result.author.value == "Lê Văn An"
    assert [p.name for p in result.officials] == ["Lê Văn An"]


def _locality(text: str) -> tuple[tuple[str | None, str | None, str | None], str]:
    result = extract(text)
    value = result.locality.value
    return (value.name, value.level, value.province), result.review.get("locality", {}).get("why", "")


def test_an_office_s_unit_does_not_outrank_the_unit_the_article_is_about() -> None:
    found, _ = _locality(
        "Bí thư Tỉnh ủy dự đại hội điểm cấp xã\nSáng 2/8/2025, đồng chí Lê Văn An, Bí thư Tỉnh ủy Gia Lai "
        "dự Đại hội Đảng bộ xã Ia Chia lần thứ I, nhiệm kỳ 2025 - 2030."
    )
    assert found == ("Ia Chia", "xã", "Gia Lai")


def test_a_ward_that_acts_in_the_lead_outranks_its_city_in_the_headline_and_is_flagged() -> None:
    found, why = _locality(
        "Thành phố Đà Nẵng sôi nổi ngày hội an ninh\nSáng 15/8/2025, UBND phường Hải Châu tổ chức "
        "Ngày hội toàn dân bảo vệ an ninh Tổ quốc."
    )
    assert found == ("Hải Châu", "phường", "Đà Nẵng")
    assert "Đà Nẵng" in why and "Hải Châu" in why


def test_the_map_of_the_article_s_date_gives_the_province() -> None:
    # Phan Thiết: a city of Bình Thuận before July 2025, a ward of Lâm Đồng after it
    before, _ = _locality("Đại hội Đảng bộ thành phố\nSáng 2/8/2020, Đảng bộ thành phố Phan Thiết tổ chức Đại hội.")
    after, _ = _locality("Đại hội Đảng bộ phường\nSáng 2/8/2025, Đảng bộ phường Phan Thiết tổ chức Đại hội.")
    assert before == ("Phan Thiết", "thành phố", "Bình Thuận") and after == ("Phan Thiết", "phường", "Lâm Đồng")


def test_a_province_named_without_its_level_in_the_headline_gives_the_province() -> None:
    found, _ = _locality("Cần Thơ: Đại hội Đảng bộ phường Tân An\nSáng 20/7/2025, Đảng bộ phường Tân An họp.")
    assert found == ("Tân An", "phường", "Cần Thơ")


def test_review_reasons_are_vietnamese_and_quote_their_words() -> None:
    result = extract("Làm việc với huyện\nChiều 7/6, Đoàn công tác của tỉnh làm việc với UBND huyện.")
    assert "“Chiều 7/6”" in result.review["date"]["why"] and "không có năm" in result.review["date"]["why"]
    assert "“huyện”" in result.review["locality"]["why"]


def test_a_byline_on_the_last_line_of_a_capped_page_is_flagged() -> None:
    head, tail = "Huyện ủy sơ kết công tác dân vận\n", "\nMinh Hả"
    lead = "Sáng 5/6/2024, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận sáu tháng đầu năm. " * 30
    room = 1996 - len(head.encode()) - len(tail.encode())
    capped = head + lead.encode()[:room].decode(errors="ignore").rstrip() + "." + tail
    result = extract(capped)
    assert result.author.value == "Minh Hả" and "Minh Hả" in result.review["author"]["why"]
    assert "author" not in extract(head + lead[:400] + "\nMinh Hải").review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lãnh đạo tỉnh thăm đơn vị kết nghĩa\nSáng 3/2/2024, lãnh đạo tỉnh Bà Rịa-Vũng Tàu đến thăm đơn vị kết nghĩa.",
         ("Bà Rịa-Vũng Tàu", "tỉnh", "Bà Rịa-Vũng Tàu")),
        ("Kiểm tra bộ máy mới\nChiều 2/7/2025, Chủ tịch UBND TP.HCM kiểm tra tại phường Phú An (Bình Dương cũ).",
         ("Phú An", "phường", "Hồ Chí Minh")),
        ("Kỳ họp HĐND xã\nNgày 20/4/2024, HĐND xã Khóa XII tổ chức kỳ họp chuyên đề.", (None, "xã", None)),
        ("Thăm quân dân đặc khu\nSáng 5/8/2025, đoàn công tác thăm quân dân đặc khu Côn Đảo.",
         ("Côn Đảo", "đặc khu", "Hồ Chí Minh")),
        ("Tiếp xúc cử tri\nNgày 9/12/2025, Đoàn ĐBQH thành phố Huế tiếp xúc cử tri các phường Thuận Hóa, Phú Xuân.",
         ("Huế", "thành phố", "Huế")),
        ("Tiếp xúc cử tri\nNgày 9/12/2025, tại phường Thuận Hóa, Đoàn ĐBQH thành phố Huế tiếp xúc cử tri các phường "
         "Thuận Hóa, Phú Xuân.", ("Thuận Hóa", "phường", "Huế")),
        ("Chuẩn bị bầu cử\n(XYZ) - Lãnh đạo thành phố Cần Thơ đánh giá cao các tổ bầu cử.\nChiều 12/3/2026, đoàn kiểm "
         "tra công tác bầu cử tại các khu vực bỏ phiếu trên địa bàn phường Long Tuyền.",
         ("Long Tuyền", "phường", "Cần Thơ")),
    ],
)
def test_two_tier_map_names(text: str, expected: tuple) -> None:
    assert _locality(text)[0] == expected


def test_a_timestamp_after_the_headline_is_the_page_date() -> None:
    page = parse_page("Huyện ủy tổng kết công tác năm 05/01/2024 17:58\nSáng 4/1, Huyện ủy tổng kết công tác năm.")
    assert page.title.text == "Huyện ủy tổng kết công tác năm" and page.header_dates[0].date.isoformat() == "2024-01-05"


def test_a_meeting_named_by_its_month_is_not_its_date() -> None:
    text = (
        "UBND họp thường kỳ\n05/12/2025\n(XYZ) - Phiên họp thường kỳ tháng 11-2025 ghi nhận tăng trưởng.\n"
        "Ngày 5-12, UBND họp."
    )
    assert find_date(parse_page(text)).value == "2025-12-05"


@pytest.mark.parametrize(
    ("tail", "expected"),
    [("M. HOÀNG", "M. HOÀNG"), ("Bt: Thu Hà", "Thu Hà"), ("Tin-ảnh: Thu Hà", "Thu Hà")],
)
def test_bylines_with_an_initial_or_a_label(tail: str, expected: str) -> None:
    text = f"Huyện ủy sơ kết công tác dân vận\nSáng 5/6/2024, Huyện ủy tổ chức hội nghị sơ kết công tác.\n{tail}"
    assert find_byline(parse_page(text)).author.value == expected


def test_two_writers_in_capitals_under_the_headline() -> None:
    text = "Huyện ủy sơ kết công tác dân vận\nTHU HÀ - MINH ANH\nSáng 5/6/2024, Huyện ủy tổ chức hội nghị sơ kết."
    assert find_byline(parse_page(text)).author.value == "THU HÀ - MINH ANH"


def test_a_byline_under_the_headline_is_not_the_lead() -> None:
    text = (
        "Huyện ủy sơ kết công tác dân vận\n06/06/2024\nThu Hà\nThu Hà\n"
        "Công tác dân vận của huyện có nhiều chuyển biến tích cực trong sáu tháng qua.\n"
        "Sáng 5/6, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận."
    )
    assert find_date(parse_page(text)).value == "2024-06-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị bầu 3 Phó Chủ tịch là ông Lê Văn An, ông Trần Văn Bình và ông Đỗ Văn Cường.",
         {"Lê Văn An": ("Phó Chủ tịch",), "Trần Văn Bình": ("Phó Chủ tịch",), "Đỗ Văn Cường": ("Phó Chủ tịch",)}),
        ("Các Phó Giám đốc Ban quản lý dự án gồm các ông Lê Văn An, Trần Văn Bình.",
         {"Lê Văn An": ("Phó Giám đốc Ban quản lý dự án",), "Trần Văn Bình": ("Phó Giám đốc Ban quản lý dự án",)}),
        ("Dự có các nguyên Phó Bí thư Tỉnh ủy Phạm Chánh An, Võ Văn Bình.",
         {"Phạm Chánh An": ("nguyên Phó Bí thư Tỉnh ủy",), "Võ Văn Bình": ("nguyên Phó Bí thư Tỉnh ủy",)}),
        ("Báo cáo kết luận của Phó Chủ tịch UBND tỉnh, ông Lê Văn An về dự án.",
         {"Lê Văn An": ("Phó Chủ tịch UBND tỉnh",)}),
        ("Đ/c H Thu Hà Byă – UVBTV, Trưởng ban Dân vận Huyện ủy; bà Lê Thị Cúc – Chuyên viên Văn phòng Huyện ủy.",
         {"H Thu Hà Byă": ("UVBTV", "Trưởng ban Dân vận Huyện ủy"), "Lê Thị Cúc": ()}),  # (a staff post: no office)
    ],
)
def test_lists_under_a_heading_and_names_that_look_like_titles(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HĐND tỉnh bãi nhiệm chức vụ Phó Chủ tịch HĐND tỉnh đối với ông Lê Văn An, Chủ tịch UBND tỉnh "
         "đối với ông Trần Văn Bình và Phó Chủ tịch UBND tỉnh Đỗ Văn Cường.",  # (offices relieved are no roles)
         {"Lê Văn An": (), "Trần Văn Bình": (), "Đỗ Văn Cường": ("Phó Chủ tịch UBND tỉnh",)}),
        ("HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối với các ông Lê Văn An, Giám đốc Sở Y tế; "
         "Trần Văn Bình, Giám đốc Sở Tài chính.",
         {"Lê Văn An": ("Ủy viên UBND tỉnh", "Giám đốc Sở Y tế"),
          "Trần Văn Bình": ("Ủy viên UBND tỉnh", "Giám đốc Sở Tài chính")}),
        ("Ngày 4-10, các vị đại biểu Quốc hội tỉnh gồm: ông Lê Văn An – Phó Trưởng đoàn; bà Đỗ Thị Cúc – Chủ tịch "
         "Hội Nông dân tỉnh.",
         {"Lê Văn An": ("đại biểu Quốc hội tỉnh", "Phó Trưởng đoàn"),
          "Đỗ Thị Cúc": ("đại biểu Quốc hội tỉnh", "Chủ tịch Hội Nông dân tỉnh")}),
        ("Ông Lê Văn An, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh kiêm Chỉ huy trưởng Ban Chỉ huy Bộ đội Biên phòng "
         "tỉnh dự.",
         {"Lê Văn An": ("Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh kiêm Chỉ huy trưởng Ban Chỉ huy Bộ đội Biên phòng "
                        "tỉnh",)}),
        ("Ba Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí: Lê Văn An, Trần Văn Bình.",
         {"Lê Văn An": ("Phó Bí thư Tỉnh ủy",), "Trần Văn Bình": ("Phó Bí thư Tỉnh ủy",)}),
    ],
)
def test_offices_given_to_a_list_after_doi_voi_or_a_heading(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiếp xúc cử tri\nTối 7/2, các ứng cử viên đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031 tiếp xúc cử tri xã.",
         "2026-02-07"),
        ("Trao quyết định\nSáng 3/3, UBND tỉnh trao Quyết định số 467/QĐ-TTg ngày 28/2/2025 của Thủ tướng.",
         "2025-03-03"),
        ("Khai giảng\nSáng 5/9, lãnh đạo huyện dự lễ khai giảng năm học mới 2022 - 2023.", "2022-09-05"),
        ("Thẩm tra\n08/07/2025\nSáng 7/8, Ban thẩm tra nội dung trình kỳ họp dự kiến tổ chức trong tháng 8/2025.",
         "2025-08-07"),
    ],
)
def test_years_the_text_fixes(text: str, expected: str) -> None:
    found = find_date(parse_page(text))
    assert found.value == expected and found.review


def test_an_event_date_further_down_when_the_lead_has_none() -> None:
    text = (
        "Bổ nhiệm giám đốc ban quản lý dự án\n04/03/2026\nTỉnh vừa kiện toàn lãnh đạo các ban quản lý dự án.\n"
        "Việc kiện toàn nhằm nâng cao hiệu quả đầu tư công của tỉnh trong năm.\n"
        "Ngày 28/2, Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm giám đốc các ban."
    )
    found = find_date(parse_page(text))
    assert found.value == "2026-02-28" and "28/2" in found.review


def test_a_role_cut_where_the_page_stops_keeps_what_precedes_it() -> None:
    def cut(text: str) -> dict[str, tuple[str, ...]]:
        return {m.name: m.roles for m in mentions_in(text, cut=True)}

    assert cut("Tỉnh bổ nhiệm ông Lê Văn An - Bí thư Đảng ủy, Ch") == {"Lê Văn An": ("Bí thư Đảng ủy",)}
    assert cut("Về phía tỉnh có đồng chí Lê Văn An - Bí th") == {"Lê Văn An": ()}
    # a caption without a full stop, in the middle of a page, keeps its role
    assert roles_of("Chia tay đồng chí Lê Văn An - nguyên Phó Chủ tịch UBND huyện") == {
        "Lê Văn An": ("nguyên Phó Chủ tịch UBND huyện",)
    }


def test_a_heading_with_lower_case_words_before_gom() -> None:
    text = "Các Phó giám đốc BQLDA nông nghiệp - nông thôn gồm các ông Lê Văn An, Trần Văn Bình."
    role = ("Phó giám đốc BQLDA nông nghiệp - nông thôn",)
    assert roles_of(text) == {"Lê Văn An": role, "Trần Văn Bình": role}


def test_the_last_line_cut_by_the_size_limit_is_read_as_a_paragraph() -> None:
    page = parse_page("Huyện ủy tổng kết công tác năm\nSáng 4/1/2024, Huyện ủy tổng kết công tác năm.\n"
                      "Tham dự có đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và bà Tr")
    assert page.blocks[-1].text.endswith("bà Tr") and not page.tail


def test_the_old_unit_a_new_one_came_from() -> None:
    text = "Đại hội Đảng bộ xã\nSáng 2/8/2025, Đảng bộ xã Phú An (huyện Bến Cát cũ) tổ chức Đại hội lần thứ I."
    assert extract(text).locality.value.former == "huyện Bến Cát"
    before = "Đại hội Đảng bộ xã\nSáng 2/8/2020, Đảng bộ xã Phú An (huyện Bến Cát) tổ chức Đại hội."
    assert extract(before).locality.value.former is None


def test_one_letter_level_abbreviations_only_tight_against_the_name() -> None:
    assert [(m.level, m.name) for m in find_mentions("kiểm tra tại P.Phú An và Q.Hải Châu")] == [
        ("phường", "Phú An"),
        ("quận", "Hải Châu"),
    ]
    assert find_mentions("Ảnh: P. Hùng") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trước đó, các ông Lê Văn An và Trần Văn Bình đều là phó chủ tịch UBND tỉnh.",
         {"Lê Văn An": ("phó chủ tịch UBND tỉnh",), "Trần Văn Bình": ("phó chủ tịch UBND tỉnh",)}),
        ("Ông Lê Văn An là Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XV.",
         {"Lê Văn An": ("Ủy viên Ban Chấp hành Đảng bộ tỉnh khóa XV",)}),
        ("Ông Lê Văn An là người có uy tín trong thôn.", {"Lê Văn An": ()}),
    ],
)
def test_an_office_stated_with_la_is_kept_as_written(text: str, expected: dict) -> None:
    assert roles_of(text) == expected


def test_a_slogan_like_headline_over_a_long_standfirst_stays_the_headline() -> None:
    text = (
        "Vì nhân dân phục vụ, lực lượng công an xã ra quân\n"
        "Công an xã đã tổ chức ra quân tuyên truyền, vận động người dân chấp hành pháp luật về trật tự "
        "an toàn giao thông và phòng cháy chữa cháy trên địa bàn.\nSáng 5/6/2024, Công an xã ra quân."
    )
    assert find_title(parse_page(text)).value == "Vì nhân dân phục vụ, lực lượng công an xã ra quân"


def test_a_title_that_runs_into_the_next_name_is_that_name_s() -> None:
    assert roles_of("Dự có Phó Bí thư Tỉnh ủy Lê Văn An, Chủ tịch UBND tỉnh Trần Văn Bình.") == {
        "Lê Văn An": ("Phó Bí thư Tỉnh ủy",),
        "Trần Văn Bình": ("Chủ tịch UBND tỉnh",),
    }


def test_a_school_or_street_named_after_a_person_is_not_an_official() -> None:
    assert roles_of("Bà Lê Thị Cúc, Hiệu trưởng Trường THPT Ngô Sĩ Liên; ông Trần Văn Bình, Bí thư Huyện ủy.") == {
        "Lê Thị Cúc": ("Hiệu trưởng Trường THPT Ngô Sĩ Liên",),
        "Trần Văn Bình": ("Bí thư Huyện ủy",),
    }
    assert roles_of("Phó Chủ tịch UBND thành phố Lê Văn An kiểm tra tuyến đường Nguyễn Huệ.") == {
        "Lê Văn An": ("Phó Chủ tịch UBND thành phố",)
    }
