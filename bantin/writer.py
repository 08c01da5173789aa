"""Write a whole site at once: build the new tree beside the output folder, then swap it in.

A failing or killed build leaves the previous output whole. Files whose bytes did not change are
hard links to the old ones (their mtimes stay), and when nothing changed nothing is written.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST = ".bantin-manifest.json"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class UnsafeOutput(Exception):
    """A path that would leave the output folder, be written twice, or an output we must not replace."""


@dataclass(frozen=True)
class WriteReport:
    written: int  # files with new bytes
    kept: int  # files whose bytes did not change (hard-linked from the previous output)
    removed: int  # files of the previous output that the new site no longer has
    swapped: bool  # False: the output already held exactly these bytes and nothing was touched


def checked_path(rel: str) -> str:
    """A relative path that stays inside the output folder, or UnsafeOutput."""
    pure = PurePosixPath(rel)
    if not rel or "\\" in rel or "\0" in rel or pure.is_absolute() or any(p in ("", ".", "..") for p in rel.split("/")):
        raise UnsafeOutput(f"refusing to write {rel!r}: it is not a plain path inside the output folder")
    return pure.as_posix()


def _sibling(output: Path, tag: str) -> Path:
    return output.parent / f".{output.name}.{tag}"


def recover(output: Path) -> None:
    """Finish or undo a swap that a killed build left half done; drop half-built trees."""
    old, new = _sibling(output, "old"), _sibling(output, "new")
    if old.is_dir() and not output.exists():
        old.rename(output)
    for leftover in (old, new):
        if leftover.is_dir():
            shutil.rmtree(leftover)


def existing_files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    found = {}
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath, name)
            found[path.relative_to(folder).as_posix()] = path
    return found


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


@lru_cache(maxsize=1)
def _renameat2() -> Any:
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return None
    return getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2); False when the system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _swap_in(new: Path, output: Path) -> None:
    if not output.exists():
        new.rename(output)
        return
    if _exchange(new, output):
        shutil.rmtree(new)  # it now holds the previous output
        return
    old = _sibling(output, "old")
    output.rename(old)
    new.rename(output)  # a kill between the two renames is undone by recover() on the next run
    shutil.rmtree(old)


def _guard(output: Path, old_files: Mapping[str, Path]) -> None:
    if output.exists() and not output.is_dir():
        raise UnsafeOutput(f"{output} is a file, not a folder; remove it or choose another output folder")
    if old_files and MANIFEST not in old_files:
        raise UnsafeOutput(f"{output} holds files this tool did not write (no {MANIFEST}); "
                           "empty it or choose another output folder")


def write_site(output: Path, files: Mapping[str, bytes]) -> WriteReport:
    """Make `output` hold exactly `files` (relative path -> bytes), atomically."""
    output = output.absolute()
    paths = [checked_path(rel) for rel in files]
    if len(set(paths)) != len(paths):
        raise UnsafeOutput("two pages want to write the same path")
    recover(output)
    old_files = existing_files(output)
    _guard(output, old_files)
    same = {rel for rel in sorted(files) if rel in old_files and _same_bytes(old_files[rel], files[rel])}
    if len(same) == len(files) == len(old_files):
        return WriteReport(0, len(same), 0, swapped=False)
    new = _sibling(output, "new")
    new.mkdir(parents=True)
    try:
        made: set[Path] = {new}
        for rel in sorted(files):
            target = new / rel
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            if rel in same:
                try:
                    os.link(old_files[rel], target)
                except OSError:
                    shutil.copy2(old_files[rel], target)
            else:
                target.write_bytes(files[rel])
        _swap_in(new, output)
    except BaseException:
        with contextlib.suppress(OSError):
            shutil.rmtree(new)
        raise
    return WriteReport(len(files) - len(same), len(same), len(set(old_files) - set(files)), swapped=True)
