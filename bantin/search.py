"""Full-text search: the Pagefind bundle (`pagefind/`) for a built site (issue 7).

Pagefind indexes the pages whose template marks `data-pagefind-body` (the articles), with the
filters and metadata that the templates' `data-pagefind-*` attributes give. It folds tone and
vowel marks by itself (`giao thong` finds `giao thông`) but not đ, which is a letter of its own
(`dang` misses `Đăng`). So the indexer reads each page with its đ-words appended once more with
đ → d (`Dăng`), after the mark FOLDED_MARK and in the same kind of element (a title word stays in
an h1, so it keeps a title's weight). A reader who types `dang` finds `Đăng` and `Đảng`; one who
types `Đăng` matches only the words spelt that way, which the search page ranks first. The
folded copies exist only in a temporary folder for the indexer, never in the site; the search
page cuts them out of the text it shows.

Entry points: `search_bundle(files)` when the site is in memory (relative path -> bytes),
`build_index(folder)` for a site already on disk. Both are deterministic: the same pages give the
same bytes.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path, PurePosixPath

from . import cbor
from .fsutil import die_with_parent, link_or_copy

BUNDLE_DIR = "pagefind"
BODY_ATTR = "data-pagefind-body"
IGNORE_ATTR = "data-pagefind-ignore"
ENTRY = f"{BUNDLE_DIR}/pagefind-entry.json"
STAMP = f"{BUNDLE_DIR}/.bantin-inputs"  # inputs_digest() of the bundle beside it
SIGNATURE = b"pagefind_dcd"  # what Pagefind puts before the CBOR inside each gzipped file
FOLDED_MARK = "⁂"  # not a word to Pagefind, so never found; templates/static/search.js splits on it
TIMEOUT_S = 300.0
# Pagefind's own ready-made interfaces; the site has its own (templates/static/search.js).
UI_FILES = frozenset({
    "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
    "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                  "track", "wbr"})
# Elements whose text Pagefind 1.5 leaves out even inside data-pagefind-body (found by trying).
UNREAD = frozenset({"script", "style", "template", "noscript", "label", "form", "svg", "nav", "footer", "iframe"})
_D = str.maketrans("đĐ", "dD")
_WORD = re.compile(r"\w+")


class SearchIndexError(Exception):
    """Pagefind could not index the site; the message says what to do."""


def fold_d(text: str) -> str:
    """`Đăng Đảng` -> `Dăng Dảng`: only the stroke goes, Pagefind folds the other marks itself."""
    return text.translate(_D)


def d_words(text: str) -> list[str]:
    """The words of `text` that hold đ or Đ, in order, folded (`Đồng chí Đăng` -> [Dồng, Dăng])."""
    return [fold_d(w) for w in _WORD.findall(text) if "đ" in w or "Đ" in w]


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|<!--.*?-->|<![^>]*>|([^<]+)", re.S)
_ATTR_NAME = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")


def indexed_text(page: str) -> list[tuple[str, str]]:
    """The text Pagefind indexes: inside `data-pagefind-body`, outside `data-pagefind-ignore`, as
    (kind, text) where kind is the heading tag around the text, or "p". A small tokenizer rather
    than html.parser: it reads every article page of a build, and is several times faster."""
    pieces: list[tuple[str, str]] = []
    opened: list[tuple[str, bool, bool, str]] = []  # (tag, in body, ignored, kind)
    for match in _TAG.finditer(page):
        closing, tag, attrs, text = match.groups()
        body, ignored, kind = opened[-1][1:] if opened else (False, False, "p")
        if text is not None:
            if body and not ignored and text.strip():
                pieces.append((kind, html.unescape(text)))
            continue
        if tag is None:
            continue  # a comment or a doctype
        tag = tag.lower()
        if closing:
            for depth in range(len(opened) - 1, -1, -1):
                if opened[depth][0] == tag:
                    del opened[depth:]
                    break
        elif tag not in VOID and not attrs.rstrip().endswith("/"):
            names = {name.lower() for name in _ATTR_NAME.findall(attrs)}
            opened.append((tag, body or BODY_ATTR in names, ignored or IGNORE_ATTR in names or tag in UNREAD,
                           tag if tag in HEADINGS else kind))
    return pieces


def folded_runs(pieces: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """The folded đ-words of each piece, consecutive pieces of one kind joined."""
    runs: list[tuple[str, list[str]]] = []
    for kind, text in pieces:
        words = d_words(text)
        if not words:
            continue
        if runs and runs[-1][0] == kind:
            runs[-1][1].extend(words)
        else:
            runs.append((kind, words))
    return runs


def folded_tail(page: str) -> str:
    """The block the indexer reads after the page's own text; "" when no indexed word holds đ."""
    runs = folded_runs(indexed_text(page))
    if not runs:
        return ""
    inner = "".join(f"<{kind}>{html.escape(' '.join(words))}</{kind}>" for kind, words in runs)
    return f'<div {BODY_ATTR}="">{FOLDED_MARK} {inner}</div>'


def with_folded_tail(page: str) -> str:
    tail = folded_tail(page)
    end = page.rfind("</body>")
    return page + tail if end < 0 else page[:end] + tail + page[end:]


def indexable(files: Mapping[str, bytes]) -> dict[str, str]:
    """The HTML pages Pagefind will index (relative path -> text)."""
    marker = BODY_ATTR.encode()
    return {path: data.decode("utf-8") for path, data in sorted(files.items())
            if path.endswith(".html") and marker in data}


def _inside(folder: Path, rel: str) -> Path:
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise SearchIndexError(f"search: refusing to index {rel!r}: not a plain path inside the site")
    return folder.joinpath(*pure.parts)


def run_pagefind(site: Path, bundle: Path, pages: int) -> None:
    """Index the HTML under `site` into `bundle` with the Pagefind binary from PyPI (its command
    line: faster than its Python service, which handles one request at a time)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(bundle)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as problem:
        raise SearchIndexError(f"search: Pagefind did not finish within {TIMEOUT_S:.0f} s") from problem
    said = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        if "No such file" in said or "not found" in said.lower() or "executable" in said.lower():
            raise SearchIndexError("search: the Pagefind binary is missing; install the pinned requirements "
                                   "(.venv/bin/pip install -r requirements.txt brings pagefind[bin])")
        raise SearchIndexError(f"search: Pagefind failed: {said[-400:]}")
    counted = re.search(r"Indexed (\d+) pages?", said)
    if pages and (counted is None or int(counted[1]) != pages):
        raise SearchIndexError(f"search: Pagefind indexed {counted[1] if counted else 'no'} of {pages} pages")


def bundle_files(bundle: Path) -> dict[str, bytes]:
    return {f"{BUNDLE_DIR}/{path.relative_to(bundle).as_posix()}": path.read_bytes()
            for path in sorted(bundle.rglob("*")) if path.is_file() and path.name not in UI_FILES}


# --- byte-stable output --------------------------------------------------------------------
# Pagefind 1.5 writes each filter's values in hash-map order, so the filter files, the metadata
# file that names them and the entry that names it differ from one run to the next. We sort them
# and name them by content the way Pagefind does, so the same pages always give the same bundle.

def pagefind_hash(data: bytes) -> str:
    """Pagefind's content hash: SHA-1 in hex, each byte without its leading zero (as it writes it)."""
    return "".join(f"{byte:x}" for byte in hashlib.sha1(data).digest())


def unpack(data: bytes) -> cbor.Item:
    raw = gzip.decompress(data)
    if not raw.startswith(SIGNATURE):
        raise ValueError("a Pagefind file without its signature")
    return cbor.decode(raw[len(SIGNATURE):])


def pack(item: cbor.Item) -> tuple[str, bytes]:
    """(content hash, file bytes)."""
    raw = cbor.encode(item)
    return pagefind_hash(raw), gzip.compress(SIGNATURE + raw, mtime=0)


def _list(item: cbor.Item) -> list[cbor.Item]:
    if not isinstance(item, list):
        raise ValueError(f"expected a list in a Pagefind file, found {type(item).__name__}")
    return item


def _short_name(lang: str, digest: str, length: int, taken: set[str]) -> str:
    while (name := f"{lang}_{digest[:length]}") in taken and length < len(digest):
        length += 1
    taken.add(name)
    return name


def _stable_filters(files: dict[str, bytes], lang: str, named: list[cbor.Item]) -> list[cbor.Item]:
    taken: set[str] = set()
    stable: list[cbor.Item] = []
    for pair in named:
        filter_name, old = _list(pair)
        index = _list(unpack(files.pop(f"{BUNDLE_DIR}/filter/{old}.pf_filter")))
        index[1] = sorted(_list(index[1]), key=lambda value: str(_list(value)[0]))
        digest, data = pack(index)
        name = _short_name(lang, digest, 7, taken)
        files[f"{BUNDLE_DIR}/filter/{name}.pf_filter"] = data
        stable.append([filter_name, name])
    return sorted(stable, key=lambda pair: str(_list(pair)[0]))


def _stable_language(files: dict[str, bytes], lang: str, meta_hash: str) -> str:
    meta = _list(unpack(files.pop(f"{BUNDLE_DIR}/pagefind.{meta_hash}.pf_meta")))
    meta[3] = _stable_filters(files, lang, _list(meta[3]))
    digest, data = pack(meta)
    name = f"{lang}_{digest[: len(lang) + 8]}"
    files[f"{BUNDLE_DIR}/pagefind.{name}.pf_meta"] = data
    return name


def stable_bundle(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """The bundle with its filter and metadata files in a fixed order and named by content."""
    out = dict(files)
    try:
        entry = json.loads(out[ENTRY])
        for lang, info in sorted(entry["languages"].items()):
            info["hash"] = _stable_language(out, lang, info["hash"])
    except (KeyError, TypeError, ValueError, OSError, EOFError) as problem:
        raise SearchIndexError(f"search: cannot read Pagefind's bundle ({problem}); did its format change? "
                               "pagefind is pinned in requirements.txt") from problem
    out[ENTRY] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return dict(sorted(out.items()))


# --- entry points --------------------------------------------------------------------------

def search_bundle(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """The Pagefind bundle for a site held in memory: {"pagefind/…": bytes} to write beside it."""
    pages = indexable(files)
    with tempfile.TemporaryDirectory(prefix="bantin-search-") as tmp:
        site, bundle = Path(tmp, "site"), Path(tmp, "bundle")
        site.mkdir()
        targets = [_inside(site, rel) for rel in pages]
        for target, page in zip(targets, _with_folded_tails(list(pages.values())), strict=True):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
        if pages:
            run_pagefind(site, bundle, len(pages))
        else:
            _empty_bundle(bundle)
        return stable_bundle(bundle_files(bundle))


PARALLEL_FROM = 400  # fewer pages than this: folding in one process is quicker than starting a pool


def _with_folded_tails(pages: list[str]) -> list[str]:
    if len(pages) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return [with_folded_tail(page) for page in pages]
    with ProcessPoolExecutor(max_workers=2, initializer=die_with_parent) as pool:
        return list(pool.map(with_folded_tail, pages, chunksize=64))


def _empty_bundle(bundle: Path) -> None:
    """What Pagefind writes for a site with no pages (its command line refuses an empty folder)."""
    bundle.mkdir(parents=True, exist_ok=True)
    (bundle / "pagefind-entry.json").write_text(json.dumps({"version": "1.5.2", "languages": {}}), encoding="utf-8")


def inputs_digest(files: Mapping[str, bytes]) -> str:
    """What the bundle depends on: the indexed pages, Pagefind's version and this code."""
    digest = hashlib.sha256(importlib.metadata.version("pagefind_bin").encode())
    for source in (Path(__file__), Path(cbor.__file__)):
        digest.update(hashlib.sha256(source.read_bytes()).digest())
    marker = BODY_ATTR.encode()
    for rel, data in sorted(files.items()):
        if rel.endswith(".html") and marker in data:
            digest.update(rel.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


PART_PAGES = 1500  # pages per bundle: Pagefind needs ~0.45 MB of memory per page it indexes at once
PARTS_FILE = f"{BUNDLE_DIR}/parts.json"  # the bundles beside pagefind/ itself, merged by the search page


def split_parts(pages: Mapping[str, bytes]) -> list[dict[str, bytes]]:
    """The indexed pages in parts of at most ~PART_PAGES, each page always in the same part while
    the number of parts stays the same (so an edit re-indexes one part). Pagefind merges them at
    search time (mergeIndex); indexed at once, 10,000 pages took 4 GB of memory. A site of up to
    PART_PAGES articles has one part, and only then does the search page's exact-spelling-first
    order hold for every result: Pagefind applies per-search options to its first index only."""
    indexed = indexable(pages)
    count = max(1, -(-len(indexed) // PART_PAGES))
    parts: list[dict[str, bytes]] = [{} for _ in range(count)]
    for rel in indexed:
        parts[int(hashlib.sha256(rel.encode()).hexdigest()[:8], 16) % count][rel] = pages[rel]
    return [part for part in parts if part] or [{}]  # no empty part, unless there is nothing to index


def part_folder(number: int) -> str:
    """Where part `number` of the bundle lives in the site: pagefind/ itself, then pagefind/part-N/."""
    return BUNDLE_DIR if number == 0 else f"{BUNDLE_DIR}/part-{number}"


def index_into(site_dir: Path, cache_dir: Path | None) -> bool:
    """The search bundle of a built site folder, each part from the cache when its pages were
    indexed before (by a build whose output was removed, or one that changed only pages Pagefind
    does not read, or other parts). Files are hard links to the cache; True when Pagefind ran."""
    pages = _article_pages(site_dir)
    digest = inputs_digest(pages)
    stamp = site_dir / STAMP
    with contextlib.suppress(OSError):
        if stamp.read_text(encoding="ascii") == digest and (site_dir / ENTRY).is_file():
            return False
    with contextlib.ExitStack() as stack:
        store = cache_dir / "search" if cache_dir else Path(stack.enter_context(tempfile.TemporaryDirectory()))
        parts = split_parts(pages)
        cached, ran = [], False
        for part in parts:
            folder, made = _cached_bundle(store, part)
            cached.append(folder)
            ran = ran or made
        shutil.rmtree(site_dir / BUNDLE_DIR, ignore_errors=True)
        for number, folder in enumerate(cached):
            _link_tree(folder, site_dir / part_folder(number))
        names = [part_folder(n).split("/", 1)[1] for n in range(1, len(cached))]
        (site_dir / PARTS_FILE).write_text(json.dumps(names), encoding="utf-8")
        (site_dir / STAMP).write_text(digest, encoding="ascii")
        if cache_dir:
            _prune(store, keep={folder.name for folder in cached})
    return ran


def build_index(site_dir: Path) -> bool:
    """Bring the search bundle in a built site folder up to date, without a cache; False when it
    already was (same pages, same Pagefind, same code), True if rebuilt. A previous `pagefind/`
    there is removed first, never written through (its files may be hard links)."""
    return index_into(site_dir, None)


def _cached_bundle(store: Path, pages: dict[str, bytes]) -> tuple[Path, bool]:
    """The bundle of these pages in the cache (made now when missing), and whether it was made."""
    cached = store / inputs_digest(pages)
    if (cached / "pagefind-entry.json").is_file():
        return cached, False
    bundle = search_bundle(pages)
    fresh = Path(tempfile.mkdtemp(prefix=".new-", dir=_made(store)))
    for rel, data in bundle.items():
        target = fresh / PurePosixPath(rel).relative_to(BUNDLE_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    shutil.rmtree(cached, ignore_errors=True)
    os.replace(fresh, cached)
    return cached, True


def _link_tree(source: Path, target: Path) -> None:
    for entry in sorted(source.rglob("*")):
        place = target / entry.relative_to(source)
        if entry.is_dir():
            place.mkdir(parents=True, exist_ok=True)
        else:
            place.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(entry, place)


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _prune(store: Path, keep: set[str]) -> None:
    """Keep this build's parts and, for the build before (serve flips back and forth), as many more."""
    now = time.time()
    for name in keep:
        os.utime(store / name, (now, now))
    others = sorted((p for p in store.iterdir() if p.name not in keep and not p.name.startswith(".")),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[len(keep) :]:
        shutil.rmtree(old, ignore_errors=True)


def _article_pages(site_dir: Path) -> dict[str, bytes]:
    return {p.relative_to(site_dir).as_posix(): p.read_bytes() for p in sorted(site_dir.rglob("*.html"))
            if p.is_file() and p.relative_to(site_dir).parts[0] != BUNDLE_DIR}
