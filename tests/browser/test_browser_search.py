"""Search in a real browser: Pagefind's bundle and the search page, on the committed content.

What Pagefind returns for one word is checked against an oracle computed here from the pages'
own text (the model's, as bantin/search_records.py gives it to the indexer): every article
holding a word that starts with the query, with every mark folded, đ too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from browser_helpers import NARROW, PROJECT, SEARCH_DONE, WIDE, Tab, ask, search_results, shown

from bantin.content import content_files, read_article
from bantin.search_records import STROKE, blocks
from bantin.site import build_site

pytestmark = pytest.mark.browser

SA_PA_TOAN = {  # the two Sa Pa articles that name Phan Đăng Toàn
    "dong-chi-bi-thu-thi-uy-co-bai-phat-bieu-quan-trong-tai-hoi-nghi-giao-chi-tieu-ke",
    "voi-chu-de-doan-ket-ky-cuong-quyet-liet-hieu-qua-phat-trien-nam-2024-dang-bo-thi",
}
SI_MA_CAI = "tiep-tuc-quan-tam-tao-dieu-kien-thuan-loi-nhat-de-huyen-si-ma-cai-hoan-thanh-tot"


def marks_folded(word: str) -> str:
    """How the index matches loosely: every mark goes, đ's stroke too (bantin/search_records.py)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D").lower()


def article_words(content: Path) -> dict[str, list[str]]:
    """Each article's indexed words: its title and body, from the model."""
    articles = [a for path in content_files(content) if (a := read_article(path, content)[0]) is not None]
    found = {}
    for entry in build_site(articles)[0].entries:
        text = " ".join([entry.title, *(t for _kind, t in blocks(entry.article.body)), entry.article.source or ""])
        found[entry.slug] = re.findall(r"\w+", text)
    return found


@pytest.fixture(scope="module")
def words() -> dict[str, list[str]]:
    return article_words(PROJECT / "content")


def oracle(words: dict[str, list[str]], query: str) -> set[str]:
    want = marks_folded(query)
    return {slug for slug, ws in words.items() if any(marks_folded(w).startswith(want) for w in ws)}


def spelt_as_typed(words: dict[str, list[str]], query: str) -> set[str]:
    want = query.lower()
    return {slug for slug, ws in words.items() if any(w.lower().startswith(want) for w in ws)}


@pytest.mark.parametrize("query", ["phan dang toan", "Phan Đăng Toàn", "PHAN DANG TOAN"])
def test_phan_dang_toan_with_or_without_diacritics(search_tab: Tab, query: str) -> None:
    found = ask(search_tab, query)
    assert set(found[:2]) == SA_PA_TOAN, found


@pytest.mark.parametrize("query", ["si ma cai", "Si Ma Cai"])
def test_si_ma_cai_with_or_without_diacritics(search_tab: Tab, query: str) -> None:
    assert ask(search_tab, query)[0] == SI_MA_CAI


@pytest.mark.parametrize("query", ["doc", "độc", "dot", "đột", "doan", "Đoàn", "dang", "Đặng", "duong",
                                   "đường", "dbqh", "ĐBQH", "dua", "đưa"])
def test_single_words_starting_with_d(search_tab: Tab, words: dict[str, list[str]], query: str) -> None:
    expected = oracle(words, query)
    assert expected, f"the content has no word for {query!r}; choose another"
    assert set(ask(search_tab, query)) == expected


def test_dang_without_marks_finds_what_only_d_with_stroke_spells(search_tab: Tab) -> None:
    """Si Ma Cai's article names Đặng Xuân Phong: `dang xuan phong` must find it first."""
    assert ask(search_tab, "dang xuan phong")[:1] == [SI_MA_CAI]


@pytest.mark.parametrize("query", ["Đăng", "Đặng", "đường", "Đoàn", "đô"])
def test_typed_diacritics_rank_exact_spellings_first(search_tab: Tab, words: dict[str, list[str]],
                                                      query: str) -> None:
    found = ask(search_tab, query)
    exact = spelt_as_typed(words, query)
    assert exact, f"no article spells {query!r}; choose another"
    first = found[: len(exact & set(found))]
    assert set(first) == exact & set(found), f"{query}: {found} (exact: {sorted(exact)})"
    assert len(found) > len(first), f"{query} should also find other spellings"


def test_nothing_found_says_so(search_tab: Tab) -> None:
    assert ask(search_tab, "xyzzyq") == []
    assert search_tab.page.inner_text("#search-status").startswith("Không tìm thấy bài nào cho “xyzzyq”")


def test_address_q_fills_the_box_and_typing_updates_the_address(tab: Tab, base_url: str) -> None:
    page = tab.page
    search_results(tab, base_url, "si ma cai")
    assert page.input_value("#q") == "si ma cai"
    page.fill("#q", "phan dang toan")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('phan dang toan')")
    assert parse_qs(urlsplit(page.url).query) == {"q": ["phan dang toan"]}


def test_filters_by_locality_and_by_official(tab: Tab, base_url: str) -> None:
    page = tab.page
    search_results(tab, base_url, "dang")
    page.select_option("#loc", "Thị xã Sa Pa")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('Sa Pa')")
    assert set(shown(tab)) == SA_PA_TOAN
    assert parse_qs(urlsplit(page.url).query)["dia_phuong"] == ["Thị xã Sa Pa"]
    page.select_option("#loc", "")
    page.fill("#q", "")
    page.select_option("#off", "Phan Đăng Toàn")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('Phan Đăng Toàn')")
    assert set(shown(tab)) == SA_PA_TOAN
    page.goto(base_url + "tim-kiem/index.html?" + urlencode({"q": "hội nghị", "can_bo": "Đặng Xuân Phong"}))
    page.wait_for_function(SEARCH_DONE)
    assert page.input_value("#off") == "Đặng Xuân Phong"
    assert shown(tab) == [SI_MA_CAI]


def test_a_result_shows_title_date_locality_and_excerpt(tab: Tab, base_url: str) -> None:
    page = tab.page
    search_results(tab, base_url, "Phan Đăng Toàn")
    card = page.locator("#search-results > li").first
    assert card.locator("h2 a").inner_text().startswith(("Với chủ đề", "Đồng chí Bí thư"))
    kicker = card.locator(".kicker").inner_text()
    assert re.match(r"\d\d/\d\d/\d{4} · Thị xã Sa Pa$", kicker), kicker
    assert card.locator(".kicker a").get_attribute("href") == "../dia-phuong/thi-xa-sa-pa/"
    excerpt = card.locator(".search-excerpt")
    assert excerpt.locator("mark").all_inner_texts()[:3] == ["Phan", "Đăng", "Toàn"]
    assert STROKE not in page.inner_text("#search-results")
    card.locator("h2 a").click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path.startswith("/ban-tin/tin/")
    assert "Phan Đăng Toàn" in page.inner_text("main")


def test_a_word_found_only_folded_shows_the_real_spelling(tab: Tab, base_url: str) -> None:
    search_results(tab, base_url, "dbqh")
    marks = tab.page.locator("#search-results mark").all_inner_texts()
    assert marks and {m.upper() for m in marks} == {"ĐBQH"}, marks


@pytest.mark.parametrize("width", [WIDE, NARROW])
def test_results_arriving_do_not_shift_the_layout(open_tab: Callable[..., Tab], base_url: str, width: int) -> None:
    tab = open_tab(width)
    tab.page.add_init_script("""
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: "layout-shift", buffered: true });
    """)
    search_results(tab, base_url, "phan dang toan")
    tab.page.wait_for_timeout(300)
    assert tab.page.evaluate("window.__shift") < 0.05
    assert not tab.errors
