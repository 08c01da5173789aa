"""Several units named at once in the lead: `các xã A, B và C`, `2 xã A-B`, `xã A và phường B`.

Such an article (a delegation's voter meetings, gifts or inspections in several communes) is about
the unit that holds them all, not the first one named: a district the text names on the old map, else
the province, left unnamed when the text never names it. The choice is always flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnorm import tone_key
from . import gazetteer
from .page import Page
from .places import Mention, bare_names, find_mentions
from .provinceof import bare_provinces
from .provincewide import is_whole_province, units_inside

_TIER = gazetteer.TIER

_LEVEL_WORD = r"(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|TP\.?)"
# what may join two units of one list: `A, B`, `A và B`, `A-B`, `A; B`
# (`thị xã A và các huyện B, C`: a count or `các` before the level word of the list's next part)
_JOIN = re.compile(rf"\s*(?:,|;|và|-|–)\s*(?:(?:(?:các|hai|ba|bốn|\d+)\s+)?(?P<level>{_LEVEL_WORD})\s+)?", re.I)
_WORD = re.compile(r"[^\s,;.:()\-–]+")
# what may stand between a list and the unit that holds it: `… thuộc huyện X`, `… (TPHCM)`, `…, tỉnh Y`
_HOLDER = re.compile(r"\s*(?:\(|,|-|–)?\s*(?:thuộc\s+|của\s+|trên địa bàn\s+)?", re.I)

_PLURAL = re.compile(r"\b(?:các|hai|ba|bốn|\d+)\s*$", re.I)
# `Đến dự có …, lãnh đạo hai xã A và B`: the people of the units attend; the list is not the subject
# (`làm việc với lãnh đạo 5 xã …`: the units a leader works with are)
_THEIR_LEADERS = re.compile(
    r"(?<!với )\b(?:lãnh đạo|đại diện)\s+(?:(?:các|hai|ba|bốn|\d+)\s+)?(?:đảng ủy,?\s+)?$", re.I
)
# `… được hình thành trên cơ sở hợp nhất các xã A, B và C`: the old units a new one was made of, not the subject
_MERGED = re.compile(r"\b(?:hợp nhất|sáp nhập|nhập)\b[^.;:]{0,30}$", re.I)
# `tiếp xúc cử tri các phường A, B`: voters of several units meet at one of them
_VOTERS = re.compile(r"\b(?:cử tri|tiếp xúc)\b", re.I)
_MEETING_OF_SEVERAL = "hội nghị tiếp xúc cử tri của nhiều đơn vị"


@dataclass(frozen=True)
class ListParent:
    name: str | None
    level: str
    words: str  # the list as written
    why: str
    first: bool = False  # the first unit is kept (a voter meeting held there), only flagged


def list_parent(
    texts: list[str], level: str, name: str, named: list[tuple[str, str]], era: str | None
) -> ListParent | None:
    """The unit holding the list that the chosen unit (`level`, `name`) opens or belongs to in one
    of `texts` (the headline and the lead), or None when it is written alone. `named`: every unit
    the article names (level, as written)."""
    tier = _TIER.get(level)
    if tier not in ("commune", "district") or is_whole_province(level, name):
        return None
    chosen = (level, tone_key(name))
    for text in texts:
        for mention in find_mentions(text):
            if _TIER.get(mention.level) != tier or not mention.name or is_whole_province(mention.level, mention.name):
                continue
            plural = bool(_PLURAL.search(text[max(0, mention.start - 12) : mention.start]))
            before = text[max(0, mention.start - 40) : mention.start]
            if mention.start > 0 and (_THEIR_LEADERS.search(before[-30:]) or _MERGED.search(before)):
                continue
            own = _provinces(mention.name, mention.level, era)
            others, end = _listed_after(text, mention, tier, own, era, plural)
            # the list the chosen unit opens, or one it is a later item of (`huyện A và thành phố B`)
            if not others or chosen not in {(mention.level, tone_key(mention.name))} | {
                (lv or mention.level, tone_key(n)) for lv, n in others
            }:
                continue
            words = text[max(0, mention.start - 12) : end].strip()
            voters = bool(_VOTERS.search(text[max(0, mention.start - 40) : mention.start]))
            if voters and _held_at(texts, level, name, tier, own, era):
                # a voter meeting of several units held at one of them: its host is kept, flagged
                why = f"{_MEETING_OF_SEVERAL} (“{words}”) tổ chức tại {level} {name}: ghi theo nơi tổ chức"
                return ListParent(name, level, words, why, first=True)
            provinces = set(own)
            for other_level, other in others:
                if other_level:  # (a name the gazetteer lacks says nothing of the province)
                    provinces &= _provinces(other, other_level, era)
            written = _written_holder(text, end, tier)
            if len(provinces) != 1 and written is None:
                return None  # `hai tỉnh A và B`, or units of different provinces: no one holder
            holder = _holder(text, end, tier, next(iter(provinces), ""), named, era, words)
            if voters:  # (no unit is named as where it was held: the meeting is the holder's)
                why = f"{_MEETING_OF_SEVERAL} (“{words}”), không nêu nơi tổ chức: ghi theo đơn vị chứa các đơn vị đó"
                return ListParent(holder.name, holder.level, words, why)
            return holder
    return None


# `tại Hội trường UBND xã X`, `tại trụ sở HĐND-UBND quận Y`: the clause before a unit says it is where things happen
# (`tại hội trường Đảng uỷ, HĐND, UBND xã X`: commas inside the building's name; no other unit before X)
_HELD_AT = re.compile(
    r"\btại\s+(?:(?:(?!\b(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|các)\b)[^.;:])){0,50}$", re.I
)


def _held_at(texts: list[str], level: str, name: str, tier: str, provinces: set[str], era: str | None) -> bool:
    """Whether the headline or the lead names (`level`, `name`) alone as where the event is held:
    `tại xã A` (not `tại các xã A, B` nor `tại xã A và xã B`)."""
    for text in texts:
        for mention in find_mentions(text):
            if mention.level != level or not mention.name or tone_key(mention.name) != tone_key(name):
                continue
            before = text[max(0, mention.start - 60) : mention.start]
            if not _HELD_AT.search(before) or _PLURAL.search(before):
                continue
            if not _listed_after(text, mention, tier, provinces, era, False)[0]:
                return True
    return False


def _provinces(name: str, level: str, era: str | None) -> set[str]:
    """(a unit the map of the article's era lacks, `huyện A` in a text dated after July 2025 by a page clock,
    is placed by the other map)"""
    return {tone_key(p) for p in gazetteer.provinces_of(name, level, era, fall_back=True)}


def _listed_after(
    text: str, mention: Mention, tier: str, provinces: set[str], era: str | None, plural: bool
) -> tuple[list[tuple[str, str]], int]:
    """The units of the same tier and province listed right after `mention`, and where the list ends.
    `plural`: the list opens with `các`, `hai`, `3`: a name the gazetteer lacks is still one of it."""
    others: list[tuple[str, str]] = []
    at = mention.end
    while True:
        join = _JOIN.match(text, at)
        if not join:
            break
        level = _level_of(join["level"]) or mention.level
        if _TIER.get(level) != tier:
            break
        words = [w for w in _WORD.finditer(text, join.end(), join.end() + 100) if w.start() < join.end() + 60][:5]
        run = []
        for word in words:
            if not word.group()[:1].isupper() or (run and text[run[-1].end() : word.start()] != " "):
                break
            run.append(word)
        found = next(
            (
                (level, text[run[0].start() : run[size - 1].end()])
                for size in range(len(run), 0, -1)
                if provinces & _provinces(text[run[0].start() : run[size - 1].end()], level, era)
            ),
            None,
        )
        if found is None and plural and run and len(run) <= 3 and not join["level"]:
            found = ("", text[run[0].start() : run[-1].end()])  # (`các xã Đăk Tô, Ngọc Tụ`: a new name)
        if not run or found is None or (not join["level"] and gazetteer.is_province(found[1])):
            break  # (`phường Đồng Hới, Quảng Trị`: a province after a comma is the address)
        others.append(found)
        at = run[0].start() + len(found[1])
    return others, at


def _level_of(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    return "thành phố" if word.startswith("tp") else word


def _holder(
    text: str, end: int, tier: str, province: str, named: list[tuple[str, str]], era: str | None, words: str
) -> ListParent:
    why = f"sapo nêu nhiều đơn vị một lúc (“{words}”): ghi theo đơn vị chứa các đơn vị đó"
    written = _written_holder(text, end, tier)
    if written is not None:
        return ListParent(written.name, written.level, words, why)
    if tier == "commune" and era != "2025":
        districts = {
            tone_key(n): (lv, n)
            for lv, n in named
            if _TIER.get(lv) == "district" and not is_whole_province(lv, n) and province in _provinces(n, lv, era)
        }
        if len(districts) == 1:
            level, name = next(iter(districts.values()))
            return ListParent(name, level, words, why)
    return ListParent(_written_province(named, province), gazetteer.province_level(province), words, why)


def _written_holder(text: str, end: int, tier: str) -> Mention | None:
    """The unit of a higher tier written right after a list (`các xã A, B của huyện X`, `… (TPHCM)`): its holder,
    whatever the map says of the listed names (`xã Ga Ry`, a spelling the map lacks)."""
    after = _HOLDER.match(text, end)
    written = next(iter(find_mentions(text[after.end() : after.end() + 80])), None) if after else None
    if written and written.start == 0 and written.name and _higher(written.level, tier):
        return written
    return None


def _higher(level: str, tier: str) -> bool:
    holder = "tỉnh" if level == "thành phố" else level
    return gazetteer.tier_rank(holder) > gazetteer.TIERS.index(tier)


def _written_province(named: list[tuple[str, str]], province: str) -> str | None:
    """The province as the article writes it, when it names it with its level word."""
    return next(
        (n for lv, n in named if lv in ("tỉnh", "thành phố") and gazetteer.same_province(n, [province])
         and gazetteer.is_province(n)),
        None,
    )


def bare_holder(page: Page, level: str, unit_level: str, unit: str, era: str | None) -> str | None:
    """`Hội Nông dân An Giang` over `… huyện Phú Tân, Thoại Sơn`: the one province the headline or lead (else the
    page) writes without its level word, when it holds the listed unit, is the holder the list leaves unnamed."""
    if level not in ("tỉnh", "thành phố"):
        return None
    written = bare_provinces(page) or sorted(
        {name for name in bare_names(" ".join(line.text for line in page.lines), level) if gazetteer.is_province(name)}
    )
    bare = [p for p in written if units_inside(p, [(unit_level, unit)], era)]
    return bare[0] if len(bare) == 1 else None
