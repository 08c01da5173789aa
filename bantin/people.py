"""Who each official mention is: people told apart by today's province, pinned by editors' ids.

The rules, in order (README, "Officials and homonyms"):
- A name is tone-blind and merged by site.yaml's `official_aliases`.
- Mentions of one name whose articles lie in the same province today (adminunits.province_today:
  Hà Giang in 2023 and Tuyên Quang in 2025 are one province) are one person; different provinces,
  different people. A name held by one person keeps the page `can-bo/<name>/`; a name held by
  several gives each `can-bo/<name>-<province>/`, and `can-bo/<name>/` lists them.
- An `id:` under an official names a person's page key, or the `<name>-<province>` form of a
  person's key (which keeps working while the name has one person only). The mention's own
  `<name>-<province>` agrees with the evidence: the mention counts as evidence, so it can make that
  person. Any other id (the name's own short key too) pins the mention to the person with that
  key, whatever its name or province. An id that names no person is an error (file:line) and one
  that names a listing is a review item; either way the mention is then placed by evidence, as
  if it had no id (and so it can make its own person, which is how `id: <name>` on the only
  mention of a name is fine).
- A mention whose article has no province: the name's one person when it has one; when it has
  several, the name's listing page and a review item naming them.
Decisions that are not obvious become review items (`officials`) whose reason names the evidence.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .adminunits import without_level
from .content import Article, ContentProblem, ReviewItem
from .model import OfficialLink, Place
from .textnorm import slug as make_slug
from .textnorm import tone_key
from .vietnamese import name_key


def alias_map(aliases: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """tone key of any spelling -> tone key of the canonical name an editor chose."""
    result = {}
    for canonical, others in aliases.items():
        result[tone_key(canonical)] = tone_key(canonical)
        for other in others:
            result[tone_key(other)] = tone_key(canonical)
    return result


def preferred(spellings: list[str]) -> str:
    """The most used spelling; on a tie the first in the list (lists are kept newest first)."""
    counts = Counter(spellings)
    best = max(counts.values())
    return next(s for s in spellings if counts[s] == best)


def unique_keys(bases: list[str], reserved: frozenset[str] = frozenset()) -> list[str]:
    """Make keys unique in list order: the first keeps `x`, later ones get `x-2`, `x-3`…"""
    taken = set(reserved)
    result = []
    for base in bases:
        key, n = base, 1
        while key in taken:
            n += 1
            key = f"{base}-{n}"
        taken.add(key)
        result.append(key)
    return result


def province_of(place: Place) -> str | None:
    """Today's province of a place, without its level word (`Tuyên Quang` for Hà Giang), else the
    province as written; None when the article does not say."""
    return without_level(place.province_today) if place.province_today else place.province


class Seen(NamedTuple):
    """One official named in one article, with what decides who it is (a tuple: there are many)."""

    slug: str
    path: str  # as the editor sees it: content/x.md
    index: int  # among the article's officials
    name: str
    roles: tuple[str, ...]
    ident: str  # the name: tone key after aliases
    province: str | None  # today's province, as shown
    pkey: str | None  # its tone key
    pin: str | None  # the editor's id
    pin_line: int


Person = tuple[str, str | None]  # (name's ident, today's province key or None)
LISTING = "\0listing"  # in place of the province key: the name's listing page


@dataclass(frozen=True, slots=True)
class People:
    links: Mapping[tuple[str, int], OfficialLink]  # (article slug, index among its officials) -> page
    namesakes: Mapping[str, tuple[str, ...]]  # listing key -> its people's keys, by province
    flags: Mapping[str, tuple[ReviewItem, ...]]  # article slug -> review items about who is who
    problems: tuple[ContentProblem, ...]


class _Pages:
    """Every person and listing page that some evidence gives, with their keys."""

    def __init__(self, seen: list[Seen], name_slug: Mapping[str, str], order: Mapping[str, int],
                 province_slug: Mapping[str, str]) -> None:
        found: dict[str, set[str | None]] = defaultdict(set)
        for s in seen:
            found[s.ident].add(s.pkey)
        self.persons: dict[str, tuple[str | None, ...]] = {}
        for ident, pkeys in found.items():
            named = sorted((p for p in pkeys if p), key=lambda p: (province_slug[p], p))
            self.persons[ident] = tuple(named) or (None,)
        bases: list[tuple[Person, str]] = []
        for ident in sorted(self.persons, key=order.__getitem__):
            base = name_slug[ident]
            if len(self.persons[ident]) == 1:
                bases.append(((ident, self.persons[ident][0]), base))
                continue
            bases.append(((ident, LISTING), base))
            bases += [((ident, p), f"{base}-{province_slug[p or '']}") for p in self.persons[ident]]
        keys = unique_keys([b for _, b in bases])
        self.key = {who: key for (who, _), key in zip(bases, keys, strict=True)}
        self.by_key: dict[str, Person] = {key: who for who, key in self.key.items()}
        for (ident, pkey), base in bases:  # the <name>-<province> form of single people
            if pkey and pkey != LISTING and len(self.persons[ident]) == 1:
                self.by_key.setdefault(f"{base}-{province_slug[pkey]}", (ident, pkey))

    def find(self, pin: str) -> Person | None:
        return self.by_key.get(pin)


def _describe(who: Person, pages: _Pages, count: Counter[Person], latest: Mapping[Person, tuple[str, ...]],
              shown: Mapping[str, str], province_names: Mapping[str, str]) -> str:
    ident, pkey = who
    where = province_names[pkey] if pkey else "chưa rõ tỉnh"
    roles = ", ".join(latest.get(who, ())[:2])
    return f"{shown[ident]} ({where}{'; ' + roles if roles else ''}; {count[who]} bài) id: {pages.key[who]}"


def resolve(articles: list[Article], places: Mapping[str, Place], aliases: Mapping[str, tuple[str, ...]],
            content_name: str) -> People:
    """Each mention's page; `articles` newest first, `places` by slug."""
    merge = alias_map(aliases)
    canonical = {tone_key(n): n for n in aliases}
    seen: list[Seen] = []
    spellings: dict[str, list[str]] = defaultdict(list)
    province_names: dict[str, str] = {}
    for a in articles:
        place = places.get(a.slug)
        province = province_of(place) if place is not None else None
        pkey = tone_key(province) if province else None
        if province and pkey:
            province_names.setdefault(pkey, province)
        for i, m in enumerate(a.officials):
            name = tone_key(m.name)
            ident = merge.get(name, name)
            spellings[ident].append(m.name)
            seen.append(Seen(a.slug, f"{content_name}/{a.path}", i, m.name, m.roles, ident, province, pkey, m.id,
                             m.id_line))
    shown = {ident: canonical.get(ident) or preferred(names) for ident, names in spellings.items()}
    name_slug = {ident: make_slug(name) for ident, name in shown.items()}
    order = {ident: n for n, ident in enumerate(sorted(shown, key=lambda i: (name_key(shown[i]), i)))}
    province_slug = {pkey: make_slug(name) for pkey, name in province_names.items()}

    def agrees(s: Seen) -> bool:
        """No id, or the mention's own <name>-<province>: the id says what the evidence says."""
        return s.pin is None or bool(s.pkey and s.pin == f"{name_slug[s.ident]}-{province_slug[s.pkey]}")

    pinned = [s for s in seen if not agrees(s)]
    evident: set[tuple[str, int]] = set()  # pins of a name that no other evidence gives a person
    while True:
        pages = _Pages([s for s in seen if agrees(s) or (s.slug, s.index) in evident], name_slug, order,
                       province_slug)
        orphans = {(s.slug, s.index) for s in pinned if (s.slug, s.index) not in evident
                   and s.ident not in pages.persons and not _is_person(pages.find(s.pin or ""))}
        if not orphans:
            break
        evident |= orphans

    placed: dict[tuple[str, int], Person] = {}
    for s in seen:
        at = (s.slug, s.index)
        options = pages.persons.get(s.ident, ())
        target = pages.find(s.pin) if s.pin is not None else None
        if target is not None and _is_person(target) and not agrees(s):
            placed[at] = target
        elif s.pkey in options:
            placed[at] = (s.ident, s.pkey)
        else:
            placed[at] = (s.ident, options[0]) if len(options) == 1 else (s.ident, LISTING)

    count: Counter[Person] = Counter({who: len(slugs) for who, slugs in _articles_of(placed).items()})
    latest: dict[Person, tuple[str, ...]] = {}
    for s in seen:  # newest article first: its roles are the latest
        if s.roles:
            latest.setdefault(placed[(s.slug, s.index)], s.roles)

    def people_of(ident: str, but: str | None = None) -> str:
        return "; ".join(_describe((ident, p), pages, count, latest, shown, province_names)
                         for p in pages.persons[ident] if p != but)

    flags: dict[str, list[ReviewItem]] = defaultdict(list)
    problems: list[ContentProblem] = []
    for s in seen:
        at = (s.slug, s.index)
        ident, pkey = placed[at]
        others = len(pages.persons[ident])
        if others == 1 and s.pin is None:
            continue  # the name's one person: nothing to decide
        named = pages.find(s.pin) if s.pin else None
        if named is not None and named[1] == LISTING:
            flags[s.slug].append(ReviewItem("officials", (
                f"id “{s.pin}” là trang liệt kê {others} người cùng tên “{shown[ident]}”, không chỉ một người: "
                f"{people_of(ident)} — ghi id của đúng một người"), s.name))
        elif s.pin and named is None and not agrees(s):
            problems.append(ContentProblem(s.path, s.pin_line or 1, _unknown(s, pages)))
        if pkey == LISTING:
            flags[s.slug].append(ReviewItem("officials", (
                f"cùng tên với {others} người: {people_of(ident)}; "
                + (f"không ai trong số họ ở {s.province}" if s.province else "bài không cho biết tỉnh")
                + " nên chưa rõ là người nào — ghi id của người đúng dưới tên này"), s.name))
        elif others > 1 and count[(ident, pkey)] == 1 and s.pin is None:
            flags[s.slug].append(ReviewItem("officials", (
                f"cùng tên với {others - 1} người ở tỉnh khác: {people_of(ident, but=pkey)}; chỉ bài này nhắc "
                f"“{shown[ident]}” ở {province_names[pkey or ''] if pkey else 'tỉnh chưa rõ'} nên được tách thành "
                "một người — nếu là một trong những người trên (chuyển công tác, viết sai tên), ghi id của "
                "người đó dưới tên này"), s.name))

    links: dict[Person, OfficialLink] = {}
    for (ident, pkey), key in pages.key.items():
        several = len(pages.persons[ident]) > 1
        province = province_names[pkey] if several and pkey and pkey != LISTING else None
        links[(ident, pkey)] = OfficialLink(key, shown[ident], province, pkey == LISTING)
    namesakes = {pages.key[(ident, LISTING)]: tuple(pages.key[(ident, p)] for p in persons)
                 for ident, persons in pages.persons.items() if len(persons) > 1}
    return People({at: links[who] for at, who in placed.items()}, namesakes,
                  {slug: tuple(items) for slug, items in flags.items()}, tuple(problems))


def _is_person(who: Person | None) -> bool:
    return who is not None and who[1] != LISTING


def _articles_of(placed: Mapping[tuple[str, int], Person]) -> dict[Person, set[str]]:
    found: dict[Person, set[str]] = defaultdict(set)
    for (slug, _), who in placed.items():
        found[who].add(slug)
    return found


def _unknown(s: Seen, pages: _Pages) -> str:
    close = difflib.get_close_matches(s.pin or "", sorted(k for k, w in pages.by_key.items() if w[1] != LISTING),
                                      n=3, cutoff=0.75)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    return (f"officials item {s.index + 1} ({s.name}): id \"{s.pin}\" is no person's page key; {hint}"
            "write the key of the person's page (can-bo/<key>/) or remove the id")
