"""Templates and pages: one Jinja2 environment, pages rendered to bytes, errors as `file:line`.

A `Page` is one output file: its path, the template (or feed/static maker) that renders it, the
objects it shows, and a signature: a hash of exactly those inputs. Rendering never writes files.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta

from . import feeds, vietnamese
from .model import Entry

FEED = "@feed"
STATIC = "@static"


class TemplateProblem(Exception):
    """A template that does not parse or fails while rendering: `templates/x.html:12: message`."""

    def __init__(self, location: str, line: int, message: str) -> None:
        super().__init__(f"{location}:{line}: {message}")
        self.location, self.line, self.message = location, line, message


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # relative to the output folder, with forward slashes
    template: str  # a template name, FEED or STATIC
    context: Mapping[str, Any]
    signature: str
    body_of: str | None = None  # slug of the article whose body HTML the page shows
    entries: frozenset[str] = frozenset()  # slugs of every entry the context holds


class Stamper:
    """Describes a page's inputs deterministically for its signature; an Entry is its digest.

    Model objects are frozen and shared by many pages, so each one's description is hashed once
    per plan and reused (kept by id; the stamper keeps every object it saw alive).
    """

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Any, bytes, frozenset[str]]] = {}
        self.seen: set[str] = set()  # slugs of the entries met by the last digest

    def digest(self, *parts: Any) -> str:
        sink = hashlib.sha256()
        self.seen = set()
        for part in parts:
            self.feed(part, sink)
        return sink.hexdigest()

    def feed(self, value: Any, sink: Any) -> None:
        if isinstance(value, Entry):
            sink.update(b"E" + value.digest.encode())
            self.seen.add(value.slug)
        elif isinstance(value, (str, int, float, bool)) or value is None:
            sink.update(f"{type(value).__name__}:{value!r};".encode())
        elif isinstance(value, (tuple, list)):
            sink.update(b"[")
            for item in value:
                self.feed(item, sink)
            sink.update(b"]")
        elif isinstance(value, Mapping):
            sink.update(b"{")
            for key in sorted(value, key=str):
                self.feed(str(key), sink)
                self.feed(value[key], sink)
            sink.update(b"}")
        elif is_dataclass(value) and not isinstance(value, type):
            sink.update(self._object(value))
        else:
            raise TypeError(f"cannot sign a {type(value).__name__} in a page context")

    def _object(self, value: Any) -> bytes:
        known = self._memo.get(id(value))
        if known is not None and known[0] is value:
            self.seen |= known[2]
            return known[1]
        outer, self.seen = self.seen, set()
        inner = hashlib.sha256(type(value).__name__.encode() + b"(")
        for f in fields(value):
            self.feed(getattr(value, f.name), inner)
        result = b"O" + inner.digest()
        self._memo[id(value)] = (value, result, frozenset(self.seen))
        self.seen |= outer
        return result


def signature(*parts: Any) -> str:
    """A fresh stamper's digest of `parts` (the planner keeps one stamper for a whole plan)."""
    return Stamper().digest(*parts)


def _filters() -> dict[str, Callable[..., Any]]:
    return {
        "date_long": vietnamese.date_long,
        "date_short": vietnamese.date_short,
        "iso": lambda d: d.iso if d is not None else "",
        "capfirst": vietnamese.capitalize_first,
        "lowerfirst": vietnamese.lower_first,
        "field_label": vietnamese.field_label,
    }


class Templates:
    """The one Jinja2 environment of a build: autoescaped, strict, compiled templates kept."""

    def __init__(self, folder: Path, shown: str = "templates") -> None:
        self.folder, self.shown = folder, shown
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(folder), encoding="utf-8"),
            autoescape=jinja2.select_autoescape(("html", "xml"), default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=True,
        )
        self.env.filters.update(_filters())
        self.env.globals["once"] = self.once
        self._digests: dict[str, str] = {}
        self._once: dict[tuple[Any, ...], tuple[Any, Any]] = {}

    def forget(self) -> None:
        """Drop template digests and rendered pieces (templates may have changed since the last build)."""
        self._digests.clear()
        self._once.clear()

    def once(self, macro: Any, *args: Any) -> Any:
        """`{{ once(m.story, entry, root) }}`: the macro's output for these arguments, rendered once per
        build. A list item that many pages show (an article's story on its locality's, its officials' and
        its neighbours' pages) costs one rendering, not one per page. Macros are pure (imported without
        the caller's context); an entry stands for itself by its digest, which covers all it shows."""
        key = (id(macro), *(("entry", a.digest) if isinstance(a, Entry) else a for a in args))
        known = self._once.get(key)
        if known is None or known[0] is not macro:  # (the macro is kept, so its id stays its own)
            # kept as UTF-8: Vietnamese text takes 2 bytes a character as a str, about 1.2 so (issue 15)
            known = self._once[key] = (macro, str(macro(*args)).encode())
        return jinja2.utils.markupsafe.Markup(known[1].decode())

    def where(self, name: str | None) -> str:
        return f"{self.shown}/{name}" if name else self.shown

    def source(self, name: str) -> str:
        try:
            text, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        except jinja2.TemplateNotFound:
            raise TemplateProblem(self.where(name), 1, "template not found") from None
        return text

    def references(self, name: str) -> set[str]:
        """The template and every template it extends, includes or imports, transitively."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            try:
                refs = list(meta.find_referenced_templates(self.env.parse(self.source(current))))
            except jinja2.TemplateSyntaxError as err:
                raise TemplateProblem(self.where(current), err.lineno, err.message or "syntax error") from None
            if any(r is None for r in refs):  # a computed name: depend on every template
                refs = self.env.list_templates()
            todo.extend(r for r in refs if r)
        return seen

    def digest(self, name: str) -> str:
        """Hash of the template and everything it pulls in: the page's template inputs."""
        if name not in self._digests:
            sink = hashlib.sha256()
            for ref in sorted(self.references(name)):
                sink.update(f"{ref}\0{self.source(ref)}\0".encode())
            self._digests[name] = sink.hexdigest()
        return self._digests[name]

    def check_all(self, names: Iterable[str]) -> None:
        """Compile every template a plan uses, so a syntax error stops the build before rendering."""
        for name in sorted(set(names)):
            for ref in sorted(self.references(name)):
                try:
                    self.env.get_template(ref)
                except jinja2.TemplateSyntaxError as err:
                    where = self.where(err.name or ref)
                    raise TemplateProblem(where, err.lineno, err.message or "syntax error") from None

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        try:
            return self.env.get_template(name).render(context)
        except jinja2.TemplateSyntaxError as err:
            raise TemplateProblem(self.where(err.name or name), err.lineno, err.message or "syntax error") from None
        except jinja2.TemplateNotFound as err:
            raise TemplateProblem(self.where(name), 1, f"template {err.name!r} not found") from None
        except TemplateProblem:
            raise
        except Exception as err:
            raise self._runtime_problem(name, err) from None

    def _runtime_problem(self, name: str, err: Exception) -> TemplateProblem:
        """Find the template line in the traceback (Jinja2 rewrites frames to template lines)."""
        folder = str(self.folder.resolve())
        for frame in reversed(traceback.extract_tb(err.__traceback__)):
            if frame.filename and str(Path(frame.filename).resolve()).startswith(folder):
                rel = Path(frame.filename).resolve().relative_to(folder).as_posix()
                return TemplateProblem(self.where(rel), frame.lineno or 1, f"{type(err).__name__}: {err}")
        return TemplateProblem(self.where(name), 1, f"{type(err).__name__}: {err}")


def render_page(page: Page, templates: Templates, bodies: Mapping[str, str], static_root: Path) -> bytes:
    """One page to bytes; nothing is written."""
    if page.template == STATIC:
        return (static_root / page.context["source"]).read_bytes()
    if page.template == FEED:
        return feeds.atom(**page.context)
    context = dict(page.context)
    if page.body_of is not None:
        context["body_html"] = jinja2.utils.markupsafe.Markup(bodies[page.body_of])
    return templates.render(page.template, context).encode("utf-8")


def render_all(pages: Iterable[Page], templates: Templates, bodies: Mapping[str, str],
               static_root: Path) -> dict[str, bytes]:
    """Every page in memory before anything is written; raises TemplateProblem on the first error."""
    result: dict[str, bytes] = {}
    for page in pages:
        if page.path in result:
            raise ValueError(f"two pages want to write {page.path}")
        result[page.path] = render_page(page, templates, bodies, static_root)
    return result
