"""A small SQLite key -> value store for build caches; any trouble with it means an empty cache.

Each cache is one table in one file under `.cache/`. A file that is not a database, a locked
or read-only one, a missing table: the build goes on as if nothing were cached.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

CHUNK = 500  # SQLite's limit on parameters per statement is 999 on old builds


class KeyValueCache:
    def __init__(self, path: Path | None, table: str = "kv") -> None:
        self.db: sqlite3.Connection | None = None
        self.table = table
        if path is None:
            return
        for _attempt in range(2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(path, timeout=5)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
                return
            except (sqlite3.Error, OSError):
                self.close()
                for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    with contextlib.suppress(OSError):
                        stale.unlink()

    def _select(self, what: str, keys: Iterable[str]) -> list[tuple[Any, ...]]:
        if self.db is None:
            return []
        wanted = list(keys)
        rows: list[tuple[Any, ...]] = []
        try:
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start:start + CHUNK]
                marks = ",".join("?" * len(chunk))
                rows += self.db.execute(f"SELECT {what} FROM {self.table} WHERE key IN ({marks})", chunk)
        except sqlite3.Error:
            return []
        return rows

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        return dict(self._select("key, value", keys))

    def known(self, keys: Iterable[str]) -> set[str]:
        """Which of these keys the cache holds, without reading their values."""
        return {key for (key,) in self._select("key", keys)}

    def items(self) -> Iterator[tuple[str, Any]]:
        if self.db is None:
            return iter(())
        try:
            return iter(self.db.execute(f"SELECT key, value FROM {self.table}").fetchall())
        except sqlite3.Error:
            return iter(())

    def put_many(self, items: Mapping[str, Any]) -> bool:
        """Store; False when the cache could not (then it simply holds less)."""
        if self.db is None or not items:
            return self.db is not None
        try:
            with self.db:
                self.db.executemany(f"INSERT OR REPLACE INTO {self.table} VALUES (?, ?)", sorted(items.items()))
        except sqlite3.Error:
            return False
        return True

    def delete(self, keys: Iterable[str]) -> None:
        if self.db is None:
            return
        try:
            with self.db:
                self.db.executemany(f"DELETE FROM {self.table} WHERE key = ?", [(k,) for k in keys])
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None
