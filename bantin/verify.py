"""Does a site folder hold what its manifest says? Checks for the build, the no-op check and `check`.

A build checks its new tree before swapping it in (every listed file there, at its size), so it
never reports success for a site it did not fully write. The no-op check compares a stamp of the
output folder (inode, size and mtime of every file, inode and mtime of every folder, so a file
removed, added, truncated or replaced anywhere changes it) with the one taken after the last
build. `check` compares the folder with its manifest file by file.
"""

from __future__ import annotations

import hashlib
import os
from array import array
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .writer import MANIFEST, read_manifest

SEARCH_DIR = "pagefind"  # added beside the pages after they are written; not in the manifest


def missing_or_short(folder: Path, sizes: Mapping[str, int]) -> list[str]:
    """The listed files (relative path -> size) that the folder lacks or holds at another size."""
    root, wrong = str(folder), []
    for rel, size in sizes.items():
        try:
            if os.stat(f"{root}/{rel}").st_size != size:
                wrong.append(rel)
        except OSError:
            wrong.append(rel)
    return wrong


def other_files(folder: Path, listed: Iterable[str]) -> list[str]:
    """Files under the folder's top-level entries that no listed path is in (a search index made
    after the pages), sorted; reads only those entries."""
    tops = {rel.split("/", 1)[0] for rel in listed}
    found = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        if entry.name in tops:
            continue
        if entry.is_dir(follow_symlinks=False):
            found += [f"{entry.name}/{rel}" for rel in all_files(Path(entry.path))]
        else:
            found.append(entry.name)
    return found


def all_files(folder: Path) -> list[str]:
    """Every file under the folder, as sorted relative paths."""
    found = []
    for dirpath, _dirs, names in os.walk(folder):
        base = os.path.relpath(dirpath, folder)
        found += [name if base == "." else f"{base}/{name}".replace(os.sep, "/") for name in names]
    return sorted(found)


def unlisted(folder: Path, listed: Collection[str]) -> list[str]:
    """The folder's files that are not listed, the search index aside (it is made after the pages)."""
    if not folder.is_dir():
        return []
    return [rel for rel in all_files(folder) if rel not in listed and not rel.startswith(f"{SEARCH_DIR}/")]


def tree_stamp(folder: Path, files: Iterable[str]) -> str | None:
    """A hash over the inode, size and mtime of these files and the inode and mtime of every
    folder on their way (the folder itself included); None when one is missing."""
    root = str(folder)
    numbers = array("Q")
    folders = {""}
    try:
        for rel in files:
            stat = os.stat(f"{root}/{rel}")
            numbers.extend((stat.st_ino, stat.st_size, stat.st_mtime_ns))
            parent = rel.rpartition("/")[0]
            while parent not in folders:
                folders.add(parent)
                parent = parent.rpartition("/")[0]
        for rel in sorted(folders):
            stat = os.stat(f"{root}/{rel}" if rel else root)
            numbers.extend((stat.st_ino, stat.st_mtime_ns))
    except (OSError, OverflowError):
        return None
    return hashlib.sha256(numbers.tobytes()).hexdigest()


@dataclass(frozen=True)
class Mismatch:
    missing: list[str]  # listed in the manifest, not in the folder
    changed: list[str]  # listed, but at another size
    unlisted: list[str]  # in the folder, not listed (the search index aside)

    def __bool__(self) -> bool:
        return bool(self.missing or self.changed or self.unlisted)

    def describe(self, shown: str) -> str:
        counts = [f"{len(x)} {what}" for x, what in ((self.missing, "missing"), (self.changed, "changed"),
                                                     (self.unlisted, "not listed")) if x]
        example = (self.missing or self.changed or self.unlisted)[0]
        return (f"{shown}: does not match its manifest {MANIFEST} ({', '.join(counts)}, e.g. {example}); "
                "run `python build.py build` to rebuild it")


def compare_with_manifest(output: Path) -> Mismatch | None:
    """How the output folder differs from its manifest; None when there is no site to compare
    (no folder, or an empty one). A folder without a manifest this version can read differs."""
    present = set(all_files(output)) if output.is_dir() else set()  # (read twice: check is not in a hurry)
    if not present:
        return None
    pages = read_manifest(output / MANIFEST)
    if not pages:
        return Mismatch([MANIFEST], [], [])
    present.discard(MANIFEST)
    missing = sorted(set(pages) - present)
    changed = sorted(missing_or_short(output, {r: s for r, (_, s) in pages.items() if r in present}))
    return Mismatch(missing, changed, unlisted(output, {*pages, MANIFEST}))
