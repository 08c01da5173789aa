"""Round-ups: an article that reports from several units of one tier (`Tại xã A, …` / `Ở xã B, …`, `khánh thành
18 cầu tại 3 địa phương ở Đồng Tháp`, `nhiều địa phương ở TP. Cần Thơ đồng loạt …`) is about the unit that holds
them, where the map of the article's time makes that unit the province; else the unit chosen stays, flagged."""

from __future__ import annotations

import re

from ..textnorm import tone_key
from . import gazetteer
from .found import Found
from .page import Page, paragraphs
from .places import find_mentions
from .provinceof import era_of
from .provincewide import is_whole_province
from .unittally import Locality, Tally

# a paragraph that reports from one of several units: `Tại P. Vỹ Dạ, 24 đảng viên …`, `Ở xã B, …`
_REPORTS_FROM = re.compile(r"^(?:tại|ở)\s", re.I)

# `tại 3 địa phương ở Đồng Tháp`, `nhiều địa phương ở TP. Cần Thơ`: units counted, not named, in one province
_COUNTED_PLACES = re.compile(
    r"\b(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều)\s+(?:địa phương|huyện|xã|phường)\s+"
    r"(?:ở|của|thuộc|trong|trên địa bàn)\s",
    re.I,
)


def two_tier(when: str | None, level: str, name: str) -> bool:
    """Whether the unit is read on the map of 1 July 2025, where a commune's parent is its province: by the
    article's date, or for an undated one, by a unit the old map lacks."""
    era = era_of(when)
    return era == "2025" or (era is None and not gazetteer.provinces_of(name, level, "legacy"))


def _province_holds(when: str | None, level: str, name: str) -> bool:
    """Whether the unit's parent is its province on the map of the article's time: a commune on the new map,
    a district (a provincial city, a town) on the old one, the only one with districts."""
    if level in gazetteer.COMMUNE_LEVELS:
        return two_tier(when, level, name)
    return gazetteer.TIER.get(level) == "district" and era_of(when) != "2025"


def round_up(page: Page, chosen: tuple[str, str]) -> list[str]:
    """Other units of the chosen one's tier that body paragraphs open with (`Tại P. Kim Trà, …`, `Tại huyện Tây
    Hòa, …` after `TP Tuy Hòa`), each as written with its level."""
    tier = gazetteer.TIER.get(chosen[0])
    others: list[str] = []
    for text in paragraphs(page)[1:]:
        if not _REPORTS_FROM.match(text):
            continue
        opening = next(iter(find_mentions(text[:60])), None)
        if opening is None or opening.name is None or opening.start > 4:
            continue
        same = opening.level == chosen[0] or (tier == "district" and gazetteer.TIER.get(opening.level) == tier)
        shown = opening.name if opening.level == chosen[0] else f"{opening.level} {opening.name}"
        if same and tone_key(opening.name) != chosen[1] and shown not in others:
            others.append(shown)
    return others


def counted_places(texts: list[str]) -> str:
    """The headline's or lead's words counting the units an article covers (`tại 3 địa phương ở …`), or ``."""
    return next((m.group().strip() for text in texts if (m := _COUNTED_PLACES.search(text))), "")


def round_up_found(
    page: Page, chosen: tuple[str, str], best: Tally, province: str | None, when: str | None
) -> Found[Locality] | None:
    """`Tại P. Vỹ Dạ, …` / `Tại P. Kim Trà, …`: a round-up of units of one tier is its parent's, where the map
    of the article's time makes the province that parent; else the unit stays, flagged."""
    level, name = chosen[0], best.name
    if is_whole_province(level, name):
        return None
    others = round_up(page, chosen)
    if not others:
        return None
    why = f"bài điểm tin nhiều {level} ({name}, {', '.join(others[:3])})"
    if province and _province_holds(when, level, name):
        whole = Locality(province, gazetteer.province_level(province), province)
        return Found(whole, best.text, f"{why}: ghi theo {province}")
    return Found(Locality(name, level, province), best.text, f"{why}: có thể bài nói về đơn vị chứa chúng")
