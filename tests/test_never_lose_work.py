"""Issue 14, build side: commands at once, output on another disk, colliding slugs.

Each test reproduces a fault a user met (numbered as in the issue) with the real commands on a
generated corpus, and asserts what the user sees: exit statuses, messages, the bytes of the site.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_helpers import (
    FIXTURES,
    bundle_is_the_cached_one,
    clean_build,
    finish,
    generate,
    leftovers,
    make_project,
    no_traceback,
    pages_only,
    run,
    start,
    tmpfs,
    tree,
)

from bantin import cli, config, lock
from bantin.check import run_check
from bantin.content import article_slug, content_files
from bantin.pipeline import run_build
from bantin.textnorm import SLUG_LENGTH

CORPUS = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(CORPUS, tmp_path_factory.mktemp("corpus") / "content")


def project_with(corpus: Path, root: Path, search: bool = False) -> Path:
    make_project(root, search)
    shutil.copytree(corpus, root / "content")
    return root


def edit_one(content: Path, words: str = "đã được sửa") -> Path:
    article = sorted(content.glob("*.md"))[len(list(content.glob("*.md"))) // 2]
    article.write_text(article.read_text(encoding="utf-8") + f"\n\nĐoạn {words}.\n", encoding="utf-8")
    return article


# --- 1. Two builds at once; ingest and build at once -------------------------------------------


def test_two_builds_at_once_publish_one_whole_site_and_say_so(tmp_path: Path, corpus: Path) -> None:
    root = project_with(corpus, tmp_path / "site")
    for round_ in ("clean", "one article edited"):
        if round_ != "clean":
            edit_one(root / "content")
        first, second = start(root, "build"), start(root, "build")
        results = [finish(first), finish(second)]
        for result in results:
            no_traceback(result)
            assert result.status == 0, result.err
        # one wrote the site; the other waited for it, then found it up to date
        assert sum(r.out.startswith("built ") for r in results) == 1, [r.out for r in results]
        assert sum("is up to date" in r.out for r in results) == 1, [r.out for r in results]
        if round_ == "clean":  # (a cold build is long enough for the other one to meet the lock)
            assert any("waiting for python build.py build (pid" in r.err for r in results), [r.err for r in results]
        assert tree(root / "output") == clean_build(root / "content", tmp_path / "reference"), round_
        assert not leftovers(root / "output")
    again = run(root, "build")
    assert again.status == 0 and "is up to date" in again.out
    assert run(root, "check").status == 0


def _seeds(folder: Path, count: int, start_at: int = 0) -> None:
    """`count` distinct seeds made from the genre fixtures (each with a paragraph of its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = sorted((FIXTURES / "genre").glob("*.txt"))
    for index in range(start_at, start_at + count):
        text = files[index % len(files)].read_text(encoding="utf-8")
        lines = text.split("\n\n")
        lines.insert(2, f"Phiên làm việc số {index} có {index % 97 + 20} đại biểu tham dự.")
        (folder / f"seed-{index:03d}.txt").write_text("\n\n".join(lines), encoding="utf-8")


def test_ingest_and_build_at_once_leave_a_site_of_one_content(tmp_path: Path, corpus: Path) -> None:
    root = project_with(corpus, tmp_path / "site")
    _seeds(root / "seeds", 24)
    before = clean_build(corpus, tmp_path / "reference-before")
    ingest, build = start(root, "ingest"), start(root, "build")
    ingested, built = finish(ingest), finish(build)
    for result in (ingested, built):
        no_traceback(result)
        assert result.status == 0, result.err
    assert len(content_files(root / "content")) == CORPUS + 24
    after = clean_build(root / "content", tmp_path / "reference-after")
    site = tree(root / "output")
    assert site in (before, after), "output/ is a mix of two contents"
    rebuilt = run(root, "build")
    assert rebuilt.status == 0
    assert ("is up to date" in rebuilt.out) == (site == after)
    assert tree(root / "output") == after
    assert "is up to date" in run(root, "build").out
    assert run(root, "check").status == 0


def test_a_command_that_cannot_wait_longer_stops_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path / "site")
    generate(5, root / "content")
    monkeypatch.setattr(lock, "DEFAULT_WAIT", 0.3)
    with lock.project_lock(root / ".cache", "serve"):
        status = cli.main(["--root", str(root), "build"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert err[0] == f"waiting for python build.py serve (pid {os.getpid()}) to finish writing this project…"
    assert err[1].startswith(f"{root}: python build.py serve (pid {os.getpid()}) is still writing this project")
    assert err[1].endswith("try again when it has finished") and len(err) == 2
    assert not (root / "output").exists()


def test_a_site_changed_behind_the_builds_back_is_rebuilt_and_check_says_so(tmp_path: Path, corpus: Path) -> None:
    root = project_with(corpus, tmp_path / "site")
    settings = config.load(root)
    assert run_build(settings, io.StringIO(), io.StringIO()) == 0
    reference = tree(root / "output")
    pages = sorted(p for p in (root / "output" / "tin").rglob("index.html"))
    damage = {
        "missing": lambda: pages[3].unlink(),
        "truncated": lambda: os.truncate(pages[5], 100),
        "extra": lambda: (root / "output" / "tin" / "cu.html").write_text("stale", encoding="utf-8"),
        "section gone": lambda: shutil.rmtree(root / "output" / "dia-phuong"),
    }
    for what, harm in damage.items():
        harm()
        err = io.StringIO()
        assert run_check(settings, io.StringIO(), err) == 1, what
        assert "output: does not match its manifest .bantin-manifest.json (" in err.getvalue(), what
        out = io.StringIO()
        assert run_build(settings, out, io.StringIO()) == 0, what
        assert out.getvalue().startswith("built "), (what, out.getvalue())
        assert tree(root / "output") == reference, what
        assert run_check(settings, io.StringIO(), io.StringIO()) == 0, what


# --- 3. Output on another file system --------------------------------------------------------


@pytest.fixture
def other_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on another file system than tmp_path (and so than the project's .cache/)."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK) and shm.stat().st_dev != tmp_path.stat().st_dev:
        folder = Path(tempfile.mkdtemp(prefix="bantin-test-", dir=shm))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    with tmpfs(tmp_path / "disk", "64m") as disk:
        yield disk


def test_output_on_another_file_system_holds_the_same_bytes(tmp_path: Path, other_disk: Path) -> None:
    root = make_project(tmp_path / "site", search=True)  # search on, as shipped: its files are linked too
    generate(40, root / "content")
    output = other_disk / "site"
    assert other_disk.stat().st_dev != root.stat().st_dev
    reference = clean_build(root / "content", tmp_path / "reference", search=True)
    for step in ("first build", "one article edited", "output removed"):
        if step == "one article edited":
            edit_one(root / "content")
            reference = clean_build(root / "content", tmp_path / "reference", search=True)
        elif step == "output removed":
            shutil.rmtree(output)
        result = run(root, "build", "--output", str(output))
        no_traceback(result)
        assert result.status == 0 and result.out.startswith("built "), (step, result.err)
        assert pages_only(tree(output)) == pages_only(reference), step
        assert bundle_is_the_cached_one(output, root / ".cache"), step
    assert "is up to date" in run(root, "build", "--output", str(output)).out


# --- 5. Colliding long headlines --------------------------------------------------------------

LONG = ("Hội nghị Ban Chấp hành Đảng bộ huyện Mộc Châu lần thứ mười lăm, nhiệm kỳ 2020 - 2025, sơ kết công tác "
        "xây dựng Đảng và hệ thống chính trị sáu tháng đầu năm")
HEADLINE = "Đoàn công tác của Tỉnh ủy kiểm tra công tác xây dựng Đảng tại huyện Mộc Châu"


def _same_headline(folder: Path, numbers: range) -> None:
    text = (FIXTURES / "genre" / "g01_moc-chau.txt").read_text(encoding="utf-8")
    assert HEADLINE in text
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        own = text.replace(HEADLINE, LONG).replace("Kết luận buổi làm việc",
                                                   f"Phiên họp riêng số {n} kéo dài cả ngày.\n\nKết luận buổi làm việc")
        (folder / f"hop-{n:02d}.txt").write_text(own, encoding="utf-8")


def test_seeds_with_one_long_headline_all_reach_the_site(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    _same_headline(root / "seeds", range(25))
    assert run(root, "ingest").status == 0
    _same_headline(root / "seeds", range(25, 30))  # a later ingest numbers on from the files there
    assert run(root, "ingest").status == 0
    built = run(root, "build")
    assert built.status == 0, built.err
    assert "already used" not in built.err
    files = content_files(root / "content")
    assert len(files) == 30
    slugs = {article_slug(p.name, {}) for p in files}
    assert slugs == {p.stem for p in files}  # the number survived the cut: a file's slug is its name
    assert all(len(s) <= SLUG_LENGTH for s in slugs)
    shown = set()
    for slug in slugs:
        page = (root / "output" / "tin" / slug / "index.html").read_text(encoding="utf-8")
        shown |= {n for n in range(30) if f"Phiên họp riêng số {n} kéo" in page}
    assert shown == set(range(30))


def test_two_files_with_one_slug_are_both_published(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    article = sorted((FIXTURES / "content").glob("*.md"))[0].read_text(encoding="utf-8")
    long_slug = "-".join(["bao-cao-ket-qua-hoi-nghi"] * 5)
    for folder in ("2023", "2024", "2025"):
        (root / "content" / folder).mkdir(parents=True)
        text = article.replace("---\n", f"---\nslug: {long_slug}\n", 1) + f"\n\nBản năm {folder}.\n"
        (root / "content" / folder / "hop.md").write_text(text, encoding="utf-8")
    built = run(root, "build")
    assert built.status == 0, built.err
    warnings = [line for line in built.err.splitlines() if "is already used by content/2023/hop.md" in line]
    assert len(warnings) == 2 and all(line.endswith("(warning)") for line in warnings)
    pages = sorted((root / "output" / "tin").glob("*/index.html"))
    years = {y for p in pages for y in ("2023", "2024", "2025") if f"Bản năm {y}." in p.read_text(encoding="utf-8")}
    assert years == {"2023", "2024", "2025"}
    assert all(len(p.parent.name) <= SLUG_LENGTH for p in pages)


def test_a_forked_worker_does_not_keep_the_project_locked(tmp_path: Path) -> None:
    """A pool's worker forked while a command holds the lock must not hold it on: if the command is
    killed while the worker hangs, the next command would wait for a process nobody ends."""
    import multiprocessing
    import subprocess
    import sys
    import time

    with lock.project_lock(tmp_path, "ingest"):
        worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
        worker.start()
    try:
        code = ("import sys; from pathlib import Path; from bantin.lock import project_lock\n"
                "with project_lock(Path(sys.argv[1]), 'build', wait=2): pass")
        done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parent.parent, check=False)
        assert done.returncode == 0, done.stderr
    finally:
        worker.kill()
        worker.join()
