"""Round fifty-seven of issue 13's rules, after the first looks of bn6 and bsc6: a page's clock in brackets
(`(17:01 | 02/06/2023)`) or with its time zone after the date (`09:11, 18/07/2023 [GMT+7]`) is the page's date, not
the lead's event; a province's delegation speaking for its bodies (`Đoàn đại biểu Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ
Việt Nam tỉnh A`) that lays incense in another province gives the province visited; a ward or commune that shares
its province's name is flagged (tests/quality_floors.yaml holds bn6 015, the page that showed it). People are
made up; units are real ones of the gazetteer."""

from __future__ import annotations

import pytest

from bantin.ingest.extract import extract
from bantin.ingest.narrower import province_namesake
from tests.ingest_helpers import FILLER, locality_of

HEADLINE = "Đại hội đại biểu Hội Nông dân huyện Châu Thành lần thứ XI"


@pytest.mark.parametrize("clock", ["(17:01 | 02/06/2023)", "09:11, 02/06/2023 [GMT+7]"])
def test_a_pages_clock_is_not_the_event(clock: str) -> None:
    lead = f"Trong 2 ngày 25 và 26/5/2023, Đại hội đại biểu Hội Nông dân huyện Châu Thành đã diễn ra. {FILLER * 3}"
    assert extract(f"{HEADLINE}\n{clock}\n\n{lead}").date.value == "2023-05-25"


def test_a_delegation_laying_incense_in_another_province_gives_the_province_visited() -> None:
    lead = (
        "Ngày 20/7/2023, Đoàn đại biểu Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Lào Cai do đồng chí Trần Văn "
        "Nam, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã đến dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang "
        "Liệt sĩ quốc gia A1 tại tỉnh Điện Biên."
    )
    level, name, _ = locality_of("Đoàn đại biểu tỉnh Lào Cai dâng hương tri ân liệt sĩ tại tỉnh Điện Biên", lead)
    assert (level, name) == ("tỉnh", "Điện Biên")


def test_a_ward_named_as_its_province_is_flagged() -> None:
    why = province_namesake("phường", "Lào Cai", "Lào Cai")
    assert "phường Lào Cai trùng tên tỉnh Lào Cai" in why
    assert province_namesake("phường", "Kim Tân", "Lào Cai") == ""
    assert province_namesake("tỉnh", "Lào Cai", "Lào Cai") == ""
