"""Helpers for the fault tests: projects on disk, commands run as a user runs them, small file
systems of their own (a tmpfs, mounted when the tests run as root; skipped with the reason when not)."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from site_helpers import pages_only  # noqa: F401 - the fault tests import it from here

from bantin import config, search
from bantin.pipeline import run_build

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = PROJECT / "tests" / "fixtures"


def generate(count: int, folder: Path, seed: int = 5) -> Path:
    """`count` realistic articles (the benchmark's generator) in folder."""
    spec = importlib.util.spec_from_file_location("bench_generate", PROJECT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["bench_generate"] = module  # (its dataclasses look their module up)
    sys.path.insert(0, str(PROJECT / "bench"))  # it imports its neighbour vocab.py
    try:
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    finally:
        sys.path.remove(str(PROJECT / "bench"))
    module.generate(count, folder, seed=seed)
    return folder


def make_project(root: Path, search: bool = False) -> Path:
    """A project folder: site.yaml (the fixture site's, templates from the repository), nothing else."""
    root.mkdir(parents=True, exist_ok=True)
    site = (FIXTURES / "site" / "site.yaml").read_text(encoding="utf-8")
    (root / "site.yaml").write_text(f"{site}\ntemplates_dir: {PROJECT / 'templates'}\nsearch: {str(search).lower()}\n",
                                    encoding="utf-8")
    return root


@dataclass(frozen=True)
class Ran:
    status: int
    out: str
    err: str


def command(root: Path, *args: str) -> list[str]:
    return [sys.executable, str(PROJECT / "build.py"), "--root", str(root), *args]


def run(root: Path, *args: str) -> Ran:
    """`python build.py --root ROOT ARGS…` in its own process, as a user types it."""
    done = subprocess.run(command(root, *args), capture_output=True, text=True, check=False, timeout=600)
    return Ran(done.returncode, done.stdout, done.stderr)


def start(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(command(root, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen[str]) -> Ran:
    out, err = process.communicate(timeout=600)
    return Ran(process.returncode, out, err)


def clean_build(content: Path, where: Path, search: bool = False) -> dict[str, bytes]:
    """What one build with no cache and no previous output makes of this content (in this process)."""
    shutil.rmtree(where, ignore_errors=True)
    root = make_project(where, search)
    settings = replace(config.load(root), content_dir=str(content), output_dir=str(root / "output"))
    status = run_build(settings, out=io.StringIO(), err=io.StringIO())
    assert status == 0
    return tree(root / "output")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def bundle_is_the_cached_one(output: Path, cache: Path) -> bool:
    """The output's search bundle holds, byte for byte, the parts the build kept in its cache."""
    saved = sorted((cache / search.STORE).glob("parts-*.json"))
    assert len(saved) == 1, saved
    keys = json.loads(saved[0].read_text(encoding="utf-8"))
    for number, key in enumerate(keys):
        part = cache / search.STORE / key
        for source in part.rglob("*"):
            if source.is_file() and source.name not in search.UI_FILES:
                copy = output / search.part_folder(number) / source.relative_to(part)
                if not copy.is_file() or copy.read_bytes() != source.read_bytes():
                    return False
    return search.bundle_whole(output)


def leftovers(folder: Path) -> list[str]:
    """Temporary trees a build left beside an output folder."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}."))


def no_traceback(ran: Ran) -> None:
    assert "Traceback" not in ran.err and "[Errno" not in ran.err, ran.err


# --- file systems of their own ----------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of this size mounted at `where` for the block (root only; else the test is skipped)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system of its own needs root")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def fill(where: Path) -> Path:
    """Fill the file system holding `where` to the last byte; returns the filler file."""
    filler = where / "filler.bin"
    with contextlib.suppress(OSError), open(filler, "wb") as handle:
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    with contextlib.suppress(OSError), open(filler, "ab") as handle:  # the last partial block
        while True:
            handle.write(b"\0" * 512)
            handle.flush()
    return filler
