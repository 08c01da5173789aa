"""Article bodies: Markdown -> HTML (Python-Markdown) -> sanitised HTML (nh3), cached by content hash.

Whatever a seed or an editor put in a body, no `<script>`, event-handler attribute, `javascript:`
or `data:` URL reaches a page. Headings move one level down: the page's h1 is the title.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

EXTENSIONS = ("tables", "sane_lists", "fenced_code")
REVISION = 2  # bump when the conversion below changes what it produces
TAGS = frozenset({
    "a", "abbr", "b", "bdi", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
})
ATTRIBUTES = {
    "a": {"href", "title", "hreflang"}, "abbr": {"title"}, "img": {"src", "alt", "width", "height"},
    "ol": {"start", "reversed"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"}, "del": {"datetime"}, "ins": {"datetime"}, "blockquote": {"cite"}, "q": {"cite"},
}
SCHEMES = frozenset({"http", "https", "mailto", "tel"})
CONVERTER_ID = hashlib.sha256(repr((
    REVISION, version("markdown"), version("nh3"), EXTENSIONS, sorted(TAGS),
    sorted((tag, sorted(names)) for tag, names in ATTRIBUTES.items()),
    sorted(SCHEMES),
)).encode()).hexdigest()[:16]
POOL_THRESHOLD = 64  # fewer uncached bodies than this: one process is quicker than starting a pool

_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)")
_ANCHOR = re.compile(r"<a\b[^>]*>")
_REL = ' rel="noopener noreferrer"'


def _drop_rel_without_href(match: re.Match[str]) -> str:
    """A link whose URL was removed keeps its words; `rel` without `href` is invalid HTML."""
    tag = match[0]
    return tag if " href=" in tag else tag.replace(_REL, "")


class _ShiftHeadings(Treeprocessor):
    def run(self, root):  # type: ignore[no-untyped-def]
        for element in root.iter():
            if len(element.tag) == 2 and element.tag[0] == "h" and element.tag[1] in "12345":
                element.tag = f"h{int(element.tag[1]) + 1}"


class _ShiftHeadingsExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_ShiftHeadings(md), "bantin_shift_headings", 5)


def _attribute(tag: str, name: str, value: str) -> str | None:
    """Drop root-absolute links (they break under a path prefix) and images from other hosts."""
    if name in ("href", "src") and value.startswith("/"):
        return None
    if tag == "img" and name == "src" and (":" in value.split("/", 1)[0]):
        return None  # a third-party image would be a request to another site
    return value


_converter: markdown.Markdown | None = None


def to_html(body: str) -> str:
    """One body to safe HTML. Deterministic: the same text gives the same bytes."""
    global _converter
    if _converter is None:
        _converter = markdown.Markdown(extensions=[*EXTENSIONS, _ShiftHeadingsExtension()], output_format="html")
    raw = _converter.reset().convert(body)
    clean = nh3.clean(raw, tags=set(TAGS), attributes={k: set(v) for k, v in ATTRIBUTES.items()},
                      url_schemes=set(SCHEMES), attribute_filter=_attribute, link_rel="noopener noreferrer")
    clean = _IMG_WITHOUT_SRC.sub("", clean)
    clean = _ANCHOR.sub(_drop_rel_without_href, clean)
    return _IMG_WITHOUT_ALT.sub('<img alt=""', clean)


def body_key(body: str) -> str:
    return hashlib.sha256(f"{CONVERTER_ID}\0{body}".encode()).hexdigest()


class HtmlCache:
    """Converted HTML by body key in one SQLite file; any trouble with it means an empty cache."""

    def __init__(self, path: Path | None) -> None:
        self.db: sqlite3.Connection | None = None
        if path is None:
            return
        for _attempt in range(2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(path)
                self.db.execute("CREATE TABLE IF NOT EXISTS html (key TEXT PRIMARY KEY, html TEXT NOT NULL)")
                return
            except (sqlite3.Error, OSError):
                self.close()
                with contextlib.suppress(OSError):
                    path.unlink()

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        if self.db is None:
            return {}
        wanted = list(keys)
        found: dict[str, str] = {}
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ",".join("?" * len(chunk))
                found.update(self.db.execute(f"SELECT key, html FROM html WHERE key IN ({marks})", chunk))
        except sqlite3.Error:
            return {}
        return found

    def put_many(self, items: Mapping[str, str]) -> None:
        if self.db is None or not items:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO html VALUES (?, ?)", sorted(items.items()))
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None


def _convert_many(bodies: list[str]) -> list[str]:
    return [to_html(b) for b in bodies]


def convert_all(bodies: Mapping[str, str], cache: HtmlCache, workers: int | None = None) -> dict[str, str]:
    """{name: markdown} -> {name: safe html}; new bodies on a process pool when there are many."""
    keys = {name: body_key(body) for name, body in bodies.items()}
    known = cache.get_many(set(keys.values()))
    todo = sorted({keys[n]: bodies[n] for n in bodies if keys[n] not in known}.items())
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if len(todo) >= POOL_THRESHOLD and workers > 1:
        size = max(1, len(todo) // (workers * 8))
        chunks = [[body for _, body in todo[i:i + size]] for i in range(0, len(todo), size)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            converted = [html for part in pool.map(_convert_many, chunks) for html in part]
    else:
        converted = _convert_many([body for _, body in todo])
    fresh = {key: html for (key, _), html in zip(todo, converted, strict=True)}
    cache.put_many(fresh)
    known.update(fresh)
    return {name: known[keys[name]] for name in bodies}
