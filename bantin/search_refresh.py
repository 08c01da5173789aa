"""`serve`'s search index: brought up to date in the background, after the pages, never before them.

`SearchRefresh` is the one boundary between `serve` and the indexer: serve calls `request()`
after each write of the output folder (it returns at once) and `close()` when it stops. One
refresh runs at a time, in a process of its own at low priority, once requests have been quiet
for a moment (a burst of saves makes one refresh, not fifty); a request made meanwhile starts
another when it ends. Swap `refresh_command` (or the class) to change how the index is made.

The refresh (`python -m bantin.search_refresh OUTPUT CACHE`) indexes a hard-linked copy of the
output's pages first (in CACHE/serve-search/scratch), without the project's lock: the slow
Pagefind runs fill a search cache of serve's own (CACHE/serve-search/search, which no other
command writes) while `serve` and `build` go on writing. Then, holding the lock, it indexes the
output folder itself, which links the cached bundle in (Pagefind runs again only for the parts
whose pages changed in between). Stopping `serve` takes the lock (so never in the middle of that
last step), ends the process and its Pagefind, and removes the scratch folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from .lock import ProjectBusy, project_lock

QUIET = 1.0  # seconds without a new request before a refresh starts
OWN_CACHE = "serve-search"  # under the cache folder: serve's own search cache, and its scratch folder
PROJECT_DIR = Path(__file__).resolve().parent.parent


def refresh_command(output: Path, cache_dir: Path) -> list[str]:
    return ["nice", "-n", "10", sys.executable, "-m", "bantin.search_refresh", str(output), str(cache_dir)]


class SearchRefresh:
    def __init__(self, output: Path, cache_dir: Path, say: Callable[[str], None]) -> None:
        self.output, self.cache_dir, self.say = output, cache_dir, say
        self.scratch = cache_dir / OWN_CACHE / "scratch"
        shutil.rmtree(self.scratch, ignore_errors=True)  # left by a serve that was killed
        self._wanted = threading.Event()
        self._stop = threading.Event()
        self._proc: subprocess.Popen[str] | None = None
        self._thread = threading.Thread(target=self._run, name="search-refresh", daemon=True)
        self._thread.start()

    def request(self) -> None:
        self._wanted.set()

    @property
    def busy(self) -> bool:
        return self._proc is not None or self._wanted.is_set()

    def _run(self) -> None:
        while not self._stop.is_set():
            if not self._wanted.wait(0.2):
                continue
            while self._wanted.is_set() and not self._stop.is_set():  # quiet first
                self._wanted.clear()
                self._stop.wait(QUIET)
            if not self._stop.is_set():
                self._refresh()

    def _refresh(self) -> None:
        with subprocess.Popen(refresh_command(self.output, self.cache_dir), text=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                              cwd=PROJECT_DIR) as proc:
            self._proc = proc
            _, problem = proc.communicate()
            self._proc = None
        shutil.rmtree(self.scratch, ignore_errors=True)
        if proc.returncode and not self._stop.is_set():
            self.say(f"search index not refreshed (the next write tries again): {problem.strip()[-500:]}")

    def close(self) -> None:
        """Stop refreshing: never while the refresh holds the lock in the output folder."""
        self._stop.set()
        try:
            with project_lock(self.cache_dir, "serve (stopping)", wait=60):
                self._kill()
        except ProjectBusy:
            self._kill()
        self._thread.join(timeout=10)
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _kill(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # the refresh and its Pagefind


# --- the refresh process ----------------------------------------------------------------------

MANIFEST = ".bantin-manifest.json"


def _stamp(output: Path) -> tuple[int, int, int] | None:
    try:
        st = (output / MANIFEST).stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def _link_pages(output: Path, scratch: Path, skip: str) -> None:
    shutil.rmtree(scratch, ignore_errors=True)
    for base, dirs, names in os.walk(output):
        rel = Path(base).relative_to(output)
        if rel == Path("."):
            dirs[:] = [d for d in dirs if d != skip]
        (scratch / rel).mkdir(parents=True, exist_ok=True)
        for name in names:
            with contextlib.suppress(OSError):
                os.link(Path(base, name), scratch / rel / name)


def main(argv: list[str]) -> int:
    from .fsutil import die_with_parent
    from .search import BUNDLE_DIR, index_into

    die_with_parent()
    output, cache_dir = Path(argv[0]), Path(argv[1])
    own = cache_dir / OWN_CACHE
    scratch = own / "scratch"
    if _stamp(output) is None:
        return 0
    _link_pages(output, scratch, BUNDLE_DIR)
    index_into(scratch, own)  # Pagefind runs here and fills serve's own cache; nothing is locked
    shutil.rmtree(scratch, ignore_errors=True)
    with project_lock(cache_dir, "serve (search index)"):
        if _stamp(output) is not None:  # links from the cache: Pagefind runs again only for the parts
            index_into(output, own)     # whose pages changed meanwhile (so no refresh is ever starved)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
