"""Which files changed: watchfiles (the Rust `notify` crate: inotify on Linux), polling what it cannot watch.

`Watcher.wait()` blocks until something under the watched folders (or one of the watched files)
changes, lets the changes settle, and returns the changed paths. Hidden names are ignored.

inotify needs one watch per folder, and the system allows each user a fixed number of them
(`fs.inotify.max_user_watches`). `notify` stops at the first folder it cannot watch, and skips a
new folder it cannot watch without a word, so the watcher does not take its word for it: after
setting the watches, and again whenever folders appear, it asks the kernel which folders it
really watches (`/proc/self/fdinfo` of the inotify descriptor) and polls every other one, saying
so once. The watched files (`site.yaml`) are few: they are always polled, by stat, which also
survives an editor's save by rename.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

EVERYTHING = Path("*")  # in a result: a folder went away, or watching failed: assume everything changed
STEP_MS = 10  # how often the notify thread's queue is looked at; also the settle time of a save
DEBOUNCE_MS = 1000  # a stream of events is cut into batches at most this long
POLL_EVERY = 0.25  # seconds between two looks at the polled folders and files
LIMIT_ADVICE = "the system's inotify limit is reached; raise fs.inotify.max_user_watches"

Stamp = tuple[int, int, int, int]  # inode, mtime, ctime (ns), size: an edit changes one of them
Listing = dict[str, tuple[Stamp, bool]]  # name -> (stamp, is a folder)


def hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def folders_under(folder: Path) -> list[Path]:
    """The folder and every folder below it, hidden ones left out, in a stable order."""
    found: list[Path] = []
    todo = [folder]
    while todo:
        current = todo.pop()
        found.append(current)
        with contextlib.suppress(OSError):
            todo.extend(sorted((Path(e.path) for e in os.scandir(current)
                                if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)), reverse=True))
    return found


def files_under(folder: Path) -> set[Path]:
    """Every file below a folder, hidden names left out."""
    found = set()
    for base, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.update(Path(base, name) for name in names if not name.startswith("."))
    return found


def listing(folder: Path) -> Listing:
    """What a folder holds now, as polling compares it (an empty listing when it is gone)."""
    found: Listing = {}
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith("."):
                continue
            with contextlib.suppress(OSError):
                st = entry.stat(follow_symlinks=False)
                found[entry.name] = ((st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size), entry.is_dir())
    return found


def file_stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size


def inotify_fds() -> set[int]:
    """This process's inotify descriptors (Linux)."""
    found = set()
    with contextlib.suppress(OSError):
        for name in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/self/fd/{name}") == "anon_inode:inotify":
                    found.add(int(name))
    return found


def watched_inodes(fds: Iterable[int]) -> set[tuple[int, int]]:
    """(device, inode) of every folder these inotify descriptors watch, as the kernel lists them."""
    found = set()
    for fd in fds:
        with contextlib.suppress(OSError), open(f"/proc/self/fdinfo/{fd}", encoding="ascii") as info:
            for line in info:
                if line.startswith("inotify "):
                    fields = dict(part.split(":", 1) for part in line.split()[1:] if ":" in part)
                    sdev = int(fields["sdev"], 16)  # the kernel's dev_t: 12 bits major, 20 bits minor
                    found.add((os.makedev(sdev >> 20, sdev & 0xFFFFF), int(fields["ino"], 16)))
    return found


class Watcher:
    def __init__(self, folders: list[Path], files: list[Path], say: Callable[[str], None] | None = None,
                 display_root: Path | None = None) -> None:
        self.folders = [f.absolute() for f in folders]
        self.files = {f.absolute(): file_stamp(f) for f in files}
        self._say = say or (lambda line: print(line, file=sys.stderr, flush=True))
        self._shown = display_root.absolute() if display_root else None
        self._polled: dict[Path, Listing] = {}  # folders watched by polling, with what they held
        self._known: set[Path] = set()  # every folder below the roots, to tell a removed folder
        self._recheck: set[Path] = set()  # new folders whose watch is checked on the next turn
        self._announced: set[Path] = set()
        self._last_poll = time.monotonic()
        self._notify, self._fds = self._start_notify()
        self._cover(self.folders)

    @property
    def polled(self) -> list[Path]:
        """The folders watched by polling (inotify could not watch them)."""
        return sorted(self._polled)

    def _start_notify(self) -> tuple[object | None, set[int]]:
        existing = [str(f) for f in self.folders if f.is_dir()]
        if not existing:
            return None, set()
        try:
            from watchfiles._rust_notify import RustNotify
        except ImportError:
            return None, set()
        before = inotify_fds()
        try:  # the last flag skips a folder notify cannot watch instead of failing: _cover() finds those
            notify = RustNotify(existing, False, False, 300, True, True)
        except (OSError, RuntimeError) as problem:
            self._say(f"watching by polling: file notifications failed ({problem})")
            return None, set()
        return notify, inotify_fds() - before

    def _cover(self, roots: list[Path]) -> None:
        """Poll every folder under these roots that inotify does not watch; say so once."""
        folders = [f for root in roots for f in folders_under(root)]
        self._known.update(folders)
        if self._notify is not None and sys.platform.startswith("linux"):
            watched = watched_inodes(self._fds)
            missing = []
            for folder in folders:
                with contextlib.suppress(OSError):
                    st = folder.stat()
                    if (st.st_dev, st.st_ino) not in watched:
                        missing.append(folder)
        elif self._notify is None:
            missing = [f for f in folders if f.is_dir()]
        else:
            missing = []
        missing += [root for root in roots if not root.exists()]  # polled until it appears
        fresh = [f for f in missing if f not in self._polled]
        for folder in fresh:
            self._polled[folder] = listing(folder)
        self._announce([f for f in fresh if f.exists()])

    def _announce(self, folders: list[Path]) -> None:
        new = [f for f in folders if f not in self._announced]
        self._announced.update(new)
        if not new or self._notify is None:
            return
        names = [self._name(f) for f in new]
        which = names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} other folders"
        self._say(f"watching {which} by polling: {LIMIT_ADVICE}")

    def _name(self, folder: Path) -> str:
        if self._shown is not None and folder.is_relative_to(self._shown):
            return folder.relative_to(self._shown).as_posix() or "."
        return str(folder)

    def _root_of(self, path: Path) -> Path | None:
        return next((f for f in self.folders if path.is_relative_to(f)), None)

    def _wanted(self, path: Path) -> bool:
        root = self._root_of(path)
        return root is not None and not hidden(path, root)

    def _from_events(self, events: set[tuple[int, str]]) -> set[Path]:
        found: set[Path] = set()
        for _change, name in events:
            path = Path(name)
            if not self._wanted(path):
                continue
            if path.is_dir():
                if path not in self._known:  # a new folder: what it holds may predate its watch
                    self._recheck.add(path)
                    found.update(files_under(path))
                continue
            if path in self._known:  # a folder went away (or was moved out): look at everything
                self._known = {k for k in self._known if not k.is_relative_to(path)}
                found.add(EVERYTHING)
                continue
            found.add(path)
        return found

    def _poll(self) -> set[Path]:
        found: set[Path] = set()
        for file, before in list(self.files.items()):
            now = file_stamp(file)
            if now != before:
                self.files[file] = now
                found.add(file)
        for folder, before in list(self._polled.items()):
            now = listing(folder)
            if now == before:
                continue
            self._polled[folder] = now
            for name in before.keys() | now.keys():
                old, new = before.get(name), now.get(name)
                if old == new:
                    continue
                path = folder / name
                if new is not None and new[1]:  # a folder: new, or a changed listing (polled on its own)
                    if old is None:
                        self._recheck.add(path)
                        found.update(files_under(path))
                elif old is not None and old[1]:
                    found.add(EVERYTHING)
                else:
                    found.add(path)
        return found

    def _turn(self, timeout: float) -> set[Path]:
        """One look: the notify queue (waiting up to `timeout`), then what polling sees."""
        found: set[Path] = set()
        if self._notify is not None:
            got = self._notify.watch(DEBOUNCE_MS, STEP_MS, max(1, int(timeout * 1000)), None)  # type: ignore[attr-defined]
            if isinstance(got, set):
                found |= self._from_events(got)
        else:
            time.sleep(timeout)
        if found or time.monotonic() - self._last_poll >= POLL_EVERY:
            self._last_poll = time.monotonic()
            found |= self._poll()
        if self._recheck:
            self._cover(sorted(self._recheck))
            self._recheck.clear()
        return found

    def wait(self, timeout: float | None = None) -> set[Path]:
        """Changed paths once they settle; an empty set when the timeout passed without any."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = POLL_EVERY if deadline is None else min(POLL_EVERY, deadline - time.monotonic())
            if left <= 0:
                return set()
            try:
                found = self._turn(left)
            except RuntimeError as problem:  # notify reported an error: poll from here on
                self._say(f"watching by polling: file notifications failed ({problem})")
                self.close()
                self._cover(self.folders)
                return {EVERYTHING}
            if found:
                return found

    def close(self) -> None:
        if self._notify is not None:
            self._notify.close()  # type: ignore[attr-defined]
            self._notify = None
            self._fds = set()
