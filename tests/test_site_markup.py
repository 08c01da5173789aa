"""Article bodies: safe HTML whatever the Markdown holds, and a cache that can never break a build."""

from __future__ import annotations

from pathlib import Path

import pytest

from bantin.markup import POOL_THRESHOLD, HtmlCache, convert_all, to_html

NASTY = [
    ("<script>alert(1)</script>Chữ", "<script"),
    ('<img src="anh.png" onerror="alert(1)">', "onerror"),
    ("[bấm](javascript:alert(1))", "javascript:"),
    ('<a href="data:text/html,x">x</a>', "data:"),
    ('<p style="color:red" onclick="x()">đoạn</p>', "onclick"),
    ('<iframe src="https://example.org"></iframe>', "<iframe"),
    ('<img src="https://tracker.example/p.png" alt="theo dõi">', "tracker.example"),
    ("[gốc](/tuyet-doi)", 'href="/'),
]


@pytest.mark.parametrize(("body", "forbidden"), NASTY)
def test_nothing_unsafe_survives(body: str, forbidden: str) -> None:
    assert forbidden not in to_html(body).lower()


def test_headings_move_below_the_page_title_and_text_stays() -> None:
    html = to_html("# Mục một\n\nĐoạn **đậm** và [liên kết](https://baolaocai.vn/).\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert "<h2>Mục một</h2>" in html and "<h1" not in html
    assert "<strong>đậm</strong>" in html and 'href="https://baolaocai.vn/"' in html and "<table>" in html


def test_pool_and_single_process_agree(tmp_path: Path) -> None:
    bodies = {f"b{i}": f"Đoạn số {i} với *nhấn mạnh*.\n\n<script>x</script>" for i in range(POOL_THRESHOLD + 6)}
    single = convert_all(bodies, HtmlCache(None), workers=0)
    pooled = convert_all(bodies, HtmlCache(tmp_path / "c.sqlite3"), workers=2)
    assert single == pooled
    cached = convert_all(bodies, HtmlCache(tmp_path / "c.sqlite3"), workers=0)
    assert cached == single


def test_a_corrupt_cache_file_is_an_empty_cache(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = HtmlCache(path)
    assert convert_all({"a": "Chào *bạn*"}, cache) == {"a": "<p>Chào <em>bạn</em></p>"}
    cache.close()
    assert convert_all({"a": "Chào *bạn*"}, HtmlCache(path)) == {"a": "<p>Chào <em>bạn</em></p>"}
