"""Round one hundred and thirteen of issue 13's rules, after bn55 and bsc55's first look (taken on round one hundred and
twelve): a numbered breadcrumb (`1. Tin tức` / `2. …` / `3. <headline>`) over the headline printed again is
furniture, so the headline is read even when it has a caption's verbs; a province's delegation that visits one place
of its own province (`Đoàn lãnh đạo tỉnh A … đã đến thăm … trên địa bàn thị xã B`) gives that place, flagged. People
are made up; places are real."""

from __future__ import annotations

from bantin.ingest.extract import extract
from tests.ingest_helpers import FILLER

_PAGE = (
    "1. Tin tức\n  2. Tin kinh tế xã hội\n  3. Lãnh đạo tỉnh Bình Dương thăm tặng quà người cao tuổi\n\n"
    "Lãnh đạo tỉnh Bình Dương thăm tặng quà người cao tuổi\n\n16/2/2022\n31 lượt xem\n"
    "Sáng ngày 14/02/2022, Đoàn lãnh đạo tỉnh Bình Dương do bà Nguyễn Thị Phương Lan – Phó Giám đốc Sở Giáo dục và Đào "
    "tạo tỉnh Bình Dương làm trưởng đoàn đã đến thăm và chúc thọ các cụ tròn 100 tuổi trên địa bàn thị xã Bến Cát.\n\n"
    + FILLER * 3 + "\n"
)


def test_a_numbered_breadcrumb_over_the_headline_is_furniture() -> None:
    assert extract(_PAGE).title.value == "Lãnh đạo tỉnh Bình Dương thăm tặng quà người cao tuổi"


def test_a_provinces_delegation_visiting_one_of_its_places_gives_that_place_flagged() -> None:
    found = extract(_PAGE).locality
    assert (found.value.level, found.value.name, found.value.province) == ("thị xã", "Bến Cát", "Bình Dương")
    assert "nơi đến" in found.review
