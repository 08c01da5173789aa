"""`serve`'s side of the output folder: which write of it is there, what it holds beside its
pages, and the project's lock as serve's threads share it."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from .fsutil import link_or_copy
from .lock import project_lock
from .writer import MANIFEST, read_manifest


def output_stamp(output: Path) -> tuple[int, int, int] | None:
    """Which write of the output folder is there now: its manifest's inode, mtime and size."""
    try:
        st = (output / MANIFEST).stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


def keep_extras(output: Path) -> Callable[[Path], None]:
    """A finisher for publish: what the output folder holds beside its pages (the search index,
    which SearchRefresh brings up to date afterwards) is linked into the new tree meanwhile."""
    def finish(folder: Path) -> None:
        tops = {rel.split("/", 1)[0] for rel in read_manifest(output / MANIFEST)} | {MANIFEST}
        with contextlib.suppress(OSError):
            for top in sorted(set(os.listdir(output)) - tops):
                for base, _dirs, names in os.walk(output / top):
                    place = folder / Path(base).relative_to(output)
                    place.mkdir(parents=True, exist_ok=True)
                    for name in names:
                        with contextlib.suppress(OSError):
                            link_or_copy(Path(base, name), place / name)
    return finish


class ProjectHold:
    """The project's write lock for this process's threads: one thread at a time holds it, and may
    take it again inside (a rebuild that writes the caches, then the output folder). The file lock
    is taken by the outermost holder and released when it leaves, so that a `build` elsewhere gets
    its turn between two writes. Order: this lock, then the state lock (never the other way)."""

    def __init__(self, cache_dir: Path, say: Callable[[str], None]) -> None:
        self.cache_dir, self.say = cache_dir, say
        self._threads = threading.RLock()
        self._depth = 0
        self._held: contextlib.ExitStack | None = None

    @contextlib.contextmanager
    def __call__(self, what: str = "serve", wait: float = 600) -> Iterator[None]:
        with self._threads:
            if self._depth == 0:
                held = contextlib.ExitStack()
                held.enter_context(project_lock(self.cache_dir, what, wait=wait, say=self.say))
                self._held = held
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._held is not None:
                    self._held.close()
                    self._held = None
