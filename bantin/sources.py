"""Content files -> articles, each file parsed once and kept in a cache until it changes.

The cache is keyed by the file's path, its stamp (mtime, size), the settings and the tool's own
code; a corrupt cache file is an empty cache. Many files to parse go to a pool of processes.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .content import UNREADABLE, Article, ContentProblem, read_article
from .fsutil import ignore_interrupts
from .kvcache import KeyValueCache
from .markup import convert_new
from .stamps import CODE_DIGEST, Stat, libraries

CACHE_FILE = "content.sqlite3"
TABLE = "parsed"
POOL_FROM = 200  # fewer files to parse than this: one process is quicker than starting a pool
CHUNK = 100


@dataclass(frozen=True, slots=True)
class Parsed:
    rel: str
    article: Article | None  # None when the file has errors
    problems: tuple[ContentProblem, ...]


def cache_tag(settings: Settings) -> str:
    """What every cached entry was made with: settings, the content folder, the tool's code."""
    made_with = f"{settings.fingerprint()}\0{settings.content}\0{CODE_DIGEST}\0{libraries()}"
    return hashlib.sha256(made_with.encode()).hexdigest()[:16]


def parse(root: Path, rel: str) -> Parsed:
    article, problems = read_article(root / rel, root)
    return Parsed(rel, article, tuple(problems))


@dataclass(frozen=True, slots=True)
class _Chunk:
    root: str
    rels: list[str]
    stamps: list[str]  # each file's cache stamp
    keep: Path | None  # the cache file, where a worker stores what it parsed
    convert: Path | None  # the Markdown cache, where a worker stores the bodies it converts


def _parse_chunk(chunk: _Chunk) -> tuple[list[bytes], bool]:
    """Pickled Parsed of each file; and whether they went into the cache (else the caller stores them)."""
    root = Path(chunk.root)
    parsed = [parse(root, rel) for rel in chunk.rels]
    if chunk.convert is not None:
        convert_new([p.article.packed_body for p in parsed if p.article is not None], chunk.convert)
    blobs = [pickle.dumps(p, pickle.HIGHEST_PROTOCOL) for p in parsed]
    if chunk.keep is None:
        return blobs, False
    cache = KeyValueCache(chunk.keep, table=TABLE)
    try:
        return blobs, cache.put_many({rel: _pack(stamp, blob) for rel, stamp, blob, p in zip(
            chunk.rels, chunk.stamps, blobs, parsed, strict=True) if keepable(p)})
    finally:
        cache.close()


def keepable(parsed: Parsed) -> bool:
    """A file read as it was (whatever it says) is cached; one that could not be read (moved away
    mid-build, locked) is not: its stamp may come back with it, and must find it read again."""
    return not any(p.message.startswith(UNREADABLE) for p in parsed.problems)


def _parse_many(chunks: list[_Chunk], workers: int,
                meanwhile: Callable[[], None]) -> Iterator[tuple[bytes, bytes | None]]:
    """Each file's pickled Parsed, in order, with its cache entry when a worker could not store it;
    on a pool when there are many. `meanwhile` runs in this process once the workers are busy."""
    if sum(len(c.rels) for c in chunks) < POOL_FROM or workers < 2:
        meanwhile()
        results: Iterator[tuple[list[bytes], bool]] = map(_parse_chunk, chunks)
        yield from _unchunked(chunks, results)
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=ignore_interrupts) as pool:
        results = pool.map(_parse_chunk, chunks)
        meanwhile()
        yield from _unchunked(chunks, results)


def _unchunked(chunks: list[_Chunk],
               results: Iterator[tuple[list[bytes], bool]]) -> Iterator[tuple[bytes, bytes | None]]:
    for chunk, (blobs, stored) in zip(chunks, results, strict=True):
        for stamp, blob in zip(chunk.stamps, blobs, strict=True):
            yield blob, None if stored else _pack(stamp, blob)


def read_all(settings: Settings, stats: Mapping[str, Stat], cache_dir: Path | None,
             workers: int | None = None, meanwhile: Callable[[], None] = lambda: None,
             convert: Path | None = None) -> list[Parsed]:
    """Every content file (stats: relative path -> stamp), parsed or from the cache, in order.
    `meanwhile` runs in this process while files are parsed (on a pool when there are many).
    `convert` (the Markdown cache): the bodies of the files parsed are converted there too, by the
    process that parsed them, while it holds them: the pool starts before this process holds every
    article, and a process forked later would keep its own copy of them (issue 15)."""
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    tag = cache_tag(settings)
    keep = cache_dir / CACHE_FILE if cache_dir else None
    cache = KeyValueCache(keep, table=TABLE)
    try:
        found: dict[str, Parsed] = {}
        stale = []
        for rel, value in cache.items():
            stamp, blob = _unpack(value)
            if rel in stats and stamp == _stamp(tag, stats[rel]):
                try:
                    found[rel] = pickle.loads(blob)
                    continue
                except Exception:  # an unreadable entry is a missing entry
                    pass
            stale.append(rel)
        todo = [rel for rel in stats if rel not in found]
        chunks = [_Chunk(str(settings.content), rels, [_stamp(tag, stats[rel]) for rel in rels],
                         keep if cache.db is not None else None, convert)
                  for rels in (todo[i:i + CHUNK] for i in range(0, len(todo), CHUNK))]
        unstored = {}
        for blob, entry in _parse_many(chunks, workers, meanwhile):
            parsed = pickle.loads(blob)
            found[parsed.rel] = parsed
            if entry is not None and keepable(parsed):
                unstored[parsed.rel] = entry
        cache.delete(rel for rel in stale if rel not in stats)
        cache.put_many(unstored)
    finally:
        cache.close()
    return [found[rel] for rel in stats]


def _stamp(tag: str, stat: Stat) -> str:
    return f"{tag}:{stat[0]}:{stat[1]}"


def _pack(stamp: str, blob: bytes) -> bytes:
    return stamp.encode() + b"\n" + blob


def _unpack(value: object) -> tuple[str, bytes]:
    if not isinstance(value, bytes) or b"\n" not in value:
        return "", b""
    stamp, blob = value.split(b"\n", 1)
    return stamp.decode("ascii", "replace"), blob
