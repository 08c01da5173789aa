"""Content files -> articles, each file parsed once and kept in a cache until it changes.

The cache is keyed by the file's path, its stamp (mtime, size), the settings and the tool's own
code; a corrupt cache file is an empty cache. Many files to parse go to a pool of processes.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .content import Article, ContentProblem, read_article
from .fsutil import ignore_interrupts
from .kvcache import KeyValueCache
from .stamps import CODE_DIGEST, Stat, libraries

CACHE_FILE = "content.sqlite3"
POOL_FROM = 200  # fewer files to parse than this: one process is quicker than starting a pool
CHUNK = 100


@dataclass(frozen=True)
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


def _parse_chunk(job: tuple[str, list[str]]) -> list[bytes]:
    root, rels = Path(job[0]), job[1]
    return [pickle.dumps(parse(root, rel), pickle.HIGHEST_PROTOCOL) for rel in rels]


def _parse_many(root: Path, rels: list[str], workers: int) -> list[tuple[Parsed, bytes]]:
    """Parse files, in a pool when there are many; each with its pickled form for the cache."""
    if len(rels) < POOL_FROM or workers < 2:
        blobs = _parse_chunk((str(root), rels))
    else:
        chunks = [(str(root), rels[i:i + CHUNK]) for i in range(0, len(rels), CHUNK)]
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=ignore_interrupts) as pool:
            blobs = [blob for part in pool.map(_parse_chunk, chunks) for blob in part]
    return [(pickle.loads(blob), blob) for blob in blobs]


def read_all(settings: Settings, stats: Mapping[str, Stat], cache_dir: Path | None,
             workers: int | None = None) -> list[Parsed]:
    """Every content file (stats: relative path -> stamp), parsed or from the cache, in order."""
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    tag = cache_tag(settings)
    cache = KeyValueCache(cache_dir / CACHE_FILE if cache_dir else None, table="parsed")
    try:
        found: dict[str, Parsed] = {}
        stale = []
        for rel, value in cache.items():
            stamp, blob = _unpack(value)
            if rel in stats and stamp == f"{tag}:{stats[rel][0]}:{stats[rel][1]}":
                try:
                    found[rel] = pickle.loads(blob)
                    continue
                except Exception:  # an unreadable entry is a missing entry
                    pass
            stale.append(rel)
        todo = [rel for rel in stats if rel not in found]
        fresh = _parse_many(settings.content, todo, workers)
        for parsed, _ in fresh:
            found[parsed.rel] = parsed
        cache.delete(rel for rel in stale if rel not in stats)
        cache.put_many({p.rel: f"{tag}:{stats[p.rel][0]}:{stats[p.rel][1]}".encode() + b"\n" + blob
                        for p, blob in fresh})
    finally:
        cache.close()
    return [found[rel] for rel in stats]


def _unpack(value: object) -> tuple[str, bytes]:
    if not isinstance(value, bytes) or b"\n" not in value:
        return "", b""
    stamp, blob = value.split(b"\n", 1)
    return stamp.decode("ascii", "replace"), blob
