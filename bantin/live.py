"""The editors' loop's build state: kept in memory between edits, updated by what changed.

`Live.update(paths)` re-reads only the changed content files. When an edit leaves every article's
place in the site as it was (same file, slug, date, locality, officials, and whether it awaits
review), the site model is the old one with those entries replaced, and only the pages that
show them are signed again: an article's own page, the pages listing it, the home page, feeds.
Any other change (a new or removed file, a moved article, a broken file, a template, site.yaml)
builds the model and the plan again (templates are parsed again only when they changed). Either
way the result is the full build's page plan, and only pages whose signature changed are rendered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import config
from .config import Settings
from .content import Article, ContentProblem
from .model import Entry, Site
from .pages import Planner
from .pipeline import _templates, cache_dir, shown
from .render import Page, Templates, render_page
from .review import open_items
from .site import build_site, make_entry
from .sources import Parsed, parse, read_all
from .stamps import walk


def placement(article: Article | None) -> tuple[Any, ...] | None:
    """What decides where an article sits in the site; an edit that keeps it keeps the model."""
    if article is None:
        return None
    return (article.path, article.slug, article.date, article.locality, article.officials,
            bool(open_items(article)))


def rebind(value: Any, fresh: Mapping[str, Entry]) -> Any:
    """A page context with the fresh entries in place of the old ones (unchanged parts kept)."""
    if isinstance(value, Entry):
        return fresh.get(value.slug, value)
    if isinstance(value, tuple):
        items = tuple(rebind(v, fresh) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, dict):
        return {k: rebind(v, fresh) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        changed = {f.name: new for f in fields(value) if f.init
                   and (new := rebind(old := getattr(value, f.name), fresh)) is not old}
        return replace(value, **changed) if changed else value
    return value


@dataclass(frozen=True)
class Outcome:
    status: int
    problems: tuple[str, ...]
    changed: tuple[Page, ...]  # pages whose signature differs from the previous plan's
    removed: tuple[str, ...]  # paths the previous plan had and this one has not
    before: Mapping[str, Page]  # the previous plan


class Live:
    """One site being edited: settings, parsed files, model, plan; updated in place."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.parsed: dict[str, Parsed] = {}
        self.site: Site | None = None
        self.planner: Planner | None = None
        self.pages: dict[str, Page] = {}
        self.problems: tuple[str, ...] = ()
        self.status = 0
        self._site_problems: list[ContentProblem] = []
        self._checked: set[str] = set()  # templates compiled since they last changed

    @property
    def templates(self) -> Templates:
        return _templates(self.settings)

    def start(self) -> Outcome:
        stats = walk(self.settings.content, ".md")
        self.parsed = {p.rel: p for p in read_all(self.settings, stats, cache_dir(self.settings))}
        self._forget_templates()
        return self._rebuild()

    def _forget_templates(self) -> None:
        self.templates.forget()
        self._checked.clear()

    def update(self, paths: Iterable[Path]) -> Outcome:
        """Bring the plan up to date with these changed files (content, templates, site.yaml)."""
        paths = {p.absolute() for p in paths}
        root = self.settings.root.absolute()
        if root / config.CONFIG_NAME in paths:
            self.settings = _reload(self.settings)
            return self.start()
        content = self.settings.content
        changed = sorted({p.relative_to(content).as_posix() for p in paths if _under(p, content)
                          and p.suffix == ".md" and not any(s.startswith(".") for s in p.relative_to(content).parts)})
        templates_changed = any(_under(p, self.settings.templates) for p in paths)
        fresh = {rel: parse(content, rel) for rel in changed if (content / rel).is_file()}
        gone = [rel for rel in changed if rel not in fresh and rel in self.parsed]
        same_places = not gone and not templates_changed and all(
            rel in self.parsed and placement(self.parsed[rel].article) == placement(p.article) is not None
            for rel, p in fresh.items())
        for rel in gone:
            del self.parsed[rel]
        self.parsed.update(fresh)
        self.parsed = dict(sorted(self.parsed.items(), key=lambda kv: kv[0].split("/")))
        if templates_changed:
            self._forget_templates()
        if not same_places or self.site is None or self.planner is None:
            return self._rebuild()
        try:
            return self._swap_entries([p.article for p in fresh.values() if p.article is not None])
        except BaseException:
            self.planner = None
            raise

    def _outcome(self, pages: list[Page]) -> Outcome:
        before = self.pages
        self.pages = {p.path: p for p in pages}
        lines, failed = shown([x for p in self.parsed.values() for x in p.problems] + self._site_problems)
        self.problems, self.status = tuple(lines), int(failed)
        changed = tuple(p for p in pages if before.get(p.path) is None or before[p.path].signature != p.signature)
        return Outcome(self.status, self.problems, changed, tuple(sorted(set(before) - set(self.pages))), before)

    def _rebuild(self) -> Outcome:
        articles = [p.article for p in self.parsed.values() if p.article is not None]
        site, self._site_problems = build_site(articles, self.settings.official_aliases, self.settings.content.name)
        self.planner = None  # until the plan below succeeds
        planner = Planner(site, self.settings, self.templates)
        pages = planner.plan()
        names = {p.template for p in pages if p.template.endswith((".html", ".xml", ".txt"))} - self._checked
        self.templates.check_all(names)  # (parsing every template again costs more than the rest at 300 articles)
        self._checked |= names
        self.site, self.planner = site, planner
        return self._outcome(pages)

    def _swap_entries(self, articles: list[Article]) -> Outcome:
        assert self.site is not None and self.planner is not None
        site = self.site
        fresh = {a.slug: make_entry(a, site.entry(a.slug).place, site.entry(a.slug).mentions) for a in articles}
        by_slug = {**site.by_slug, **fresh}
        self.site = replace(site, entries=tuple(by_slug[e.slug] for e in site.entries),
                            by_slug=MappingProxyType(by_slug))
        self.planner.site = self.site
        pages = [self.planner.page(p.path, p.template, rebind(dict(p.context), fresh), p.body_of)
                 if p.entries & fresh.keys() else p for p in self.pages.values()]
        return self._outcome(pages)

    def render(self, pages: Iterable[Page]) -> dict[str, bytes]:
        """These pages' bytes, in memory (bodies converted on the way)."""
        from .markup import to_html

        assert self.site is not None
        result = {}
        for page in pages:
            bodies = {page.body_of: to_html(self.site.entry(page.body_of).article.body)} if page.body_of else {}
            result[page.path] = render_page(page, self.templates, bodies, self.templates.folder)
        return result

    def rollback(self, outcome: Outcome) -> None:
        """The changed pages could not be rendered: what is served stays the plan before them,
        and the next update plans everything again."""
        self.pages = dict(outcome.before)
        self.planner = None


def _under(path: Path, folder: Path) -> bool:
    return path.is_relative_to(folder.absolute())


def _reload(settings: Settings) -> Settings:
    """site.yaml again, keeping the folders and address given on the command line."""
    fresh = config.load(settings.root)
    keep = {k: getattr(settings, k) for k in ("content_dir", "output_dir", "seeds_dir", "host", "port")}
    return replace(fresh, **keep)
