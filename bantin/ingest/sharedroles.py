"""Roles written once for several names: a heading over a list (`3 Phó Chủ tịch là ông A, ông B và
ông C`, `các đồng chí Ủy viên Ban Thường vụ: A, …; B, …`), an office given `đối với` the names after
it, and names joined by `và` under one role."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..textnorm import squash_spaces, tone_key
from .officeholders import RELIEVING_VERBS
from .roleterms import TERM_KEYS as _TERM_KEYS
from .tokens import Token
from .units import Unit, unit_at


@dataclass(frozen=True)
class NameSpan:
    first: int  # token indices, inclusive
    last: int


def heading_roles(units: list[Unit], tokens: list[Token], text: str) -> list[tuple[int, int, str]]:
    """A role written once over a list of names: `các đồng chí Ủy viên Ban Thường vụ: A, …; B, …`,
    `3 Phó Chủ tịch là ông A, ông B và ông C`, `Các Phó BQLDA công trình giao thông gồm các ông A, B`:
    (first token, last token of the list, role)."""
    found = []
    for position, unit in enumerate(units):
        first = tokens[unit.first]
        if not (
            (first.key in _PLURAL and unit.kind in ("honorific", "other", "cap"))
            or (first.kind == "num" and len(first.text) <= 2)
        ):
            continue
        while position + 1 < len(units) and (
            tokens[units[position + 1].first].key in (_VI, _LA)
            # (`Các ông, bà giữ chức phó chủ tịch … gồm: …`: those addressed, then the office they hold)
            or units[position + 1].kind == "honorific"
            or (_comma(units[position + 1]) and position + 2 < len(units) and units[position + 2].kind == "honorific")
            or tokens[units[position + 1].first].key in _HOLDING
        ):
            position += 1  # `các vị đại biểu Quốc hội tỉnh gồm: …`, `các đồng chí là …`, `các vị là Ủy viên …`
        if position + 1 >= len(units) or units[position + 1].kind != "title":
            continue
        end = _role_run_end(units, position + 1)
        pieces = []  # `các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: A, …`: two offices for each
        while end + 1 < len(units) and units[end].kind == "sep" and units[end].text == "," and (
            units[end + 1].kind == "title"
        ):
            pieces.append((position + 1 if not pieces else pieces[-1][1] + 1, end))
            end = _role_run_end(units, end + 1)
        lower = end  # `… BQLDA công trình giao thông gồm …`: a few lower-case words before `gồm`/`là`
        passive = None  # `Các Phó Bí thư Tỉnh ủy được Bộ Chính trị chỉ định, gồm: …`: who appointed them
        while (
            lower < len(units)
            and lower - end < 6
            and (units[lower].kind in ("other", "term") or (units[lower].kind == "sep" and units[lower].text in "-–")
                 or (passive is not None and units[lower].kind == "cap")
                 or (_comma(units[lower]) and lower + 1 < len(units)  # `…, nhiệm kỳ 2025-2030 gồm: …`
                     and tokens[units[lower + 1].first].key in _TERM_KEYS))
            and not _ends_heading(tokens[units[lower].first])
        ):  # `Các Phó giám đốc BQLDA nông nghiệp - nông thôn gồm …`
            if passive is None and tokens[units[lower].first].key == _DUOC:
                passive = lower
            lower += 1
        if _comma_before_end(units, tokens, lower):
            end = lower = lower + 1  # `5 Phó Chủ tịch UBND tỉnh X nhiệm kỳ 2021–2026, gồm: …`
        if lower < len(units) and _ends_heading(tokens[units[lower].first]):
            end = lower
        role_stop = end
        aside = _aside_before_end(units, tokens, end)
        if aside is not None:  # `các vị là Ủy viên Trung ương Đảng, đại diện cho …, gồm: …`
            end = aside
        if end >= len(units):
            continue
        opener = tokens[units[end].first]
        if not (units[end].kind == "sep" and opener.text == ":") and not _ends_heading(opener):
            continue
        last = units[passive - 1].last if passive is not None and passive < end else units[role_stop - 1].last
        start = pieces[-1][1] + 1 if pieces else position + 1
        spans = [(units[a].first, units[b - 1].last) for a, b in pieces] + [(units[start].first, last)]
        stop = next((u.first for u in units[end:] if u.kind == "sep" and u.text == "."), len(tokens) - 1)
        for a, b in spans:
            role = _without_term(squash_spaces(text[tokens[a].start : tokens[b].end].rstrip(","))).rstrip(", ")
            found.append((units[end].first, stop, role))
    return _until_next_heading(found) + _relieved_or_elected(units, tokens, text)


def _until_next_heading(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`các Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: A, …; các Ủy viên Trung ương Đảng: C, …`: a heading's
    list ends where the next heading's begins, not at the end of the sentence."""
    starts = sorted({first for first, _, _ in found})
    return [(first, min([stop, *[s - 1 for s in starts if s > first][:1]]), role) for first, stop, role in found]


_VI, _LA, _DUOC = tone_key("vị"), tone_key("là"), tone_key("được")
_HOLDING = frozenset(map(tone_key, ("giữ", "chức", "vụ")))


def _role_run_end(units: list[Unit], start: int) -> int:
    end = start
    while end < len(units) and units[end].kind in ("title", "term", "cap", "damaged"):
        end += 1
    return end


def _comma(unit: Unit) -> bool:
    return unit.kind == "sep" and unit.text == ","
# `bầu ủy viên UBND tỉnh khóa XV, nhiệm kỳ … đối với ông A`: an office voted on, though written in lower case
_VOTED = tuple(
    tuple(map(tone_key, words.split()))
    for words in ("bầu", "bổ sung", "miễn nhiệm", "bãi nhiệm", "chức vụ", "chức danh")
)
_ELECTED = ((tone_key("bầu"),), (tone_key("bổ"), tone_key("sung")))
# (`3 Phó Bí thư khác là …`: other; `3 phó giám đốc nghỉ gồm …`: who retire)
_TERM_WORDS = re.compile(r"\s+(?:(?:khóa|khoá|nhiệm kỳ)\b.*|khác|(?:xin\s+)?nghỉ(?: hưu)?(?: trước tuổi)?)$", re.I)
_DOI_VOI = (tone_key("đối"), tone_key("với"))


def _without_term(role: str) -> str:
    """`Phó Bí thư Tỉnh ủy khóa mới` -> `Phó Bí thư Tỉnh ủy`: an office given in the article, without its term."""
    return _TERM_WORDS.sub("", role) or role


def _relieved_or_elected(units: list[Unit], tokens: list[Token], text: str) -> list[tuple[int, int, str]]:
    """`bãi nhiệm chức vụ Phó Chủ tịch HĐND tỉnh đối với ông A`, `bầu bổ sung Ủy viên UBND tỉnh đối với
    các ông A, …; B, …`: the office before `đối với` is given to each name after it."""
    found = []
    keys = [t.key for t in tokens]
    for at in range(1, len(tokens) - 1):
        if (keys[at], keys[at + 1]) != _DOI_VOI:
            continue
        back = at - 2 if tokens[at - 1].text == "," and at > 1 else at - 1  # (`…, nhiệm kỳ 2021-2026, đối với`)
        while back > 0 and (tokens[back].kind == "num" or tokens[back].text in "-–" or keys[back] in _TERM_KEYS):
            back -= 1  # `… nhiệm kỳ 2021 - 2026 đối với`
        comma = back > 0 and tokens[back].text == "," and keys[back + 1] in _TERM_KEYS
        if comma:
            back -= 1  # `chức vụ Chủ tịch UBND tỉnh, nhiệm kỳ 2016-2021 đối với`
        position = unit_at(units, back)
        start = position
        while start > 0 and units[start - 1].kind in ("title", "term", "cap", "damaged"):
            start -= 1
        title = next((i for i in range(start, position + 1) if units[i].kind == "title"), None)
        if title is None or units[position].kind not in ("title", "term", "cap", "damaged"):
            continue
        before = tuple(keys[max(0, units[title].first - 2) : units[title].first])
        voted = any(before[-len(words) :] == words for words in _VOTED)
        if comma and not tokens[units[title].first].cap and not voted:
            continue  # (`thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa X, nhiệm kỳ …`: a seat's duty, not an office)
        if _relieved(keys, tokens, units[title].first):
            continue  # (`miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông A`: an office that ends, no longer held)
        role = text[tokens[units[title].first].start : tokens[units[position].last].end]
        stop = next(
            (
                i
                for i in range(at + 2, len(tokens))
                if tokens[i].text == "."
                or keys[i : i + 2] == list(_DOI_VOI)
                or (keys[i] == _VA_KEY and units[unit_at(units, i + 1)].kind == "title")  # `… và Phó Chủ tịch B`
            ),
            len(tokens) - 1,
        )
        if _elected_before(keys, units[title].first):
            role = _without_term(role)  # an office given in the article: without its term
        found.append((at + 1, stop, squash_spaces(role)))
    return found


_OFFICE_NOUNS = ((tone_key("chức"), tone_key("danh")), (tone_key("chức"), tone_key("vụ")))


def _elected_before(keys: list[str], first: int) -> bool:
    """`bầu Phó Chủ tịch …`, `bầu bổ sung chức danh Phó Chủ tịch …`: the office at `first` is voted to."""
    before = tuple(keys[max(0, first - 4) : first])
    if before[-2:] in _OFFICE_NOUNS:
        before = before[:-2]
    return any(before[-len(words) :] == words for words in _ELECTED)


_VA_KEY = tone_key("và")
_RELIEVING = tuple(tuple(map(tone_key, words.split())) for words in RELIEVING_VERBS)


def _relieved(keys: list[str], tokens: list[Token], first: int) -> bool:
    """Whether the verb nearest before the office at token `first`, in its sentence, relieves of it (`bãi nhiệm
    chức vụ A đối với ông X, B đối với ông Y`: both) rather than elects to it."""
    for at in range(first - 1, max(-1, first - MAX_VERB_DISTANCE), -1):
        if tokens[at].text in ".:":
            return False
        if any(tuple(keys[at : at + len(words)]) == words for words in _RELIEVING):
            return True
        if any(tuple(keys[at : at + len(words)]) == words for words in _ELECTED):
            return False
    return False


MAX_VERB_DISTANCE = 40


_HEADING_ENDS = frozenset(map(tone_key, ("là", "gồm", "gồm có")))


MAX_ASIDE_UNITS = 16


def _aside_before_end(units: list[Unit], tokens: list[Token], at: int) -> int | None:
    """`…, đại diện cho nhiều cơ quan Trung ương và địa phương, gồm: …`: the `gồm` or `là` after a clause set off by
    commas right after a heading's office (unit `at` is the first comma), or None."""
    if at >= len(units) or not _comma(units[at]):
        return None
    for index in range(at + 1, min(len(units), at + MAX_ASIDE_UNITS)):
        if units[index].kind == "sep" and units[index].text in ".;:":
            return None
        if _comma_before_end(units, tokens, index):
            return index + 1
    return None


def _ends_heading(token: Token) -> bool:
    return token.key in _HEADING_ENDS


def _comma_before_end(units: list[Unit], tokens: list[Token], at: int) -> bool:
    """A comma at unit `at` right before the `gồm` or `là` that ends a heading."""
    return (
        at + 1 < len(units)
        and units[at].kind == "sep"
        and units[at].text == ","
        and _ends_heading(tokens[units[at + 1].first])
    )


_HELD_BY_SEVERAL = frozenset(map(tone_key, ("phó", "ủy", "uỷ", "uv", "thành", "đại")))  # Phó …, Ủy viên, Đại biểu
_PLURAL = frozenset(map(tone_key, ("các", "hai", "ba", "bốn", "02", "03", "2", "3")))
_VA = tone_key("và")
Spans = list[tuple[int, int]]


def shared_roles(
    names: list[NameSpan], written: dict[NameSpan, tuple[Spans, Spans]], tokens: list[Token], units: list[Unit]
) -> dict[NameSpan, Spans]:
    """Names in a list share the role written once for all: `các đồng chí A và B, Phó Chủ tịch UBND tỉnh`,
    `các Phó Chủ tịch UBND tỉnh A, B và C`; two names joined by `và` alone share the role after them."""
    groups: list[list[NameSpan]] = []
    for span in names:
        previous = groups[-1][-1] if groups else None
        joiner = _joiner(tokens, units, previous, span) if previous else ""
        if joiner:
            groups[-1].append(span)
        else:
            groups.append([span])
    shared: dict[NameSpan, Spans] = {}
    for group in groups:
        if len(group) < 2:
            continue
        head, last = written[group[0]][0], written[group[-1]][1]
        opening = head[0][0] if head else group[0].first
        plural = any(t.key in _PLURAL for t in tokens[max(0, opening - 3) : opening])
        joined = _joiner(tokens, units, group[0], group[1]) if len(group) == 2 else ""
        # (`ông A và ông B, Phó Chủ tịch HĐND tỉnh`: the honorific repeated does not split the pair; `… và ông B
        # (Chủ tịch …)` in brackets is B's own)
        after_comma = bool(last) and last[0][0] > 0 and tokens[last[0][0] - 1].text == ","
        only_va = joined == "và" or (joined == "và+" and after_comma)
        # `ông A, B, Phó Chủ tịch UBND`: names listed by commas before an office several people hold
        commas = all(_joiner(tokens, units, a, b) == "," for a, b in pairwise(group))
        several_hold = bool(last) and tokens[last[0][0]].key in _HELD_BY_SEVERAL
        for span in group:
            if written[span][0] or written[span][1]:
                continue
            # (`Phó Chủ tịch Hội A và B`: an office several hold, written once before two names joined by `và`)
            several_head = bool(head) and tokens[head[0][0]].key in _HELD_BY_SEVERAL and only_va
            if (plural or several_head) and head and not written[group[0]][1]:
                shared[span] = head
            elif (plural or only_va or (commas and several_hold)) and last and not written[group[-1]][0]:
                shared[span] = last
    return shared


def _joiner(tokens: list[Token], units: list[Unit], left: NameSpan, right: NameSpan) -> str:
    """`và` or `,` when only that word (and an honorific for `và`) stands between two names."""
    between = list(range(left.last + 1, right.first))
    if not between:
        return ""
    word = tokens[between[0]]
    rest = between[1:]
    if word.text == "," and not rest:
        return ","
    if word.key == _VA and all(units[unit_at(units, i)].kind == "honorific" for i in rest):
        return "và" if not rest else "và+"
    return ""
