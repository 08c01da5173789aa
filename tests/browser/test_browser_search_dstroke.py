"""Search tells đ from d (issue 15): `dầu` (oil) and `đầu` (head), `dài` (long) and `đài` (radio)
are different words; a query typed with marks ranks the articles spelt that way above those that
only match without marks, across the index's parts, and a query without marks finds both.

The site: 24 articles, a part size of 4 (so 8 parts). The đ-articles use their word often and in
the title, so Pagefind's own score favours them over the d-articles, which use theirs once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import browser_helpers
import pytest
from browser_helpers import WIDE, Tab, open_search, serving, slug_of
from conftest import new_tab
from playwright.sync_api import Browser

from bantin import search
from bantin.search_records import STROKE
from tests.site_helpers import build_in_parts

pytestmark = pytest.mark.browser

PART_PAGES = "4"
FILLER = ("Hội nghị sơ kết công tác quý ba, triển khai nhiệm vụ quý bốn năm 2024. Các ý kiến tập trung vào "
          "cải cách hành chính và chuyển đổi số.")
OIL = {f"gia-nhien-lieu-{i}" for i in range(3)}  # dầu, once each
HEAD = {f"lan-dau-tien-{i}" for i in range(3)}  # đầu, often
LONG = {f"con-duong-{i}" for i in range(3)}  # dài, once each
RADIO = {f"dai-phat-thanh-{i}" for i in range(3)}  # đài, often
FILLERS = {f"so-ket-{i:02d}" for i in range(12)}


def articles() -> list[tuple[str, str, str]]:
    """(slug, title, body) of every article."""
    items = [(slug, f"Thông báo giá nhiên liệu số {n}", f"{FILLER}\n\nGiá dầu diesel giảm nhẹ.")
             for n, slug in enumerate(sorted(OIL))]
    items += [(slug, f"Lần đầu tiên tổ chức hội thi số {n}",
               f"Đầu năm, xã lần đầu tiên tổ chức hội thi.\n\n{FILLER} Xã đi đầu, đứng đầu huyện, dẫn đầu tỉnh.")
              for n, slug in enumerate(sorted(HEAD))]
    items += [(slug, f"Mở rộng con đường số {n}", f"{FILLER}\n\nTuyến đường dài ba cây số.")
              for n, slug in enumerate(sorted(LONG))]
    items += [(slug, f"Đài phát thanh xã số {n}",
               f"Đài phát thanh xã phát tin hằng ngày.\n\n{FILLER} Đài mới, đài cũ, loa đài khắp thôn.")
              for n, slug in enumerate(sorted(RADIO))]
    items += [(slug, f"Sơ kết công tác số {n}", f"{FILLER}\n\n{FILLER}") for n, slug in enumerate(sorted(FILLERS))]
    return items


def front_matter(title: str, n: int) -> str:
    return (f'---\ntitle: "{title}"\ndate: 2024-{n % 12 + 1:02d}-{n % 27 + 1:02d}\nlocality:\n  name: Bắc Hà\n'
            "  level: huyện\n  province: Lào Cai\nofficials:\n  - name: Lý Văn Tiến\n    roles: [\"Bí thư\"]\n"
            f"author: null\nsource: null\nseed: gen_{n:03d}.txt\nreview: {{}}\n---\n\n")


@pytest.fixture(scope="module")
def dstroke_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dstroke-site")
    (root / "content").mkdir()
    for n, (slug, title, body) in enumerate(articles()):
        (root / "content" / f"{slug}.md").write_text(front_matter(title, n) + body + "\n", encoding="utf-8")
    return build_in_parts(root, PART_PAGES)


@pytest.fixture(scope="module")
def dstroke_tab(browser: Browser, dstroke_site: Path) -> Iterator[Tab]:
    with serving(dstroke_site) as url:
        tab = new_tab(browser, dstroke_site, WIDE)
        open_search(tab, url)
        yield tab
        tab.page.context.close()


def ask(tab: Tab, query: str) -> list[str]:
    """Type a query, press Enter, and read the first page of results."""
    def first_page(tab: Tab) -> list[str]:
        hrefs = tab.page.eval_on_selector_all("#search-results h2 a", "links => links.map(a => a.href)")
        return [slug_of(h) for h in hrefs]
    return browser_helpers.ask(tab, query, first_page)


def marked_words(tab: Tab) -> set[str]:
    return {word.lower() for word in tab.page.locator("#search-results mark").all_inner_texts()}


def test_the_planted_words_sit_in_several_parts() -> None:
    for planted in (OIL | HEAD, LONG | RADIO):
        assert len({search.part_of(slug, 8) for slug in planted}) >= 2, planted


@pytest.mark.parametrize(("query", "spelt", "other"), [
    ("dầu", OIL, HEAD), ("đầu", HEAD, OIL), ("Đầu", HEAD, OIL), ("dài", LONG, RADIO), ("đài", RADIO, LONG)])
def test_a_word_typed_with_marks_ranks_its_spelling_first_and_the_other_letter_after(
        dstroke_tab: Tab, query: str, spelt: set[str], other: set[str]) -> None:
    found = ask(dstroke_tab, query)
    assert set(found[:3]) == spelt, found
    assert set(found[3:6]) == other, found
    assert query.lower() in marked_words(dstroke_tab)
    assert not dstroke_tab.errors


@pytest.mark.parametrize(("query", "both", "spellings"), [
    ("dau", OIL | HEAD, {"dầu", "đầu"}), ("dai", LONG | RADIO, {"dài", "đài"})])
def test_a_word_without_marks_finds_both_letters_and_shows_them_as_written(
        dstroke_tab: Tab, query: str, both: set[str], spellings: set[str]) -> None:
    found = ask(dstroke_tab, query)
    assert set(found) == both, found
    assert spellings <= marked_words(dstroke_tab)
    assert STROKE not in dstroke_tab.page.inner_text("#search-results")
