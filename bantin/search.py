"""Full-text search: the Pagefind bundle (`pagefind/`) beside a built site (issues 7 and 15).

The articles are indexed in parts, each by Pagefind's own command line from records made from the
model (search_records.py), never from the pages and never by reading or rewriting Pagefind's
files. An article's part is fixed by its slug while the number of parts stays the same (a power
of two, grown so that a part holds at most about PART_PAGES articles): memory stays bounded at
any size, parts are indexed on both cores, and an edit re-indexes one part. The search page
merges the parts and ranks across them (templates/static/search.js).

Each part's bundle lives in the cache (`.cache/search/<key>/`), named by a key of its inputs (the
part's articles as the model has them, Pagefind's version, this code), and is hard-linked into
the new output tree before that tree is swapped in: an interrupted indexer leaves the output, and
its bundle, as they were. Pagefind's files are not byte-stable from run to run (it writes filter
values in hash-map order), so a part is rebuilt only when its inputs change, never to compare bytes.

Layout in the site: part 0 in `pagefind/` itself, the others in `pagefind/part-N/`, and
`pagefind/parts.json` naming those others.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from . import search_records
from .fsutil import link_or_copy
from .model import Entry
from .search_run import WORKERS, Background, Job, SearchIndexError, SearchInterrupted, run_jobs, temporary_store

__all__ = ["Indexing", "SearchIndexError", "SearchInterrupted", "bundle_whole", "index_site",
           "link_saved", "part_count"]

BUNDLE_DIR = "pagefind"
PARTS_FILE = f"{BUNDLE_DIR}/parts.json"
ENTRY = "pagefind-entry.json"
STORE = "search"  # inside the cache folder
PART_PAGES = 400  # Pagefind holds about 0.45 MB per page it indexes: ~180 MB a part, two at a time
PART_PAGES_ENV = "BANTIN_SEARCH_PART_PAGES"  # another size, for tests that want several parts
# Pagefind's own ready-made interfaces: the site has its own (templates/static/search.js).
UI_FILES = frozenset({
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
})


def part_count(articles: int, part_pages: int | None = None) -> int:
    """The fewest parts, a power of two, that hold `articles` at about `part_pages` each."""
    size = part_pages or int(os.environ.get(PART_PAGES_ENV) or PART_PAGES)
    count = 1
    while count * size < articles:
        count *= 2
    return count


def part_of(slug: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(slug.encode()).digest()[:8], "big") % count


def part_folder(number: int) -> str:
    """Where the site's `number`th bundle lives: pagefind/ itself, then pagefind/part-N/."""
    return BUNDLE_DIR if number == 0 else f"{BUNDLE_DIR}/part-{number}"


@lru_cache(maxsize=1)
def code_key() -> str:
    """Pagefind's version and the code that makes the records: in every part's key."""
    digest = hashlib.sha256(importlib.metadata.version("pagefind_bin").encode())
    for source in (Path(__file__), Path(search_records.__file__)):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def part_key(entries: Sequence[Entry], number: int, count: int) -> str:
    """What a part's bundle depends on: its articles (each as the model has it) and the code."""
    digest = hashlib.sha256(f"{code_key()}\0{number}/{count}".encode())
    for entry in sorted(entries, key=lambda e: e.slug):
        digest.update(f"\0{entry.slug}\0{entry.digest}\0{entry.body_digest}".encode())
    return digest.hexdigest()[:32]


def split(entries: Sequence[Entry], part_pages: int | None = None) -> list[list[Entry]]:
    count = part_count(len(entries), part_pages)
    parts: list[list[Entry]] = [[] for _ in range(count)]
    for entry in entries:
        parts[part_of(entry.slug, count)].append(entry)
    return parts


def _pages(entries: list[Entry]) -> Callable[[], dict[str, str]]:
    return lambda: {f"{entry.url}index.html": search_records.record(entry) for entry in entries}


# --- entry points ----------------------------------------------------------------------------

class Indexing:
    """The search bundle of these articles, for a new output tree. `start()` indexes the parts the
    cache lacks in a thread that runs Pagefind (the build goes on rendering meanwhile: both overlap on
    two cores), `finish(folder)` waits for it and links the bundle into the tree, `close()` ends
    it whatever happened. Without `start()`, `finish` indexes in this process (serve's writer)."""

    def __init__(self, entries: Sequence[Entry], cache_dir: Path | None, output: Path | None = None,
                 stop: threading.Event | None = None, part_pages: int | None = None) -> None:
        self.output, self.stop = output, stop
        self._stack = contextlib.ExitStack()
        self.store = cache_dir / STORE if cache_dir else self._stack.enter_context(temporary_store())
        self.cached = cache_dir is not None
        split_up = split(entries, part_pages)
        numbered = [(n, part) for n, part in enumerate(split_up) if part]  # a part may be empty: no bundle
        self.keys = [part_key(part, n, len(split_up)) for n, part in numbered]
        self.todo = [Job(key, _pages(part)) for key, (_, part) in zip(self.keys, numbered, strict=True)
                     if not (self.store / key / ENTRY).is_file()]
        self._worker: Background | None = None

    def start(self) -> Indexing:
        if self.todo:
            self._worker = Background(self.todo, self.store)
        return self

    def index_missing(self) -> None:
        """Index, here and now, the parts the cache lacks (nothing is linked anywhere)."""
        run_jobs(self.todo, self.store, WORKERS, self.stop, nice=self.stop is not None)

    def finish(self, folder: Path) -> None:
        """Raises SearchIndexError, and SearchInterrupted when `stop` is set: then `folder` holds
        no bundle, and the caller discards it."""
        if self._worker is not None:
            self._worker.wait()
        else:
            self.index_missing()
        if not self.keys:
            shutil.rmtree(folder / BUNDLE_DIR, ignore_errors=True)
            (folder / BUNDLE_DIR).mkdir(parents=True)
            (folder / PARTS_FILE).write_text("[]", encoding="utf-8")  # nothing to find: no index at all
            return
        link_parts(self.store, self.keys, folder)
        if self.cached:
            _save(self.store, self.output, self.keys)
            _prune(self.store, set(self.keys))

    def repair(self, output: Path) -> None:
        """Put the bundle back into an output folder whose pages are up to date but whose bundle
        is missing or broken (removed by hand): made aside, then renamed into place."""
        fresh = output.absolute().parent / f".{output.name}.pagefind-{os.getpid()}"
        shutil.rmtree(fresh, ignore_errors=True)
        try:
            self.finish(fresh)
            shutil.rmtree(output / BUNDLE_DIR, ignore_errors=True)
            os.replace(fresh / BUNDLE_DIR, output / BUNDLE_DIR)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.end()
        self._stack.close()


def index_site(entries: Sequence[Entry], folder: Path, cache_dir: Path | None, output: Path | None = None,
               stop: threading.Event | None = None, part_pages: int | None = None) -> list[str]:
    """Put the search bundle of these articles into `folder`, here and now (see Indexing);
    returns the keys of the parts that were indexed. With `output`, remembers the parts for
    `link_saved`."""
    indexing = Indexing(entries, cache_dir, output, stop, part_pages)
    try:
        indexing.finish(folder)
    finally:
        indexing.close()
    return [job.key for job in indexing.todo]


def bundle_whole(output: Path) -> bool:
    """Does the output hold a bundle with every part that parts.json names?"""
    try:
        names = json.loads((output / PARTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(names, list):
        return False
    if not names and not (output / BUNDLE_DIR / ENTRY).exists():
        return True  # a site without articles has no index
    return all((output / BUNDLE_DIR / str(name) / ENTRY).is_file() for name in ["", *names])


def link_parts(store: Path, keys: list[str], folder: Path) -> None:
    """Hard-link the parts' bundles into the site folder, and name them in parts.json."""
    shutil.rmtree(folder / BUNDLE_DIR, ignore_errors=True)
    for number, key in enumerate(keys):
        _link_tree(store / key, folder / part_folder(number))
    names = [part_folder(n).split("/", 1)[1] for n in range(1, len(keys))]
    (folder / PARTS_FILE).write_text(json.dumps(names), encoding="utf-8")


def link_saved(folder: Path, cache_dir: Path, output: Path) -> None:
    """The bundle the last indexing for `output` made, from the cache (for a build whose inputs
    did not change); SearchIndexError when the cache no longer holds it all."""
    store = cache_dir / STORE
    try:
        keys = json.loads(_saved_file(store, output).read_text(encoding="utf-8"))
    except (OSError, ValueError) as problem:
        raise SearchIndexError("search: no saved index for this output") from problem
    if not isinstance(keys, list) or not keys or not all((store / str(k) / ENTRY).is_file() for k in keys):
        raise SearchIndexError("search: the saved index is incomplete")
    link_parts(store, [str(k) for k in keys], folder)


# --- the store --------------------------------------------------------------------------------

def _saved_file(store: Path, output: Path | None) -> Path:
    where = hashlib.sha256(str(Path(output or ".").absolute()).encode()).hexdigest()[:12]
    return store / f"parts-{where}.json"


def _save(store: Path, output: Path | None, keys: list[str]) -> None:
    if output is None:
        return
    path = _saved_file(store, output)
    fresh = path.with_name(f".{path.name}.{os.getpid()}")
    fresh.write_text(json.dumps(keys), encoding="utf-8")
    os.replace(fresh, path)


def _link_tree(source: Path, target: Path) -> None:
    for top, dirs, files in os.walk(source):
        dirs.sort()
        here = target / os.path.relpath(top, source)
        here.mkdir(parents=True, exist_ok=True)
        for name in sorted(files):
            if name not in UI_FILES:
                link_or_copy(Path(top, name), here / name)


def _prune(store: Path, keep: set[str]) -> None:
    """Keep this build's parts and, for the build before (serve flips back and forth), as many more."""
    now = time.time()
    for name in keep:
        with contextlib.suppress(OSError):
            os.utime(store / name, (now, now))
    others = []
    for entry in store.iterdir():
        if entry.is_dir() and entry.name not in keep and not entry.name.startswith("."):
            with contextlib.suppress(OSError):
                others.append((entry.stat().st_mtime, entry.name))
    for _, name in sorted(others, reverse=True)[len(keep):]:
        shutil.rmtree(store / name, ignore_errors=True)
