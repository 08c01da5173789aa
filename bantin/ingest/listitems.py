"""Lists of people that `;` divides, each item its offices first and the name last (`…gồm: Phó Bí thư
Đảng ủy, Phó Giám đốc Sở X Nguyễn Văn A; Ủy viên …, Chủ tịch Hội Y Trần Thị B; …`): the item's
comma-separated pieces are the name's offices, however long an organ's name runs."""

from __future__ import annotations

from collections.abc import Sequence

from .tokens import Token
from .units import Unit, unit_at

MAX_ITEM = 80  # tokens: an item longer than this is prose, not a list entry
_OPENERS = frozenset(";:")
_ITEM_ENDS = frozenset(";.")
_SKIPPED = frozenset({"honorific", "rank"})


def item_end_names_someone(tokens: Sequence[Token], start: int, stops: frozenset[int]) -> bool:
    """Whether the `;`-item that starts at token `start` ends in a name (`; Ủy viên …, Chủ tịch Hội X B;`):
    then its offices are that person's, not the previous item's."""
    for at in range(start, min(len(tokens), start + MAX_ITEM)):
        if at in stops:
            return True
        if tokens[at].text in _ITEM_ENDS:
            return False
    return False


def item_roles_before(
    units: list[Unit], tokens: Sequence[Token], first: int, last: int, stops: frozenset[int]
) -> list[tuple[int, int]]:
    """The offices of a name that closes a list item (tokens `first`..`last`), as token spans; [] when the
    name does not close an item that opens with an office after `;` or `:`."""
    if last + 1 < len(tokens) and tokens[last + 1].text not in _ITEM_ENDS:
        return []
    opener = next((at for at in range(first - 1, max(-1, first - MAX_ITEM), -1)
                   if tokens[at].text in _OPENERS or at in stops or tokens[at].text == "."), None)
    if opener is None or tokens[opener].text not in _OPENERS or opener == first - 1:
        return []
    index = unit_at(units, opener + 1)
    while index < len(units) and units[index].kind in _SKIPPED:
        index += 1
    end = unit_at(units, first - 1)
    if index > end or units[index].kind != "title":
        return []
    spans: list[tuple[int, int]] = []
    start = units[index].first
    for at in range(index + 1, end + 1):
        unit = units[at]
        if unit.kind == "sep" and unit.text == "," and at + 1 <= end and units[at + 1].kind == "title":
            spans.append((start, units[at - 1].last))
            start = units[at + 1].first
    spans.append((start, units[end].last))
    return spans
