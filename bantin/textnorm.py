"""Vietnamese text keys: NFC storage, tone-placement-blind comparison, diacritic folding, slugs.

Readers always see the writer's spelling; these keys are only for matching and for URLs.
"""

from __future__ import annotations

import re
import unicodedata
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


def slug(text: str, max_length: int = 80) -> str:
    """URL slug from python-slugify; NFC, NFD and either tone placement give the same slug."""
    return slugify(nfc(text), max_length=max_length, word_boundary=True) or "bai"
