"""The editors' loop: incremental rebuilds equal a clean full build, byte for byte, after any edits.

A small generated corpus (bench/generate.py, 24 articles) is served by the live state (without
the web server); random edits of every kind are applied one after another, and after each one
the overlay the server would publish and the output folder written afterwards are compared with
a clean build of the same inputs in another folder.
"""

from __future__ import annotations

import random
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bantin import config, serve
from bantin.serve import Loop
from tests.serve_helpers import bench_generator
from tests.site_helpers import FIXTURES, TEMPLATES, build, tree

KINDS = ["body", "title", "date", "locality", "official", "add", "remove", "template", "site", "review", "broken",
         "body", "title"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "content"
    bench_generator().generate(24, folder, seed=7)
    return folder


def project(root: Path, content: Path) -> config.Settings:
    root.mkdir(parents=True)
    shutil.copy(FIXTURES / "site" / "site.yaml", root / "site.yaml")
    shutil.copytree(content, root / "content")
    shutil.copytree(TEMPLATES, root / "templates")
    (root / "seeds").mkdir()
    return config.load(root)


def full_build(settings: config.Settings, where: Path) -> dict[str, bytes]:
    """A clean build of the same inputs: its own root (so no caches), same content and templates."""
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    shutil.copy(settings.root / "site.yaml", where / "site.yaml")
    clean = replace(config.load(where), content_dir=str(settings.content), templates_dir=str(settings.templates),
                    output_dir=str(where / "output"))
    assert build(clean).status in (0, 1)
    return site_files(clean.output)


def edit(rng: random.Random, settings: config.Settings, step: int, kind: str) -> set[Path]:
    """One editor's change of this kind, to a random file; returns the paths it touched."""
    files = sorted(settings.content.glob("*.md"))
    path = rng.choice(files)
    text = path.read_text(encoding="utf-8")
    if kind == "body":
        text += f"\nMột đoạn mới, lần sửa thứ {step}.\n"
    elif kind == "title":
        text = re.sub(r"(?m)^title: .*$", f'title: "Tiêu đề đã sửa {step}"', text, count=1)
    elif kind == "date":
        text = re.sub(r"(?m)^date: .*$", f"date: 20{10 + step % 15}-0{1 + step % 9}-1{step % 10}", text, count=1)
    elif kind == "locality":
        other = rng.choice(files).read_text(encoding="utf-8")
        block = re.search(r"(?ms)^locality:\n(?:  .*\n)+", other)
        text = re.sub(r"(?ms)^locality:\n(?:  .*\n)+", lambda _: block[0], text, count=1) if block else text
    elif kind == "official":
        names = re.findall(r"(?m)^  - name: (.*)$", text)
        if names:
            old = names[0].strip('"')
            for other in files:  # rename the person everywhere
                body = other.read_text(encoding="utf-8").replace(old, old + " Minh")
                other.write_text(body, encoding="utf-8")
            return set(files)
    elif kind == "add":
        new = settings.content / f"bai-moi-{step}.md"
        new.write_text(text.replace("title: ", f'title: "Bài mới {step}" #', 1), encoding="utf-8")
        return {new}
    elif kind == "remove" and len(files) > 5:
        path.unlink()
        return {path}
    elif kind == "template":
        page = settings.templates / rng.choice(["article.html", "_macros.html", "timeline.html", "base.html"])
        page.write_text(page.read_text(encoding="utf-8") + f"{{# sửa {step} #}}\n<!-- {step} -->\n", encoding="utf-8")
        return {page}
    elif kind == "site":
        yaml = settings.root / "site.yaml"
        yaml.write_text(re.sub(r"(?m)^title: .*$", f"title: Bản tin thử {step}", yaml.read_text(encoding="utf-8")),
                        encoding="utf-8")
        return {yaml}
    elif kind == "review":
        text = re.sub(r"(?ms)^review:\n(?:  .*\n)+", "review: {}\n", text, count=1)
    elif kind == "broken":
        text = text.replace("title: ", "title: [hỏng ", 1)
    path.write_text(text, encoding="utf-8")
    return {path}


def site_files(folder: Path) -> dict[str, bytes]:
    """The built site; the search index that `serve` adds in the background is not compared."""
    return {rel: data for rel, data in tree(folder).items() if not rel.startswith("pagefind/")}


def served(loop: Loop) -> dict[str, bytes]:
    snap = loop.app.snapshot
    pages = site_files(snap.root)
    for rel, data in snap.overlay.items():
        if data is None:
            pages.pop(rel, None)
        else:
            pages[rel] = data
    return pages


@pytest.mark.parametrize(("seed", "overlay_limit"), [(5, 300), (11, 5)])
def test_random_edits_equal_a_full_build(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         seed: int, overlay_limit: int) -> None:
    """overlay_limit 5: most edits are rendered by the writer straight to disk, over an overlay of
    earlier ones."""
    monkeypatch.setattr(serve, "OVERLAY_LIMIT", overlay_limit)
    settings = project(tmp_path / "live", corpus)
    loop = Loop(settings, reload=lambda: None)
    loop.start()
    assert site_files(settings.output) == full_build(settings, tmp_path / "full")
    rng = random.Random(seed)
    kinds = KINDS[:]
    rng.shuffle(kinds)
    for step, kind in enumerate(kinds):
        touched = edit(rng, settings, step, kind)
        loop._apply(lambda touched=touched: loop.live.update(touched))
        if loop.behind:  # many pages changed: served once the writer has put them on disk
            loop._to_disk(loop.app.snapshot.problems)
        expected = full_build(loop.live.settings, tmp_path / "full")
        pages = served(loop)
        pages.pop(".bantin-manifest.json", None)
        assert pages == {k: v for k, v in expected.items() if k != ".bantin-manifest.json"}, f"step {step}: {kind}"
        if rng.random() < 0.6:  # else the next edit lands on an overlay not yet written
            loop._to_disk(loop.app.snapshot.problems)
            assert site_files(settings.output) == expected, f"step {step}: {kind}, on disk"
            assert not loop.app.snapshot.overlay


def test_body_edit_re_signs_only_what_shows_it(corpus: Path, tmp_path: Path) -> None:
    settings = project(tmp_path / "live", corpus)
    loop = Loop(settings, reload=lambda: None)
    loop.start()
    path = sorted(settings.content.glob("*.md"))[3]
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\nĐoạn cuối thêm vào.\n")
    outcome = loop.live.update({path})
    assert [p.path for p in outcome.changed] == [f"tin/{path.stem}/index.html"]


def test_a_new_homonym_moves_the_first_person_and_leaves_a_listing(tmp_path: Path) -> None:
    """Issue 16: a second Lê Minh Tuấn appears (a new file, an edited province) and goes again."""
    settings = project(tmp_path / "live", FIXTURES / "homonyms")
    loop = Loop(settings, reload=lambda: None)
    loop.start()
    first = settings.content / "tuan-quang-ninh-1.md"
    before = first.read_text(encoding="utf-8")
    steps = [  # (what, file, its new text or None to remove it, the other Tuấn's page or None)
        ("new file", settings.content / "tuan-da-nang.md", before.replace("Hạ Long", "Hải Châu")
         .replace("thành phố", "quận").replace("Quảng Ninh", "Đà Nẵng"), "le-minh-tuan-da-nang"),
        ("file removed", settings.content / "tuan-da-nang.md", None, None),
        ("province edited", first, before.replace("province: Quảng Ninh", "province: Huế"), "le-minh-tuan-hue"),
        ("province restored", first, before, None),
    ]
    for what, path, text, other in steps:
        if text is None:
            path.unlink()
        else:
            path.write_text(text, encoding="utf-8")
        loop._apply(lambda path=path: loop.live.update({path}))
        expected = full_build(loop.live.settings, tmp_path / "full")
        pages = served(loop)
        pages.pop(".bantin-manifest.json", None)
        assert pages == {k: v for k, v in expected.items() if k != ".bantin-manifest.json"}, what
        listing = pages["can-bo/le-minh-tuan/index.html"].decode()
        assert ('id="nguoi-cung-ten"' in listing) == (other is not None), what  # the old address lists them
        assert ("can-bo/le-minh-tuan-quang-ninh/index.html" in pages) == (other is not None), what
        assert other is None or f"can-bo/{other}/feed.xml" in pages
        loop._to_disk(loop.app.snapshot.problems)
        assert site_files(settings.output) == expected, f"{what}, on disk"
