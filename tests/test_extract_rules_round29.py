"""Round twenty-nine of issue 13's rules, written after the first looks of xn and xsc (before yn and ysc were
seen): a unit named again in guests' titles, an address written without commas, the one commune a district's
lead addresses, a photo's positions, a quoted sentence, the one year a text writes, bylines signed for an
organisation or glued to a list's heading, a historical name in lower case, a name cut by the size limit,
document numbers, `tiếp tục làm`, and an office voted `bầu bổ sung chức danh … đối với`. People are made up;
units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.years import written_year
from tests.ingest_helpers import FILLER, headline_withheld, locality_of


def test_a_unit_in_many_guests_titles_does_not_outweigh_the_congress_it_attends() -> None:
    page = (f"Đại hội Đảng bộ phường\n\nTham dự có ông Lê Văn Hà, Ủy viên Ban Thường vụ Thành ủy, Trưởng ban Kinh tế "
            "- Ngân sách HĐND TP. Huế; bà Trần Thị Lan, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch UBMTTQ Việt Nam TP. "
            "Huế; ông Đinh Công, Phó Chủ tịch UBND TP. Huế cùng 250 đại biểu của Đảng bộ phường An Cựu.\n\nĐại hội "
            f"đại biểu Đảng bộ phường An Cựu lần thứ I diễn ra ngày 12/8/2025. {FILLER * 3}")
    locality = extract(page).locality.value
    assert (locality.level, locality.name) == ("phường", "An Cựu")


def test_a_commune_addressed_in_a_district_written_bare_is_chosen_and_flagged() -> None:
    lead = ("(QNO) - Sáng 21/9/2023, Bí thư Tỉnh ủy Lê Văn Hà cùng đoàn công tác của tỉnh có chuyến kiểm tra, chỉ đạo "
            "công tác ứng phó, khắc phục sạt lở do mưa bão tại làng Tăk Chay (thôn 5, xã Trà Cang, Nam Trà My). Lãnh "
            "đạo Sở NN&PTNT, Bộ Chỉ huy Quân sự tỉnh và huyện Nam Trà My đi cùng đoàn.")
    level, name, review = locality_of("Kiểm tra sạt lở tại Nam Trà My, Bí thư Tỉnh ủy: \"An toàn là trên hết\"", lead)
    assert (level, name) == ("xã", "Trà Cang") and "huyện Nam Trà My" in review


@pytest.mark.parametrize(
    "caption",
    [
        "Trưởng ban Kinh tế - Ngân sách HĐND thành phố Lê Văn Hà (thứ 5 từ phải qua) tặng hoa chúc mừng Đại hội",
        "Bí thư Thành ủy Lê Văn Hà (bên phải) trao quyết định cho cán bộ",
    ],
)
def test_a_line_that_says_where_people_stand_in_a_photo_is_no_headline(caption: str) -> None:
    page = f"{caption}\n\nTham dự có ông Lê Văn Hà, Trưởng ban Kinh tế - Ngân sách HĐND thành phố. {FILLER * 3}"
    assert headline_withheld(page)


def test_a_long_quoted_sentence_opening_the_page_is_no_headline() -> None:
    quote = ("“Phường cần phát huy truyền thống đoàn kết, đổi mới sáng tạo; khai thác tối đa tiềm năng, lợi thế; "
             "nâng cao chất lượng đời sống nhân dân; giữ gìn và phát huy bản sắc văn hóa; xây dựng phường trở thành "
             "đô thị xanh, văn minh, kiểu mẫu của tỉnh.\"")
    page = f"{quote}\n\nĐây là chỉ đạo của ông Lê Văn Hà tại Đại hội Đảng bộ phường. {FILLER * 3}"
    assert headline_withheld(page)


@pytest.mark.parametrize(
    ("month", "text", "year"),
    [
        (9, "kiểm tra tình hình thực hiện kế hoạch năm 2013 và chuẩn bị kế hoạch năm 2014", 2013),
        (7, "hoàn thành các chỉ tiêu, nhiệm vụ của năm 2025; nhiệm kỳ 2021 - 2026", 2025),
        (1, "tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026", 2026),
        (1, "triển khai kế hoạch năm 2020", None),  # early in a year, one year alone may be either
        (9, "giai đoạn 2021 – 2025, năm 2023 và năm 2025", None),
    ],
)
def test_the_one_year_a_text_writes(month: int, text: str, year: int | None) -> None:
    guessed = written_year(month, text)
    assert (guessed[0][0] if guessed else None) == year


def test_a_day_without_a_year_takes_the_one_year_the_text_writes_flagged() -> None:
    page = ("Kỳ họp thứ 30 HĐND tỉnh\n\nNgày 21/7, HĐND tỉnh khóa XV, nhiệm kỳ 2021 - 2026 khai mạc kỳ họp thứ 30. "
            f"Kỳ họp bàn giải pháp hoàn thành các chỉ tiêu, nhiệm vụ của năm 2025. {FILLER * 3}")
    date = extract(page).date
    assert date.value == "2025-07-21"
    assert "năm 2025" in date.review


@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("Dương Văn An – Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum", "Dương Văn An"),
        ("Mỹ HạnhTin tức khác", "Mỹ Hạnh"),
        ("Gia Thái - Trường Giang", "Gia Thái - Trường Giang"),  # two writers, not a writer and a school
    ],
)
def test_a_byline_signed_for_an_organisation_or_glued_to_a_list_heading(last: str, author: str) -> None:
    page = f"Lễ ra quân đầu xuân\n\nSáng 5/2/2024, huyện tổ chức lễ ra quân. {FILLER * 3}\n{last}\n- Tin khác một"
    assert extract(page).author.value == author


def test_a_labelled_byline_between_two_articles_of_one_page() -> None:
    page = (f"Thành lập ban chỉ đạo\n\nNgày 13/5/2025, tỉnh thành lập ban chỉ đạo. {FILLER * 2}\nBan chỉ đạo tự giải "
            "thể sau khi hoàn thành nhiệm vụ.\nTin, ảnh: VŨ ĐÌNH ĐÔNG\n* Mời bạn đọc vào chuyên mục Xã hội xem các "
            f"tin, bài liên quan.\nChiều 13-5, đại diện Sở Nội vụ cho biết. {FILLER * 2}\nSở trình phương án sắp xếp.")
    assert extract(page).author.value == "VŨ ĐÌNH ĐÔNG"


def test_a_historical_name_whose_last_word_lost_its_capital_is_no_official() -> None:
    names = {p.name for p in extract(f"Liên hoan văn nghệ\n\nCác tiết mục ca ngợi Chủ tịch Hồ Chí minh vĩ đại. "
                                     f"{FILLER * 3}").officials}
    assert not any(name.startswith("Hồ Chí") for name in names)


def test_a_name_cut_by_the_size_limit_is_the_person_named_in_full_before() -> None:
    text = (f"Tặng quà Tết\n\nSáng 29/1/2026, ông Nguyễn Hồng Diên, Phó Bí thư Đảng ủy Quốc hội tặng quà. "
            f"{FILLER * 14}\n\nPhó Bí thư Đảng ủy Quốc hội Nguyễn Hồng Di")
    # (the page stops mid-name at the scraper's limit)
    assert 1900 <= len(text.encode("utf-8")) <= 2000, len(text.encode("utf-8"))
    assert [p.name for p in extract(text).officials] == ["Nguyễn Hồng Diên"]


def test_a_document_number_is_no_year_of_the_past() -> None:
    page = (f"Điều động giám đốc sở\n\nSáng 12/12/2020, UBND tỉnh công bố quyết định. Theo quyết định số 1879/QĐ-UBND "
            f"do Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn An ký, ông Lê Văn Hà được điều động. {FILLER * 3}")
    assert "Đặng Văn An" in {p.name for p in extract(page).officials}


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Hội nghị bầu Ủy ban Kiểm tra gồm 11 thành viên, ông Lê Văn Hà tiếp tục làm Chủ nhiệm.", "Lê Văn Hà",
         ("Chủ nhiệm",)),
        ("HĐND tỉnh đã bầu bổ sung chức danh Phó Chủ tịch Hội đồng nhân dân tỉnh khóa X, nhiệm kỳ 2021-2026 đối với "
         "bà Trần Thị Lan, Tỉnh ủy viên.", "Trần Thị Lan", ("Phó Chủ tịch Hội đồng nhân dân tỉnh", "Tỉnh ủy viên")),
    ],
)
def test_offices_continued_or_voted_as_a_title_are_given_without_their_term(
    text: str, name: str, roles: tuple[str, ...]
) -> None:
    assert {m.name: m.roles for m in mentions_in(text)}[name] == roles


def test_the_one_commune_a_districts_lead_addresses_is_where_the_works_stand() -> None:
    lead = ("Sáng 5/9/2023, UBND huyện Nam Đàn tổ chức lễ khánh thành Trường Tiểu học Hoàng Trù tại xã Kim Liên, "
            "huyện Nam Đàn.")
    level, name, review = locality_of("Khánh thành trường tiểu học", lead)
    assert (level, name) == ("xã", "Kim Liên") and "huyện Nam Đàn" in review
