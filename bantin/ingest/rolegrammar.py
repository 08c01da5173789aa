"""Office titles written around a name: `Bí thư Huyện ủy Si Ma Cai Hà Đức Minh`, `A, UV BTV Tỉnh uỷ, PCT`.

A paragraph is cut into units (a title, a role word, a capitalised word, a separator, anything
else); a role is a run of role units that starts with a title. Roles keep the writer's spelling.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..textnorm import tone_key
from . import knowledge
from .tokens import Token, is_damaged

ROLE_KINDS = frozenset({"title", "term", "cap", "damaged"})
LIST_SEPARATORS = frozenset({",", "-", "–", "—"})
_VA, _DON, _CUA, _TUOI = tone_key("và"), tone_key("đơn"), tone_key("của"), tone_key("tuổi")
_OF = frozenset((_CUA, tone_key("thuộc")))  # `… của Quốc hội`, `Vụ … thuộc Ủy ban …`
# `… được bầu giữ chức Chủ tịch UBND huyện`: the office newly given, after the name
_APPOINTED = tuple(
    tuple(tone_key(w) for w in phrase.split())
    for phrase in (
        "giữ chức vụ",
        "giữ chức",
        "bầu làm",
        "chỉ định làm",
        "bổ nhiệm làm",
        "bổ nhiệm",
        "chỉ định",
        "tái đắc cử chức vụ",
        "tái đắc cử chức",
        "tái đắc cử",
        "đắc cử chức",
        "đắc cử",
        "trúng cử chức",
        "trúng cử",
        "tái cử",
    )
)
# `Đại hội bầu đồng chí A làm Bí thư`: `làm` gives an office only after `bầu`, else it is a function
# (`làm Trưởng đoàn`)
_ELECTED_AS = (tone_key("làm"),)
_ELECT = frozenset(map(tone_key, ("bầu", "bầu ra")))
_KHOA = frozenset(map(tone_key, ("khóa", "khoá")))
# `các ông A và B đều là phó chủ tịch UBND tỉnh`: an office stated of the names, kept as written
_STATED = tuple(tuple(tone_key(w) for w in phrase.split()) for phrase in ("đều là", "là"))
_APPOINTED_STARTS = frozenset(phrase[0] for phrase in _APPOINTED + _STATED)
# words that may stand between a name and `được bầu giữ chức OFFICE`: other names in a list,
# their roles, and the wording of the appointment itself
_APPOINTMENT_WORDS = frozenset(
    tone_key(word)
    for phrase in (
        "và được bầu tái đắc cử giữ chức vụ làm đều",
        "chỉ định bổ nhiệm tiếp tục tín nhiệm lại cùng các đồng chí đ/c",
    )
    for word in phrase.split()
)
_CLAUSE_END = frozenset(";.:()")


@dataclass(frozen=True)
class Unit:
    kind: str  # title, term, cap, damaged, sep, honorific, rank, other
    first: int  # first token index
    last: int  # last token index (inclusive)
    text: str = ""  # the separator character for sep units
    broken: bool = False  # a title or role word that lost an accented letter (`Tnh ủy viên`, `y ban`)


def cut_units(tokens: Sequence[Token]) -> Units:
    vocab = knowledge.roles()
    _, surnames = knowledge.surnames()
    units: list[Unit] = []
    keys = [t.key for t in tokens]
    first_words = vocab.first_words
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if _bracketed_abbreviation(tokens, index) and units and units[-1].kind in ("term", "cap", "title"):
            units.append(Unit("term", index, index + 2))  # `Bộ Chỉ huy Quân sự (CHQS) tỉnh`
            index += 3
            continue
        if token.kind == "punct":
            kind = "sep" if token.text in ",;:.-–—" else "other"
            units.append(Unit(kind, index, index, token.text))
            index += 1
            continue
        starts = token.key in first_words
        for kind, size in (
            ()
            if not starts
            else (
                ("honorific", vocab.honorifics.longest_at(keys, index)),
                ("rank", vocab.ranks.longest_at(keys, index)),
                ("title", vocab.starts_title(keys, index)),
                # the longer of an organ word and a sector: `Xã hội` after `Văn hóa -`, not `Xã`
                ("term", max(vocab.terms.longest_at(keys, index),
                             vocab.sectors.longest_at(keys, index) if token.cap else 0)),
                ("broken title", vocab.damaged_titles.longest_at(keys, index)),
                ("damaged", _damaged_at(vocab, keys, index, token.cap)),
            )
        ):
            if size and kind == "broken title":
                units.append(Unit("title", index, index + size - 1, broken=True))  # `Tnh ủy viên`
                index += size
                break
            if size and kind == "honorific" and _inside_capital_run(tokens, index, size):
                continue  # `phường Hai Bà Trưng`: `Bà` inside a place's name is no honorific
            if size:
                units.append(Unit(kind, index, index + size - 1, broken=kind == "damaged"))
                index += size
                break
        else:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if (
                token.key == _VA
                and following is not None
                and following.cap
                and (following.key not in surnames or vocab.sectors.longest_at(keys, index + 1) > 1)
            ):  # `Sở Dân tộc và Tôn giáo`: Tôn starts a sector here, not a name
                kind = "term"
            elif (
                token.key in _OF
                and following is not None
                and following.cap
                and vocab.terms.longest_at(keys, index + 1)
            ):
                kind = "term"  # `Ủy viên Ủy ban Pháp luật của Quốc hội`
            elif (
                token.kind == "num"
                and units
                and units[-1].kind in ("term", "cap")
                and len(token.text) <= 3
                and (following is None or following.text not in "/.-")
            ):
                kind = "term"  # `khóa 15`, `Quân khu 2`, `Chi bộ thôn 3`
            elif token.cap:
                kind = "cap"
            elif is_damaged(token):
                kind = "damaged"
            else:
                kind = "other"
            units.append(Unit(kind, index, index))
            index += 1
    return Units(units)


def _inside_capital_run(tokens: Sequence[Token], index: int, size: int) -> bool:
    """A one-word capitalised honorific between two capitalised words joined by single spaces."""
    if size != 1 or not 0 < index < len(tokens) - 1 or not tokens[index].cap:
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    return (
        before.cap and not before.upper and after.cap and not after.upper
        and before.end + 1 == tokens[index].start and tokens[index].end + 1 == after.start
    )


def _bracketed_abbreviation(tokens: Sequence[Token], index: int) -> bool:
    """`(CHQS)`, `(MTTQ)`: an organ's abbreviation in brackets, which the role goes on after."""
    return (
        tokens[index].text == "("
        and index + 2 < len(tokens)
        and tokens[index + 1].upper
        and len(tokens[index + 1].text) <= 8
        and tokens[index + 2].text == ")"
    )


def _damaged_at(vocab: knowledge.RoleVocabulary, keys: list[str], index: int, capital: bool) -> int:
    """A role word that lost letters; one capitalised word alone may just be a name (`Quan`, `Chanh`)."""
    size = vocab.damaged.longest_at(keys, index)
    return 0 if size == 1 and capital else size


class Units(list):  # type: ignore[type-arg]
    """The units of a paragraph, with the unit of every token at hand."""

    def __init__(self, units: list[Unit]) -> None:
        super().__init__(units)
        self.of_token = [position for position, unit in enumerate(units) for _ in range(unit.first, unit.last + 1)]


def unit_at(units: list[Unit], token_index: int) -> int:
    """Index of the unit holding a token (units cover every token, in order)."""
    if isinstance(units, Units):
        return units.of_token[token_index] if 0 <= token_index < len(units.of_token) else -1
    low, high = 0, len(units) - 1
    while low <= high:
        middle = (low + high) // 2
        if units[middle].last < token_index:
            low = middle + 1
        elif units[middle].first > token_index:
            high = middle - 1
        else:
            return middle
    return -1


def _piece(units: list[Unit], start: int, stop_tokens: frozenset[int]) -> int:
    """Units from start on that can belong to a role; returns the index after the last one."""
    end = start
    while end < len(units) and units[end].kind in ROLE_KINDS and units[end].first not in stop_tokens:
        end += 1
    return end


def _continues(units: list[Unit], start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A piece without a title that still belongs to the role before it (`Quận, Huyện Ban tổ chức`,
    `ĐBQH khóa XV, đơn vị tỉnh Lào Cai`, `Tổ chức – Nội vụ`)."""
    if end <= start:
        return False
    if tokens[units[start].first].key == _DON and units[start].last > units[start].first:
        return True
    closing = units[end] if end < len(units) else None
    opening = units[start - 1] if start else None
    after_dash = opening is not None and opening.kind == "sep" and opening.text in "-–—"
    return units[start].kind in ("cap", "term") and (after_dash or closing is None or closing.kind == "sep")


def roles_after(
    units: list[Unit], tokens: list[Token], name_last: int, stop_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    """Roles written after a name, as (first token, last token) spans."""
    index = _past_asides(units, tokens, unit_at(units, name_last) + 1)
    if index >= len(units):
        return []
    if (units[index].kind == "sep" and units[index].text in LIST_SEPARATORS | {":"}) or tokens[
        units[index].first
    ].text == "(":
        index += 1
    elif units[index].kind != "title":
        index = _appointment(units, tokens, name_last, stop_tokens)
        if index < 0:
            return []
        pieces = _pieces_from(units, tokens, index, stop_tokens)
        stated = tokens[units[index].first - 1].key == _STATED[-1][0]
        return pieces if stated else [_without_term(tokens, span) for span in pieces]
    spans = _pieces_from(units, tokens, index, stop_tokens)
    # `Phó Bí thư Tỉnh ủy A, Chủ tịch UBND tỉnh B`: a title that runs into the next name is that name's
    spans = spans[: next((i for i, (_, last) in enumerate(spans) if last + 1 in stop_tokens), len(spans))]
    if spans and _given_to_next(tokens, spans[-1][1]):
        spans.pop()  # `… đối với ông A, Chủ tịch UBND tỉnh đối với ông B`: that office is B's
    # `A, Phó Bí thư Huyện ủy được bầu giữ chức Chủ tịch UBND huyện`; `A, B giữ chức Phó Chủ tịch`
    later = _appointment(units, tokens, spans[-1][1] if spans else name_last, stop_tokens)
    if later >= 0:
        spans += [_without_term(tokens, span) for span in _pieces_from(units, tokens, later, stop_tokens)[:1]]
    return spans


_DOI_VOI = (tone_key("đối"), tone_key("với"))
_TERM_KEYS = frozenset(map(tone_key, ("nhiệm", "kỳ", "khóa", "khoá")))


def _given_to_next(tokens: Sequence[Token], last: int) -> bool:
    """Whether an office is followed by `đối với` (after its term): it is given to the name after that."""
    at = last + 1
    while at < len(tokens) and (tokens[at].kind == "num" or tokens[at].text in "-–" or tokens[at].key in _TERM_KEYS):
        at += 1
    return tuple(t.key for t in tokens[at : at + 2]) == _DOI_VOI


def _without_term(tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """An office given in the article is kept without its term: `Bí thư Đảng ủy xã khóa I` -> `… xã`."""
    first, last = span
    for at in range(last, first, -1):
        if tokens[at].key in _KHOA and last - at <= 2:
            return first, at - 1
    return span


_BIOGRAPHY = tuple(tuple(tone_key(w) for w in s.split()) for s in ("sinh năm", "dân tộc", "quê"))


def _past_asides(units: list[Unit], tokens: Sequence[Token], index: int) -> int:
    """`A, 48 tuổi, Phó Bí thư …`, `A, sinh năm 1968, dân tộc Dao, …`: the comma that ends such asides
    (at most three) before the role, else `index` itself."""
    for _ in range(3):
        if not (index + 2 < len(units) and units[index].kind == "sep" and units[index].text == ","):
            break
        at = units[index + 1].first
        keys = tuple(tok.key for tok in tokens[at : at + 2])
        aside = (tokens[at].kind == "num" and keys[1:] == (_TUOI,)) or any(
            keys[: len(words)] == words for words in _BIOGRAPHY
        )
        comma = next((i for i in range(index + 1, min(len(units), index + 9))
                      if units[i].kind == "sep" and units[i].text == ","), None)
        if not aside or comma is None:
            break
        index = comma
    return index


def _pieces_from(
    units: list[Unit], tokens: Sequence[Token], index: int, stop_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    while index < len(units):
        end = _piece(units, index, stop_tokens)
        if end == index:
            break
        if units[index].kind == "title":
            spans.append((units[index].first, units[end - 1].last))
        elif spans and _continues(units, index, end, tokens):
            spans[-1] = (spans[-1][0], units[end - 1].last)
        else:
            break
        if end < len(units) and units[end].kind == "sep" and units[end].text in LIST_SEPARATORS:
            index = end + 1
            continue
        break
    return spans


def _appointment(units: list[Unit], tokens: Sequence[Token], last: int, stop_tokens: frozenset[int]) -> int:
    """Unit index of the office in `A được … giữ chức OFFICE` (also `A, role và B, role được bầu giữ
    chức OFFICE`), looking from token `last` on; -1 when the clause says something else."""
    at = last + 1
    elected = any(t.key in _ELECT for t in tokens[max(0, last - 8) : last])
    while at < min(len(tokens), last + 60):
        token = tokens[at]
        phrases = _APPOINTED + _STATED if token.key in _APPOINTED_STARTS else ()
        if elected and (token.key,) == _ELECTED_AS:
            phrases = (_ELECTED_AS,)
        for phrase in phrases:
            if tuple(t.key for t in tokens[at : at + len(phrase)]) == phrase:
                after = unit_at(units, at + len(phrase) - 1) + 1
                if after < len(units) and units[after].kind == "title":
                    return after
        unit = units[unit_at(units, at)]
        if token.text in _CLAUSE_END:
            return -1
        allowed = (
            at in stop_tokens
            or unit.kind in ROLE_KINDS
            or unit.kind == "honorific"
            or token.text == ","
            or token.key in _APPOINTMENT_WORDS
            or (token.cap and unit.kind != "other")
        )
        if not allowed:
            return -1
        at = unit.last + 1 if unit.kind in ROLE_KINDS | {"honorific"} else at + 1
    return -1


def _after_a_name(units: list[Unit], start: int, stop_tokens: frozenset[int]) -> bool:
    """Whether the unit at `start` follows a name and a separator (`A – ROLE`)."""
    return (
        start >= 2
        and units[start - 1].kind == "sep"
        and units[start - 1].text in LIST_SEPARATORS
        and units[start - 2].last in stop_tokens
    )


def roles_before(
    units: list[Unit], tokens: list[Token], name_first: int, stop_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    """Roles written before a name (`Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai Nguyễn Huy Tuấn`)."""
    index = unit_at(units, name_first) - 1
    skipped = index
    while index >= 0 and units[index].kind in ("honorific", "rank"):
        index -= 1
    separators = "-–—," if index < skipped else "-–—"  # `Chủ tịch UBND tỉnh, đồng chí A`
    separated = index >= 0 and units[index].kind == "sep" and units[index].text in separators
    if separated:
        index -= 1
    pieces: list[tuple[int, int]] = []  # unit ranges [start, end)
    end = index + 1
    while end > 0:
        start = end
        while start > 0 and units[start - 1].kind in ROLE_KINDS and units[start - 1].last not in stop_tokens:
            start -= 1
        if start == end:
            break
        pieces.insert(0, (start, end))
        if start > 0 and units[start - 1].kind == "sep" and units[start - 1].text in LIST_SEPARATORS:
            end = start - 1
            continue
        break
    if separated and pieces and _after_a_name(units, pieces[0][0], stop_tokens):
        return []  # `A – Bí thư Đảng ủy xã, ông B – …`: the role is A's, written after A
    spans: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for start, end in reversed(pieces):
        if units[start].kind == "title":
            last = pending[1] if pending else end
            spans.insert(0, (units[start].first, units[last - 1].last))
            pending = None
        else:
            # `… và Chủ tịch UBND xã Ia Ka Rơ Châm Hyen`, `của Phó Chủ tịch UBND tỉnh, ông A`: the role
            # starts at its title inside the piece
            inner = next((i for i in range(start, end) if units[i].kind == "title"), None)
            if inner is not None and pending is None:
                spans.insert(0, (units[inner].first, units[end - 1].last))
            elif inner is None and not spans and pending is None and _continues(units, start, end, tokens):
                pending = (start, end)
                continue
            break
    return spans
