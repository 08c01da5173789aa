"""find_officials: every office holder named in the article, with the roles the article gives them.

A person is a capitalised run that starts with a Vietnamese surname; an official is a person
with an office title written before or after the name, or introduced as `đồng chí`. Of all the
mentions of one person, the one with the most titles gives the roles (the first on a tie).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..textnorm import squash_spaces, tone_key
from . import gazetteer, knowledge, places
from .rolegrammar import Unit, cut_units, roles_after, roles_before, unit_at
from .tokens import Token, is_damaged, tokenize

MIN_NAME, MAX_NAME = 2, 4
MAX_PREFIXED_NAME = 6
_PHOTO_CREDIT = re.compile(r"(?:^|[(\s])(?:ảnh|photo)\s*:\s*$", re.I)
_SINGULAR_HONORIFICS = frozenset(
    tuple(map(tone_key, h)) for h in (("đồng", "chí"), ("đ/c",), ("các", "đồng", "chí"), ("các", "đ/c"))
)
_CAC = tone_key("các")
_GENERIC = frozenset(map(tone_key, ("trưởng", "phó", "chánh", "ủy viên", "uv", "thành viên", "đại biểu", "phó trưởng")))
_MIDDLE_MARKERS = frozenset(map(tone_key, ("Văn", "Thị")))


@dataclass(frozen=True)
class NameSpan:
    first: int  # token indices, inclusive
    last: int


@dataclass(frozen=True)
class Mention:
    name: str
    roles: tuple[str, ...]
    addressed: bool  # introduced as đồng chí / đ/c
    damaged: tuple[str, ...]  # words in the roles that lost their diacritics
    sentence: str


@dataclass
class Person:
    name: str
    order: int
    roles: tuple[str, ...] = ()
    addressed: bool = False  # introduced as đồng chí / đ/c
    damaged: list[str] = field(default_factory=list)


def _run_end(tokens: list[Token], start: int, text: str, units: list[Unit]) -> int:
    """Last index of the capitalised run starting at start (titles, honorifics and abbreviations end it)."""
    end = start
    middle = knowledge.lowercase_middle_names()
    while end + 1 < len(tokens):
        nxt = tokens[end + 1]
        odd_case = (
            end == start
            and nxt.key in middle
            and end + 2 < len(tokens)
            and tokens[end + 2].cap
            and tokens[start].key in knowledge.surnames()[1]
        )  # `Lê quang Xuyến`
        if (
            (not nxt.cap and not odd_case)
            or text[tokens[end].end : nxt.start] != " "
            or (nxt.upper and not tokens[start].upper)
        ):
            break
        unit = units[unit_at(units, end + 1)]
        given = (  # `Phạm Chánh Trực`: a given name that is also a title word
            end == start
            and unit.last == unit.first
            and tokens[start].key in knowledge.surnames()[1]
            and end + 2 < len(tokens)
            and tokens[end + 2].cap
            and text[nxt.end : tokens[end + 2].start] == " "
            and units[unit_at(units, end + 2)].kind == "cap"
        )
        if _breaks_run(unit, end + 1) and not given:
            break
        end += 1
    return end


def _breaks_run(unit: Unit, token_index: int) -> bool:
    """Titles, honorifics, ranks and multiword role terms (`Đoàn Đại biểu`) are not name words."""
    if unit.first != token_index:
        return False
    return unit.kind in ("title", "honorific", "rank") or (unit.kind == "term" and unit.last > unit.first)


def _pick_name(run: list[Token], addressed: bool) -> tuple[int, int] | None:
    """(offset, length) of the person's name inside a capitalised run, or None."""
    common, every = knowledge.surnames()
    if MIN_NAME <= len(run) <= MAX_PREFIXED_NAME and run[0].key in knowledge.name_prefixes():
        return 0, len(run)  # `Y Thanh Hà Niê Kđăm`, `H' Hen Niê`
    if MIN_NAME <= len(run) <= MAX_NAME and run[0].key in every:
        return 0, len(run)
    for preferred in (common, every):
        for size in range(min(MAX_NAME, len(run) - 1), MIN_NAME - 1, -1):
            if run[len(run) - size].key in preferred:
                return len(run) - size, size
    if MIN_NAME <= len(run) <= MAX_NAME and (addressed or (len(run) >= 3 and run[1].key in _MIDDLE_MARKERS)):
        return 0, len(run)  # an unlisted surname: `Trượng Thị Mỹ Hạnh`
    return None


def find_names(tokens: list[Token], text: str, units: list[Unit]) -> list[NameSpan]:
    names: list[NameSpan] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        unit = units[unit_at(units, index)]
        if not token.cap or (token.upper and len(token.text) > 1) or _breaks_run(unit, index):
            index = unit.last + 1 if unit.first == index else index + 1
            continue
        end = _run_end(tokens, index, text, units)
        run = tokens[index : end + 1]
        offset = 0
        before = _level_before(tokens, index)
        if before:
            offset, _ = places.split_place(run, before[0], before[1])
        addressed = _addressed(units, index)
        picked = _pick_name(run[offset:], addressed)
        if picked and not addressed and _is_place(run[offset + picked[0] : offset + picked[0] + picked[1]]):
            picked = None  # `Đồn Biên phòng Lý Sơn`, `Tỉnh đoàn Bạc Liêu`: a place that looks like a name
        if picked and all(t.is_word for t in run) and len(run[offset + picked[0] + picked[1] - 1].text) > 1:
            # (a one-letter given name is a text cut mid-name, `bà Lê T`, or a placeholder, `Nguyễn Văn A`)
            first = index + offset + picked[0]
            names.append(NameSpan(first, first + picked[1] - 1))
        index = end + 1
    return names


def _is_place(words: list[Token]) -> bool:
    return bool(gazetteer.lookup(" ".join(t.text for t in words)))


def _level_before(tokens: list[Token], index: int) -> tuple[str, bool] | None:
    organs, levels = knowledge.organ_words(), knowledge.level_words()
    for size in (3, 2, 1):
        if index - size < 0:
            continue
        keys = tuple(t.key for t in tokens[index - size : index])
        if keys in organs:
            return organs[keys], True
        if keys in levels:
            return levels[keys], False
    return None


def _addressed(units: list[Unit], token_index: int) -> bool:
    position = unit_at(units, token_index) - 1
    while position >= 0 and units[position].kind == "rank":
        position -= 1
    return position >= 0 and units[position].kind == "honorific"


def _honorific_keys(units: list[Unit], tokens: list[Token], token_index: int) -> tuple[str, ...]:
    position = unit_at(units, token_index) - 1
    while position >= 0 and units[position].kind == "rank":
        position -= 1
    if position < 0 or units[position].kind != "honorific":
        return ()
    return tuple(t.key for t in tokens[units[position].first : units[position].last + 1])


def _heading_roles(units: list[Unit], tokens: list[Token], text: str) -> list[tuple[int, int, str]]:
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
        if position + 1 < len(units) and tokens[units[position + 1].first].key == _VI:
            position += 1  # `các vị đại biểu Quốc hội tỉnh gồm: …`
        if position + 1 >= len(units) or units[position + 1].kind != "title":
            continue
        end = position + 1
        while end < len(units) and units[end].kind in ("title", "term", "cap", "damaged"):
            end += 1
        lower = end  # `… BQLDA công trình giao thông gồm …`: a few lower-case words before `gồm`/`là`
        while (
            lower < len(units)
            and lower - end < 6
            and (units[lower].kind in ("other", "term") or (units[lower].kind == "sep" and units[lower].text in "-–"))
            and not _ends_heading(tokens[units[lower].first])
        ):  # `Các Phó giám đốc BQLDA nông nghiệp - nông thôn gồm …`
            lower += 1
        if lower < len(units) and _ends_heading(tokens[units[lower].first]):
            end = lower
        if end >= len(units):
            continue
        opener = tokens[units[end].first]
        if not (units[end].kind == "sep" and opener.text == ":") and not _ends_heading(opener):
            continue
        role = text[tokens[units[position + 1].first].start : tokens[units[end - 1].last].end]
        stop = next((u.first for u in units[end:] if u.kind == "sep" and u.text == "."), len(tokens) - 1)
        found.append((units[end].first, stop, _without_term(squash_spaces(role))))
    return found + _relieved_or_elected(units, tokens, text)


_VI = tone_key("vị")
_TERM_WORDS = re.compile(r"\s+(?:khóa|khoá|nhiệm kỳ)\b.*$", re.I)
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
        back = at - 1
        while back > 0 and (tokens[back].kind == "num" or tokens[back].text in "-–" or keys[back] in _TERM_KEYS):
            back -= 1  # `… nhiệm kỳ 2021 - 2026 đối với`
        position = unit_at(units, back)
        start = position
        while start > 0 and units[start - 1].kind in ("title", "term", "cap", "damaged"):
            start -= 1
        title = next((i for i in range(start, position + 1) if units[i].kind == "title"), None)
        if title is None or units[position].kind not in ("title", "term", "cap", "damaged"):
            continue
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
        found.append((at + 1, stop, squash_spaces(role)))
    return found


_TERM_KEYS = frozenset(map(tone_key, ("nhiệm", "kỳ", "khóa", "khoá")))
_VA_KEY = tone_key("và")


_HEADING_ENDS = frozenset(map(tone_key, ("là", "gồm", "gồm có")))


def _ends_heading(token: Token) -> bool:
    return token.key in _HEADING_ENDS


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a name (looking at most 400 characters either way: lines can be huge)."""
    low, high = max(0, start - 400), min(len(text), end + 400)
    left = max(text.rfind(". ", low, start), text.rfind("; ", low, start), low - 1)
    right = min((i for i in (text.find(". ", end, high), text.find("; ", end, high)) if i >= 0), default=high)
    return text[left + 1 : right]


@cache
def _may_name() -> re.Pattern[str]:
    """A quick test: a paragraph without a surname before a capital, or `đồng chí`, names nobody."""
    names = sorted(knowledge.surname_spellings(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")\s+[^\W\d_]|đồng chí|đ/c", re.I)


def mentions_in(text: str) -> list[Mention]:
    """Each person named in one paragraph, in order, with the roles written around the name."""
    if not _may_name().search(text):
        return []
    tokens = tokenize(text)
    units = cut_units(tokens)
    names = find_names(tokens, text, units)
    stops = frozenset(i for span in names for i in range(span.first, span.last + 1))
    headings = _heading_roles(units, tokens, text)
    found = []
    written = {span: (roles_before(units, tokens, span.first, stops), roles_after(units, tokens, span.last, stops))
               for span in names}
    shared = _shared_roles(names, written, tokens, units)
    for span in names:
        start, end = tokens[span.first].start, tokens[span.last].end
        if _PHOTO_CREDIT.search(text[max(0, start - 12) : start]):
            continue
        spans = written[span][0] + written[span][1] or shared.get(span, [])
        cut = len(text.rstrip()) if not text.rstrip().endswith(_CLOSED) else -1
        spans = [kept for a, b in spans if (kept := _before_cut(tokens, a, b, cut))]
        roles = [squash_spaces(text[tokens[a].start : tokens[b].end]) for a, b in spans]
        roles = [role for role in roles if tone_key(role) not in _GENERIC]  # `trưởng tộc`: a bare word, no office
        for first, last, role in headings:
            if first < span.first <= last and all(tone_key(role) != tone_key(r) for r in roles):
                roles.insert(0, role)
        damaged = [
            tokens[i].text
            for a, b in spans
            for i in range(a, b + 1)
            if is_damaged(tokens[i]) or units[unit_at(units, i)].broken
        ]
        addressed = _honorific_keys(units, tokens, span.first) in _SINGULAR_HONORIFICS
        found.append(
            Mention(
                squash_spaces(text[start:end]), tuple(roles), addressed, tuple(damaged), _sentence(text, start, end)
            )
        )
    return found


def _before_cut(tokens: list[Token], first: int, last: int, cut: int) -> tuple[int, int] | None:
    """A role that runs into the place where the page stops (`Bí thư Đảng ủy, Ch`) keeps what precedes
    its last comma, or is dropped."""
    if tokens[last].end != cut:
        return first, last
    comma = next((i for i in range(last - 1, first, -1) if tokens[i].text == ","), None)
    return (first, comma - 1) if comma is not None else None


_CLOSED = (".", "!", "?", "…", ")", '"', "”", ";")
_PLURAL = frozenset(map(tone_key, ("các", "hai", "ba", "bốn", "02", "03", "2", "3")))
_VA = tone_key("và")
Spans = list[tuple[int, int]]


def _shared_roles(
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
        only_va = len(group) == 2 and _joiner(tokens, units, group[0], group[1]) == "và"
        for span in group:
            if written[span][0] or written[span][1]:
                continue
            if plural and head and not written[group[0]][1]:
                shared[span] = head
            elif (plural or only_va) and last and not written[group[-1]][0]:
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


_PRIVATE = re.compile(
    r"\b(?:công ty|cty|hợp tác xã|htx|doanh nghiệp|tnhh|cổ phần|tmcp|trang trại|tổ hợp tác|cơ sở sản xuất|"
    r"cơ sở chế biến|chủ cơ sở|chủ doanh nghiệp|chủ nhiệm htx|nhà hàng|khách sạn)\b",
    re.I,
)


def _private(role: str) -> bool:
    """A company's or a cooperative's office is not a public one."""
    return bool(_PRIVATE.search(role))


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _of_the_past(sentence: str, year: int | None) -> bool:
    """A mention tied only to years long gone (`… được bổ nhiệm năm 1964`) is a historical figure."""
    if year is None:
        return False
    years = [int(y) for y in _YEAR.findall(sentence)]
    return bool(years) and max(years) <= year - 30


def find_officials(paragraphs: list[str], excluded: set[str], year: int | None = None) -> list[Person]:
    """Officials across the article's paragraphs; `excluded` holds tone keys of bylines and credits
    (kept when the text gives them an office);
    `year` is the article's, to tell today's office holders from historical figures."""
    historical = knowledge.historical_names()
    people: dict[str, Person] = {}
    past: dict[str, bool] = {}
    order = 0
    for paragraph in paragraphs:
        for mention in mentions_in(paragraph):
            key = tone_key(mention.name)
            if key in historical or (key in excluded and not mention.roles):
                continue  # a byline is not an official, unless the text gives its writer an office
            order += 1
            past[key] = past.get(key, True) and _of_the_past(mention.sentence, year)
            person = people.setdefault(key, Person(mention.name, order))
            person.addressed = person.addressed or mention.addressed
            if len(mention.roles) > len(person.roles):
                person.roles = mention.roles
                person.damaged = list(mention.damaged)
    # a party member addressed as đồng chí but given no office is not an office holder (no gold lists one)
    chosen = [p for key, p in people.items() if p.roles and not past[key] and not all(map(_private, p.roles))]
    return sorted(chosen, key=lambda p: p.order)
