"""find_officials: the people of an article, from the mentions of every paragraph (officials.py reads one).

Mentions of one person (`K' Dung` and `K'Dung`, a tone mark dropped by a typo) make one; the mention with the
most titles gives the roles (the first on a tie); historical figures, bylines, people of the past and
private posts are left out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..textnorm import TONE_MARKS, fold, tone_key
from . import knowledge
from .officeholders import holds_public_office, mourned, of_the_past, private
from .officials import Mention, mentions_in


@dataclass
class Person:
    name: str
    order: int
    roles: tuple[str, ...] = ()
    addressed: bool = False  # introduced as đồng chí / đ/c
    replaced: bool = False  # the holder an appointment replaces
    damaged: list[str] = field(default_factory=list)


def _same_spacing(key: str) -> str:
    """`K' Dung` (a caption) and `K'Dung` (the text) are one person."""
    return re.sub(r"(?<=\w)['’]\s*", "'", key)


def _toneless(key: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", key) if ch not in TONE_MARKS)


def _last_word_read_as_former(mention: Mention, key: str, people: dict[str, Person]) -> bool:
    """`Nguyễn Thành Nguyên Phó bí thư …` read as `Nguyễn Thành`, `Nguyên Phó bí thư …` (former): a given name
    `Nguyên` before a title, when the person was named in full before."""
    role = tone_key(mention.roles[0]) if mention.roles else ""
    return any(other.startswith(f"{key} ") and role.startswith(other[len(key) + 1 :] + " ") for other in people)


def _historical_in_lower_case(mention: Mention, key: str, historical: frozenset[str]) -> bool:
    following = re.search(rf"{re.escape(mention.name)}\s+(\w+)", mention.sentence)
    return bool(following) and following[1].islower() and f"{key} {tone_key(following[1])}" in historical


def _no_vowel(name: str) -> bool:
    """Whether the name's last word holds no vowel (`Ng`, `Th`): a syllable cut short."""
    return not re.search(r"[aeiouy]", fold(name.split()[-1]))


def find_officials(
    paragraphs: list[str], excluded: set[str], year: int | None = None, cut: bool = False, capped_at: str = ""
) -> list[Person]:
    """Officials across the article's paragraphs; `excluded` holds tone keys of bylines and credits
    (kept when the text gives them an office); `cut`: the last paragraph stops mid-sentence; `capped_at`: the
    last line of a text that stops at a scraper's size limit;
    `year` is the article's, to tell today's office holders from historical figures."""
    historical = knowledge.historical_names()
    people: dict[str, Person] = {}
    past: dict[str, bool] = {}
    spelled: dict[str, str] = {}  # a name without its tone marks -> the key of its first spelling
    order = 0
    for number, paragraph in enumerate(paragraphs, 1):
        for mention in mentions_in(paragraph, cut and number == len(paragraphs)):
            key = _same_spacing(tone_key(mention.name))
            if _historical_in_lower_case(mention, key, historical):
                continue  # `Chủ tịch Hồ Chí minh`: a historical name whose last word lost its capital
            if capped_at.rstrip().endswith(mention.name) and number == len(paragraphs) and any(
                other != key and other.startswith(key) for other in [*people, *historical]
            ):
                continue  # `… Nguyễn Hồng Di`, `… Chủ tịch Hồ Chí Min` where the page stops: a name known in full
            if capped_at.rstrip().endswith(mention.name) and number == len(paragraphs) and _no_vowel(mention.name):
                continue  # `… Chủ tịch UBND tỉnh Phạm Thành Ng` where the page stops: no syllable ends so
            if _last_word_read_as_former(mention, key, people):
                continue  # `Đồng chí Nguyễn Thành Nguyên Phó bí thư …`: the person named in full before
            if key in historical and not (mention.roles and (mention.courtesy or holds_public_office(mention.roles))):
                continue  # a historical figure's name, unless `ông X, Phó Bí thư …`: a namesake holding office now
            if key in excluded and not mention.roles:
                continue  # a byline is not an official, unless the text gives its writer an office
            # `Lê Minh Khái` … `Lê Minh Khai`: a tone mark dropped by a typo does not make a second person
            key = spelled.setdefault(_toneless(key), key)
            order += 1
            gone = of_the_past(mention.sentence, year, mention.name) or mourned(mention.sentence, mention.name)
            past[key] = past.get(key, True) and gone
            person = people.setdefault(key, Person(mention.name, order))
            person.addressed = person.addressed or mention.addressed
            person.replaced = person.replaced or mention.replaced
            if len(mention.roles) > len(person.roles):
                person.roles = mention.roles
                person.damaged = list(mention.damaged)
    _merge_glued_words(people, past)
    # a party member addressed as đồng chí but given no office is not an office holder (no gold lists one)
    # the holder an appointment replaces holds the office until then, though the text writes no title
    chosen = [p for key, p in people.items()
              if (p.roles or p.replaced) and not past[key] and not (p.roles and all(map(private, p.roles)))]
    return sorted(chosen, key=lambda p: p.order)


# words a caption writes with a capital right after the name (`Phạm Văn Tân Trao quà …`, `Hồ Văn Mười Lễ tại …`)
_CAPTION_WORDS = frozenset(
    map(tone_key, ("trao", "tặng", "thăm", "phát", "chụp", "kiểm", "dâng", "lễ", "chúc", "tại", "dự", "tham", "nói"))
)


def _merge_glued_words(people: dict[str, Person], past: dict[str, bool]) -> None:
    """`Chủ tịch UBND tỉnh Phạm Văn Tân Trao quà …` beside `ông Phạm Văn Tân`: a name that is another found on the
    page plus a caption's verb is that person."""
    for key in sorted(people, key=len, reverse=True):
        shorter, _, verb = key.rpartition(" ")
        if verb not in _CAPTION_WORDS or shorter not in people:
            continue
        longer, kept = people.pop(key), people[shorter]
        if len(longer.roles) > len(kept.roles):
            kept.roles, kept.damaged = longer.roles, longer.damaged
        kept.order = min(kept.order, longer.order)
        past[shorter] = past[shorter] and past.pop(key)
