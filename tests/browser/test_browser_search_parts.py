"""Search over an index in several parts (issue 15), on a generated site: ranking across parts,
planted phrases among look-alike words, filters across parts, and an edit under `serve`.

The site: 48 articles, a part size of 6 (so 8 parts). Three articles name the commune
`Đông Vượng Khê`, three spell it `Dong Vuong Khe`; thirty look-alikes hold all three words
folded but apart (`Vương`, `đông`, `bằng khen`), several times each, so Pagefind's own score
favours them.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import browser_helpers
import pytest
from browser_helpers import SEARCH_DONE, WIDE, Tab, open_search, serving, slug_of
from conftest import new_tab
from playwright.sync_api import Browser
from playwright.sync_api import Error as PlaywrightError

from bantin import search
from tests.site_helpers import FIXTURES, PROJECT, TEMPLATES, build_in_parts

pytestmark = pytest.mark.browser

PART_PAGES = "6"
PLACES = [("Bắc Hà", "huyện"), ("Sa Pa", "thị xã"), ("Mường Khương", "huyện"), ("Bát Xát", "huyện")]
PEOPLE = ["Lý Văn Tiến", "Hoàng Thị Mai", "Nguyễn Hữu Đức"]
MARKED = {f"xa-dong-vuong-khe-{i}" for i in range(3)}
UNMARKED = {f"xa-dong-vuong-khe-khong-dau-{i}" for i in range(3)}
FILLER = ("Hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế, xã hội năm 2024 và triển khai "
          "phương hướng năm 2025. Các đại biểu tập trung thảo luận về giải pháp thu hút đầu tư, chuyển đổi số.")
LOOK_ALIKE = ("Ông Vương Văn Tùng, Trưởng thôn Vương Hạ, được tặng bằng khen. Mùa đông năm nay, bà Vương Thị Lan "
              "cũng nhận bằng khen của Chủ tịch UBND huyện; thôn Vương Hạ có nhiều hộ đón bằng khen.")


def article(slug: str, title: str, body: str, n: int) -> str:
    name, level = PLACES[n % len(PLACES)]
    person = PEOPLE[n % len(PEOPLE)]
    return (f'---\ntitle: "{title}"\ndate: 2024-{n % 12 + 1:02d}-{n % 27 + 1:02d}\nlocality:\n  name: {name}\n'
            f"  level: {level}\n  province: Lào Cai\nofficials:\n  - name: {person}\n    roles: [\"Bí thư\"]\n"
            f"author: null\nsource: null\nseed: gen_{n:03d}.txt\nreview: {{}}\n---\n\n{body}\n")


def write_content(folder: Path) -> dict[str, str]:
    """The generated articles (slug -> locality title)."""
    folder.mkdir(parents=True)
    places = {}
    items = [(slug, "Xã Đông Vượng Khê đón nhận danh hiệu nông thôn mới",
              f"{FILLER}\n\nNhân dân xã Đông Vượng Khê phấn khởi.") for slug in sorted(MARKED)]
    items += [(slug, "Xa Dong Vuong Khe don nhan danh hieu nong thon moi",
               f"{FILLER}\n\nNhan dan xa Dong Vuong Khe phan khoi.") for slug in sorted(UNMARKED)]
    items += [(f"khen-thuong-{i:02d}", f"Khen thưởng tập thể, cá nhân tiêu biểu số {i}",
               f"{LOOK_ALIKE}\n\n{FILLER}\n\n{LOOK_ALIKE}") for i in range(30)]
    items += [(f"hoi-nghi-{i:02d}", f"Hội nghị sơ kết số {i}", f"{FILLER}\n\n{FILLER}") for i in range(12)]
    for n, (slug, title, body) in enumerate(items):
        (folder / f"{slug}.md").write_text(article(slug, title, body, n), encoding="utf-8")
        name, level = PLACES[n % len(PLACES)]
        places[slug] = f"{level.capitalize()} {name}"
    return places


@pytest.fixture(scope="module")
def parts_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("parts-site")
    places = write_content(root / "content")
    return build_in_parts(root, PART_PAGES), places


@pytest.fixture(scope="module")
def parts_tab(browser: Browser, parts_site: tuple[Path, dict[str, str]]) -> Iterator[tuple[Tab, str]]:
    site, _ = parts_site
    with serving(site) as url:
        tab = new_tab(browser, site, WIDE)
        open_search(tab, url)
        yield tab, url
        tab.page.context.close()


def first_page(tab: Tab) -> list[str]:
    hrefs = tab.page.eval_on_selector_all("#search-results h2 a", "links => links.map(a => a.href)")
    return [slug_of(h) for h in hrefs]


def ask(tab: Tab, query: str) -> list[str]:
    """Type a query, press Enter, and read the first page of results."""
    return browser_helpers.ask(tab, query, first_page)


def test_the_site_is_indexed_in_several_parts(parts_site: tuple[Path, dict[str, str]]) -> None:
    site, _ = parts_site
    assert len(json.loads((site / search.PARTS_FILE).read_text())) >= 3


def test_typed_marks_rank_the_marked_phrase_first_then_the_other_spelling(parts_tab: tuple[Tab, str]) -> None:
    tab, _ = parts_tab
    found = ask(tab, "Đông Vượng Khê")
    assert set(found[:3]) == MARKED, found
    assert set(found[3:6]) == UNMARKED, found
    assert not tab.errors


@pytest.mark.parametrize("query", ["Dong Vuong Khe", "dong vuong khe"])
def test_without_marks_both_spellings_come_before_look_alikes(parts_tab: tuple[Tab, str], query: str) -> None:
    tab, _ = parts_tab
    found = ask(tab, query)
    assert set(found[:6]) == MARKED | UNMARKED, found
    assert any(slug.startswith("khen-thuong") for slug in found), "look-alikes are found too, after"


def test_a_prefix_of_the_last_word_comes_after_whole_words(parts_tab: tuple[Tab, str]) -> None:
    tab, _ = parts_tab
    found = ask(tab, "vuong khe")  # `khe` starts `khen` in every look-alike, beside no `vuong`
    assert set(found[:6]) == MARKED | UNMARKED, found


def test_filters_work_across_parts(parts_tab: tuple[Tab, str], parts_site: tuple[Path, dict[str, str]]) -> None:
    tab, url = parts_tab
    _, places = parts_site
    page = tab.page
    page.goto(url + "tim-kiem/index.html?" + urlencode({"q": "hội nghị", "dia_phuong": "Huyện Bắc Hà"}))
    page.wait_for_function(SEARCH_DONE)
    expected = {slug for slug, place in places.items() if place == "Huyện Bắc Hà"}
    parts = {search.part_of(slug, 8) for slug in expected}
    assert len(parts) >= 2, "the filter's articles should sit in several parts"
    while page.is_visible("#search-more"):
        count = len(first_page(tab))
        page.click("#search-more")
        page.wait_for_function(f"document.querySelectorAll('#search-results > li').length > {count}")
    assert set(first_page(tab)) == expected
    assert "(12)" in page.locator("#loc option", has_text="Bắc Hà").inner_text()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_edit_under_serve_is_found_by_search(browser: Browser, tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    (root / "site.yaml").write_text((FIXTURES / "site" / "site.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    write_content(root / "content")
    (root / "templates").symlink_to(TEMPLATES)
    (root / "seeds").mkdir()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(PROJECT), search.PART_PAGES_ENV: PART_PAGES}
    server = subprocess.Popen([sys.executable, str(PROJECT / "build.py"), "--root", str(root), "serve", "--port",
                               str(port)], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              start_new_session=True, env=env)
    store = root / ".cache" / search.STORE
    tab = new_tab(browser, root / "output", WIDE)
    try:
        deadline = time.monotonic() + 60
        while not (root / "output" / search.PARTS_FILE).is_file():
            assert time.monotonic() < deadline and server.poll() is None, "serve made no search index"
            time.sleep(0.1)
        before = {p.name for p in store.iterdir() if p.is_dir()}
        edited = root / "content" / "hoi-nghi-03.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nBiên tập viên thêm chữ Quỳnhxuyên.\n",
                          encoding="utf-8")
        url = f"http://127.0.0.1:{port}/tim-kiem/index.html?" + urlencode({"q": "quỳnhxuyên"})
        deadline, found = time.monotonic() + 30, False
        while not found and time.monotonic() < deadline:
            time.sleep(0.3)
            tab.page.goto(url)
            with contextlib.suppress(PlaywrightError):  # a reload by livereload meanwhile: ask again
                tab.page.wait_for_function(SEARCH_DONE, timeout=10_000)
                found = first_page(tab) == ["hoi-nghi-03"]
        assert found, f"the edit never became searchable: {tab.page.inner_text('#search-status')} {tab.errors}"
        made = {p.name for p in store.iterdir() if p.is_dir()} - before
        assert len(made) == 1, "one edit re-indexes one part"
    finally:
        tab.page.context.close()
        os.killpg(server.pid, signal.SIGINT)
        out, _ = server.communicate(timeout=30)
    assert server.returncode == 0, out
    assert (root / "output" / "pagefind" / "pagefind.js").is_file()
