"""Round ninety-four of issue 13's rules, after bsc39 001: a Central Highlands name that print runs together or
writes with another apostrophe (`huyện EaKar`, `huyện M’Đrắk`) is the map's unit all the same, and the locality keeps
the writer's spelling. People are made up; units are real ones."""

from __future__ import annotations

import pytest

from bantin.ingest import gazetteer
from bantin.ingest.extract import extract
from bantin.ingest.places import find_mentions
from tests.ingest_helpers import FILLER


@pytest.mark.parametrize(("written", "level"), [("EaKar", "huyện"), ("KrôngPắc", "huyện"), ("M’Đrắk", "huyện")])
def test_a_name_run_together_or_with_another_apostrophe_is_on_the_map(written: str, level: str) -> None:
    assert gazetteer.provinces_of(written, level) == ("Đắk Lắk",)


def test_names_differing_by_more_than_spaces_stay_apart() -> None:
    assert gazetteer.lookup("EaKarr", "huyện") == ()


def test_a_mention_keeps_the_name_as_written() -> None:
    mentions = find_mentions("Ủy ban MTTQ huyện EaKar đã khảo sát tại xã Cư Bông, huyện Krông Pắc.")
    assert [(m.level, m.name) for m in mentions] == [("huyện", "EaKar"), ("xã", "Cư Bông"), ("huyện", "Krông Pắc")]


def test_the_locality_is_spelled_as_the_article_spells_it() -> None:
    lead = (
        "Sáng ngày 06/05/2020, Thường trực Ủy ban MTTQ huyện EaKar tổ chức Đoàn khảo sát nhà ở cho các hộ nghèo. "
        "Tham gia đoàn có ông Lê Văn Hòa, Phó Chủ tịch Ủy ban MTTQ huyện EaKar."
    )
    found = extract(f"Khảo sát hỗ trợ xây nhà Đại đoàn kết\n\n{lead}\n\n" + FILLER * 3)
    assert (found.locality.value.level, found.locality.value.name) == ("huyện", "EaKar")
    assert found.locality.value.province == "Đắk Lắk"
