"""mentions_in: the people one paragraph names, with the roles it gives them (roster.py merges them).

A person is a capitalised run that starts with a Vietnamese surname; an official is a person
with an office title written before or after the name, or introduced as `đồng chí`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..textnorm import squash_spaces, tone_key
from . import knowledge, namesakes, places
from .captions import PHOTO_POSITION
from .listitems import item_roles_before
from .officeholders import STAFF, is_cleric, public_office, relieved
from .rolegrammar import roles_after, roles_before
from .sharedroles import NameSpan, heading_roles, shared_roles
from .tokens import Token, is_damaged, tokenize
from .units import Unit, cut_units, unit_at

MIN_NAME, MAX_NAME = 2, 4
MAX_PREFIXED_NAME = 6
_PHOTO_CREDIT = re.compile(r"(?:^|[(\s])(?:ảnh|photo)\s*:\s*$", re.I)
_SINGULAR_HONORIFICS = frozenset(
    tuple(map(tone_key, h)) for h in (("đồng", "chí"), ("đ/c",), ("các", "đồng", "chí"), ("các", "đ/c"))
)
# `… giữ chức Bí thư Tỉnh ủy thay cho ông A được điều động`: the outgoing holder of the office
_REPLACED = re.compile(r"\bthay(?: cho| thế)?\s+(?:ông|bà|đồng chí|đ/c)\s+$", re.I)
_COURTESY = frozenset(((tone_key("ông"),), (tone_key("bà"),)))
_GENERIC = frozenset(map(tone_key, ("trưởng", "phó", "chánh", "ủy viên", "uv", "thành viên", "đại biểu", "phó trưởng")))
_MIDDLE_MARKERS = frozenset(map(tone_key, ("Văn", "Thị")))
# `K'Dung`, `H’Hen`: a Central Highlands prefix written onto the name makes one word that is a whole name
_GLUED_PREFIX = re.compile(r"^[KHY]['’][A-ZĐÀ-Ỹ][^\W\d_]+$")


@dataclass(frozen=True)
class Mention:
    name: str
    roles: tuple[str, ...]
    addressed: bool  # introduced as đồng chí / đ/c
    damaged: tuple[str, ...]  # words in the roles that lost their diacritics
    sentence: str
    courtesy: bool = False  # introduced as ông / bà, as the living are
    replaced: bool = False  # the holder an appointment replaces (`thay cho ông A`)


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
        # `Tô Văn Chánh - Tỉnh ủy viên`: a title word that ends the name, a separator after it
        last_given = (
            end > start
            and unit.last == unit.first
            and tokens[start].key in knowledge.surnames()[1]
            and (end + 2 >= len(tokens) or tokens[end + 2].text in ",;-–—)")
        )
        if _breaks_run(unit, end + 1) and not given and not last_given:
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
    if len(run) == 1 and _GLUED_PREFIX.match(run[0].text):
        return 0, 1
    if MIN_NAME <= len(run) <= MAX_PREFIXED_NAME and run[0].key in knowledge.name_prefixes():
        return 0, len(run)  # `Y Thanh Hà Niê Kđăm`, `H' Hen Niê`
    if MIN_NAME <= len(run) <= MAX_NAME and run[0].key in every:
        return 0, len(run)
    if len(run) == MAX_NAME + 1 and addressed and run[0].key in every and not any(t.key in common for t in run[1:]):
        return 0, len(run)  # `bà Huỳnh Ngọc Nữ Phương Hồng`: a five-word name after ông/bà, one surname
    double = len(run) == MAX_NAME + 1 and run[0].key in common and run[1].key in every
    # `Nguyễn Lâm Thị Tú Anh`: a double surname before the middle name; `bà Đặng Nguyễn Ngọc Xuân Mai`: two common
    if double and (run[2].key in _MIDDLE_MARKERS or (addressed and run[1].key in common)):
        return 0, len(run)
    if addressed and MIN_NAME < len(run) <= MAX_NAME:  # right after the honorific, an unlisted surname
        return 0, len(run)  # `đồng chí Ngọc Kim Nam`, `ông Phượng Hoàng Minh`, `đ/c Tiếu Hoa Nhan`
    for preferred in (common, every):
        for size in range(min(MAX_NAME, len(run) - 1), MIN_NAME - 1, -1):
            start = len(run) - size
            if preferred is every and run[start].key in _MIDDLE_MARKERS:
                continue  # `Điệp Văn Chiến`, `Chui Văn Thành`: after a word, `Văn` is the middle name, no rare surname
            if run[start].key in preferred:
                return start, size
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
            named_last = names[-1].last if names else None
            if offset == len(run) and places.person_not_commune(run, before[0], tokens[end + 1 : end + 2]):
                offset = len(run) if places.office_of_named(tokens, index - 1, named_last) else 0
        addressed = _addressed(units, index)
        picked = _pick_name(run[offset:], addressed)
        words = run[offset + picked[0] : offset + picked[0] + picked[1]] if picked else []
        if (
            picked
            and not addressed
            and not places.after_province_word(before, run[offset:])
            and not _listed_with_title(tokens, units, index, end)
            and places.is_place(words)
        ):
            picked = None  # `Đồn Biên phòng Lý Sơn`, `Tỉnh đoàn Bạc Liêu`: a place that looks like a name
        if picked and not addressed and offset + picked[0] == 0 and (
            namesakes.named_after_namesake(tokens, index) or namesakes.after_a_place_word(tokens, index)
        ):
            picked = None  # `Trường THPT Ngô Sĩ Liên`, `khu phố Ninh Nghĩa`: a thing or a place, not a person
        if picked and namesakes.term_number_after(tokens, index + offset + picked[0] + picked[1] - 1):
            picked = None  # `Đoàn ĐBQH Bắc Ninh Khóa XV`: a term's number after `Khóa`, no given name
        if picked and namesakes.organ_named_after(words, tokens, index):
            picked = None  # `Đoàn TNCS Hồ Chí Minh Sở …`: an organ named after a historical figure, not a person
        last = words[-1].text if picked else ""
        if picked and all(t.is_word for t in run) and (len(last) > 1 or not last.isascii()):
            # (a one-letter given name is a text cut mid-name, `bà Lê T`, or a placeholder, `Nguyễn Văn A`;
            # one with a diacritic is a name: `Huỳnh Thị Như Ý`)
            first = index + offset + picked[0]
            if not _alias_of_previous(tokens, units, names, first):
                names.append(NameSpan(first, first + picked[1] - 1))
        index = end + 1
    return names


def _alias_of_previous(tokens: list[Token], units: list[Unit], names: list[NameSpan], first: int) -> bool:
    """`ông Trần Văn Tâm (Đại đức Thích Minh Tuệ)`: a bracketed other name of the person just named."""
    at = unit_at(units, first) - 1
    while at >= 0 and units[at].kind in ("honorific", "rank"):
        at -= 1
    opening = units[at].first if at >= 0 else -1
    return opening > 0 and tokens[opening].text == "(" and bool(names) and names[-1].last == opening - 1


def _listed_with_title(tokens: list[Token], units: list[Unit], first: int, last: int) -> bool:
    """`…; Hoàng Giang, Phó Bí thư Tỉnh ủy; …`: an item of a list of people, opened by `;` or `:` and
    followed by a comma and a title, is a person even when a commune bears the same name."""
    if first == 0 or tokens[first - 1].text not in ";:" or last + 2 >= len(tokens):
        return False
    after = unit_at(units, last + 2)
    return tokens[last + 1].text in ",-–" and units[after].kind == "title" and units[after].first == last + 2


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


def _longer(spans: list[tuple[int, int]], item: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list item's offices where they reach further back than the roles read before the name."""
    if item and (not spans or item[0][0] < spans[0][0]):
        return item
    return spans


def mentions_in(text: str, cut: bool = False) -> list[Mention]:
    """Each person named in one paragraph, in order, with the roles written around the name; `cut`: the
    paragraph is where the page stops, so a role running into its end may be cut short."""
    if not _may_name().search(text):
        return []
    # (`đại biểu Quốc hội A (bìa trái) và B (thứ hai từ trái sang)`: photo positions, blanked so a heading reaches B)
    text = PHOTO_POSITION.sub(lambda m: " " * len(m.group()), text)
    tokens = tokenize(text)
    units = cut_units(tokens)
    names = find_names(tokens, text, units)
    stops = frozenset(i for span in names for i in range(span.first, span.last + 1))
    headings = heading_roles(units, tokens, text)
    found = []
    written = {span: (_longer(roles_before(units, tokens, span.first, stops, span.last),
                              item_roles_before(units, tokens, span.first, span.last, stops)),
                      _to_item_end(tokens, span, roles_after(units, tokens, span.last, stops), stops))
               for span in names}
    shared = shared_roles(names, written, tokens, units)
    for span in names:
        start, end = tokens[span.first].start, tokens[span.last].end
        if _PHOTO_CREDIT.search(text[max(0, start - 12) : start]):
            continue
        spans = written[span][0] + written[span][1] or shared.get(span, [])
        stop = len(text.rstrip()) if cut and not text.rstrip().endswith(CLOSED) else -1
        spans = [kept for a, b in spans if (kept := _before_cut(tokens, a, b, stop))]
        roles = [squash_spaces(text[tokens[a].start : tokens[b].end]).rstrip(" ,;:-–.") for a, b in spans]
        roles = [role for role in roles if tone_key(role) not in _GENERIC]  # `trưởng tộc`: a bare word, no office
        roles = [role for role in roles if not tone_key(role).startswith(STAFF)]  # a civil servant's post
        # `Bầu Chủ tịch HĐND, ông A trúng cử Chủ tịch HĐND`: one office written twice is one role
        roles = [role for at, role in enumerate(roles) if all(tone_key(role) != tone_key(r) for r in roles[:at])]
        if is_cleric(text[max(0, start - 16) : start], text[start:end]) and not public_office(roles):
            roles = []  # (a religious or an association's post is no public office)
        at_cut = cut and end >= len(text.rstrip())  # `…; ông Nguyễn Chi` where the page stops: a name cut short
        for first, last, role in reversed(headings):  # (inserted first, each: kept in the order written)
            if first < span.first <= last and not at_cut and tone_key(role) not in _GENERIC and not _states_heading(
                role, roles
            ):
                roles.insert(0, role)
        damaged = [
            tokens[i].text
            for a, b in spans
            for i in range(a, b + 1)
            if is_damaged(tokens[i]) or units[unit_at(units, i)].broken
        ]
        honorific = _honorific_keys(units, tokens, span.first)
        replaced = bool(_REPLACED.search(text[max(0, start - 30) : start]) or relieved(text, start, end))
        found.append(
            Mention(
                squash_spaces(text[start:end]), tuple(_TRAILING_AND.sub("", role) for role in roles),
                honorific in _SINGULAR_HONORIFICS, tuple(damaged),
                _sentence(text, start, end), honorific in _COURTESY, replaced,
            )
        )
    return found


# `Đại hội bầu 02 Phó Bí thư Huyện ủy và là ông A và B`: a heading's office ends before the `và` that goes on
_TRAILING_AND = re.compile(r"\s+(?:và|cùng)$", re.I)


# titles that many hold side by side (`Ủy viên Ban Thường vụ`, `Ủy viên UBND`): a member's own `Ủy viên …`
# does not say which body a heading names
_SHARED_TITLES = frozenset(knowledge.key_tuple(t) for t in ("ủy viên", "uv", "thành viên", "đại biểu"))


def _states_heading(heading: str, roles: list[str]) -> bool:
    """Whether a member under a list heading (`Các phó bí thư gồm: A, Phó Bí thư Tỉnh ủy; …`) already
    writes the heading's office: one of their roles is it, or it with its unit named or left out.
    `Phó Bí thư Thường trực` under `Các Phó Bí thư Tỉnh ủy` is another office, so the heading is kept."""
    keys = knowledge.key_tuple(heading)
    size = knowledge.roles().starts_title(keys)
    shared = not size or keys[:size] in _SHARED_TITLES
    for role in map(knowledge.key_tuple, roles):
        shorter = min(len(role), len(keys))
        if role == keys or (not shared and shorter >= size and role[:shorter] == keys[:shorter]):
            return True
    return False


MAX_ITEM_TAIL = 45


def _to_item_end(
    tokens: list[Token], span: NameSpan, after: list[tuple[int, int]], stops: frozenset[int]
) -> list[tuple[int, int]]:
    """`…; A, Trưởng Ban liên lạc Hội đồng hương tại Hà Nội; B, …`: in a list of people that `;` divides,
    the last office of an item runs to the `;` (no comma, full stop, colon or other name on the way)."""
    if not after or span.first == 0 or tokens[span.first - 1].text not in ";:":
        return after
    last = after[-1][1]
    for at in range(last + 1, min(len(tokens), last + MAX_ITEM_TAIL)):
        if tokens[at].text == ";":
            return [*after[:-1], (after[-1][0], at - 1)] if at > last + 1 else after
        if tokens[at].text in ",.:!?" or at in stops:
            return after
    return after


def _before_cut(tokens: list[Token], first: int, last: int, cut: int) -> tuple[int, int] | None:
    """A role that runs into the place where the page stops (`Bí thư Đảng ủy, Ch`, `Chánh Văn phòng - Trư`)
    keeps what precedes its last comma or dash; one cut inside its unit's name after a whole title
    (`Trưởng Ban V`) stays as written, the page's words; one cut inside its title (`Bí th`) is dropped."""
    if tokens[last].end != cut:
        return first, last
    separator = next((i for i in range(last - 1, first, -1) if tokens[i].text in ",-–—"), None)
    if separator is not None:
        return first, separator - 1
    title = knowledge.roles().starts_title([t.key for t in tokens], first)
    return (first, last) if 0 < title < last - first else None


CLOSED = (".", "!", "?", "…", ")", '"', "”", ";", ":")  # how a paragraph that was not cut short ends
