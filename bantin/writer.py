"""Write a whole site at once: build the new tree beside the output folder, then swap it in.

A failing or killed build leaves the previous output whole. Files whose bytes did not change are
hard links to the old ones (their mtimes stay), and when nothing changed nothing is written.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import json
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .fsutil import link_or_copy

MANIFEST = ".bantin-manifest.json"
MANIFEST_FORMAT = 2
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class UnsafeOutput(Exception):
    """A path that would leave the output folder, be written twice, or an output we must not replace."""


class IncompleteOutput(UnsafeOutput):
    """The new tree lacks files it was written with (another program changed it meanwhile)."""


@dataclass(frozen=True)
class WriteReport:
    written: int  # files with new bytes
    kept: int  # files whose bytes did not change (hard-linked from the previous output)
    removed: int  # files of the previous output that the new site no longer has
    swapped: bool  # False: the output already held exactly these bytes and nothing was touched


def checked_path(rel: str) -> str:
    """A relative path that stays inside the output folder, or UnsafeOutput. (Plain string tests:
    a build checks 13,000 paths.)"""
    if not rel or "\\" in rel or "\0" in rel or any(p in ("", ".", "..") for p in rel.split("/")):
        raise UnsafeOutput(f"refusing to write {rel!r}: it is not a plain path inside the output folder")
    return rel  # (a leading `/` would have made an empty first part)


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


def same_bytes(path: Path, data: bytes) -> bool:
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


def _swap_in(new: Path, output: Path, keep_old: bool = False) -> None:
    """Put `new` in place of `output`; the previous output is deleted, or left at `new`'s path."""
    if not output.exists():
        new.rename(output)
        return
    if _exchange(new, output):
        if not keep_old:
            shutil.rmtree(new)  # it now holds the previous output
        return
    old = _sibling(output, "old")
    output.rename(old)
    new.rename(output)  # a kill between the two renames is undone by recover() on the next run
    if keep_old:
        old.rename(new)
    else:
        shutil.rmtree(old)


def _guard(output: Path, old_files: Mapping[str, Path]) -> None:
    if output.exists() and not output.is_dir():
        raise UnsafeOutput(f"{output} is a file, not a folder; remove it or choose another output folder")
    if old_files and MANIFEST not in old_files:
        raise UnsafeOutput(f"{output} holds files this tool did not write (no {MANIFEST}); "
                           "empty it or choose another output folder")


class Staging:
    """The new tree, filled file by file, then swapped in at once (or dropped).

    Without `spare` it is a fresh folder beside the output, and the old output is deleted after
    the swap. With `spare` (a folder on the same file system, under the build's cache) the old
    output is kept there after the swap, and the next build brings that tree up to date instead
    of making 10,000 folders and deleting as many: a file whose signature it already holds is
    left alone. Files are only ever replaced (unlink, then write or link), never written in
    place: trees share unchanged files as hard links. Forked workers may fill it too.
    """

    def __init__(self, output: Path, spare: Path | None = None) -> None:
        self.output = output.absolute()
        self.folder = spare or _sibling(self.output, "new")
        self.keep_old = spare is not None
        self.holds: dict[str, tuple[str, int]] = read_manifest(self.folder / MANIFEST) if spare else {}
        if self.holds:
            (self.folder / MANIFEST).unlink()  # from here on it is a tree being changed
        elif self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._root = str(self.folder)
        self._made: set[str] = {self._root}

    def has(self, rel: str, signature: str) -> bool:
        """The reused tree holds this page, by its manifest and by the file's size (a tree another
        program changed is mended, not trusted)."""
        known = self.holds.get(rel)
        if known is None or known[0] != signature:
            return False
        try:
            return os.stat(f"{self._root}/{rel}").st_size == known[1]
        except OSError:
            return False

    def target(self, rel: str) -> Path:
        return Path(self._path(rel))

    def _path(self, rel: str) -> str:
        """Where `rel` goes in the tree, its folder made: one system call for a new folder (a clean
        build makes 11,500 of them, and plain strings: Path objects cost more than the calls)."""
        path = f"{self._root}/{checked_path(rel)}"
        folder = path.rpartition("/")[0]
        if folder not in self._made:
            try:
                os.mkdir(folder)
            except FileExistsError:
                pass
            except FileNotFoundError:
                os.makedirs(folder, exist_ok=True)
            self._made.add(folder)
        return path

    def _fresh(self, rel: str) -> str:
        path = self._path(rel)
        if rel in self.holds:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        return path

    def write(self, rel: str, data: bytes) -> str:
        """Write the file; returns its path. (A failed write names the file: a full disk says where.)"""
        path = self._fresh(rel)
        try:
            with open(path, "wb") as out:
                out.write(data)
        except OSError as err:
            raise OSError(err.errno, err.strerror, err.filename or path) from None
        return path

    def link(self, rel: str, source: Path | str) -> str:
        """The new file is the old one (same inode, same mtime): hard link, else a copy (another
        file system). Returns its path."""
        target = self._fresh(rel)
        try:
            link_or_copy(source, target)
        except OSError as err:
            raise OSError(err.errno, err.strerror, err.filename or target) from None
        return target

    def keep_only(self, wanted: set[str]) -> None:
        """Remove from a reused tree every file that is not a wanted path (a page the site no
        longer has, a search index made after the pages, a file another program put there) and
        the folders left empty."""
        if not self.holds:
            return  # a fresh tree holds only what this build put there
        root = self._root
        for dirpath, _dirs, names in os.walk(root, topdown=False):
            base = dirpath[len(root) + 1:].replace(os.sep, "/")
            left = 0
            for name in names:
                rel = f"{base}/{name}" if base else name
                if rel in wanted:
                    left += 1
                else:
                    with contextlib.suppress(OSError):
                        os.unlink(f"{dirpath}/{name}")
            if not left and dirpath != root:
                with contextlib.suppress(OSError):  # not empty: it holds a folder that is kept
                    os.rmdir(dirpath)

    def commit(self) -> None:
        try:
            _swap_in(self.folder, self.output, self.keep_old)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            shutil.rmtree(self.folder)


def read_manifest(path: Path) -> dict[str, tuple[str, int]]:
    """path -> (signature, size) from a manifest this version wrote; {} for anything else."""
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != MANIFEST_FORMAT:
            return {}
        return {rel: (e["signature"], int(e["size"])) for rel, e in data["pages"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


@dataclass(frozen=True)
class Previous:
    """What the output folder holds now, and what its manifest says about each page."""

    files: dict[str, Path]
    pages: dict[str, tuple[str, int]]  # path -> (signature, size), from the manifest

    def unchanged(self, rel: str, signature: str) -> Path | None:
        """The old file when the manifest says it has this signature and its size still agrees."""
        known, path = self.pages.get(rel), self.files.get(rel)
        if known is None or path is None or known[0] != signature:
            return None
        try:
            return path if path.stat().st_size == known[1] else None
        except OSError:
            return None


def previous_output(output: Path) -> Previous:
    """Recover from a killed build, refuse folders we did not make, read the old manifest."""
    output = output.absolute()
    recover(output)
    if output.is_dir() and (pages := read_manifest(output / MANIFEST)):
        return Previous({MANIFEST: output / MANIFEST, **{rel: output / rel for rel in pages}}, pages)
    files = existing_files(output)
    _guard(output, files)
    return Previous(files, {})


def manifest(pages: Mapping[str, tuple[str, int]]) -> bytes:
    """Each file's signature and size: what the next build compares with."""
    entries = {rel: {"signature": sig, "size": size} for rel, (sig, size) in sorted(pages.items())}
    data = {"generator": "bantin", "format": MANIFEST_FORMAT, "pages": entries}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_site(output: Path, files: Mapping[str, bytes]) -> WriteReport:
    """Make `output` hold exactly `files` (relative path -> bytes), atomically."""
    output = output.absolute()
    paths = [checked_path(rel) for rel in files]
    if len(set(paths)) != len(paths):
        raise UnsafeOutput("two pages want to write the same path")
    recover(output)
    old_files = existing_files(output)
    _guard(output, old_files)
    same = {rel for rel in sorted(files) if rel in old_files and same_bytes(old_files[rel], files[rel])}
    if len(same) == len(files) == len(old_files):
        return WriteReport(0, len(same), 0, swapped=False)
    staging = Staging(output)
    try:
        for rel in sorted(files):
            if rel in same:
                staging.link(rel, old_files[rel])
            else:
                staging.write(rel, files[rel])
    except BaseException:
        staging.discard()
        raise
    try:
        _swap_in(staging.folder, output)
    except BaseException:
        staging.discard()
        raise
    return WriteReport(len(files) - len(same), len(same), len(set(old_files) - set(files)), swapped=True)
