"""Build caches: a removed output comes back the same; corrupt caches are empty caches; a no-op
build reads and writes nothing but says again what was wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.site_helpers import CONTENT, build, settings_for, tree


def test_output_removed_comes_back_byte_identical(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    assert build(settings).status == 0
    first = tree(settings.output)
    shutil.rmtree(settings.output)
    again = build(settings)
    assert again.status == 0 and tree(settings.output) == first
    (settings.root / ".cache" / "pages").rename(settings.root / ".cache" / "gone")  # no page cache: render
    shutil.rmtree(settings.output)
    assert build(settings).status == 0 and tree(settings.output) == first


def test_corrupt_caches_do_not_fail_the_build(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    assert build(settings).status == 0
    first = tree(settings.output)
    for cache in (tmp_path / ".cache").glob("*"):
        if cache.is_file():
            cache.write_bytes(b"\x00not a cache" * 100)
    shutil.rmtree(settings.output)
    result = build(settings)
    assert result.status == 0, result.err
    assert tree(settings.output) == first


def test_no_op_build_repeats_the_problems(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "hong.md").write_text('---\ntitle: "Hỏng"\ndate: 2024-13-01\n---\n\nx\n', encoding="utf-8")
    settings = settings_for(tmp_path / "proj", content=content)
    first = build(settings)
    second = build(settings)
    assert first.status == second.status == 1
    assert "nothing written" in second.out
    assert "content/hong.md:3: date" in second.err and second.err == first.err
