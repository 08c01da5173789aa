"""Stamps of a build's inputs: file stats, the code's own digest, and one hash over them all.

A stamp is what a cache key or the no-op check compares: a file's (mtime, size) rather than its
bytes, so that looking at 10,000 unchanged files costs a directory walk, not a read.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .config import Settings

Stat = tuple[int, int]  # mtime in ns, size in bytes


def code_digest() -> str:
    """Hash of the site stage's own source: a change to a filter or the model re-renders every page."""
    sink = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        sink.update(path.name.encode() + b"\0" + path.read_bytes())
    return sink.hexdigest()[:16]


CODE_DIGEST = code_digest()
LIBRARIES = ("jinja2", "markdown", "nh3", "feedgen", "babel", "python-slugify", "vietnamadminunits", "pyyaml")


@cache
def libraries() -> str:
    """The versions of the libraries that shape output: an upgrade is a change of input."""
    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=?")
    return ",".join(found)


def walk(folder: Path, suffix: str = "") -> dict[str, Stat]:
    """relative path -> stat of every file under folder ending in suffix, skipping hidden names,
    in the order of the paths' parts (as sorted Path objects would be)."""
    found: dict[tuple[str, ...], Stat] = {}
    todo: list[tuple[Path, tuple[str, ...]]] = [(folder, ())]
    while todo:
        base, parts = todo.pop()
        try:
            entries = list(os.scandir(base))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    todo.append((Path(entry.path), (*parts, entry.name)))
                elif entry.name.endswith(suffix) and entry.is_file():
                    stat = entry.stat()
                    found[(*parts, entry.name)] = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                continue
    return {"/".join(key): found[key] for key in sorted(found)}


def input_stamp(settings: Settings, content: dict[str, Stat]) -> str:
    """One hash over everything a build reads: settings, code, templates and content files."""
    data = [settings.fingerprint(), str(settings.content), str(settings.templates), CODE_DIGEST, libraries(),
            sorted(walk(settings.templates).items()), sorted(content.items())]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


class InputVanished(Exception):
    """The content folder disappeared, or lost many of its files, while a build ran."""


SHARP = 10  # losing more than a tenth of the files read (and more than one) is a shrinking folder


def check_still_there(folder: Path, shown: str, read: Mapping[str, Stat]) -> None:
    """Raise InputVanished when the folder a build read is gone, or has lost so many of the files
    it read that publishing would gut the site (a folder moved, deleted or unmounted meanwhile)."""
    if not read:
        return
    if not folder.is_dir():
        raise InputVanished(f"{shown}: the content folder disappeared during the build; the previous site is "
                            "kept; put the folder back, then build again")
    gone = len(read.keys() - walk(folder, ".md").keys())
    if gone > max(1, len(read) // SHARP):
        raise InputVanished(f"{shown}: {gone} of the {len(read)} articles disappeared during the build; the "
                            "previous site is kept; build again once the folder is whole")
