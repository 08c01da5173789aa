"""Round forty-one of issue 13's rules, written after the first looks of on2 and osc2: an award round named by its
day (`đợt 2/9/2025`), a menu's bulleted items, a portal's motto over the headline, a sector's words as given names,
two organ names (`Đoàn Dân chính Đảng`, `Ban Chỉ đạo bầu cử tỉnh`), and the year a Tết greeting or a Khmer festival
gives. People are made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import Extraction, extract
from bantin.ingest.officials import mentions_in
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
