"""One writer at a time (issue 14): a file lock on the project, held by whoever writes.

`ingest`, `build` and `serve` (while it writes) hold `.cache/lock` through `project_lock`. A
second command waits for it, saying once who holds it, and gives up with a one-line message
after `wait` seconds. The lock is an advisory `flock`, released by the kernel when its holder
exits or is killed, so a crashed command never leaves the project locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .fsutil import stop_point

LOCK_FILE = "lock"
_HELD: set[int] = set()  # descriptors of the locks this process holds


def _forget_in_child() -> None:
    """A forked child (a pool's worker) does not keep the project locked: should its parent be killed
    while the child hangs, the next command must not wait for a process nobody will end."""
    for fd in _HELD:
        with contextlib.suppress(OSError):
            os.close(fd)  # (the parent's descriptor keeps its lock: flock goes with the last one closed)
    _HELD.clear()


os.register_at_fork(after_in_child=_forget_in_child)
DEFAULT_WAIT = 600.0
_POLL = 0.05


class ProjectBusy(Exception):
    """Another command held the project's lock for longer than this one would wait."""


def lock_path(cache_dir: Path) -> Path:
    return cache_dir / LOCK_FILE


def holder(cache_dir: Path) -> str:
    """Who holds (or last held) the lock, as its holder wrote it: `python build.py build (pid 12)`."""
    try:
        return lock_path(cache_dir).read_text(encoding="utf-8").strip() or "another command"
    except (OSError, UnicodeDecodeError):
        return "another command"


_NAME_WAIT = 0.5  # seconds: a holder that has just taken the lock writes its name right after


def _named_holder(cache_dir: Path) -> str:
    """The holder's name, given a moment to write it when it has only just taken the lock."""
    deadline = time.monotonic() + _NAME_WAIT
    other = holder(cache_dir)
    while other == "another command" and time.monotonic() < deadline:
        time.sleep(_POLL / 4)
        other = holder(cache_dir)
    return other


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def project_lock(cache_dir: Path, command: str, wait: float = DEFAULT_WAIT,
                 say: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the project's write lock for the block; wait up to `wait` seconds for another holder.

    `say` gets one line when this command has to wait. Raises ProjectBusy when the wait ran out.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(cache_dir), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            other = _named_holder(cache_dir)
            if say is not None:
                say(f"waiting for {other} to finish writing this project…")
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                stop_point()  # (SIGTERM while waiting: stop now, having written nothing)
                if time.monotonic() >= deadline:
                    raise ProjectBusy(f"{other} is still writing this project after {wait:.0f} s; "
                                      "try again when it has finished")
                time.sleep(_POLL)
        _HELD.add(fd)
        with contextlib.suppress(OSError):  # who holds it is for messages only (a full disk may refuse it)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{' '.join(filter(None, ('python build.py', command)))} (pid {os.getpid()})\n".encode(), 0)
        yield
    finally:
        _HELD.discard(fd)
        os.close(fd)  # closing the descriptor releases the flock
