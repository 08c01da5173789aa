"""What may stand between a name and its offices: a bracketed other name (`A (Đại đức Thích B), …`),
an age or birth year (`A, 48 tuổi, …`), an honour (`A, Anh hùng Lao động, …`), a bracketed aside before `là`
(`A (44 tuổi, quê xã X) là …`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..textnorm import tone_key
from .tokens import Token
from .units import Unit, unit_at

_TUOI, _LA, _NGUYEN = tone_key("tuổi"), tone_key("là"), tone_key("nguyên")
LIST_SEPARATORS = frozenset({",", "-", "–", "—", "/"})
# (and honours, which are no office: `A, Anh hùng Lực lượng vũ trang nhân dân, Chủ tịch …`, `A, Nhà giáo Ưu tú, …`)
_BIOGRAPHY = tuple(
    tuple(tone_key(w) for w in s.split())
    for s in ("sinh năm", "dân tộc", "quê", "anh hùng", "nhà giáo", "thầy thuốc", "nghệ sĩ", "nghệ nhân")
)


MAX_ALIAS = 10


def past_alias(units: list[Unit], tokens: Sequence[Token], index: int) -> int:
    """`A (Đại đức Thích B), Phó Thư ký …`: a bracketed other name, then the roles; the unit of the
    separator after the bracket (or of the title right after it), else `index` itself."""
    if index >= len(units) or tokens[units[index].first].text != "(" or (
        index + 1 < len(units) and units[index + 1].kind == "title"
    ):
        return index
    for close in range(index + 1, min(len(units), index + MAX_ALIAS)):
        if tokens[units[close].first].text == ")":
            after = close + 1
            separated = after + 1 < len(units) and units[after].kind == "sep" and units[after].text in LIST_SEPARATORS
            if separated and units[after + 1].kind == "title":
                return after
            # (`Ông A (SN 1964) Giám đốc Sở …`: the title right after the bracket, no separator)
            return after if after < len(units) and units[after].kind == "title" else index
        if units[close].kind == "sep":
            return index
    return index


def bracketed_aside(units: list[Unit], tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """`A (44 tuổi, quê xã X) là …`: a bracketed aside that is no office, then `là` and a title; (the unit
    after the bracket, the bracket's last token), else None."""
    if index + 1 >= len(units) or tokens[units[index].first].text != "(" or units[index + 1].kind == "title":
        return None
    close = next((i for i in range(index + 1, min(len(units), index + 25))
                  if tokens[units[i].first].text in "()"), None)
    if close is None or tokens[units[close].first].text != ")" or close + 2 >= len(units):
        return None
    stated = tokens[units[close + 1].first].key == _LA and units[close + 2].kind == "title"
    return (close + 1, units[close].last) if stated else None


def past_asides(units: list[Unit], tokens: Sequence[Token], index: int) -> int:
    """`A, 48 tuổi, Phó Bí thư …`, `A, sinh năm 1968, dân tộc Dao, …`, `A (45 tuổi, Phó Bí thư …)`: the comma
    that ends such asides (at most three) before the role, else `index` itself."""
    for turn in range(3):
        bracket = turn == 0 and index < len(units) and tokens[units[index].first].text == "("
        comma_sep = index < len(units) and units[index].kind == "sep" and units[index].text == ","
        if not (index + 2 < len(units) and (comma_sep or bracket)):
            break
        comma = next((i for i in range(index + 1, min(len(units), index + 9))
                      if units[i].kind == "sep" and units[i].text in ",)"), None)
        if not _aside_at(tokens, units[index + 1].first) or comma is None or units[comma].text != ",":
            break
        if bracket and not (comma + 1 < len(units) and units[comma + 1].kind == "title"):
            break  # (`A (44 tuổi, quê xã X) là …`: the bracket holds no office)
        index = comma
    return index


def _aside_at(tokens: Sequence[Token], at: int) -> bool:
    keys = tuple(tok.key for tok in tokens[at : at + 2])
    return (tokens[at].kind == "num" and keys[1:] == (_TUOI,)) or any(
        keys[: len(words)] == words for words in _BIOGRAPHY
    )


MAX_BRACKET = 8


def bracket_after(
    units: list[Unit], tokens: Sequence[Token], spans: list[tuple[int, int]], stop_tokens: frozenset[int]
) -> list[tuple[int, int]]:
    """A bracket right after the last office: its place or parent body (`Chủ tịch UBND huyện X (Nghệ An)`,
    `Cục trưởng Cục Y (Bộ Công an)`) belongs to it; an office held before (`(nguyên Chủ tịch UBND tỉnh Z)`)
    is one more role."""
    if not spans:
        return spans
    after = spans[-1][1] + 1
    if after >= len(tokens) or tokens[after].text != "(":
        return spans
    limit = min(len(tokens), after + MAX_BRACKET + 3)
    close = next((i for i in range(after + 1, limit) if tokens[i].text in "()"), None)
    if close is None or tokens[close].text != ")" or close == after + 1:
        return spans
    if stop_tokens.intersection(range(after, close)):
        return spans
    inside = [units[i] for i in range(unit_at(units, after + 1), unit_at(units, close - 1) + 1)]
    if tokens[after + 1].key == _NGUYEN and inside[0].kind == "title":
        return [*spans, (after + 1, close - 1)]
    if len(inside) <= MAX_BRACKET and all(u.kind in ("cap", "term") for u in inside) and tokens[after + 1].cap:
        return [*spans[:-1], (spans[-1][0], close)]
    return spans
