"""Article bodies: Markdown -> HTML (Python-Markdown) -> sanitised HTML (nh3), cached by content hash.

Whatever a seed or an editor put in a body, no `<script>`, event-handler attribute, `javascript:`
or `data:` URL reaches a page. Headings move one level down: the page's h1 is the title.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .content import pack_body, unpack_body
from .fsutil import ignore_interrupts
from .kvcache import KeyValueCache
from .markup_subset import subset_to_html

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
HTML_CACHE = "markup.sqlite3"  # its file in the build cache folder
POOL_THRESHOLD = 64  # fewer uncached bodies than this: one process is quicker than starting a pool
CHUNKS_PER_WORKER = 24  # small enough chunks that the caller's process can share the last of the work

# What any inline pattern needs (code, escapes, links, images, autolinks, HTML, entities,
# emphasis, line breaks) and the stash's placeholder characters.
_INLINE_SYNTAX = re.compile(r"[`\\\[<&*_\x02\x03]|  \n")
# Block syntax of the extensions: a body without it is converted without them, to the same HTML.
_EXTENSION_SYNTAX = re.compile(r"\||```|~~~")
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


class _PlainText(Treeprocessor):
    """Mark text that no inline pattern can match as atomic, so the inline stage skips it.

    Python-Markdown tries each of its ~16 inline patterns on every text node; most of a news
    article is plain text. The output is the same, in a third less time (checked on 10,000 bodies).
    """

    def run(self, root):  # type: ignore[no-untyped-def]
        for element in root.iter():
            for attr in ("text", "tail"):
                text = getattr(element, attr)
                if text and not isinstance(text, AtomicString) and not _INLINE_SYNTAX.search(text):
                    setattr(element, attr, AtomicString(text))


class _BantinExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_ShiftHeadings(md), "bantin_shift_headings", 5)
        md.treeprocessors.register(_PlainText(md), "bantin_plain_text", 25)  # before "inline" (20)


def _attribute(tag: str, name: str, value: str) -> str | None:
    """Drop root-absolute links (they break under a path prefix) and images from other hosts."""
    if name in ("href", "src") and value.startswith("/"):
        return None
    if tag == "img" and name == "src" and (":" in value.split("/", 1)[0]):
        return None  # a third-party image would be a request to another site
    return value


_converters: dict[bool, markdown.Markdown] = {}


def _converter(full: bool) -> markdown.Markdown:
    if full not in _converters:
        names = EXTENSIONS if full else tuple(e for e in EXTENSIONS if e == "sane_lists")
        _converters[full] = markdown.Markdown(extensions=[*names, _BantinExtension()], output_format="html")
    return _converters[full]


def to_html(body: str) -> str:
    """One body to safe HTML. Deterministic: the same text gives the same bytes. Bodies in the subset
    ingest writes take a direct path to the same bytes (markup_subset.py), the rest Python-Markdown."""
    fast = subset_to_html(body)
    return fast if fast is not None else python_markdown(body)


def python_markdown(body: str) -> str:
    """The converter of record: Python-Markdown, then nh3."""
    raw = _converter(bool(_EXTENSION_SYNTAX.search(body))).reset().convert(body)
    clean = nh3.clean(raw, tags=set(TAGS), attributes={k: set(v) for k, v in ATTRIBUTES.items()},
                      url_schemes=set(SCHEMES), attribute_filter=_attribute, link_rel="noopener noreferrer")
    clean = _IMG_WITHOUT_SRC.sub("", clean)
    clean = _ANCHOR.sub(_drop_rel_without_href, clean)
    return _IMG_WITHOUT_ALT.sub('<img alt=""', clean)


def body_key(packed: bytes) -> str:
    """A body's key in the Markdown cache, from the body as `content.pack_body` packs it (hashing
    the packed form is a fifth of the work; the cache is this machine's, like its zlib)."""
    return hashlib.sha256(CONVERTER_ID.encode() + b"\0" + packed).hexdigest()


class HtmlCache(KeyValueCache):
    """Converted HTML by body key; any trouble with the file means an empty cache."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(path, table="bodies")


class Conversion:
    """New bodies (key -> Markdown, packed as `content.pack_body` packs it) converted on a process
    pool while the caller goes on. Packed: the bodies wait here, in memory, until converted.

    `workers`: processes converting beside this one (default: one per core, at most two); with 0,
    or few bodies, they are converted in this process when the result is asked for. With `keep`
    (the Markdown cache's file), the workers store what they convert there and send nothing back:
    the HTML of 10,000 bodies is never all in one process's memory.
    """

    def __init__(self, bodies: Mapping[str, bytes], workers: int | None = None, keep: Path | None = None) -> None:
        self.todo = sorted(bodies.items())
        self.keep = keep
        workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.pool: ProcessPoolExecutor | None = None
        self.parts: list[tuple[Future[dict[str, str]], list[tuple[str, bytes]]]] = []
        if len(self.todo) >= POOL_THRESHOLD and workers > 0:
            size = max(16, len(self.todo) // (workers * CHUNKS_PER_WORKER))
            self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                            initializer=ignore_interrupts)
            _TODO[id(self)] = self.todo  # the forked workers find their bodies here: none is pickled to them
            self.parts = [(self.pool.submit(_convert_range, id(self), keep, i, i + size), self.todo[i:i + size])
                          for i in range(0, len(self.todo), size)]

    def result(self) -> dict[str, str]:
        """key -> safe HTML of the bodies not kept in the cache, once every body is converted.

        The caller's process, done with its own work, converts too: it takes the chunks no worker
        has started, from the last one back, while the workers go on from the first (issue 15)."""
        try:
            if self.pool is None:
                return _convert_into(self.keep, self.todo)
            here = {key: html for future, chunk in reversed(self.parts) if future.cancel()
                    for key, html in _convert_into(self.keep, chunk).items()}
            there = {key: html for future, _ in self.parts if not future.cancelled()
                     for key, html in future.result().items()}
            return here | there
        finally:
            self.close()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
        _TODO.pop(id(self), None)


# The bodies of each Conversion with a pool, by its id: forked workers inherit them, so a task is three
# numbers. (Pickling the bodies to the workers kept a second copy of them queued in this process: 91 MiB at
# 10,000 articles, by tracemalloc; bench/memory.py.)
_TODO: dict[int, list[tuple[str, bytes]]] = {}


def _convert_range(conversion: int, keep: Path | None, start: int, end: int) -> dict[str, str]:
    return _convert_into(keep, _TODO[conversion][start:end])


def _convert_into(keep: Path | None, todo: list[tuple[str, bytes]]) -> dict[str, str]:
    """Convert; store in the cache at `keep` and return {}, or return what could not be stored."""
    converted = {key: to_html(unpack_body(packed)) for key, packed in todo}
    if keep is None:
        return converted
    cache = HtmlCache(keep)
    try:
        return converted if cache.db is None or not cache.put_many(converted) else {}
    finally:
        cache.close()


def convert_new(bodies: list[bytes], keep: Path) -> None:
    """Convert the bodies (packed) the Markdown cache at `keep` lacks, and store them there."""
    keyed = {body_key(packed): packed for packed in bodies}
    cache = HtmlCache(keep)
    try:
        missing = sorted(keyed.keys() - cache.known(keyed))
        cache.put_many({key: to_html(unpack_body(keyed[key])) for key in missing})
    finally:
        cache.close()


def convert_all(bodies: Mapping[str, str], cache: HtmlCache, workers: int | None = None) -> dict[str, str]:
    """{name: markdown} -> {name: safe html}; new bodies on a process pool when there are many."""
    packed = {name: pack_body(body) for name, body in bodies.items()}
    keys = {name: body_key(body) for name, body in packed.items()}
    known = cache.get_many(set(keys.values()))
    fresh = Conversion({keys[n]: packed[n] for n in bodies if keys[n] not in known}, workers).result()
    cache.put_many(fresh)
    known.update(fresh)
    return {name: known[keys[name]] for name in bodies}
