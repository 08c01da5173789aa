"""Who holds a public office: a company's, a cooperative's, a church's or a staff post is none; a cleric
holds one only when it is named; a namesake of a historical figure does when a local office is named; a
person tied only to years long gone is of the past; an office relieved is held no more."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..textnorm import tone_key
from . import knowledge

# `miễn nhiệm chức vụ Chủ tịch UBND tỉnh … đối với ông A`: an office ends; A held it until then (kept, no role)
RELIEVING_VERBS = ("miễn nhiệm", "bãi nhiệm", "thôi")
# (an abbreviation's point, `UBND TP.Hà Nội`, does not end the clause)
_CLAUSE = r"(?:[^.;:]|\.(?=\S))"
_LIST = r"(?:[^.:]|\.(?=\S))"  # (after `đối với`, names may be listed across `;`)
_RELIEVED = re.compile(
    rf"\b(?:{'|'.join(RELIEVING_VERBS)})\b{_CLAUSE}{{0,220}}\b(?:đối )?với\b(?:\s*:)?{_LIST}{{0,80}}?"
    r"(?:ông|bà|đồng chí|đ/c)?\s*$",
    re.I,
)
# `để ông A thôi tham gia Ủy ban Kiểm tra, thôi giữ chức …`: the office left, written after the name
_LEAVES = re.compile(r"\s*thôi\s+(?:giữ chức|tham gia|làm)\b", re.I)
# `Thượng tọa A, Ủy viên Ban Chấp hành Hội …`: a cleric holds a public office only when one is named
_CLERIC_TITLES = ("hòa thượng", "thượng tọa", "đại đức", "ni trưởng", "ni sư", "linh mục", "giám mục", "mục sư")
# bodies of the state and the Party in every province; an office in one is a public office …
_STATE_BODIES = (
    "hđnd", "ubnd", "hội đồng nhân dân", "ủy ban nhân dân", "tỉnh ủy", "thành ủy", "huyện ủy", "mttq", "đbqh"
)
# … and so is one in these (a cleric's office counts with them) …
_PUBLIC_BODIES = (*_STATE_BODIES, "quốc hội", "đảng", "mặt trận")
# … while only these are today's local ones (not `Tổng Bí thư … Đảng`, a historical figure's title too)
_LOCAL_BODIES = (*_STATE_BODIES, "đảng ủy", "công an tỉnh", "sở")
STAFF = tone_key("chuyên viên ")  # `chuyên viên Phòng Kinh tế …`: staff, not an office (the sets' convention)


_PRIVATE = re.compile(
    r"\b(?:công ty|cty|hợp tác xã|htx|(?<!hiệp hội )doanh nghiệp|tnhh|cổ phần|tmcp|trang trại|tổ hợp tác|"
    r"cơ sở sản xuất|cơ sở chế biến|chủ cơ sở|chủ doanh nghiệp|chủ nhiệm htx|nhà hàng|khách sạn|"
    r"hđqt|hội đồng quản trị)\b",  # (a company's board: a state group's is its `HĐTV`)
    re.I,
)


# a church's own bodies: a dignitary holding only these is not a public office holder
_RELIGIOUS = re.compile(
    r"\b(?:giáo hội|ban trị sự|ban tăng|tăng sự|phật giáo|công giáo|giáo phận|tòa giám mục|hội thánh|tin lành|"
    r"cao đài|hòa hảo|hoà hảo|giáo xứ|tu viện|chùa|sư sãi)\b",
    re.I,
)


@cache
def _keyed(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(map(knowledge.key_tuple, phrases))


def _names_one_of(role: str, bodies: tuple[str, ...]) -> bool:
    """Whether an office names one of the bodies, whatever the case or the tone placement (`ủy`/`uỷ`)."""
    keys, keyed = knowledge.key_tuple(role), _keyed(bodies)
    sizes = {len(body) for body in keyed}
    return any(keys[at : at + size] in keyed for size in sizes for at in range(len(keys) - size + 1))


# a Buddhist monastic's name opens with `Thích` (`ĐĐ.Thích Tâm Thanh`, `TT. Thích Minh Lộc`: titles abbreviated)
_MONASTIC = tone_key("thích")


def is_cleric(before: str, name: str = "") -> bool:
    """Whether the words right before a name are a cleric's title (`Thượng tọa`, `Linh mục`), or the name is a
    monastic's."""
    first_word = name.split(maxsplit=1)[:1]
    if first_word and tone_key(first_word[0]) == _MONASTIC:
        return True
    titles = _keyed(_CLERIC_TITLES)
    words = before.split()
    if not words or tone_key(words[-1]) not in {title[-1] for title in titles}:
        return False  # (most names follow no such word: spare tokenizing the words before each)
    return knowledge.key_tuple(before)[-2:] in titles  # (every title is two words)


def public_office(roles: Iterable[str]) -> bool:
    return any(_names_one_of(role, _PUBLIC_BODIES) for role in roles)


def holds_public_office(roles: tuple[str, ...]) -> bool:
    """`Trần Quốc Toản, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh`: a namesake of a historical figure
    holding an office of today's state or party."""
    return any(_names_one_of(role, _LOCAL_BODIES) for role in roles)


def private(role: str) -> bool:
    """A company's or a cooperative's office, or a church's, is not a public one."""
    return bool(_PRIVATE.search(role) or _RELIGIOUS.search(role))


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DOCUMENT_NUMBER = re.compile(r"\b\d+\s*/\s*(?:\d+\s*/\s*)?[A-ZĐ][\w.-]*", re.I)  # `số 1879/QĐ-UBND`: no year
# a birth year: `sinh năm 1967`, `(SN 1967)`, `s. 1967`
_BORN = re.compile(r"(?:\bsinh(?:\s+(?:năm|ngày|tháng))?|\bSN\b\.?|\bs\.)[\s\d/.-]*?\b(?:1[89]\d\d|20\d\d)\b", re.I)


PAST_REACH = 100  # characters after a name read for its years (`… Phó Chủ tịch UBND xã nhấn mạnh … năm 1960` is not)


def of_the_past(sentence: str, year: int | None, name: str = "") -> bool:
    """A mention tied only to years long gone (`… được bổ nhiệm năm 1964`) is a historical figure; years told well
    after the name (the history of a movement the speaker recalls) are not the person's."""
    if year is None:
        return False
    at = sentence.find(name) if name else -1
    near = sentence if at < 0 else sentence[: at + len(name) + PAST_REACH]
    years = [int(y) for y in _YEAR.findall(_BORN.sub("", _DOCUMENT_NUMBER.sub("", near)))]
    return bool(years) and max(years) <= year - 30


# mourning before a name: `dành một phút mặc niệm … tưởng nhớ … Tổng Bí thư A`, `vô cùng thương tiếc đồng chí A`
_MOURNED = re.compile(r"\b(?:tưởng nhớ|mặc niệm|thương tiếc)\b", re.I)


def mourned(sentence: str, name: str) -> bool:
    """Whether the sentence mourns the person named (the words of mourning come before the name)."""
    at = sentence.find(name)
    return at > 0 and bool(_MOURNED.search(sentence[:at]))


RELIEVED_REACH = 400  # characters before a name read for its relieving verb (a page of one huge line stays linear)


def relieved(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`…`end` is one an office is relieved from (`miễn nhiệm … đối với ông A`,
    `ông A thôi giữ chức …`)."""
    return bool(_RELIEVED.search(text[max(0, start - RELIEVED_REACH) : start]) or _LEAVES.match(text, end))
