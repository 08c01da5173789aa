"""The page plan: every output file of the site, with the objects it shows and its signature.

Each context holds resolved objects (entries, not slugs), so a page's signature, a hash of its
context, its template with everything that template pulls in and the build-wide inputs, changes
exactly when what the page shows could change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Settings
from .content import PartialDate, ReviewItem
from .markup import CONVERTER_ID
from .model import Entry, MonthGroup, Official, RoleSeen, Site
from .render import FEED, STATIC, Page, Stamper, Templates
from .review import open_items
from .stamps import CODE_DIGEST
from .vietnamese import initial, name_key

PLAN_REVISION = 1  # bump when what a page shows changes without its template, model or code changing


STATIC_DIR = "static"
SITEMAP_EXCLUDE = ("404.html", "bien-tap/index.html", "tim-kiem/index.html")


@dataclass(frozen=True, slots=True)
class SiteMeta:
    """What every page shows about the site itself."""

    title: str
    description: str
    base_url: str
    language: str
    stylesheet: str  # path of the stylesheet inside the output folder, with a version query


@dataclass(frozen=True, slots=True)
class RoleView:
    """Roles seen in exactly the same articles, shown together with those articles once."""

    roles: tuple[RoleSeen, ...]
    entries: tuple[Entry, ...]

    @property
    def first(self) -> PartialDate | None:
        return self.roles[0].first

    @property
    def last(self) -> PartialDate | None:
        return self.roles[0].last


def role_views(roles: Iterable[RoleSeen], site: Site) -> tuple[RoleView, ...]:
    grouped: dict[tuple[str, ...], list[RoleSeen]] = {}
    for role in roles:
        grouped.setdefault(role.articles, []).append(role)
    return tuple(RoleView(tuple(same), site.entries_for(articles)) for articles, same in grouped.items())


@dataclass(frozen=True, slots=True)
class MonthView:
    group: MonthGroup
    dated: tuple[Entry, ...]
    month_only: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class YearView:
    year: int
    count: int
    months: tuple[MonthView, ...]


@dataclass(frozen=True, slots=True)
class ReviewView:
    """An article on the review page, with the items still open (see review.py)."""

    entry: Entry
    items: tuple[ReviewItem, ...]


@dataclass(frozen=True, slots=True)
class LetterGroup:
    letter: str
    officials: tuple[Official, ...]


def settings_fingerprint(settings: Settings) -> str:
    """Hash of the settings that shape pages. Folder paths do not: two builds of the same content
    into different folders must be byte-identical, manifest included."""
    shown = {k: v for k, v in sorted(vars(settings).items())
             if k not in ("root", "host", "port") and not k.endswith("_dir")}
    return hashlib.sha256(json.dumps(shown, sort_keys=True, default=str).encode()).hexdigest()[:16]


def static_files(folder: Path) -> list[str]:
    base = folder / STATIC_DIR
    if not base.is_dir():
        return []
    return sorted(p.relative_to(folder).as_posix() for p in base.rglob("*") if p.is_file())


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Planner:
    def __init__(self, site: Site, settings: Settings, templates: Templates) -> None:
        self.site, self.settings, self.templates = site, settings, templates
        self.static = static_files(templates.folder)
        css = f"{STATIC_DIR}/style.css"
        version = file_digest(templates.folder / css)[:10] if css in self.static else ""
        self.meta = SiteMeta(settings.title, settings.description, settings.base_url, settings.language,
                             f"{css}?v={version}" if version else "")
        self.build_inputs = (PLAN_REVISION, CODE_DIGEST, settings_fingerprint(settings), CONVERTER_ID, self.meta)
        self.pages: list[Page] = []
        self.stamper = Stamper()

    def add(self, path: str, template: str, context: dict[str, Any], body_of: str | None = None) -> None:
        url = path.removesuffix("index.html")
        depth = path.count("/")
        context = {"meta": self.meta, "root": "../" * depth, "page_url": url,
                   "canonical": self.meta.base_url + url if self.meta.base_url else "", **context}
        self.pages.append(self.page(path, template, context, body_of))

    def page(self, path: str, template: str, context: dict[str, Any], body_of: str | None = None) -> Page:
        """The page with its signature: build inputs, template closure, context, and the body it shows."""
        template_digest = self.templates.digest(template) if template not in (FEED, STATIC) else template
        body = self.site.entry(body_of).body_digest if body_of else ""
        sig = self.stamper.digest(self.build_inputs, template_digest, context, body)
        return Page(path, template, context, sig, body_of, frozenset(self.stamper.seen))

    def feed(self, folder: str, title: str, entries: Iterable[Entry]) -> None:
        path = f"{folder}feed.xml"
        context = {"site_title": self.meta.title, "base_url": self.meta.base_url, "language": self.meta.language,
                   "path": path, "title": title, "page_url": folder,
                   "entries": tuple(entries)[: self.settings.feed_articles]}
        self.pages.append(self.page(path, FEED, context))

    # --- the pages -------------------------------------------------------------------------

    def plan(self) -> list[Page]:
        site = self.site
        self.home()
        for entry in site.entries:
            related = site.entries_for(site.related.get(entry.slug, ()))
            self.add(f"{entry.url}index.html", "article.html", {"entry": entry, "related": related},
                     body_of=entry.slug)
        self.add("dia-phuong/index.html", "localities.html",
                 {"provinces": site.provinces, "unknown": tuple(x for x in site.localities if not x.place.known)})
        for locality in site.localities:
            entries = site.entries_for(locality.articles)
            self.add(f"{locality.place.url}index.html", "locality.html", {"locality": locality, "entries": entries})
            self.feed(locality.place.url, locality.place.title, entries)
        self.add("can-bo/index.html", "officials.html", {"letters": letter_groups(site.officials)})
        for official in site.officials:
            self.official(official)
        for namesakes in site.namesakes:
            self.add(f"{namesakes.link.url}index.html", "namesakes.html",
                     {"namesakes": namesakes, "unresolved": site.entries_for(namesakes.unresolved)})
            self.feed(namesakes.link.url, namesakes.link.name, site.entries_for(namesakes.articles))
        self.add("dong-thoi-gian/index.html", "timeline.html",
                 {"years": self.year_views(), "chart": site.timeline.chart(),
                  "undated": site.entries_for(site.timeline.undated)})
        flagged = sorted(((e, open_items(e.article) + site.flags.get(e.slug, ())) for e in site.entries),
                         key=lambda pair: pair[0].article.path)
        self.add("bien-tap/index.html", "review.html",
                 {"entries": tuple(ReviewView(e, items) for e, items in flagged if items),
                  "content_name": self.settings.content_dir.rstrip("/").rsplit("/", 1)[-1]})
        self.add("tim-kiem/index.html", "search.html", {})
        self.add("404.html", "404.html", {"canonical": ""})
        self.feed("", self.meta.title, site.entries)
        for name in self.static:
            self.pages.append(Page(name, STATIC, {"source": name}, file_digest(self.templates.folder / name)))
        self.add("sitemap.xml", "sitemap.xml", {"urls": self.sitemap_urls()})
        self.add("robots.txt", "robots.txt", {})
        return self.pages

    def home(self) -> None:
        site = self.site
        busiest = sorted((loc for loc in site.localities if loc.place.known), key=lambda x: -len(x.articles))
        people = sorted(site.officials, key=lambda o: (-len(o.articles), name_key(o.link.name)))
        self.add("index.html", "index.html", {
            "latest": site.entries[: self.settings.home_articles],
            "total": len(site.entries),
            "localities": tuple(busiest[:8]),
            "officials": tuple(people[:10]),
            "years": tuple((y.year, y.count) for y in reversed(site.timeline.years)),
            "undated": len(site.timeline.undated),
        })

    def official(self, official: Official) -> None:
        site = self.site
        roles = role_views(official.roles, site)
        entries = site.entries_for(official.articles)
        self.add(f"{official.link.url}index.html", "official.html",
                 {"official": official, "roles": roles, "entries": entries})
        self.feed(official.link.url, official.link.label, entries)

    def year_views(self) -> tuple[YearView, ...]:
        site = self.site
        return tuple(
            YearView(y.year, y.count, tuple(MonthView(m, site.entries_for(m.dated), site.entries_for(m.month_only))
                                            for m in y.months))
            for y in site.timeline.years)

    def sitemap_urls(self) -> tuple[tuple[str, str], ...]:
        """(url relative to the site root, last-modified date or "") for every indexable page."""
        dates = {e.url: e.date.iso if e.date else "" for e in self.site.entries}
        urls = [p.path.removesuffix("index.html") for p in self.pages
                if p.path.endswith(".html") and p.path not in SITEMAP_EXCLUDE]
        return tuple((u, dates.get(u, "")) for u in sorted(set(urls)))


def letter_groups(officials: Iterable[Official]) -> tuple[LetterGroup, ...]:
    """Officials (already in Vietnamese name order) filed under their given name's first letter."""
    groups: dict[str, list[Official]] = {}
    for official in officials:
        groups.setdefault(initial(official.link.name), []).append(official)
    return tuple(LetterGroup(letter, tuple(people)) for letter, people in groups.items())


def plan_pages(site: Site, settings: Settings, templates: Templates) -> list[Page]:
    return Planner(site, settings, templates).plan()

