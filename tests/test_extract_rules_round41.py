"""Rounds forty-one to forty-three of issue 13's rules. Forty-one, after the first looks of on2 and osc2: an award
round named by its day (`đợt 2/9/2025`), a menu's bulleted items, a portal's motto over the headline, a sector's words
as given names, two organ names (`Đoàn Dân chính Đảng`, `Ban Chỉ đạo bầu cử tỉnh`), and the year a Tết greeting or a
Khmer festival gives; forty-two and forty-three below. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import Extraction, extract
from bantin.ingest.officials import mentions_in
from bantin.ingest.patterns import is_furniture
from tests.ingest_helpers import FILLER, ROOT

CORPUS = ROOT / "tests" / "corpus"


def _extracted(name: str) -> Extraction:
    return extract((CORPUS / name).read_text(encoding="utf-8"))


def test_an_award_round_named_by_its_day_is_no_event_date() -> None:
    assert str(_extracted("on2/002_hai-phong-hung-thang-huy-hieu-dang.txt").date.value) == "2025-09-24"


def test_a_menus_bulleted_items_are_no_headline() -> None:
    title = _extracted("osc2/023_kien-giang-hop-mat-chol-chnam-thmay.txt").title.value
    assert title == "Kiên Giang họp mặt mừng Chôl Chnăm Thmây năm 2025"


def test_a_layouts_bullets_before_headline_date_and_lead_are_still_dropped() -> None:
    page = ("• Đảng bộ xã Hùng Thắng trao Huy hiệu Đảng cho đảng viên\n• Thời gian đăng: 25/09/2025\n"
            f"• Chiều ngày 24/9/2025, Đảng bộ xã Hùng Thắng tổ chức Lễ trao tặng Huy hiệu Đảng. {FILLER * 3}")
    assert extract(page).title.value == "Đảng bộ xã Hùng Thắng trao Huy hiệu Đảng cho đảng viên"


def test_a_portals_motto_over_the_headline() -> None:
    title = _extracted("on2/016_yen-bai-mu-cang-chai-bau-cu-2021.txt").title.value
    assert title.startswith("Mù Cang Chải: 40/92 điểm bầu cử")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ông Trương An Ninh, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.", [("Trương An Ninh", 1)]),
        ("Ông Lê Văn Hà, Giám đốc Sở An ninh phát biểu.", [("Lê Văn Hà", 1)]),
        ("Bà Lê Thị Hà, Ủy viên Ban Thường vụ Đoàn Dân chính Đảng tỉnh Hà Tây phát biểu.", [("Lê Thị Hà", 1)]),
    ],
)
def test_names_against_sector_and_organ_words(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.name, len(m.roles)) for m in mentions_in(sentence)] == expected


def test_an_election_bodys_name_goes_on_in_lower_case() -> None:
    mention = mentions_in("Ông Lê Văn Hà, Thành viên Ban Chỉ đạo bầu cử tỉnh làm Trưởng đoàn kiểm tra số 8.")[0]
    assert mention.roles == ("Thành viên Ban Chỉ đạo bầu cử tỉnh",)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Ngày 3-2, đoàn công tác Công an tỉnh đến thăm, chúc tết xã Hưng Long nhân dịp Xuân Bính Ngọ 2026.",
         "2026-02-03"),
        ("Ngày 8/4, Tỉnh ủy tỉnh Sóc Trăng tổ chức họp mặt nhân dịp Tết Chôl Chnăm Thmây 2024.", "2024-04-08"),
    ],
)
def test_the_year_a_festival_gives(lead: str, expected: str) -> None:
    page = f"Họp mặt mừng năm mới\n\n{lead} Ông Lê Văn Hà, Chủ tịch UBND tỉnh dự. {FILLER * 3}"
    assert str(extract(page).date.value) == expected


# Round forty-two, after the first looks of pn2 and psc2: a newspaper's masthead, a line of social networks, and a
# headline with the page's stamp at the end of its own line.


def test_a_newspapers_masthead_is_no_headline() -> None:
    page = ("Logo-print CƠ QUAN CỦA TRUNG ƯƠNG HỘI - TIẾNG NÓI CỦA CỰU CHIẾN BINH VIỆT NAM\n\n"
            "Gia Lai - Đại hội đại biểu Hội Doanh nhân Cựu chiến binh tỉnh, lần thứ I\n\nHuy Bắc 20/01/2026 - 20:02\n\n"
            f"Sáng 20/1, Hội Doanh nhân Cựu chiến binh tỉnh Gia Lai tổ chức Đại hội. {FILLER * 3}")
    assert extract(page).title.value == "Gia Lai - Đại hội đại biểu Hội Doanh nhân Cựu chiến binh tỉnh, lần thứ I"


@pytest.mark.parametrize("line", ["Youtube Facebook Tiktok Zalo", "Facebook | Zalo | Instagram"])
def test_a_line_of_social_networks_is_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_headline_that_ends_in_the_pages_stamp() -> None:
    title = _extracted("psc2/003_an-giang-bien-phong-huan-chuong.txt").title.value
    assert title == "Biên phòng tỉnh An Giang đón nhận Huân chương Chiến công hạng Nhì"


def test_a_caption_that_ends_in_the_pages_stamp_is_still_no_headline() -> None:
    page = ("Ông Lê Văn Hà phát biểu tại buổi làm việc. 17/06/2025 10:37\n\n(PLO)- Bộ Chỉ huy Bộ đội Biên phòng "
            "tỉnh An Giang tổ chức lễ đón nhận Huân chương\n\nNgày 17-6, tại TP Châu Đốc, Bộ Chỉ huy Bộ đội Biên "
            f"phòng tỉnh An Giang tổ chức lễ đón nhận Huân chương. {FILLER * 3}")
    assert extract(page).title.value != "Ông Lê Văn Hà phát biểu tại buổi làm việc."


def test_a_district_that_became_a_special_zone_is_read_on_the_new_map() -> None:
    locality = _extracted("psc2/022_quang-tri-con-co-tro-thanh-dac-khu.txt").locality.value
    assert (locality.level, locality.name) == ("đặc khu", "Cồn Cỏ")


def test_a_district_of_the_old_map_stays_one() -> None:
    page = ("Huyện đảo Cồn Cỏ tổ chức lễ kỷ niệm\n\nNgày 5/3/2024, huyện đảo Cồn Cỏ tổ chức lễ kỷ niệm ngày thành lập; "
            f"ông Lê Văn Hà, Bí thư Huyện ủy dự. Sau này huyện có thể trở thành đặc khu Cồn Cỏ. {FILLER * 3}")
    assert extract(page).locality.value.level == "huyện"


# Round forty-three, after the first looks of rn2 and rsc2: an illustration's caption and a mass organisation's name
# over the lead are no headline.


def test_an_illustrations_caption_is_no_headline() -> None:
    title = _extracted("rn2/007_lang-son-pho-chu-tich-tinh-tiep-cong-dan-thang-2.txt").title
    assert title.value is None or title.review


def test_a_mass_organisations_name_alone_is_the_sites_banner() -> None:
    page = ("Hội Nông dân tỉnh Bình Định\nThứ hai - 03/03/2025 10:49\nNgày 28/02/2025, tại nhà văn hóa thôn Khánh Lộc, "
            f"Hội Nông dân xã Cát Hanh tổ chức ra mắt Tổ hội nghề nghiệp; ông Lê Văn Hà, Chủ tịch Hội dự. {FILLER * 3}")
    title = extract(page).title
    assert title.value != "Hội Nông dân tỉnh Bình Định"
    assert title.value is None or title.review
