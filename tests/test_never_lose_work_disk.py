"""Issue 14, build side: input that vanishes mid-build (8), folders that cannot be written and a
full disk (9), a build stopped by a signal. Each ends with one line naming the folder and what to
do, a non-zero exit status, and the previous site as it was."""

from __future__ import annotations

import importlib
import io
import shutil
import signal
import time
from pathlib import Path

import pytest
from fault_helpers import (
    FIXTURES,
    clean_build,
    fill,
    finish,
    generate,
    leftovers,
    make_project,
    no_traceback,
    remount_read_only,
    run,
    start,
    tmpfs,
    tree,
)

from bantin import config
from bantin.pipeline import run_build


def built_project(root: Path, count: int) -> Path:
    make_project(root)
    generate(count, root / "content")
    assert run(root, "build").status == 0
    return root


def edit_all(content: Path) -> None:
    for path in sorted(content.glob("*.md")):
        path.write_text(path.read_text(encoding="utf-8") + "\n\nĐoạn được bổ sung sau hội nghị.\n", encoding="utf-8")


def problem_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if not line.startswith("nothing written;")]


# --- 8. The content folder vanishing or shrinking during a build ------------------------------


@pytest.mark.parametrize(("how", "stage"), [("moved away", "sources.read_all"),  # before it is read
                                             ("shrunk to a quarter", "pages.plan_pages")])  # after
def test_content_vanishing_during_a_build_keeps_the_previous_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   stage: str, how: str) -> None:
    root = make_project(tmp_path / "site")
    content = generate(80, root / "content")
    settings = config.load(root)
    assert run_build(settings, io.StringIO(), io.StringIO()) == 0
    before = tree(root / "output")
    edit_all(content)  # so that the build reads and renders again
    aside = tmp_path / "aside"
    module_name, name = stage.split(".")
    module = importlib.import_module(f"bantin.{module_name}")
    real = getattr(module, name)

    def vanishing(*args: object, **kwargs: object) -> object:  # someone moves files while the build runs
        if how == "moved away":
            shutil.move(content, aside)
        else:
            aside.mkdir()
            for path in sorted(content.glob("*.md"))[:60]:
                shutil.move(path, aside / path.name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, vanishing)
    err = io.StringIO()
    assert run_build(settings, io.StringIO(), err) == 1
    monkeypatch.undo()
    last = err.getvalue().splitlines()[-2:]
    if how == "moved away":
        assert last[0] == ("content: the content folder disappeared during the build; the previous site is kept; "
                           "put the folder back, then build again")
    else:
        assert last[0] == ("content: 60 of the 80 articles disappeared during the build; the previous site is kept; "
                           "build again once the folder is whole")
    assert last[1] == "nothing written; output/ is as it was"
    assert tree(root / "output") == before
    assert not leftovers(root / "output")
    for path in sorted(aside.glob("*.md")) if aside.is_dir() else []:  # the folder comes back
        content.mkdir(exist_ok=True)
        shutil.move(path, content / path.name)
    assert run_build(settings, io.StringIO(), io.StringIO()) == 0
    assert tree(root / "output") == clean_build(content, tmp_path / "reference")


def test_a_missing_or_emptied_content_folder_keeps_the_site(tmp_path: Path) -> None:
    root = built_project(tmp_path / "site", 20)
    before = tree(root / "output")
    shutil.move(root / "content", tmp_path / "elsewhere")
    missing = run(root, "build")
    no_traceback(missing)
    assert missing.status == 1
    assert problem_lines(missing.err) == [
        "content: no content folder here; run `python build.py ingest` to make it, or give the right one with "
        "--content (or content_dir in site.yaml)"]
    (root / "content").mkdir()  # e.g. a mount point with nothing mounted
    emptied = run(root, "build")
    assert emptied.status == 1
    assert problem_lines(emptied.err) == [
        "content: holds no article, but the site in output/ has 20; the site is kept (remove output/ first to "
        "publish an empty one)"]
    assert tree(root / "output") == before


# --- 9. Folders that cannot be written, a full disk --------------------------------------------


def test_ingest_into_a_read_only_content_folder_says_so_in_one_line(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    seeds = sorted((FIXTURES / "genre").glob("*.txt"))
    (root / "seeds").mkdir()
    for seed in seeds[:3]:
        shutil.copy(seed, root / "seeds" / seed.name)
    with tmpfs(root / "content", "8m"):
        assert run(root, "ingest").status == 0
        before = tree(root / "content")
        for seed in seeds[3:6]:
            shutil.copy(seed, root / "seeds" / seed.name)
        remount_read_only(root / "content")
        for command in ("ingest", None):  # `python build.py` ingests first, then builds what there is
            ran = run(root, command) if command else run(root)
            no_traceback(ran)
            assert ran.status == 1
            assert ran.err.splitlines()[0] == ("content: the file system is read-only; make it writable or choose "
                                               "another folder; no article was written or changed")
            assert tree(root / "content") == before
        assert run(root, "build").status == 0  # building from a read-only folder is fine


def test_a_read_only_or_missing_output_parent_keeps_the_site(tmp_path: Path) -> None:
    root = make_project(tmp_path / "site")
    generate(20, root / "content")
    deeper = tmp_path / "new" / "deeper" / "site"  # folders that do not exist yet are made, like mkdir -p
    made = run(root, "build", "--output", str(deeper))
    assert made.status == 0 and (deeper / "index.html").is_file(), made.err
    a_file = tmp_path / "notes.txt"  # (root may write anywhere: a file in the way stops it too)
    a_file.write_text("not a folder", encoding="utf-8")
    ran = run(root, "build", "--output", str(a_file / "nope" / "site"))
    no_traceback(ran)
    assert ran.status == 1
    assert problem_lines(ran.err) == [f"{a_file / 'nope'}: cannot create the folder that should hold "
                                      f"{a_file / 'nope' / 'site'} (Not a directory); create it yourself, "
                                      "or choose another output folder"]
    with tmpfs(tmp_path / "disk", "32m") as disk:
        mounted = run(root, "build", "--output", str(disk))  # a volume's mount point cannot be swapped
        assert mounted.status == 1
        assert problem_lines(mounted.err) == [f"{disk}: is a mount point, and a site is swapped in whole, which a "
                                              f"mount point cannot be; build into a folder inside it (--output "
                                              f"{disk}/site)"]
        output = disk / "site"
        assert run(root, "build", "--output", str(output)).status == 0
        before = tree(output)
        edit_all(root / "content")
        remount_read_only(disk)
        ran = run(root, "build", "--output", str(output))
        no_traceback(ran)
        assert ran.status == 1
        assert problem_lines(ran.err) == [f"{disk}: cannot write the output folder here (read-only or no permission); "
                                          "make it writable, or choose another output folder"]
        assert tree(output) == before


@pytest.mark.parametrize("where", ["output on a disk of its own", "the whole project on one disk"])
def test_a_full_disk_stops_the_build_with_one_line_and_the_old_site(tmp_path: Path, where: str) -> None:
    with tmpfs(tmp_path / "disk", "32m") as disk:
        own = where == "output on a disk of its own"
        root = make_project(tmp_path / "site" if own else disk / "site")
        generate(40, root / "content")
        output, options = (disk / "site", ["--output", str(disk / "site")]) if own else (root / "output", [])
        assert run(root, "build", *options).status == 0
        before = tree(output)
        edit_all(root / "content")
        filler = fill(disk)
        ran = run(root, "build", *options)
        no_traceback(ran)
        assert ran.status == 1
        shown = output if own else "output"
        assert problem_lines(ran.err) == [f"{shown}: the disk is full; free some space, then run the command again"]
        assert tree(output) == before
        assert not leftovers(output)
        filler.unlink()
        again = run(root, "build", *options)
        assert again.status == 0, again.err
        assert tree(output) == clean_build(root / "content", tmp_path / "reference")


def test_a_build_stopped_by_sigterm_says_so_and_leaves_no_half_site(tmp_path: Path) -> None:
    root = built_project(tmp_path / "site", 120)
    before = tree(root / "output")
    edit_all(root / "content")
    shutil.rmtree(root / ".cache")  # a cold build: long enough to be stopped while it writes
    process = start(root, "build")
    deadline = time.monotonic() + 120
    while not list((root / ".cache").glob("spare-*")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # until it writes the new tree
    process.send_signal(signal.SIGTERM)
    ran = finish(process)
    no_traceback(ran)
    after = clean_build(root / "content", tmp_path / "reference")
    if ran.status == 0:  # it finished first: then it is the new site, whole
        assert tree(root / "output") == after
        pytest.skip("the build finished before it could be stopped")
    assert ran.status == 130
    assert ran.err.splitlines()[-1] == ("build: stopped; nothing half-written was kept, output/ and content/ hold "
                                        "whole files only")
    assert tree(root / "output") == before
    assert not leftovers(root / "output")
