"""What ingest has already done: the content files, the seeds they came from, and safe writes.

An article file belongs to the editors once written: it is never overwritten except with
--force, and then a numbered backup of it is kept in content/.backup/.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import frontmatter
from ..content import content_files
from ..fsutil import atomic_write, atomic_write_many
from ..textnorm import slug as make_slug
from ..textnorm import unique_slug

INDEX_VERSION = 1
BACKUP_DIR = ".backup"


@dataclass(frozen=True)
class Indexed:
    path: Path
    seed: str | None
    seed_sha256: str | None
    locality: dict[str, Any] | None
    officials: list[dict[str, Any]]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_entry(path: Path) -> dict[str, Any]:
    try:
        data = frontmatter.parse(path.read_text(encoding="utf-8-sig")).data
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError):
        data = {}
    locality = data.get("locality") if isinstance(data.get("locality"), dict) else None
    officials = (
        [o for o in data.get("officials") or [] if isinstance(o, dict)]
        if isinstance(data.get("officials"), list)
        else []
    )
    return {
        "seed": str(data["seed"]) if isinstance(data.get("seed"), str) else None,
        "seed_sha256": str(data["seed_sha256"]) if isinstance(data.get("seed_sha256"), str) else None,
        "locality": {k: v for k, v in (locality or {}).items() if isinstance(v, str) or v is None} or None,
        "officials": [
            {"name": str(o.get("name")), "roles": [str(r) for r in o.get("roles") or [] if isinstance(r, str)]}
            for o in officials
            if isinstance(o.get("name"), str)
        ],
    }


def load_index(content_dir: Path, cache_file: Path) -> list[Indexed]:
    """Every content file's seed, hash, locality and officials; unchanged files come from a cache."""
    try:
        cached = json.loads(cache_file.read_text(encoding="utf-8"))
        if cached.get("version") != INDEX_VERSION or not isinstance(cached.get("files"), dict):
            cached = {"files": {}}
    except (OSError, ValueError, AttributeError):
        cached = {"files": {}}
    entries: dict[str, Any] = {}
    found: list[Indexed] = []
    for path in content_files(content_dir):
        stat = path.stat()
        stamp = [stat.st_mtime_ns, stat.st_size]
        key = path.relative_to(content_dir).as_posix()
        entry = cached["files"].get(key)
        if not isinstance(entry, dict) or entry.get("stamp") != stamp:
            entry = {"stamp": stamp, **_read_entry(path)}
        entries[key] = entry
        found.append(
            Indexed(
                path, entry.get("seed"), entry.get("seed_sha256"), entry.get("locality"), entry.get("officials") or []
            )
        )
    with contextlib.suppress(OSError):  # the cache is a convenience; without it ingest only reads more
        atomic_write(cache_file, json.dumps({"version": INDEX_VERSION, "files": entries}, ensure_ascii=False).encode())
    return found


def slugs_in_use(index: list[Indexed]) -> set[str]:
    """The slugs the content folder's files have (from their names, in any subfolder)."""
    return {make_slug(entry.path.stem) for entry in index}


def free_path(content_dir: Path, title: str, fallback: str, taken: set[str]) -> Path:
    """content/<slug>.md for a new article: never an existing file, never a slug in `taken` (which
    it joins). The number that keeps it unique is added after the cut to the slug's length, so
    the article's slug is its file name (a cut after the number would make two articles one)."""
    text = title or fallback
    while True:
        name = unique_slug(text, taken)
        taken.add(name)
        candidate = content_dir / f"{name}.md"
        if not candidate.exists():
            return candidate


def backup(path: Path, content_dir: Path) -> Path:
    """Copy an article aside before --force replaces it: content/.backup/<name>.<n>.md."""
    folder = content_dir / BACKUP_DIR
    number = 1
    while (target := folder / f"{path.stem}.{number}.md").exists():
        number += 1
    atomic_write(target, path.read_bytes())
    return target


def write_articles(articles: list[tuple[Path, str]]) -> None:
    atomic_write_many([(path, text.encode("utf-8")) for path, text in articles])
