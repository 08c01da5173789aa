"""Tokens of running Vietnamese text, with the properties extraction rules look at."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..textnorm import tone_key

_TOKEN = re.compile(
    r"(?P<word>[đĐ]/[cC](?![^\W\d_])|(?<![^\W\d_])[HK]['’](?=\s)|[^\W\d_]+(?:['’&][^\W\d_]+)*)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<punct>\S)"
)
_VOWELS = frozenset("aăâeêioôơuưy")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # "word", "num" or "punct"
    key: str  # tone-blind, case-blind form for words; the text itself otherwise

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.text[0].isupper()

    @property
    def upper(self) -> bool:
        return self.kind == "word" and len(self.text) > 1 and self.text.isupper() and self.text[-1] not in "'’"

    @property
    def has_vowel(self) -> bool:
        return has_vowel(self.text)


@lru_cache(maxsize=65536)
def has_vowel(word: str) -> bool:
    bare = unicodedata.normalize("NFD", word.lower())
    return any(ch in _VOWELS for ch in bare)


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of a text (cached: several rules read the same paragraph)."""
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        value = match.group()
        key = tone_key(value) if kind == "word" else value
        tokens.append(Token(value, match.start(), match.end(), kind, key))
    return tuple(tokens)


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens (usually a space or nothing)."""
    return text[left.end : right.start]


def is_dash(token: Token) -> bool:
    return token.kind == "punct" and token.text in "-–—"


def is_damaged(token: Token) -> bool:
    """A lower-case word with no vowel (`tnh`, `ng`): letters lost with their diacritics."""
    return token.is_word and token.text.islower() and not token.has_vowel and len(token.text) > 1
