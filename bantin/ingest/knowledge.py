"""Vietnamese knowledge that holds for the whole country, read once from bantin/data/."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..textnorm import fold, tone_key

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def key_tuple(phrase: str) -> tuple[str, ...]:
    """Tone-blind, case-blind word keys of a phrase, split like running text is."""
    from .tokens import tokenize  # local: tokens imports this module's constants

    return tuple(tok.key for tok in tokenize(phrase))


class PhraseTable:
    """Phrases as tuples of word keys, with the longest match at a position found quickly."""

    def __init__(self, phrases: set[tuple[str, ...]] | frozenset[tuple[str, ...]]) -> None:
        self.phrases = frozenset(phrases)
        self.longest_from: dict[str, int] = {}
        for phrase in self.phrases:
            self.longest_from[phrase[0]] = max(self.longest_from.get(phrase[0], 0), len(phrase))

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.phrases

    def longest_at(self, keys: Sequence[str], at: int = 0) -> int:
        """Length of the longest phrase starting at keys[at], or 0."""
        if at >= len(keys):
            return 0
        for size in range(min(self.longest_from.get(keys[at], 0), len(keys) - at), 0, -1):
            if tuple(keys[at : at + size]) in self.phrases:
                return size
        return 0


@dataclass(frozen=True)
class RoleVocabulary:
    prefixes: PhraseTable
    titles: PhraseTable
    terms: PhraseTable
    sectors: PhraseTable  # role words only when capitalised ("Sở Xây dựng")
    damaged: PhraseTable  # role words that lost one accented letter: "y ban", "tnh"
    damaged_titles: PhraseTable  # titles that did: "Tnh ủy viên"
    honorifics: PhraseTable
    ranks: PhraseTable

    @property
    def first_words(self) -> frozenset[str]:
        """Every key that starts some phrase of the vocabulary."""
        return _first_words(self)

    def starts_title(self, keys: Sequence[str], at: int = 0) -> int:
        """Length of the title (with an optional prefix like `nguyên`) at keys[at], or 0."""
        offset = self.prefixes.longest_at(keys, at)
        if offset and at > 0 and tuple(keys[at - 1 : at + 1]) == _AUTHORISES:
            return 0  # `… ủy quyền Phó Chủ tịch UBND tỉnh A`: the verb authorises, no acting office
        size = self.titles.longest_at(keys, at + offset)
        return offset + size if size else 0


_AUTHORISES = (tone_key("ủy"), tone_key("quyền"))


@cache
def _first_words(vocab: RoleVocabulary) -> frozenset[str]:
    tables = (
        vocab.prefixes,
        vocab.titles,
        vocab.terms,
        vocab.sectors,
        vocab.damaged,
        vocab.damaged_titles,
        vocab.honorifics,
        vocab.ranks,
    )
    return frozenset(word for table in tables for word in table.longest_from)


def _damaged_forms(phrases: list[str], bare: bool = True) -> set[tuple[str, ...]]:
    """Each phrase with one accented letter dropped from one word, as broken encodings leave it."""
    forms: set[tuple[str, ...]] = set()
    for phrase in phrases:
        words = phrase.lower().split()
        keys = [tone_key(w) for w in words]
        for position, word in enumerate(words):
            folded = fold(word)  # every mark lost: `tỉnh` -> `tinh` (not for titles: `chánh` -> `Chanh`, a name)
            if bare and folded != word and (len(words) > 1 or len(folded) >= 4):
                forms.add((*keys[:position], tone_key(folded), *keys[position + 1 :]))
            for spelling in {word, keys[position]}:  # ủy and uỷ lose different letters
                for index, char in enumerate(spelling):
                    broken = spelling[:index] + spelling[index + 1 :]
                    # a whole accented letter is lost, never a lone tone mark (`trưởng` must not become `Trương`)
                    if (
                        not char.isascii()
                        and not unicodedata.combining(char)
                        and broken
                        and (len(words) > 1 or len(broken) >= 3)
                    ):
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
        prefixes=PhraseTable(sections["prefixes"]),
        titles=PhraseTable(sections["titles"]),
        terms=PhraseTable(sections["terms"] | sections["titles"] | sections["prefixes"]),
        sectors=PhraseTable(sections["sectors"]),
        damaged=PhraseTable(_damaged_forms(raw["terms"] + raw["sectors"]) - every),
        damaged_titles=PhraseTable(_damaged_forms(raw["titles"], bare=False) - every),
        honorifics=PhraseTable(sections["honorifics"]),
        ranks=PhraseTable(sections["ranks"]),
    )


def _name_lists() -> dict[str, set[str]]:
    lists: dict[str, set[str]] = {"common": set(), "other": set(), "prefix": set(), "middle": set()}
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
    return frozenset(lists["common"]), frozenset(lists["common"] | lists["other"] | lists["prefix"])


@cache
def name_prefixes() -> frozenset[str]:
    """`Y`, `H'`: words that open a Central Highlands name, whose whole capitalised run is the name."""
    return frozenset(_name_lists()["prefix"])


@cache
def surname_spellings() -> frozenset[str]:
    """Surnames as written in the data file, in both tone placements and NFC."""
    import unicodedata

    spellings = set()
    for raw in (DATA / "surnames.txt").read_text(encoding="utf-8").split("# middle")[0].splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            spellings |= {unicodedata.normalize("NFC", line), tone_key(line)}
    return frozenset(spellings)


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
def unit_word_starts() -> frozenset[str]:
    """First word keys of every level and organ word (a quick test before a full lookup)."""
    return frozenset(k[0] for k in (*level_words(), *organ_words()))


@cache
def section_names() -> tuple[str, ...]:
    """Portal section names (data/sections.txt), longest first, lower case."""
    return tuple(sorted((line.strip().lower() for line in _lines("sections.txt")), key=len, reverse=True))


@cache
def unit_aliases() -> dict[str, tuple[str, str]]:
    """`hcm` -> (`thành phố`, `Hồ Chí Minh`): abbreviations of unit names (data/aliases.txt)."""
    found = {}
    for line in _lines("aliases.txt"):
        short, level, name = (part.strip() for part in line.split("|"))
        found[tone_key(short)] = (level, name)
    return found


@cache
def organ_words() -> dict[tuple[str, ...], str]:
    """`huyện ủy` -> `huyện`: party committees name their unit's level."""
    mapping = {}
    for line in _lines("organs.txt"):
        spelling, level = (part.strip() for part in line.split("|"))
        mapping[key_tuple(spelling)] = level
    return mapping


@cache
def foreign_places() -> frozenset[str]:
    """Foreign countries and provinces named like a person (data/foreign_places.txt), tone- and case-blind keys."""
    return frozenset(tone_key(line) for line in _lines("foreign_places.txt"))
