"""The year a lunar year's name gives (`tháng Giêng năm Nhâm Dần`: 2022): a stem and a branch name one year
in sixty, so within the span of today's news each name is one year."""

from __future__ import annotations

import re

_STEMS = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")  # years ending 0 … 9
_BRANCHES = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi")  # year % 12
_ALIASES = {"mẹo": "mão", "tí": "tý", "tị": "tỵ"}
_FIRST_YEAR = 1984  # (Giáp Tý: a sixty-year span, 1984-2043, covers every article the digest keeps)
# `năm Nhâm Dần`, `Tết Nhâm Dần`, `Xuân Nhâm Dần` without a year in figures after it
LUNAR_NAME = re.compile(
    r"\b(?P<month>tháng\s+(?:Giêng|Chạp)\s+)?(?:năm|Tết(?:\s+Nguyên\s+đán)?|Xuân)\s+"
    r"(?P<stem>Canh|Tân|Nhâm|Quý|Giáp|Ất|Bính|Đinh|Mậu|Kỷ)\s+"
    r"(?P<branch>Thân|Dậu|Tuất|Hợi|Tý|Tí|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi)\b(?!\s*,?\s*\d)",
    re.I,
)


def cycle_year(stem: str, branch: str) -> int:
    """The one year of the span that the stem and branch name."""
    last_digit = _STEMS.index(stem.lower())
    remainder = _BRANCHES.index(_ALIASES.get(branch.lower(), branch.lower()))
    return next(y for y in range(_FIRST_YEAR, _FIRST_YEAR + 60) if y % 10 == last_digit and y % 12 == remainder)


def lunar_years(month: int, sentence: str) -> list[tuple[int, str]]:
    """The event's year from a lunar year named in its sentence: that year from March on, and in January or
    February when the text says the first lunar month or Tết (the twelfth month falls in the next year)."""
    found = LUNAR_NAME.search(sentence)
    if found is None:
        return []
    year = cycle_year(found["stem"], found["branch"])
    words = found.group().strip()
    if found["month"] and found["month"].lower().startswith("tháng chạp"):
        return [(year + 1, f"năm suy ra: “{words}” rơi vào đầu năm sau")] if month <= 2 else []
    if month >= 3 or found["month"] or not found.group().lower().startswith("năm"):
        return [(year, f"năm suy ra: “{words}”")]
    return []


# the Khmer new year (April), Sene Dolta (September-October) and Ok Om Bok (November) fall within their
# Gregorian year: `nhân dịp Tết Chôl Chnăm Thmây 2024`
_KHMER_FESTIVAL = re.compile(
    r"\b(?:Tết|lễ|lễ hội)\s+(?:cổ truyền\s+)?(?:Chôl Chnăm Thmây|Chol Chnam Thmay|Sene? Dolta|Sen Đôn Ta|Ok Om Bok|"
    r"Oóc Om Bóc)(?:\s+năm)?\s+(\d{4})\b",
    re.I,
)


def khmer_festival_years(sentence: str) -> list[tuple[int, str]]:
    """The event's year from a Khmer festival and its year named in its sentence."""
    found = _KHMER_FESTIVAL.search(sentence)
    return [(int(found[1]), f"năm suy ra: “{found.group().strip()}”")] if found else []
