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
        start = match.start()
        pieces = _unglued(match.group()) if kind == "word" else [match.group()]
        for value in pieces:  # (`Ủy viênThường vụ`: two words a scrape glued together are read as two)
            key = tone_key(value) if kind == "word" else value
            tokens.append(Token(value, start, start + len(value), kind, key))
            start += len(value)
    return tuple(tokens)


# `Thái Nguyêncho biết`: a name's last syllable glued to the verb after it (a syllable ends in a vowel or one of
# these finals, so nothing of a single syllable is cut)
_GLUED_VERBS = ("cho", "và", "là")
_GLUED_VERB = re.compile(
    rf"^(?P<word>[A-ZĐÀ-Ỹ]\w*?(?:[aăâeêioôơuưyà-ỹ]|ng|nh|ch|[cmnpt]))(?P<verb>{'|'.join(_GLUED_VERBS)})$"
)


def _unglued(word: str) -> list[str]:
    """A run of letters cut where a lower-case letter is followed by a capital (no Vietnamese word has one inside)."""
    glued = _GLUED_VERB.match(word) if word.endswith(_GLUED_VERBS) else None
    if glued and len(glued["word"]) >= 3 and has_vowel(glued["word"]):
        return [glued["word"], glued["verb"]]
    if word[1:].islower() or word.isupper():
        return [word]
    cuts = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]


def gap(text: str, left: Token, right: Token) -> str:
    """The characters between two tokens (usually a space or nothing)."""
    return text[left.end : right.start]


def is_dash(token: Token) -> bool:
    return token.kind == "punct" and token.text in "-–—"


def is_damaged(token: Token) -> bool:
    """A lower-case word with no vowel (`tnh`, `ng`): letters lost with their diacritics."""
    return token.is_word and token.text.islower() and not token.has_vowel and len(token.text) > 1
