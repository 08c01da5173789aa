"""Killed with SIGKILL at random moments, ingest and build leave whole files and a whole site."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bantin import frontmatter, search
from bantin.content import content_files

ROOT = Path(__file__).resolve().parent.parent
KILLS = 4


def _copies(source: Path, target: Path, count: int, suffix: str) -> None:
    """`count` distinct articles (or seeds) made from the files in `source`."""
    target.mkdir(parents=True, exist_ok=True)
    files = sorted(source.glob("*.md" if suffix == ".md" else "*.txt"))
    for index in range(count):
        text = files[index % len(files)].read_text(encoding="utf-8")
        text += f"\n\nĐoạn bổ sung số {index}: hội nghị có {index % 97 + 20} đại biểu tham dự.\n"
        (target / f"bai-{index:04d}{suffix}").write_text(text, encoding="utf-8")


def _run_and_kill(command: list[str], delay: float) -> None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def _tree(folder: Path) -> dict[str, bytes]:
    """The pages' bytes; the search bundle only as whole or not (Pagefind's bytes vary from run to run)."""
    pages = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
             if p.is_file() and p.relative_to(folder).parts[0] != search.BUNDLE_DIR}
    return {**pages, "pagefind is whole": str(search.bundle_whole(folder)).encode()}


def test_killed_ingest_leaves_only_whole_articles(tmp_path: Path) -> None:
    _copies(ROOT / "tests/fixtures/genre", tmp_path / "seeds", 160, ".txt")
    rng = random.Random(7)
    command = [sys.executable, str(ROOT / "build.py"), "--root", str(tmp_path), "ingest",
               "--seeds", str(tmp_path / "seeds"), "--content", str(tmp_path / "content")]
    for _ in range(KILLS):
        _run_and_kill(command, rng.uniform(0.3, 2.5))
        for path in content_files(tmp_path / "content"):
            data = frontmatter.parse(path.read_text(encoding="utf-8")).data  # never a truncated file
            assert data["seed"] and data["title"]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert len(content_files(tmp_path / "content")) == 160


@pytest.mark.parametrize("seed", [2])
def test_killed_build_leaves_the_old_site_or_the_new_one(tmp_path: Path, seed: int) -> None:
    site = (ROOT / "tests/fixtures/site/site.yaml").read_text(encoding="utf-8")
    (tmp_path / "site.yaml").write_text(f"{site}\ntemplates_dir: {ROOT / 'templates'}\n", encoding="utf-8")
    content, output = tmp_path / "content", tmp_path / "output"
    _copies(ROOT / "tests/fixtures/content", content, 100, ".md")
    command = [sys.executable, str(ROOT / "build.py"), "--root", str(tmp_path), "build",
               "--content", str(content), "--output", str(output)]
    subprocess.run(command, check=True, capture_output=True)
    old = _tree(output)
    for path in sorted(content.glob("*.md"))[::3]:
        path.write_text(path.read_text(encoding="utf-8").replace("hội nghị có", "hội nghị đã có"), encoding="utf-8")
    reference = tmp_path / "reference"
    subprocess.run([*command[:-1], str(reference)], check=True, capture_output=True)
    new = _tree(reference)
    assert old != new
    rng = random.Random(seed)
    for _ in range(KILLS):
        shutil.rmtree(tmp_path / ".cache", ignore_errors=True)  # a cold build takes long enough to be hit
        _run_and_kill(command, rng.uniform(0.05, 3.0))
        assert _tree(output) in (old, new), "output/ is a mix of two builds"
    subprocess.run(command, check=True, capture_output=True)
    assert _tree(output) == new
