"""Where a unit's mention stands in its sentence: inside an office title (`Bí thư Tỉnh ủy Gia Lai`), as a cited
document's issuer, in the clause that says what happens there."""

from __future__ import annotations

import re

from .tokens import tokenize
from .units import cut_units

# a numbered document whose issuer the unit is (`Quyết định số 2200-QĐ/TU ngày … của Ban thường vụ …`)
_DOCUMENT = re.compile(
    r"\b(?:quyết định|kế hoạch|nghị quyết|chỉ thị|công văn|thông báo|hướng dẫn|đề án|quy chế|nghị định)\s+"
    r"(?:số\s+)?\d[^.;:]*\bcủa\s+[^.;:,]{0,60}$",
    re.I,
)


def cited(text: str, start: int) -> bool:
    """A unit named as a cited document's issuer or inside a quoted title (`“… trên địa bàn thành phố Hà Nội”`)."""
    before = text[max(0, start - 120) : start]
    quoted = before.count("“") > before.count("”")
    return quoted or bool(_DOCUMENT.search(before))


def in_a_title(text: str, start: int) -> bool:
    """Whether the unit at `start` is written inside an office title (`Bí thư Tỉnh ủy Gia Lai`,
    `Phó Chủ tịch UBND tỉnh`): the clause before it ends in a title and role words."""
    before = text[max(0, start - 60) : start]
    clause = before[max(before.rfind(c) for c in ",;.:()–") + 1 :]
    units = cut_units(tokenize(clause))
    index = len(units) - 1
    while index >= 0 and units[index].kind in ("term", "cap", "damaged"):
        index -= 1
    return index >= 0 and units[index].kind == "title"


def clause_before(text: str, start: int) -> str:
    """The words before `start` back to the sentence's last stop, at most 70 characters."""
    before = text[max(0, start - 70) : start]
    cut = max(before.rfind("."), before.rfind(";"), before.rfind(":"))
    return before[cut + 1 :]
