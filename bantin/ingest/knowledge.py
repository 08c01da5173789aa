"""Vietnamese knowledge that holds for the whole country, read once from bantin/data/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..textnorm import tone_key

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def key_tuple(phrase: str) -> tuple[str, ...]:
    """Tone-blind, case-blind word keys of a phrase, split like running text is."""
    from .tokens import tokenize  # local: tokens imports this module's constants

    return tuple(tok.key for tok in tokenize(phrase))


@dataclass(frozen=True)
class RoleVocabulary:
    prefixes: frozenset[tuple[str, ...]]
    titles: frozenset[tuple[str, ...]]
    terms: frozenset[tuple[str, ...]]
    sectors: frozenset[tuple[str, ...]]  # role words only when capitalised ("Sở Xây dựng")
    damaged: frozenset[tuple[str, ...]]  # role words that lost one accented letter: "y ban", "tnh"
    honorifics: frozenset[tuple[str, ...]]
    ranks: frozenset[tuple[str, ...]]
    longest: int

    def starts_title(self, keys: tuple[str, ...]) -> int:
        """Length of the title (with an optional prefix like `nguyên`) at the start of keys, or 0."""
        offset = 0
        for size in range(3, 0, -1):
            if keys[:size] in self.prefixes:
                offset = size
                break
        for size in range(min(self.longest, len(keys) - offset), 0, -1):
            if keys[offset : offset + size] in self.titles:
                return offset + size
        return 0


def _damaged_forms(phrases: list[str]) -> set[tuple[str, ...]]:
    """Each phrase with one accented letter dropped from one word, as broken encodings leave it."""
    forms: set[tuple[str, ...]] = set()
    for phrase in phrases:
        words = phrase.lower().split()
        keys = [tone_key(w) for w in words]
        for position, word in enumerate(words):
            for spelling in {word, keys[position]}:  # ủy and uỷ lose different letters
                for index, char in enumerate(spelling):
                    broken = spelling[:index] + spelling[index + 1 :]
                    if not char.isascii() and broken and (len(words) > 1 or len(broken) >= 3):
                        forms.add((*keys[:position], tone_key(broken), *keys[position + 1 :]))
    return forms


@cache
def roles() -> RoleVocabulary:
    sections: dict[str, set[tuple[str, ...]]] = {}
    raw: dict[str, list[str]] = {}
    current = ""
    for line in _lines("roles.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = set()
            raw[current] = []
        else:
            sections[current].add(key_tuple(line))
            raw[current].append(line)
    every = set().union(*sections.values())
    return RoleVocabulary(
        prefixes=frozenset(sections["prefixes"]),
        titles=frozenset(sections["titles"]),
        terms=frozenset(sections["terms"] | sections["titles"] | sections["prefixes"]),
        sectors=frozenset(sections["sectors"]),
        damaged=frozenset(_damaged_forms(raw["terms"] + raw["titles"] + raw["sectors"]) - every),
        honorifics=frozenset(sections["honorifics"]),
        ranks=frozenset(sections["ranks"]),
        longest=max(len(t) for t in every),
    )


def _name_lists() -> dict[str, set[str]]:
    lists: dict[str, set[str]] = {"common": set(), "other": set(), "middle": set()}
    current = "common"
    for raw in (DATA / "surnames.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line[2:] in lists and line.startswith("# "):
            current = line[2:]
        elif line and not line.startswith("#"):
            lists[current].add(tone_key(line))
    return lists


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(common surname keys, all surname keys)."""
    lists = _name_lists()
    return frozenset(lists["common"]), frozenset(lists["common"] | lists["other"])


@cache
def lowercase_middle_names() -> frozenset[str]:
    return frozenset(_name_lists()["middle"])


@cache
def historical_names() -> frozenset[str]:
    return frozenset(tone_key(name) for name in _lines("historical.txt"))


@cache
def level_words() -> dict[tuple[str, ...], str]:
    """Spelling keys -> canonical level (`tp.` -> `thành phố`)."""
    mapping: dict[tuple[str, ...], str] = {}
    for line in _lines("levels.txt"):
        level, *spellings = (part.strip() for part in line.split("|"))
        for spelling in spellings:
            mapping[key_tuple(spelling)] = level
    return mapping


@cache
def organ_words() -> dict[tuple[str, ...], str]:
    """`huyện ủy` -> `huyện`: party committees name their unit's level."""
    mapping = {}
    for line in _lines("organs.txt"):
        spelling, level = (part.strip() for part in line.split("|"))
        mapping[key_tuple(spelling)] = level
    return mapping
