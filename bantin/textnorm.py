"""Vietnamese text keys: NFC storage, tone-placement-blind comparison, diacritic folding, slugs.

Readers always see the writer's spelling; these keys are only for matching and for URLs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import lru_cache

from slugify import slugify

# Combining tone marks (huyền, sắc, ngã, hỏi, nặng). Vowel marks (ă â ê ô ơ ư) are not tones.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def tone_key_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = sorted(c for c in decomposed if c in TONE_MARKS)
    base = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", base + "".join(tones))


@lru_cache(maxsize=65536)
def tone_key(text: str) -> str:
    """A comparison key where `Thị uỷ`, `Thị ủy` and their NFD forms are equal (case folded)."""
    words = squash_spaces(text).split(" ")
    return " ".join(tone_key_word(w) for w in words).casefold()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII letters with all Vietnamese marks removed (`Đăng` -> `dang`)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return squash_spaces(bare).casefold()


def same_words(a: str, b: str) -> bool:
    """True when two spellings differ only in tone placement, Unicode form, case or spacing."""
    return tone_key(a) == tone_key(b)


SLUG_LENGTH = 80  # the longest slug: file names and addresses stay readable


def slug(text: str, max_length: int = SLUG_LENGTH) -> str:
    """URL slug from python-slugify; NFC, NFD and either tone placement give the same slug."""
    return slugify(nfc(text), max_length=max_length, word_boundary=True) or "bai"


def unique_slug(text: str, taken: Container[str]) -> str:
    """The slug of text, or, when taken, the first free one with `-2`, `-3`, … The number is
    added after the cut, so it survives: `slug(unique_slug(t, taken)) == unique_slug(t, taken)`."""
    base = candidate = slug(text)
    number = 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = _cut(base, SLUG_LENGTH - len(suffix)) + suffix
        number += 1
    return candidate


def _cut(base: str, limit: int) -> str:
    """A slug cut to at most `limit` characters, at a hyphen when it has one to cut at."""
    if len(base) <= limit:
        return base
    head = base[: limit + 1].rpartition("-")[0].rstrip("-")
    return head or base[:limit]
