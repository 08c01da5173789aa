"""File writes that never leave a half-written file (a temporary file, then rename); links that
fall back to copies; one-line messages for a failed read or write."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_many(files: list[tuple[Path, bytes]]) -> None:
    """Write many files safely with one flush to disk: every temporary file is written, the disk
    is synced once, then each is renamed into place (a crash leaves whole files or none)."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        os.sync()
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write only when the bytes differ; True when the file was written."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    atomic_write(path, data)
    return True


def link_or_copy(source: Path | str, target: Path | str) -> None:
    """Hard link target to source; a copy (same bytes, same mtime) where a link cannot be made:
    another file system (EXDEV, e.g. an output folder on another disk), or one without links."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


_WHAT_TO_DO = {
    errno.ENOSPC: "the disk is full; free some space, then run the command again",
    errno.EDQUOT: "the disk quota is used up; free some space, then run the command again",
    errno.EROFS: "the file system is read-only; make it writable or choose another folder",
    errno.EACCES: "permission denied; make the folder writable (chmod u+w) or choose another folder",
    errno.EPERM: "permission denied; make the folder writable (chmod u+w) or choose another folder",
    errno.ENOENT: "does not exist; create it or choose another folder",
    errno.ENOTDIR: "a file is where a folder should be; move it away or choose another folder",
    errno.EIO: "the disk reported an input/output error; check the disk, then run the command again",
    errno.EBUSY: "in use (a mount point, or open in another program); close what uses it or choose another folder",
}


def os_problem(err: OSError, places: Sequence[tuple[Path, str]]) -> str:
    """One line for a failed read or write: the place it concerns as the user names it (the first
    of `places`, a folder and its name, that holds the file; the file itself, else the first
    place), what happened and what to do."""
    name = os.fsdecode(err.filename) if err.filename is not None else None
    shown = next((label for folder, label in places if name is not None and _under(name, str(folder))), None)
    shown = shown or name or (places[0][1] if places else "?")
    what = _WHAT_TO_DO.get(err.errno or 0) or f"{err.strerror or err}; check it, then run the command again"
    return f"{shown}: {what}"


def _under(name: str, folder: str) -> bool:
    return name == folder or name.startswith(folder + os.sep)


def inside(path: Path, folder: Path) -> bool:
    """True when path (resolved) lies inside folder (resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def ignore_interrupts() -> None:
    """In a pool's worker: Ctrl-C is for the main process, which ends the pool."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()


def die_with_parent() -> None:
    """In a pool's worker: end when the main process ends, even by SIGKILL (Linux prctl)."""
    import contextlib
    import ctypes
    import multiprocessing
    import signal

    with contextlib.suppress(OSError, AttributeError):  # not Linux: workers end when their queue closes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:  # the parent died before the line above: no signal
        os._exit(1)


STOP = threading.Event()  # set on SIGTERM: the command stops at its next safe point


def stop_point() -> None:
    """Where a command may stop when asked to (SIGTERM): raises KeyboardInterrupt, so that every
    `finally` runs (temporary folders go, the previous site stays). The signal handler only sets
    STOP: an exception raised from a handler can land where it is swallowed (in a fork handler)."""
    if STOP.is_set():
        raise KeyboardInterrupt
