"""Which province an article's unit lies in, on the map of the article's date, as the text writes it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..adminunits import province_today, without_level
from ..textnorm import tone_key
from . import gazetteer
from .page import Page, paragraphs
from .places import Mention, bare_names, find_mentions

REORGANISED = "2025-07"  # the two-tier map (34 provinces, no districts) from 1 July 2025


def era_of(when: str | None) -> str | None:
    """Which map an article's date belongs to: `legacy` before 1 July 2025, `2025` from then on."""
    if not when:
        return None
    return "2025" if when[:7] >= REORGANISED else "legacy"


def province_of(
    page: Page, level: str, name: str, when: str | None, named: list[str], afters: Sequence[str] = ()
) -> str | None:
    """The province as the text writes it when the text names it, else the gazetteer's (on the map
    of the article's date), by the name it had then; `named`: the page's `named_provinces`; `afters`: the
    words right after each of the unit's mentions, the first of which to give an address (`xã An Mỹ, huyện Tuy
    An`) places it."""
    parent = next((found for after in afters if (found := _parent_in(after))), None)
    province = _province_of(page, level, name, when, named, parent)
    return _name_then(page, province, when) if province else province


_NOT_A_LETTER = re.compile(r"[^\w]+")


def _writes(page: Page, name: str) -> bool:
    """Whether the page writes `name` as whole words, in any case, tone placement or punctuation around it."""
    words = f" {tone_key(_NOT_A_LETTER.sub(' ', ' '.join(line.text for line in page.lines)))} "
    return f" {tone_key(_NOT_A_LETTER.sub(' ', name))} " in words


def _name_then(page: Page, province: str, when: str | None) -> str:
    """`tỉnh Thừa Thiên - Huế` on a page from before the rename: the province keeps the name it had."""
    for old, (new, since) in gazetteer.RENAMED.items():
        if tone_key(new) == tone_key(province) and (when is None or when[:7] < since) and _writes(page, old):
            return old
    return province


_ADDRESS_START = re.compile(r"\s*[,(–-]?\s*")


def _parent_in(after: str) -> Mention | None:
    """The unit written right after another as its address: `, huyện Tuy An`, `(thị xã Hoàng Mai)`."""
    start = _ADDRESS_START.match(after).end()
    first = next(iter(find_mentions(after)), None)
    return first if first is not None and first.name and first.start == start and not first.organ else None


def _province_of(
    page: Page, level: str, name: str, when: str | None, named: list[str], parent: Mention | None = None
) -> str | None:
    if level in ("tỉnh", "thành phố") and gazetteer.is_province(name):
        return name
    candidates = list(gazetteer.provinces_of(name, level, era_of(when), fall_back=True))
    held = gazetteer.provinces_of(parent.name, parent.level, era_of(when), fall_back=True) if parent else ()
    if held:  # `xã An Mỹ, huyện Tuy An`: the commune of that district (`phường 4, thành phố Sa Đéc`: one the map lacks)
        # (`xã A Vương (TP Đà Nẵng)` in October 2025, a commune the new map lacks: the text's own address outweighs
        # the old map's Quảng Nam, which `candidates` fell back on)
        on_map = candidates if gazetteer.provinces_of(name, level, era_of(when)) else []
        candidates = [p for p in candidates if gazetteer.same_province(p, held)] or on_map or list(held)
    in_text = [p for p in named if gazetteer.same_province(p, candidates)]
    if not in_text:  # `Cần Thơ: Đại hội Đảng bộ phường …`, `… (Đà Nẵng)`: a province named without its level
        in_text = [p for p in bare_provinces(page) if gazetteer.same_province(p, candidates)]
    if not in_text:  # (a unit the map of its date lacks, or places elsewhere: the other map's, if the text names it)
        in_text = [p for p in named if gazetteer.same_province(p, gazetteer.provinces_of(name, level))]
    if len(in_text) == 1:
        return _today_if_written(page, in_text[0])
    if len(candidates) == 1:
        return candidates[0]
    # (an address the map does not know, `xã An Hòa, huyện Trảng Bàng` before the district became a town, is of
    # another map's time: the commune's namesakes say nothing, the one province the text names does)
    if (not candidates or (parent and not held)) and len(named) == 1:
        return named[0]
    return None


def _today_if_written(page: Page, province: str) -> str:
    """`tỉnh Đăk Lăk` on a page that also writes `tỉnh Đắk lắk`: today's spelling, which the page uses too."""
    today = gazetteer.OLD_SPELLINGS.get(tone_key(province))
    return today if today and _writes(page, today) else province  # (the page is read only for an old spelling)


def named_provinces(page: Page) -> list[str]:
    """Provinces the page names with their level word (`tỉnh Lâm Đồng`, `Thành ủy Hà Nội`)."""
    text = " ".join(line.text for line in page.lines)
    found = {}
    for mention in find_mentions(text):
        if (
            mention.name
            and not mention.former
            and mention.level in ("tỉnh", "thành phố")
            and gazetteer.is_province(mention.name)
        ):
            found.setdefault(tone_key(mention.name), mention.name)
    return sorted(found.values())


def written_province(page: Page, province: str, named: list[str]) -> str | None:
    """The province when the page writes its name, with its level word (`named`) or without, else None."""
    return province if any(gazetteer.same_province(p, [province]) for p in [*named, *bare_provinces(page)]) else None


def bare_provinces(page: Page) -> list[str]:
    """Province names written without a level word in the headline and the lead."""
    paras = paragraphs(page)[:2]
    text = "\n".join(([page.title.text] if page.title else []) + paras)
    found = {}
    for level in ("tỉnh", "thành phố"):
        for name in bare_names(text, level):
            if gazetteer.is_province(name) and not re.search(rf"{re.escape(name)}\s+cũ\b", text, re.I):
                found.setdefault(tone_key(name), name)
    # (`tư tưởng, đạo đức, phong cách Hồ Chí Minh`: the city's name alone is the President's; the city is `TP`)
    found.pop(tone_key("Hồ Chí Minh"), None)
    return sorted(found.values())


def whole_province(mention: Mention, provinces: list[str]) -> Mention:
    """`tỉnh Ninh` where the page elsewhere writes `tỉnh Ninh Bình`: a province's name cut short; a name
    that is no province's is dropped."""
    if mention.level != "tỉnh" or not mention.name or gazetteer.is_province(mention.name):
        return mention
    whole = [p for p in provinces if tone_key(p).startswith(tone_key(mention.name) + " ")]
    if len(whole) == 1:
        return replace(mention, name=whole[0])
    # (`toàn tỉnh Ban Chỉ đạo …`: capitalised words after `tỉnh` that name no province, in any spelling)
    return mention if _unmarked(mention.name) in _unmarked_provinces() else replace(mention, name=None)


def _unmarked(name: str) -> str:
    """`Đăk Lăk` -> `dak lak`: a name without its marks, for old spellings of a province."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return re.sub(r"\s*[-–]\s*", " ", stripped.replace("Đ", "D").replace("đ", "d")).casefold()


@cache
def _unmarked_provinces() -> frozenset[str]:
    provinces = (u for u in gazetteer.units() if u.level in ("tỉnh", "thành phố") and u.name == u.province)
    return frozenset(_unmarked(u.name) for u in provinces)


def merged_away(names: list[str], when: str | None) -> list[str]:
    """`Khu kinh tế Phú Yên` beside `Viettel Đắk Lắk` in a text of November 2025: on the map of its date, a former
    province merged into another the text names is that one, so only the province of today is kept."""
    if era_of(when) != "2025" or len(names) < 2:
        return names
    keys = {tone_key(name) for name in names}
    today = {name: tone_key(without_level(province_today(name) or "")) for name in names}
    return [name for name in names if today[name] == tone_key(name) or today[name] not in keys]
