"""How Vietnamese readers expect things: names sorted by given name in alphabet order, dates.

Sorting follows the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), compares letters
first and tones second (ngang, huyền, hỏi, ngã, sắc, nặng), and orders people by the given name
(the last word), then the family and middle names.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

from babel import Locale
from babel.dates import format_date

from .content import PartialDate
from .textnorm import nfc, squash_spaces

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}
# ngang (no mark) 0, huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LOCALE = Locale.parse("vi")

WordKey = tuple[tuple[int, ...], tuple[int, ...]]


@lru_cache(maxsize=65536)
def _letter(char: str) -> tuple[int, int]:
    """(letter rank, tone rank) of one lower-case character."""
    tone = 0
    kept = []
    for part in unicodedata.normalize("NFD", char):
        if part in _TONE_RANK:
            tone = _TONE_RANK[part]
        else:
            kept.append(part)
    base = unicodedata.normalize("NFC", "".join(kept))
    if base in _RANK:
        return _RANK[base], tone
    if base.isdigit():
        return -20 + int(base) if base.isascii() else -10, tone
    if base.isalpha():
        return len(ALPHABET) + ord(base[0]), tone
    return -100, tone  # punctuation sorts before letters and digits


@lru_cache(maxsize=65536)
def word_key(word: str) -> WordKey:
    """Letters first, tones second: `ba` < `bà` < `bả` < `bã` < `bá` < `bạ` < `bă`."""
    pairs = [_letter(char) for char in nfc(word).casefold()]
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


def text_key(text: str) -> tuple[object, ...]:
    """Sort key for any Vietnamese text (titles, place names), word by word."""
    keys = [word_key(w) for w in squash_spaces(text).split(" ") if w]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys), nfc(text)


@lru_cache(maxsize=65536)
def name_key(name: str) -> tuple[object, ...]:
    """Sort key for a person: given name (last word) first, then the rest, tones after letters."""
    words = [w for w in squash_spaces(nfc(name)).split(" ") if w]
    if not words:
        return ((), (), (), (), "")
    given, rest = word_key(words[-1]), [word_key(w) for w in words[:-1]]
    return given[0], tuple(k[0] for k in rest), given[1], tuple(k[1] for k in rest), nfc(name)


def initial(name: str) -> str:
    """The letter a name is filed under in an index: the given name's first letter, tone removed."""
    words = squash_spaces(nfc(name)).split(" ")
    first = words[-1][:1] if words and words[-1] else "#"
    bare = "".join(c for c in unicodedata.normalize("NFD", first) if c not in _TONE_RANK)
    letter = unicodedata.normalize("NFC", bare).upper()
    return letter if letter.isalpha() else "#"


# --- dates -------------------------------------------------------------------------------


def _as_date(value: PartialDate) -> dt.date:
    return dt.date(value.year, value.month, value.day or 1)


@lru_cache(maxsize=65536)
def date_long(value: PartialDate | None) -> str:
    """`Thứ Hai, 11/12/2023`; `tháng 12/2023` when only the month is known; `chưa rõ ngày`."""
    if value is None:
        return "chưa rõ ngày"
    if value.day is None:
        return f"tháng {value.month}/{value.year}"
    return format_date(_as_date(value), format="EEEE, dd/MM/yyyy", locale=_LOCALE)


def date_short(value: PartialDate | None) -> str:
    """`11/12/2023`; `tháng 12/2023`; `chưa rõ ngày`."""
    if value is None:
        return "chưa rõ ngày"
    if value.day is None:
        return f"tháng {value.month}/{value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def capitalize_first(text: str) -> str:
    """`thị xã Sa Pa` -> `Thị xã Sa Pa` (only the first letter changes)."""
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """`Tỉnh Lào Cai` -> `tỉnh Lào Cai`, for a place name inside a sentence."""
    return text[:1].lower() + text[1:] if text else text


FIELD_LABELS = {
    "title": "Tiêu đề", "date": "Ngày", "locality": "Địa phương", "officials": "Cán bộ", "author": "Tác giả",
    "source": "Nguồn", "body": "Nội dung", "summary": "Tóm tắt", "author_org": "Cơ quan của tác giả",
}


def field_label(field: str) -> str:
    """A front-matter key as an editor reads it in Vietnamese (unknown keys are shown as they are)."""
    return FIELD_LABELS.get(field, field)
