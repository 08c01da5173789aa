"""The site model built once from all articles: localities, officials, timeline, related.

Pure functions from `list[Article]` and the editor's aliases to a frozen `Site` (see model.py).
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from .adminunits import province_today
from .content import Article, ContentProblem, OfficialMention
from .model import (
    LEVEL_ORDER,
    UNKNOWN_PLACE,
    Entry,
    LevelGroup,
    Locality,
    Mention,
    MonthGroup,
    Namesakes,
    Official,
    OfficialLink,
    Place,
    ProvinceGroup,
    RoleSeen,
    Site,
    Timeline,
    YearGroup,
)
from .people import People, preferred, resolve, unique_keys
from .summary import summarize
from .textnorm import slug as make_slug
from .textnorm import tone_key, unique_slug
from .vietnamese import name_key, text_key

__all__ = ["Entry", "Locality", "Mention", "Official", "OfficialLink", "Place", "RoleSeen", "Site", "build_site"]

RELATED_COUNT = 4
RELATED_WINDOW = 16


# --- building -----------------------------------------------------------------------------


def newest_first(article: Article) -> tuple[object, ...]:
    """Newest first, undated last, a month-only date after the days of its month, ties by slug."""
    if article.date is None:
        return (1, (), article.slug)
    return (0, tuple(-x for x in article.date.sort_key), article.slug)


def oldest_first(article: Article) -> tuple[object, ...]:
    if article.date is None:
        return (1, (), article.slug)
    year, month, day = article.date.sort_key
    return (0, (year, month, day if day else 99), article.slug)


def dedupe_slugs(articles: list[Article], content_name: str) -> tuple[list[Article], list[ContentProblem]]:
    """Two files with one slug would share a page: the first (by path) keeps it, each other one
    gets the first free numbered slug (`-2`, `-3`, …), with a warning. No article is dropped."""
    taken = {a.slug for a in articles}
    first: dict[str, Article] = {}
    kept, problems = [], []
    for article in sorted(articles, key=lambda a: a.path):
        if article.slug in first:
            other = f"{content_name}/{first[article.slug].path}"
            new = unique_slug(article.slug, taken)
            taken.add(new)
            problems.append(ContentProblem(f"{content_name}/{article.path}", 1,
                                           f"slug '{article.slug}' is already used by {other}, so this article "
                                           f"is at tin/{new}/; rename one file or set slug: in its front matter",
                                           "warning"))
            article = replace(article, slug=new)
        else:
            first[article.slug] = article
        kept.append(article)
    return kept, problems


# localities ---------------------------------------------------------------------------------

PlaceId = tuple[str, str, str]  # tone keys of level, name, province ("" when unknown)


def place_ids(articles: list[Article]) -> dict[str, PlaceId | None]:
    """slug -> the place it belongs to; an unknown province joins the name's only known province."""
    provinces: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in articles:
        ref = a.locality
        if ref.name:
            province = ref.province or (ref.name if ref.level == "tỉnh" else None)
            if province:
                provinces[(tone_key(ref.level or ""), tone_key(ref.name))].add(tone_key(province))
    result: dict[str, PlaceId | None] = {}
    for a in articles:
        ref = a.locality
        if not ref.name:
            result[a.slug] = None
            continue
        level_name = (tone_key(ref.level or ""), tone_key(ref.name))
        province = ref.province or (ref.name if ref.level == "tỉnh" else None)
        known = provinces[level_name]
        pkey = tone_key(province) if province else (next(iter(known)) if len(known) == 1 else "")
        result[a.slug] = (*level_name, pkey)
    return result


def build_places(articles: list[Article], ids: dict[str, PlaceId | None]) -> dict[PlaceId, Place]:
    members: dict[PlaceId, list[Article]] = defaultdict(list)
    for a in articles:  # newest first, so `preferred` breaks ties by the newest spelling
        pid = ids[a.slug]
        if pid is not None:
            members[pid].append(a)
    drafts = []
    for pid, group in members.items():
        name = preferred([a.locality.name for a in group if a.locality.name])
        level = group[0].locality.level
        provinces = [a.locality.province for a in group if a.locality.province]
        province = preferred(provinces) if provinces else (name if level == "tỉnh" else None)
        formers = [a.locality.former for a in group if a.locality.former]
        drafts.append((pid, name, level, province, preferred(formers) if formers else None))
    same_name = Counter(pid[:2] for pid, *_ in drafts)
    drafts.sort(key=lambda d: (text_key(f"{d[2] or ''} {d[1]}"), d[3] is None, text_key(d[3] or "")))
    bases = []
    for pid, name, level, province, _ in drafts:
        base = make_slug(f"{level} {name}" if level else name)
        if same_name[pid[:2]] > 1 and province:
            base = f"{base}-{make_slug(province)}"
        bases.append(base)
    keys = unique_keys(bases, frozenset({UNKNOWN_PLACE}))
    return {d[0]: Place(key, d[1], d[2], d[3], None if d[4] else province_today(d[3]), d[4])
            for d, key in zip(drafts, keys, strict=True)}


# officials ----------------------------------------------------------------------------------


def merge_roles(role_lists: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Roles in first-seen order, one per tone-blind spelling."""
    seen: dict[str, str] = {}
    for roles in role_lists:
        for role in roles:
            seen.setdefault(tone_key(role), role)
    return tuple(seen.values())


def mentions_of(article: Article, people: People) -> tuple[Mention, ...]:
    """The article's officials, one per page (a person named twice merges their roles)."""
    grouped: dict[str, list[OfficialMention]] = defaultdict(list)
    order: list[OfficialLink] = []
    for index, m in enumerate(article.officials):
        link = people.links[(article.slug, index)]
        if link.key not in grouped:
            order.append(link)
        grouped[link.key].append(m)
    return tuple(Mention(link, merge_roles(m.roles for m in grouped[link.key])) for link in order)


def role_history(entries: list[Entry], key: str) -> tuple[RoleSeen, ...]:
    """Each role (tone-blind) with the dates and articles where it was seen."""
    seen: dict[str, list[tuple[Entry, str]]] = defaultdict(list)
    for entry in entries:  # newest first
        for mention in entry.mentions:
            if mention.official.key == key:
                for role in mention.roles:
                    seen[tone_key(role)].append((entry, role))
    history = []
    for pairs in seen.values():
        dates = [e.date for e, _ in pairs if e.date is not None]
        chronological = sorted({e.slug: e for e, _ in pairs}.values(), key=lambda e: oldest_first(e.article))
        first = min(dates, key=lambda d: d.sort_key, default=None)
        last = max(dates, key=lambda d: d.sort_key, default=None)
        history.append(RoleSeen(preferred([r for _, r in pairs]), first, last,
                                tuple(e.slug for e in chronological)))
    return tuple(sorted(history, key=lambda r: (r.first is None, r.first.sort_key if r.first else (),
                                                text_key(r.role))))


def build_officials(entries: list[Entry], people: People) -> tuple[tuple[Official, ...], tuple[Namesakes, ...]]:
    """Each person's page, and each shared name's listing page."""
    by_key: dict[str, list[Entry]] = defaultdict(list)
    spelled: dict[str, list[str]] = defaultdict(list)
    links: dict[str, OfficialLink] = {}
    for entry in entries:
        for mention in entry.mentions:
            by_key[mention.official.key].append(entry)
            links[mention.official.key] = mention.official
        for index, named in enumerate(entry.article.officials):
            spelled[people.links[(entry.slug, index)].key].append(named.name)
    listing_of = {key: listing for listing, keys in people.namesakes.items() for key in keys}
    listing_links = {key: OfficialLink(key, links[keys[0]].name, None, True)
                     for key, keys in people.namesakes.items() if keys[0] in links}
    officials = {}
    for key, group in by_key.items():
        link = links[key]
        if link.listing:
            continue
        places = {e.place.key: e.place for e in group}
        officials[key] = Official(
            link=link,
            spellings=tuple(dict.fromkeys([link.name, *spelled[key]])),
            roles=role_history(group, key),
            articles=tuple(e.slug for e in group),
            places=tuple(sorted(places.values(), key=lambda p: (not p.known, text_key(p.title)))),
            namesakes=listing_links.get(listing_of.get(key, "")),
        )
    namesakes = []
    for key, keys in people.namesakes.items():
        members = tuple(officials[k] for k in keys if k in officials)
        if key not in listing_links:
            continue
        named = {slug for o in members for slug in o.articles} | {e.slug for e in by_key.get(key, ())}
        namesakes.append(Namesakes(listing_links[key], members,
                                   tuple(e.slug for e in entries if e.slug in named),
                                   tuple(e.slug for e in by_key.get(key, ()))))
    order = sorted(officials.values(), key=lambda o: (name_key(o.link.name), o.link.key))
    return tuple(order), tuple(sorted(namesakes, key=lambda n: (name_key(n.link.name), n.link.key)))


# the rest -----------------------------------------------------------------------------------


def build_localities(entries: list[Entry]) -> tuple[Locality, ...]:
    groups: dict[str, list[Entry]] = defaultdict(list)
    places: dict[str, Place] = {}
    for entry in entries:
        groups[entry.place.key].append(entry)
        places[entry.place.key] = entry.place
    result = []
    for key, group in groups.items():
        people: dict[str, list[Mention]] = defaultdict(list)
        for entry in group:
            for mention in entry.mentions:
                people[mention.official.key].append(mention)
        officials = [Mention(ms[0].official, merge_roles(m.roles for m in ms)) for ms in people.values()]
        officials.sort(key=lambda m: (name_key(m.official.name), m.official.key))
        result.append(Locality(places[key], tuple(e.slug for e in group), tuple(officials)))
    return tuple(sorted(result, key=lambda loc: (not loc.place.known, text_key(loc.place.name or ""),
                                                 _level_rank(loc.place.level), loc.place.key)))


def _level_rank(level: str | None) -> int:
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER)


def build_timeline(entries: list[Entry]) -> Timeline:
    months: dict[tuple[int, int], list[Entry]] = defaultdict(list)
    undated = []
    for entry in sorted(entries, key=lambda e: oldest_first(e.article)):
        if entry.date is None:
            undated.append(entry.slug)
        else:
            months[(entry.date.year, entry.date.month)].append(entry)
    years: dict[int, list[MonthGroup]] = defaultdict(list)
    for (year, month), group in sorted(months.items()):
        years[year].append(MonthGroup(year, month, tuple(e.slug for e in group if e.date and e.date.day),
                                      tuple(e.slug for e in group if e.date and not e.date.day)))
    return Timeline(tuple(YearGroup(y, tuple(ms)) for y, ms in sorted(years.items())), tuple(undated))


def nearest(ordered: list[str], position: int, skip: set[str], count: int) -> list[str]:
    """Up to `count` items of `ordered` closest to `position` (ties: the earlier one), not in skip."""
    found: list[str] = []
    before, after = position - 1, position + 1
    while len(found) < count and (before >= 0 or after < len(ordered)):
        for index in (before, after):
            if 0 <= index < len(ordered) and ordered[index] not in skip and len(found) < count:
                found.append(ordered[index])
        before, after = before - 1, after + 1
    return found


def build_related(entries: list[Entry], count: int = RELATED_COUNT) -> dict[str, tuple[str, ...]]:
    """Articles sharing most officials first, then the same locality's nearest in time. The
    candidates through an official are the RELATED_WINDOW articles nearest in time on either
    side among theirs: all of them would make the work grow with the square of the site."""
    rank = {e.slug: i for i, e in enumerate(entries)}
    by_official: dict[str, list[str]] = defaultdict(list)
    by_place: dict[str, list[str]] = defaultdict(list)
    spots: dict[str, list[tuple[list[str], int]]] = defaultdict(list)  # slug -> (an official's articles, where)
    for e in entries:
        for m in e.mentions:
            theirs = by_official[m.official.key]
            spots[e.slug].append((theirs, len(theirs)))
            theirs.append(e.slug)
        if e.place.known:
            by_place[e.place.key].append(e.slug)
    place_sets = {key: set(slugs) for key, slugs in by_place.items()}
    place_index = {slug: i for slugs in by_place.values() for i, slug in enumerate(slugs)}
    related = {}
    for e in entries:
        me, here = e.slug, rank[e.slug]
        shared: Counter[str] = Counter()
        for theirs, at in spots[me]:
            shared.update(theirs[max(0, at - RELATED_WINDOW):at + RELATED_WINDOW + 1])
        shared.pop(me, None)
        same_place = place_sets.get(e.place.key, set())
        ranked = heapq.nsmallest(count, ((-n, s not in same_place, abs(rank[s] - here), s) for s, n in shared.items()))
        picked = [slug for *_, slug in ranked]
        if len(picked) < count and me in place_index:
            picked += nearest(by_place[e.place.key], place_index[me], set(picked), count - len(picked))
        related[me] = tuple(picked)
    return related


def province_groups(localities: Iterable[Locality]) -> tuple[ProvinceGroup, ...]:
    """Named localities grouped by province (as articles name it), then by level."""
    by_province: dict[str, list[Locality]] = defaultdict(list)
    spelled: dict[str, str] = {}
    for loc in localities:
        if loc.place.known:
            pkey = tone_key(loc.place.province) if loc.place.province else ""
            by_province[pkey].append(loc)
            spelled.setdefault(pkey, loc.place.province or "")
    groups = []
    for pkey, members in by_province.items():
        home = next((m for m in members if m.place.level == "tỉnh" and tone_key(m.place.name or "") == pkey), None)
        levels: dict[str | None, list[Locality]] = defaultdict(list)
        for loc in members:
            if loc is not home:
                levels[loc.place.level].append(loc)
        ordered = sorted(levels.items(), key=lambda kv: _level_rank(kv[0]))
        province = spelled[pkey] or None
        groups.append(ProvinceGroup(province, province_today(province), home,
                                    tuple(LevelGroup(level, tuple(locs)) for level, locs in ordered)))
    return tuple(sorted(groups, key=lambda g: (g.province is None, text_key(g.province or ""))))


def make_entry(article: Article, place: Place, mentions: tuple[Mention, ...]) -> Entry:
    body = article.body
    summary = summarize(article, body)
    digest = hashlib.sha256(repr((replace(article, packed_body=b""), place, mentions, summary)).encode()).hexdigest()
    return Entry(article, place, mentions, summary, digest, hashlib.sha256(body.encode()).hexdigest())


def build_site(articles: list[Article], official_aliases: Mapping[str, tuple[str, ...]] | None = None,
               content_name: str = "content") -> tuple[Site, list[ContentProblem]]:
    """The whole model, from every article that was read without errors."""
    kept, problems = dedupe_slugs(articles, content_name)
    kept.sort(key=newest_first)
    ids = place_ids(kept)
    places = build_places(kept, ids)
    unknown = Place(UNKNOWN_PLACE, None, None, None)
    placed = {a.slug: places[pid] if (pid := ids[a.slug]) else unknown for a in kept}
    people = resolve(kept, placed, official_aliases or {}, content_name)
    entries = [make_entry(a, placed[a.slug], mentions_of(a, people)) for a in kept]
    localities = build_localities(entries)
    officials, namesakes = build_officials(entries, people)
    site = Site(
        entries=tuple(entries),
        localities=localities,
        provinces=province_groups(localities),
        officials=officials,
        timeline=build_timeline(entries),
        related=MappingProxyType(build_related(entries)),
        by_slug=MappingProxyType({e.slug: e for e in entries}),
        namesakes=namesakes,
        flags=MappingProxyType(people.flags),
    )
    return site, problems + list(people.problems)
