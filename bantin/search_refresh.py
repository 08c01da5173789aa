"""`serve`'s search index: brought up to date in the background, after the pages, never before them.

`SearchRefresh` is the one boundary between `serve` and the indexer: serve calls `request()`
after each write of the output folder (it returns at once) and `close()` when it stops. One
refresh runs at a time, in a thread of its own, once requests have been quiet for a moment (a
burst of saves makes one refresh, not fifty); a request made meanwhile starts another when it ends.

A refresh takes the model serve holds now and indexes the parts whose articles changed (issue
15: an edit re-indexes one part) into the search cache, in Pagefind processes at low priority
that die with the server, without the project's lock: `serve` and `build` go on writing. Then,
holding the lock, it links the parts into a folder beside the output and renames that over
`output/pagefind/` (Pagefind runs again there only for parts changed in between). Stopping
`serve` stops the indexer; an interrupted refresh leaves the previous bundle (issue 14, point 4).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .lock import ProjectBusy, project_lock
from .model import Entry

QUIET = 1.0  # seconds without a new request before a refresh starts


class SearchRefresh:
    def __init__(self, output: Path, cache_dir: Path, say: Callable[[str], None],
                 entries: Callable[[], Sequence[Entry] | None]) -> None:
        self.output, self.cache_dir, self.say, self.entries = output, cache_dir, say, entries
        self._wanted = threading.Event()
        self._stop = threading.Event()
        self._running = False
        self._thread = threading.Thread(target=self._run, name="search-refresh", daemon=True)
        self._thread.start()

    def request(self) -> None:
        self._wanted.set()

    @property
    def busy(self) -> bool:
        return self._running or self._wanted.is_set()

    def _run(self) -> None:
        while not self._stop.is_set():
            if not self._wanted.wait(0.2):
                continue
            while self._wanted.is_set() and not self._stop.is_set():  # quiet first
                self._wanted.clear()
                self._stop.wait(QUIET)
            if self._stop.is_set():
                return
            self._running = True
            try:
                self._refresh()
            except Exception as problem:  # the next request tries again
                if not self._stop.is_set():
                    self.say(f"search index not refreshed (the next write tries again): {problem}")
            finally:
                self._running = False

    def _refresh(self) -> None:
        from .search import Indexing, SearchInterrupted

        entries = self.entries()
        if entries is None:
            return
        try:
            first = Indexing(entries, self.cache_dir, None, self._stop)
            try:
                first.index_missing()  # the slow part, without the lock
            finally:
                first.close()
            with project_lock(self.cache_dir, "serve (search index)", wait=60):
                if self._stop.is_set() or not self.output.is_dir():
                    return
                indexing = Indexing(self.entries() or entries, self.cache_dir, self.output, self._stop)
                try:
                    indexing.repair(self.output)
                finally:
                    indexing.close()
        except (SearchInterrupted, ProjectBusy):
            return  # stopping, or a long build: the next request tries again

    def close(self) -> None:
        """Stop refreshing: Pagefind processes end, and the bundle in the output stays whole."""
        self._stop.set()
        self._thread.join(timeout=30)
