"""Rounds thirty-nine and forty of issue 13's rules. Thirty-nine: a provincial story that names one commune of the
province, and tells of it in the headline or lead in its own right, is that commune's news (flagged for the editor).
Forty, after the first looks of nn2 and nsc2: a commune named among the guests is not told of in its own right; a
commune's name in capitals after `XÃ`; people the text mourns; an office and its organ over a verb as a headline; the
year a lunar year's name gives. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.lunar import cycle_year
from tests.ingest_helpers import FILLER, ROOT, locality_of

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


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        (  # a second commune: a round-up
            "Lãnh đạo tỉnh Lạng Sơn kiểm tra khắc phục sạt lở",
            "Ngày 5/11/2025, Phó Chủ tịch UBND tỉnh Lạng Sơn Lê Văn Hà cùng đoàn công tác của tỉnh Lạng Sơn đã kiểm "
            "tra công tác khắc phục sạt lở đất của xã Đồng Đăng và xã Cao Lộc.",
        ),
        (  # the commune only as the venue's address
            "Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII",
            "Sáng 14/10/2025, tại Trung tâm Hội nghị tỉnh (xã Đồng Đăng), Đảng bộ tỉnh Lạng Sơn tổ chức Đại hội đại "
            "biểu lần thứ XVIII.",
        ),
        (  # the commune only inside an office
            "HĐND tỉnh Lạng Sơn bầu bổ sung Phó Chủ tịch UBND tỉnh",
            "Ngày 20/11/2025, HĐND tỉnh Lạng Sơn tổ chức kỳ họp chuyên đề, bầu ông Lê Văn Hà, Bí thư Đảng ủy xã Đồng "
            "Đăng, giữ chức Phó Chủ tịch UBND tỉnh.",
        ),
        (  # one of two communes, the second written without its level word (round forty-three)
            "Xuân Biên phòng ấm lòng dân bản",
            "Sáng 28/1/2026, Bộ đội Biên phòng tỉnh Lạng Sơn phối hợp với UBND hai xã Đồng Đăng, Cao Lộc tổ chức "
            "chương trình Xuân Biên phòng.",
        ),
        (  # the commune only among the guests (round forty)
            "Ký kết quy chế kết nghĩa giữa hai đơn vị biên phòng",
            "Ngày 26/8/2025, Bộ đội Biên phòng tỉnh Lạng Sơn ký kết quy chế kết nghĩa với đơn vị bạn. Tham dự còn có "
            "đại diện lãnh đạo UBND xã Đồng Đăng.",
        ),
    ],
)
def test_a_commune_the_story_does_not_tell_of_leaves_the_province(headline: str, lead: str) -> None:
    level, name, _ = locality_of(headline, lead)
    assert (level, name) == ("tỉnh", "Lạng Sơn")


def test_a_border_visit_on_a_real_page_is_the_communes() -> None:
    page = CORPUS / "isc2" / "023_tay-ninh-pho-bi-thu-chuc-tet-bien-gioi-xa-tan-lap.txt"
    found = extract(page.read_text(encoding="utf-8")).locality
    assert (found.value.level, found.value.name, found.value.province) == ("xã", "Tân Lập", "Tây Ninh")
    assert found.review


def test_a_communes_name_in_capitals_after_its_level_word() -> None:
    page = ("XÃ TÂY TRÀ BỒNG CHỦ ĐỘNG TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG BÃO\n\nSáng ngày 20/10/2025, đoàn công tác "
            f"của xã do ông Lê Văn Hà, Chủ tịch UBND xã dẫn đầu kiểm tra các điểm xung yếu. {FILLER * 3}")
    found = extract(page).locality.value
    assert (found.level, found.name.casefold(), found.province) == ("xã", "tây trà bồng", "Quảng Ngãi")


def test_a_leader_the_text_mourns_holds_no_office_today() -> None:
    page = ("Lãnh đạo tỉnh viếng Nghĩa trang liệt sĩ\n\nSáng 27/7/2025, ông Lê Văn Hà, Bí thư Tỉnh ủy Cà Mau dẫn "
            "đầu đoàn đến viếng Nghĩa trang liệt sĩ tỉnh. Các đại biểu dành một phút mặc niệm tưởng nhớ Chủ tịch Hồ "
            f"Chí Minh và Tổng Bí thư Trần Văn Bình. {FILLER * 3}")
    names = [person.name for person in extract(page).officials]
    assert names == ["Lê Văn Hà"]


def test_an_office_over_a_verb_is_a_headline_not_a_caption() -> None:
    page = ("Bí thư Tỉnh ủy thăm, trao quà ngày đầu năm mới\n\nBí thư Tỉnh ủy Lê Văn Hà thăm hỏi một gia đình "
            "chính sách. Ảnh: THOẠI KỲ\n\nNhân dịp Tết Nguyên đán Tân Sửu 2021, trưa ngày mùng 1 Tết, ông Lê Văn Hà, "
            f"Bí thư Tỉnh ủy đã đến thăm, chúc Tết các gia đình chính sách. {FILLER * 3}")
    title = extract(page).title
    assert (title.value, title.review) == ("Bí thư Tỉnh ủy thăm, trao quà ngày đầu năm mới", "")


def test_a_caption_that_names_the_person_is_still_no_headline() -> None:
    page = ("Bí thư Tỉnh ủy Lê Văn Hà thăm hỏi một gia đình chính sách\n\nBí thư Tỉnh ủy Lê Văn Hà trao quà cho "
            "một cụ tròn 100 tuổi\n\nNhân dịp Tết Nguyên đán Tân Sửu 2021, trưa ngày mùng 1 Tết, ông Lê Văn Hà, Bí "
            f"thư Tỉnh ủy đã đến thăm, chúc Tết các gia đình chính sách. {FILLER * 3}")
    title = extract(page).title
    assert title.value is None or title.review


def test_lunar_year_names() -> None:
    assert [cycle_year(*name.split()) for name in ("Nhâm Dần", "Giáp Thìn", "Bính Ngọ", "Quý Mão", "Canh Tý")] == [
        2022, 2024, 2026, 2023, 2020]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Sáng 7-2 (tức mùng 7 tháng Giêng năm Nhâm Dần), UBND thành phố tổ chức lễ phát động Tết trồng cây.",
         "2022-02-07"),
        ("Ngày 18/8 (tức ngày 15 tháng 7 năm Giáp Thìn), UBND tỉnh tổ chức lễ hội.", "2024-08-18"),
        ("Ngày 20/1 (tức 29 tháng Chạp năm Quý Mão), UBND tỉnh tổ chức gặp mặt.", "2024-01-20"),
    ],
)
def test_the_year_a_lunar_year_gives(lead: str, expected: str) -> None:
    page = f"Lễ hội ở tỉnh Nam Định\n\n{lead} Ông Lê Văn Hà, Chủ tịch UBND tỉnh dự. {FILLER * 3}"
    date = extract(page).date
    assert str(date.value) == expected
    assert date.review  # an inferred year is flagged for the editor
