"""Which files changed: inotify on Linux (through ctypes, no dependency), else polling.

`Watcher.wait()` blocks until something under the watched folders (or one of the watched files)
changes, waits until the changes settle, and returns the changed paths. Hidden names are ignored.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import struct
import time
from pathlib import Path

from .stamps import Stat, walk

IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO = 0x4, 0x8, 0x40, 0x80
IN_CREATE, IN_DELETE, IN_Q_OVERFLOW, IN_ISDIR, IN_CLOEXEC = 0x100, 0x200, 0x4000, 0x40000000, 0o2000000
MASK = IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
EVENT = struct.Struct("iIII")
SETTLE = 0.03  # seconds without a new event before the changes count as done (an editor's save)
POLL_EVERY = 0.5
EVERYTHING = Path("*")  # in a result: events were lost, assume everything changed


class Watcher:
    def __init__(self, folders: list[Path], files: list[Path]) -> None:
        self.folders = [f.absolute() for f in folders]
        self.files = {f.absolute() for f in files}
        self._libc = _libc()
        self._fd = self._libc.inotify_init1(IN_CLOEXEC) if self._libc else -1
        self._dirs: dict[int, Path] = {}
        if self._fd >= 0:
            for folder in self.folders:
                self._watch_tree(folder)
            for parent in {f.parent for f in self.files}:
                self._watch(parent)
        else:
            self._stamps = self._poll()

    @property
    def uses_inotify(self) -> bool:
        return self._fd >= 0

    def _watch(self, folder: Path) -> None:
        wd = self._libc.inotify_add_watch(self._fd, os.fsencode(folder), MASK)
        if wd >= 0:
            self._dirs[wd] = folder

    def _watch_tree(self, folder: Path) -> None:
        if not folder.is_dir():
            return
        self._watch(folder)
        for base, dirs, _ in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in dirs:
                self._watch(Path(base, name))

    def _wanted(self, path: Path) -> bool:
        if path in self.files:
            return True
        for folder in self.folders:
            if path.is_relative_to(folder):
                return not any(part.startswith(".") for part in path.relative_to(folder).parts)
        return False

    def _read(self, timeout: float | None) -> set[Path]:
        ready, _, _ = select.select([self._fd], [], [], timeout)
        if not ready:
            return set()
        data = os.read(self._fd, 1 << 16)
        found: set[Path] = set()
        offset = 0
        while offset < len(data):
            wd, mask, _cookie, length = EVENT.unpack_from(data, offset)
            name = data[offset + EVENT.size: offset + EVENT.size + length].rstrip(b"\0")
            offset += EVENT.size + length
            if mask & IN_Q_OVERFLOW:
                found.add(EVERYTHING)
                continue
            folder = self._dirs.get(wd)
            if folder is None or not name:
                continue
            path = folder / os.fsdecode(name)
            if mask & IN_ISDIR and mask & (IN_CREATE | IN_MOVED_TO) and self._wanted(path):
                self._watch_tree(path)
                found.update(path / rel for rel in walk(path))
            elif mask & IN_ISDIR and mask & (IN_DELETE | IN_MOVED_FROM) and self._wanted(path):
                found.add(EVERYTHING)  # a folder of articles went away: look at everything again
            elif self._wanted(path):
                found.add(path)
        return found

    def _poll(self) -> dict[Path, Stat]:
        stamps = {f / rel: stat for f in self.folders for rel, stat in walk(f).items()}
        for file in self.files:
            with contextlib.suppress(OSError):
                stat = file.stat()
                stamps[file] = (stat.st_mtime_ns, stat.st_size)
        return stamps

    def _poll_changes(self, timeout: float | None) -> set[Path]:
        deadline = None if timeout is None else time.monotonic() + timeout
        while deadline is None or time.monotonic() < deadline:
            time.sleep(POLL_EVERY)
            now = self._poll()
            changed = {p for p in set(now) | set(self._stamps) if now.get(p) != self._stamps.get(p)}
            self._stamps = now
            if changed:
                return changed
        return set()

    def wait(self, timeout: float | None = None) -> set[Path]:
        """Changed paths once they settle; an empty set when the timeout passed without any."""
        if self._fd < 0:
            return self._poll_changes(timeout)
        found = self._read(timeout)
        if found:
            start = time.monotonic()
            while time.monotonic() - start < 1.0 and (more := self._read(SETTLE)):
                found |= more
        return found

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    libc = ctypes.CDLL(name, use_errno=True)
    return libc if hasattr(libc, "inotify_init1") else None
