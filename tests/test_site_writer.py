"""The writer: whole-tree swap, unchanged files kept, unsafe paths refused, killed builds recovered."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin import writer
from bantin.writer import MANIFEST, UnsafeOutput, recover, write_site


def files(**pages: str) -> dict[str, bytes]:
    data = {name.replace("__", "/").replace("_", "."): text.encode() for name, text in pages.items()}
    data[MANIFEST] = b"{}"
    return data


@pytest.mark.parametrize("bad", ["../x.html", "/etc/x", "a/../../x", "a//b", "a\\b", "", "./a"])
def test_paths_that_leave_the_output_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(UnsafeOutput):
        write_site(tmp_path / "out", {bad: b"x", MANIFEST: b"{}"})
    assert not (tmp_path / "out").exists()


def test_unchanged_files_are_hard_links_of_the_old_ones(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_site(out, files(a_html="A", b__c_html="C"))
    old = (out / "a.html").stat()
    report = write_site(out, files(a_html="A", b__c_html="C2", d_html="D"))
    assert (report.written, report.kept, report.swapped) == (2, 2, True)  # a.html and the manifest kept
    new = (out / "a.html").stat()
    assert (new.st_ino, new.st_mtime_ns) == (old.st_ino, old.st_mtime_ns)
    assert (out / "b/c.html").read_text() == "C2"


def test_nothing_changed_means_nothing_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_site(out, files(a_html="A"))
    inode = out.stat().st_ino
    report = write_site(out, files(a_html="A"))
    assert not report.swapped and out.stat().st_ino == inode


def test_removed_pages_disappear(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_site(out, files(a_html="A", b_html="B"))
    report = write_site(out, files(a_html="A"))
    assert report.removed == 1 and not (out / "b.html").exists()


def test_fallback_swap_without_renameat2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    write_site(out, files(a_html="A"))
    write_site(out, files(a_html="B"))
    assert (out / "a.html").read_text() == "B"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_build_killed_between_renames_is_undone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_site(out, files(a_html="A"))
    out.rename(tmp_path / ".out.old")  # killed after moving the old tree away
    (tmp_path / ".out.new").mkdir()  # and a half-built new tree
    recover(out)
    assert (out / "a.html").read_text() == "A"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_while_writing_leaves_the_old_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_site(out, files(a_html="A"))

    def boom(new: Path, output: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(writer, "_swap_in", boom)
    with pytest.raises(OSError):
        write_site(out, files(a_html="B"))
    assert (out / "a.html").read_text() == "A"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
