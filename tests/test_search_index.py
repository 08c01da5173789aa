"""bantin/search*.py: the records the indexer reads, the bundle's parts, and what an interrupted
indexer leaves. These run Pagefind's binary from PyPI (well under a second a part) but no
browser; the search page itself is tested in tests/browser/.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from site_helpers import CONTENT, PROJECT, TEMPLATES, build, settings_for

from bantin import search, search_run
from bantin.content import content_files, read_article
from bantin.model import Entry
from bantin.search_records import STROKE, blocks, plain, record, stroked
from bantin.site import Site, build_site

D = "d" + STROKE


def site_of(content: Path) -> Site:
    articles = [a for path in content_files(content) if (a := read_article(path, content)[0]) is not None]
    return build_site(articles)[0]


def bundle_ok(output: Path) -> list[str]:
    """The part folders named by parts.json, each checked whole; returns them, pagefind/ first."""
    names = json.loads((output / search.PARTS_FILE).read_text(encoding="utf-8"))
    folders = [search.BUNDLE_DIR] + [f"{search.BUNDLE_DIR}/{name}" for name in names]
    for folder in folders:
        assert (output / folder / "pagefind-entry.json").is_file(), folder
        assert (output / folder / "pagefind.js").is_file(), folder
    return folders


def fragments(output: Path) -> int:
    """How many pages the bundle holds: one fragment file each (counted, not read)."""
    return sum(1 for _ in output.glob(f"{search.BUNDLE_DIR}/**/fragment/*.pf_fragment"))


# --- the records ------------------------------------------------------------------------------

def test_d_with_stroke_becomes_d_and_a_combining_letter_mark() -> None:
    assert stroked("Đồng chí Phan Đăng Toàn, HĐND") == "D\u0369ồng chí Phan D\u0369ăng Toàn, HD\u0369ND"
    assert stroked(f"d{STROKE}ầu và dầu") == "dầu và dầu"  # only đ comes back as đ


def test_plain_text_of_markdown() -> None:
    assert plain("**Sáng 4/7**, [Tỉnh ủy](https://x.vn) họp\\* tại <b>hội trường</b> &amp; `A`") == \
        "Sáng 4/7, Tỉnh ủy họp* tại  hội trường  & A"


def test_blocks_keep_headings_apart_and_join_lines() -> None:
    body = "Mở đầu\ndòng hai\n\n## Kết quả chính\n\n- một\n- hai\n\n> trích"
    assert blocks(body) == [("p", "Mở đầu dòng hai"), ("h3", "Kết quả chính"), ("p", "một hai"), ("p", "trích")]


def test_a_record_holds_the_text_stroked_and_the_filters_as_the_article_page_shows_them() -> None:
    site = site_of(CONTENT)
    entry = next(e for e in site.entries if e.mentions and "đ" in e.article.body.lower())
    page = record(entry)
    assert f"<h1>{stroked(entry.title)}</h1>" in page.replace("&#x27;", "'")
    assert "đ" not in page.split("</div>", 1)[1].lower()  # every đ of the text is stroked
    assert f'data-pagefind-meta="place">{entry.place.title}</span>' in page
    for mention in entry.mentions:
        assert f'<span data-pagefind-filter="can_bo">{mention.official.name}</span>' in page


def test_a_renamed_official_reaches_the_record_through_the_model() -> None:
    entry = next(e for e in site_of(CONTENT).entries if e.mentions)
    first = entry.mentions[0]
    renamed = replace(entry, mentions=(replace(first, official=replace(first.official, name="Tên Mới")),
                                       *entry.mentions[1:]))
    assert '<span data-pagefind-filter="can_bo">Tên Mới</span>' in record(renamed)


# --- parts ------------------------------------------------------------------------------------

def test_parts_are_powers_of_two_and_an_article_keeps_its_part() -> None:
    assert [search.part_count(n, 10) for n in (0, 1, 10, 11, 40, 41)] == [1, 1, 1, 2, 4, 8]
    assert len({search.part_of("bai-a", 8) for _ in range(3)}) == 1


def entries_of(tmp_path: Path, count: int) -> list[Entry]:
    """`count` articles made from the fixture articles under new slugs."""
    base = list(site_of(CONTENT).entries)
    made = []
    for i in range(count):
        entry = base[i % len(base)]
        made.append(replace(entry, article=replace(entry.article, slug=f"{entry.slug[:20]}-{i:03d}")))
    return made


def test_parts_are_indexed_once_and_an_edit_reindexes_its_part_only(tmp_path: Path) -> None:
    entries = entries_of(tmp_path, 12)
    cache = tmp_path / "cache"
    first = tmp_path / "one"
    done = search.index_site(entries, first, cache, part_pages=3)
    folders = bundle_ok(first)
    assert len(folders) == len(done) == 4
    assert fragments(first) == 12
    assert search.index_site(entries, tmp_path / "two", cache, part_pages=3) == []  # all from the cache
    assert fragments(tmp_path / "two") == 12
    edited = list(entries)
    edited[5] = replace(edited[5], body_digest="changed")
    again = search.index_site(edited, tmp_path / "three", cache, part_pages=3)
    assert len(again) == 1
    number = search.part_of(edited[5].slug, 4)
    assert again[0] == search.part_key([e for e in edited if search.part_of(e.slug, 4) == number], number, 4)
    assert not [p for p in cache.joinpath(search.STORE).iterdir() if p.name.startswith(".")]


def test_no_articles_no_index(tmp_path: Path) -> None:
    assert search.index_site([], tmp_path, tmp_path / "cache") == []
    assert json.loads((tmp_path / search.PARTS_FILE).read_text()) == []


def test_a_missing_binary_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "nowhere"))
    with pytest.raises(search.SearchIndexError, match=r"pip install -r requirements\.txt"):
        search.index_site(entries_of(tmp_path, 2), tmp_path / "out", tmp_path / "cache")


# --- the build --------------------------------------------------------------------------------

def test_the_build_indexes_every_article_and_brings_the_bundle_back_whatever_was_removed(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    settings = replace(settings, search=True)
    assert build(settings).status == 0
    bundle_ok(settings.output)
    assert fragments(settings.output) == len(list(CONTENT.rglob("*.md")))
    bundle, cache = settings.output / search.BUNDLE_DIR, settings.root / ".cache"
    for gone in ([settings.output], [cache], [bundle], [bundle, cache]):
        subprocess.run(["rm", "-rf", *map(str, gone)], check=True)
        assert build(settings).status == 0
        bundle_ok(settings.output)


def pagefind_children(marker: str) -> list[int]:
    """Running Pagefind processes whose command line names `marker` (a folder of this test)."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                command = (proc / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if command and b"pagefind" in Path(command[0].decode(errors="replace")).name.encode() and \
                    marker.encode() in b" ".join(command):
                found.append(int(proc.name))
    return found


def start_build(root: Path, content: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BANTIN_SEARCH_PART_PAGES": "1"}
    return subprocess.Popen([sys.executable, "build.py", "--root", str(root), "build", "--content", str(content)],
                            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_indexer(build_proc: subprocess.Popen[bytes], marker: str) -> None:
    deadline = time.monotonic() + 60
    while not pagefind_children(marker):
        assert build_proc.poll() is None, "the build ended before indexing"
        assert time.monotonic() < deadline, "no indexer started"
        time.sleep(0.01)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_indexer_leaves_the_previous_bundle_and_nothing_behind(tmp_path: Path,
                                                                                how: signal.Signals) -> None:
    content = tmp_path / "content"
    subprocess.run(["cp", "-r", str(CONTENT), str(content)], check=True)
    root = tmp_path / "root"
    settings = replace(settings_for(root, content=content), search=True)
    (root / "templates").symlink_to(TEMPLATES)
    before = start_build(root, content)
    assert before.wait(120) == 0
    folders = bundle_ok(settings.output)
    assert len(folders) >= 3
    for md in content.rglob("*.md"):  # every part must be indexed again
        md.write_text(md.read_text(encoding="utf-8") + "\nThêm một câu.\n", encoding="utf-8")
    proc = start_build(root, content)
    wait_for_indexer(proc, str(root))
    proc.send_signal(how)
    proc.wait(30)
    deadline = time.monotonic() + 5
    while pagefind_children(str(root)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pagefind_children(str(root)) == []
    assert bundle_ok(settings.output) == folders
    store = root / ".cache" / search.STORE
    if how == signal.SIGINT:
        assert not [p.name for p in store.iterdir() if p.name.startswith(search_run.TEMP_PREFIX)]
    after = start_build(root, content)  # a killed build's leftovers are swept by the next
    assert after.wait(120) == 0
    assert not [p.name for p in store.iterdir() if p.name.startswith(search_run.TEMP_PREFIX)]
    bundle_ok(settings.output)
