"""Venue against subject: a meeting of a provincial body held in a ward or at a district office, or
one about several districts at once, is the province's news, not the venue's."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..textnorm import tone_key
from . import gazetteer
from .mentioncontext import in_a_title
from .places import Mention, find_mentions

_PROVINCE_LEVELS = ("tỉnh", "thành phố")
# a unit followed by what it does to hold the event: `UBND xã A tổ chức …`, `huyện B đã diễn ra …`
ORGANISER = re.compile(
    r"\s*(?:[^\s,.;]+\s+){0,3}?(?:đã\s+|long trọng\s+|vừa\s+)?"
    r"(?:tổ chức|họp|khai mạc|tiến hành|diễn ra|đã diễn ra|phối hợp|ban hành|triển khai)\b",
    re.I,
)

# a provincial body written before its province: `Đoàn Đại biểu Quốc hội (ĐBQH) tỉnh X`, `Ủy ban MTTQ Việt Nam tỉnh`
DELEGATES_AND_FRONT = r"Đoàn (?:đại biểu Quốc hội|ĐBQH)|Ủy ban (?:MTTQ|Mặt trận Tổ quốc)(?: Việt Nam)?"
_BODY_BEFORE = re.compile(rf"(?:{DELEGATES_AND_FRONT})(?:\s*\([^)]*\))?\s*$", re.I)
# what the body does is hold a meeting: `tổ chức hội nghị`, `họp`, `tổ chức cuộc họp`, `khai mạc kỳ họp`
_HOLDS_A_MEETING = re.compile(
    r"[^.;:]{0,70}?\b(?:đã\s+|vừa\s+)?"
    r"(?:(?:tổ chức|tiến hành|khai mạc)\s+(?:hội nghị|cuộc họp|phiên họp|kỳ họp)|họp)\b",
    re.I,
)
# a meeting linked to every commune of the province, or said to concern the whole province
PROVINCE_WIDE = re.compile(r"\btoàn (?:tỉnh|thành phố)\b|\b\d+ điểm cầu\b", re.I)


def provincial_organiser(lead: str) -> tuple[Mention, str] | None:
    """The provincial body (its province mention) that the lead says holds the meeting, with the
    words that say so, if any."""
    mentions = find_mentions(lead)
    for index, mention in enumerate(mentions):
        if mention.level not in _PROVINCE_LEVELS or mention.former:
            continue
        if mention.name and not gazetteer.is_province(mention.name):
            continue
        if not mention.organ and not _BODY_BEFORE.search(lead[max(0, mention.start - 45) : mention.start]):
            continue
        meeting = _HOLDS_A_MEETING.match(lead, mention.end)
        if not meeting:
            continue
        # (`Tỉnh ủy X và huyện Y tổ chức …`: a smaller unit between them shares the organising)
        between = [m for m in mentions[index + 1 :] if m.start < meeting.end()]
        if all(m.level in _PROVINCE_LEVELS for m in between):
            body = max(lead.rfind(",", 0, mention.start), lead.rfind(".", 0, mention.start), mention.start - 40)
            return mention, lead[body + 1 : meeting.end()].strip()
    return None


def province_over_unit(
    lead: str, level: str, name: str, office: bool, several: bool, province: str | None
) -> tuple[str, str, str, str] | None:
    """`tại Huyện ủy X, Ban Thường vụ Tỉnh ủy Y tổ chức hội nghị …` (`office`: the unit chosen is named
    as the venue's office), `Thường trực HĐND tỉnh họp … các huyện A, B` (`several`), `Đoàn ĐBQH tỉnh …
    kết nối 77 điểm cầu`: (province, its level, the organiser's words, why) when the lead's organiser is
    a provincial body, else None. `province`: the chosen unit's, for a body written without its name."""
    wide = bool(PROVINCE_WIDE.search(lead))
    if not (office or several or wide):
        return None
    found = provincial_organiser(lead)
    if found is None:
        return None
    organiser, words = found
    chosen = organiser.name or province
    if not chosen:
        return None
    how = "một trong nhiều đơn vị" if several else ("nơi họp" if office else "một điểm cầu của cả tỉnh")
    why = f"sapo: cơ quan cấp tỉnh tổ chức họp (“{words}”), {level} {name} là {how}: "
    why += f"ghi theo {organiser.level} {chosen}"
    return chosen, organiser.level, words, why


def is_whole_province(level: str, name: str) -> bool:
    """A province, or a centrally governed city (a `thành phố` that no `tỉnh` shares its name with, unlike
    the provincial city `thành phố Lào Cai`)."""
    if level == "tỉnh":
        return gazetteer.is_province(name)
    return level == "thành phố" and gazetteer.is_province(name) and not gazetteer.lookup(name, "tỉnh")


_LOWER_LEVELS = ("thị xã", "quận", "huyện", "thị trấn", "phường", "đặc khu", "xã")


def units_inside(province: str, others: list[tuple[str, str]], era: str | None) -> list[tuple[str, str]]:
    """Of the other units an article names (level, name), those the gazetteer puts inside `province` on the
    map of the article's date: where a provincial leader's visit or a provincial body's works may be."""
    inside = []
    for level, name in others:
        if level not in _LOWER_LEVELS:
            continue
        provinces = gazetteer.provinces_of(name, level, era)
        if provinces and gazetteer.same_province(province, provinces):
            inside.append((level, name))
    return inside


def unit_elsewhere(province: str, others: list[tuple[str, str]], era: str | None) -> str:
    """`Phó Chủ tịch UBND tỉnh Bắc Giang … tại chùa Hàm Long`, the temple `thuộc … phường Nam Sơn`, which the map
    puts in no unit of Bắc Giang: the province may be only the visitor's, and the event elsewhere."""
    for level, name in others:
        provinces = gazetteer.provinces_of(name, level, era, fall_back=True) if level in _LOWER_LEVELS else ()
        if provinces and not gazetteer.same_province(province, provinces):
            return f"bài còn nêu {level} {name}, không thuộc {province}: kiểm tra sự kiện diễn ra ở đâu"
    return ""


# a provincial body the lead makes the subject: `Tỉnh ủy, HĐND, UBND tỉnh … tổ chức`, `Đoàn ĐBQH tỉnh X tiếp xúc …`
_PROVINCIAL_BODY = re.compile(
    r"\b(?:Tỉnh ủy|Tỉnh uỷ|(?:HĐND|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|Ủy ban MTTQ(?: Việt Nam)?|"
    r"UBMTTQVN|Đoàn (?:đại biểu Quốc hội|ĐBQH))(?:\s*,\s*(?:HĐND|UBND|Ủy ban MTTQ(?: Việt Nam)?|UBMTTQVN))*\s+tỉnh)\b"
)
# `tại một số xã, phường trên địa bàn tỉnh`: several units the lead does not name
SEVERAL_UNNAMED = re.compile(
    r"\b(?:một số|các|nhiều)\s+(?:xã|phường|huyện|địa phương|địa bàn)\s*(?:,\s*(?:xã|phường))?\b"
)


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s")


def opening_sentences(lead: str) -> str:
    """The lead's first two sentences: the one that reports the event (a date's own sentence may come first)."""
    return " ".join(SENTENCE_BREAK.split(lead, maxsplit=2)[:2])


def provincial_subject(lead: str, in_a_title: Callable[[str, int], bool]) -> str | None:
    """The words of a provincial body the lead's first sentence makes the subject (not one inside an office
    title, `Chủ tịch UBND tỉnh A`): the event may then be the province's, wherever it was held."""
    sentence = opening_sentences(lead)
    for match in _PROVINCIAL_BODY.finditer(sentence):
        if not in_a_title(sentence, match.start()):
            return match.group()
    return None


# `kiểm tra … 3 xã (Thượng Lâm, Hợp Tiến, Hợp Thanh)`: communes counted and listed in brackets
_COUNTED_COMMUNES = re.compile(r"\b(?:\d+|hai|ba|bốn|năm)\s+(?:xã|phường|thị trấn)\s*\([^()]{3,20}", re.I)


def narrower_subject(texts: str, level: str, name: str, inside: list[tuple[str, str]]) -> str:
    """Why a province chosen may be too wide: the headline or lead (`texts`) counts the communes it is about
    (`kiểm tra … 3 xã (A, B, C)`), or the article names units inside it (`inside`: level, name, from
    `units_inside`) where a provincial leader's visit or a provincial body's works may be (`Chủ tịch UBND tỉnh
    kiểm tra … xã Z`)."""
    counted = _COUNTED_COMMUNES.search(texts)
    if counted:
        return f"sapo nêu “{counted.group()}…”: có thể bài nói về đơn vị chứa các xã đó, không phải {name}"
    if not inside:
        return ""
    shown = ", ".join(f"{lv} {n}" for lv, n in inside[:3])
    return f"bài còn nêu {shown} thuộc {level} {name}: có thể bài nói về đơn vị cụ thể hơn"


def unnamed_organiser(lead: str, level: str, name: str) -> str:
    """`UBND xã tổ chức phiên họp …; … trạm kiểm lâm, xã B`: the lead's organiser is a unit of the level
    chosen, or of a higher one (`Thành ủy và UBND thành phố tổ chức …` over `Chủ tịch UBND đặc khu X`), that
    it does not name; the one named may be another (an attendee's address, an office's unit)."""
    for mention in find_mentions(lead):
        if mention.name:
            return ""  # (only what stands before the first unit the lead names)
        above = gazetteer.tier_rank(mention.level) >= gazetteer.tier_rank(level)  # (its own level or a higher one)
        if mention.organ and above and ORGANISER.match(lead, mention.end, mention.end + 80):
            quoted = lead[mention.start : mention.end + 30]
            return f"sapo: {mention.level} không nêu tên tổ chức (“{quoted}”); {level} {name} có thể là đơn vị khác"
        if mention.organ and not above and _HEAD_OF.search(lead[max(0, mention.start - 30) : mention.start]):
            opening = lead.rfind(" ", 0, max(0, mention.start - 30)) + 1  # (whole words: `đồng chí A - Bí thư …`)
            quoted = lead[opening : mention.end]
            unit = mention.level
            return f"sapo: người đứng đầu {unit} không nêu tên (“{quoted}”): bài có thể nói về {unit} đó"
    return ""


# an office-holder's title right before an unnamed unit: the lead's actor heads that unit
_HEAD_OF = re.compile(r"\b(?:bí thư|chủ tịch|giám đốc|trưởng)\s*(?:\S+\s+){0,2}$", re.I)


_VISIT = re.compile(r"\b(?:thăm|kiểm tra|khảo sát|làm việc|chúc tết|chúc mừng)\b", re.I)


def provincial_body_at_city(lead: str, level: str, city: str, province: str) -> str | None:
    """`tại TP. Nha Trang, Đại hội … Hội Liên hiệp Phụ nữ tỉnh … bế mạc`: the words of the province the lead names
    outside an office title, when a provincial city (`level`, `city`, in `province`) is only where its event took
    place; None when the lead's sentence visits the city (`thăm … tại Thành phố Cao Bằng`: the city is the subject)."""
    mentions = find_mentions(lead)
    body = next((m for m in mentions if m.level == "tỉnh" and not in_a_title(lead, m.start)), None)
    if body is None or (body.name and not gazetteer.same_province(body.name, [province])):
        return None
    at = next((m for m in mentions if m.level == level and tone_key(m.name or "") == tone_key(city)), None)
    if at is not None and _VISIT.search(SENTENCE_BREAK.split(lead[: at.start])[-1]):
        return None
    return lead[body.start : body.end]
