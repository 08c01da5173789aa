"""bantin/search.py and bantin/cbor.py: what the indexer reads, and the Pagefind bundle it makes.

These run Pagefind's binary from PyPI (about half a second a bundle) but no browser; the search
page itself is tested in tests/browser/.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from site_helpers import build, settings_for

from bantin import cbor, search
from bantin.search import FOLDED_MARK, SearchIndexError

PAGE = """<!DOCTYPE html><html lang="vi"><head><title>Đầu</title></head><body>
<nav><a href="#">Địa phương</a></nav>
<article data-pagefind-body><h1>Đảng bộ Đông Hà</h1>
<p>Đi<br>đến <img src="x.png" alt="Đá"> con đường <b>Đoàn</b> kết.</p>
<aside data-pagefind-ignore><a data-pagefind-filter="can_bo">Đỗ Văn Đạt</a></aside>
<script>var đ = 1;</script><nav>Đi tiếp</nav><svg><text>Đồ thị</text></svg><p>Xong.</p></article>
<footer>Đà Lạt</footer></body></html>"""


def unpack_json(data: bytes) -> dict:
    raw = gzip.decompress(data)
    assert raw.startswith(search.SIGNATURE)
    return json.loads(raw[len(search.SIGNATURE):])


# --- what the indexer reads ------------------------------------------------------------------

def test_fold_d_keeps_every_other_mark() -> None:
    assert search.fold_d("Đồng chí Phan Đăng Toàn, HĐND đã") == "Dồng chí Phan Dăng Toàn, HDND dã"


def test_d_words_are_the_words_with_d_stroke_folded() -> None:
    assert search.d_words("Đồng chí Phan Đăng Toàn, Chủ tịch HĐND thị xã") == ["Dồng", "Dăng", "HDND"]


def test_indexed_text_is_the_body_without_ignored_parts() -> None:
    assert search.indexed_text(PAGE) == [
        ("h1", "Đảng bộ Đông Hà"), ("p", "Đi"), ("p", "đến "), ("p", " con đường "), ("p", "Đoàn"), ("p", " kết."),
        ("p", "Xong."),
    ]


def test_indexed_text_is_what_pagefind_itself_reads() -> None:
    page = ("<html lang='vi'><body><main data-pagefind-body><header>Đầu</header><p>Đi <img alt='Đá'>"
            "<label>Địa</label><form>Đơn</form><footer>Đuôi</footer><button>Đóng</button></p></main></body></html>")
    bundle = search.search_bundle({"a/index.html": page.encode()})
    [fragment] = [unpack_json(d) for p, d in bundle.items() if p.endswith(".pf_fragment")]
    own = fragment["content"].partition(FOLDED_MARK)[0]  # Pagefind ends each block with a full stop
    assert [w.rstrip(".") for w in own.split()] == " ".join(t for _kind, t in search.indexed_text(page)).split()


def test_folded_tail_keeps_heading_words_in_a_heading() -> None:
    tail = search.folded_tail(PAGE)
    assert tail == (f'<div data-pagefind-body="">{FOLDED_MARK} <h1>Dảng Dông</h1>'
                    "<p>Di dến dường Doàn</p></div>")


def test_tail_goes_just_before_the_end_of_body_and_only_when_needed() -> None:
    page = search.with_folded_tail(PAGE)
    assert page == PAGE.replace("</body>", search.folded_tail(PAGE) + "</body>")
    plain = "<html><body><main data-pagefind-body><p>Không có chữ ấy</p></main></body></html>"
    assert search.with_folded_tail(plain) == plain


def test_only_pages_marked_for_the_indexer_are_read() -> None:
    files = {"a/index.html": PAGE.encode(), "b/index.html": b"<html><body>x</body></html>",
             "feed.xml": b"<feed data-pagefind-body/>"}
    assert list(search.indexable(files)) == ["a/index.html"]


def test_a_path_leaving_the_site_is_refused() -> None:
    with pytest.raises(SearchIndexError, match="not a plain path"):
        search.search_bundle({"../evil/index.html": PAGE.encode()})


# --- the bundle -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    built = build(settings_for(tmp_path_factory.mktemp("search-site")))
    assert built.status == 0, built.err
    return {p.relative_to(built.output).as_posix(): p.read_bytes() for p in sorted(built.output.rglob("*.html"))}


@pytest.fixture(scope="module")
def bundle(site_files: dict[str, bytes]) -> dict[str, bytes]:
    return search.search_bundle(site_files)


def articles(site_files: dict[str, bytes]) -> list[str]:
    return [p for p in site_files if p.startswith("tin/")]


def test_bundle_indexes_every_article_and_nothing_else(site_files: dict[str, bytes], bundle: dict[str, bytes]) -> None:
    entry = json.loads(bundle["pagefind/pagefind-entry.json"])
    assert entry["languages"]["vi"]["page_count"] == len(articles(site_files)) > 0
    urls = {unpack_json(data)["url"] for path, data in bundle.items() if path.endswith(".pf_fragment")}
    assert urls == {"/" + p.removesuffix("index.html") for p in articles(site_files)}


def test_bundle_has_the_runtime_but_not_pagefinds_own_interfaces(bundle: dict[str, bytes]) -> None:
    assert {"pagefind/pagefind.js", "pagefind/pagefind-worker.js", "pagefind/wasm.unknown.pagefind"} <= set(bundle)
    assert all(p.startswith("pagefind/") for p in bundle)
    assert not [p for p in bundle if p.rsplit("/", 1)[-1] in search.UI_FILES]


def test_fragments_carry_meta_filters_and_the_folded_words(bundle: dict[str, bytes]) -> None:
    fragments = [unpack_json(d) for p, d in bundle.items() if p.endswith(".pf_fragment")]
    for fragment in fragments:
        assert set(fragment["meta"]) >= {"title", "date", "place", "place_url"}, fragment["meta"]
        assert fragment["meta"]["place_url"].startswith("dia-phuong/")
        assert "dia_phuong" in fragment["filters"] and set(fragment["filters"]) <= {"dia_phuong", "can_bo"}
        own, _, folded = fragment["content"].partition(FOLDED_MARK)
        assert "Thông tin bài" not in own, "the facts panel is not part of the indexed text"
        assert "đ" not in folded.lower()
        assert sorted(search.d_words(own)) == sorted(w.strip(".") for w in folded.split() if w.strip("."))


def test_same_pages_give_the_same_bytes(site_files: dict[str, bytes], bundle: dict[str, bytes]) -> None:
    """Pagefind 1.5 writes filter values in hash-map order; stable_bundle sorts them."""
    assert search.search_bundle(site_files) == bundle
    assert search.search_bundle(dict(reversed(list(site_files.items())))) == bundle


def test_filter_values_are_sorted_and_files_named_by_content(bundle: dict[str, bytes]) -> None:
    filters = {p: d for p, d in bundle.items() if p.endswith(".pf_filter")}
    assert len(filters) == 2
    for path, data in filters.items():
        name, values = search.unpack(data)
        assert [v[0] for v in values] == sorted(v[0] for v in values), name
        raw = gzip.decompress(data)[len(search.SIGNATURE):]
        assert path == f"pagefind/filter/vi_{search.pagefind_hash(raw)[:7]}.pf_filter"


def test_our_names_follow_pagefinds_own_scheme(bundle: dict[str, bytes]) -> None:
    """Fragments keep the names Pagefind gave them; ours for filters must be made the same way."""
    for path, data in bundle.items():
        if path.endswith(".pf_fragment"):
            raw = gzip.decompress(data)[len(search.SIGNATURE):]
            assert path == f"pagefind/fragment/vi_{search.pagefind_hash(raw)[:7]}.pf_fragment"


def test_cbor_round_trips_pagefinds_files(bundle: dict[str, bytes]) -> None:
    for path, data in bundle.items():
        if path.endswith((".pf_filter", ".pf_meta", ".pf_index")):
            raw = gzip.decompress(data)[len(search.SIGNATURE):]
            assert cbor.encode(cbor.decode(raw)) == raw, path


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(data)


def tree_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_build_index_replaces_an_old_bundle_and_touches_nothing_else(tmp_path: Path,
                                                                      site_files: dict[str, bytes],
                                                                      bundle: dict[str, bytes]) -> None:
    write_tree(tmp_path, {**site_files, "pagefind/stale.pf_meta": b"old"})
    assert search.build_index(tmp_path) is True
    stamp = {search.STAMP: search.inputs_digest(site_files).encode(), search.PARTS_FILE: b"[]"}
    assert tree_of(tmp_path) == {**site_files, **bundle, **stamp}


def test_a_large_site_is_indexed_in_parts_that_an_edit_reindexes_one_at_a_time(
        tmp_path: Path, site_files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "PART_PAGES", 2)
    write_tree(tmp_path, site_files)
    cache = tmp_path / ".cache"
    assert search.index_into(tmp_path, cache) is True
    parts = json.loads((tmp_path / search.PARTS_FILE).read_text())
    articles = [rel for rel in site_files if rel.startswith("tin/")]
    assert 1 < len(parts) + 1 <= -(-len(articles) // 2)
    counts = [json.loads((tmp_path / search.part_folder(n) / "pagefind-entry.json").read_text())
              ["languages"]["vi"]["page_count"] for n in range(len(parts) + 1)]
    assert sum(counts) == len(articles)  # every article in exactly one part
    runs: list[int] = []
    real = search.run_pagefind
    monkeypatch.setattr(search, "run_pagefind",
                        lambda site, bundle, pages: (runs.append(pages), real(site, bundle, pages)))
    (tmp_path / articles[0]).write_bytes(site_files[articles[0]].replace(b"</h1>", " Đổi</h1>".encode(), 1))
    assert search.index_into(tmp_path, cache) is True
    assert len(runs) == 1 and runs[0] < len(articles)  # only the edited article's part was indexed again


def test_build_index_leaves_an_up_to_date_bundle_alone(tmp_path: Path, site_files: dict[str, bytes],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tmp_path, site_files)
    search.build_index(tmp_path)
    before = tree_of(tmp_path)

    def no_pagefind(*args: object) -> None:
        raise AssertionError("Pagefind ran again for the same pages")

    monkeypatch.setattr(search, "run_pagefind", no_pagefind)
    assert search.build_index(tmp_path) is False
    assert tree_of(tmp_path) == before
    monkeypatch.undo()
    article = next(rel for rel in site_files if rel.startswith("tin/"))
    (tmp_path / article).write_bytes(site_files[article].replace(b"</h1>", b" \xc4\x90\xe1\xbb\x95i</h1>", 1))
    assert search.build_index(tmp_path) is True
    assert tree_of(tmp_path)[search.STAMP] != before[search.STAMP]


def test_a_site_without_articles_gets_an_empty_bundle() -> None:
    entry = json.loads(search.search_bundle({})["pagefind/pagefind-entry.json"])
    assert entry["languages"] == {}


def test_a_missing_binary_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/nonexistent/pagefind")
    with pytest.raises(SearchIndexError, match=r"pip install -r requirements\.txt"):
        search.search_bundle({"a/index.html": PAGE.encode()})


# --- cbor ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("item", [0, 23, 24, 255, 256, 65535, 65536, 2**32, -1, -25, "", "Đăng", b"\x00\xff",
                                  [], [1, ["a", [2**40]]]])
def test_cbor_round_trip(item: cbor.Item) -> None:
    assert cbor.decode(cbor.encode(item)) == item


def test_cbor_uses_the_shortest_heads() -> None:
    assert cbor.encode(23) == b"\x17"
    assert cbor.encode(24) == b"\x18\x18"
    assert cbor.encode(-1) == b"\x20"
    assert cbor.encode("a") == b"\x61a"
    assert cbor.encode([1, 2]) == b"\x82\x01\x02"


@pytest.mark.parametrize("data", [b"\xa1\x01\x02", b"\x9f\xff", b"\x82\x01", b"\x01\x02", b"\xf9\x00\x00"])
def test_cbor_refuses_what_pagefind_does_not_write(data: bytes) -> None:
    with pytest.raises(ValueError, match="CBOR"):
        cbor.decode(data)
