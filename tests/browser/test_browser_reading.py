"""Reading the site in a real browser: clicking through, each page type at 1280 and 375 px,
keyboard only, and axe-core. Screenshots of every page type go to test-artifacts/browser/."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_helpers import ARTIFACTS, CANONICAL, SEARCH_DONE, WIDE, Tab, need_axe
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

SA_PA_ARTICLE = "tin/dong-chi-bi-thu-thi-uy-co-bai-phat-bieu-quan-trong-tai-hoi-nghi-giao-chi-tieu-ke/"
PAGE_TYPES = {  # name -> address under the site's folder
    "home": "",
    "localities": "dia-phuong/",
    "locality": "dia-phuong/thi-xa-sa-pa/",
    "article": SA_PA_ARTICLE,
    "officials": "can-bo/",
    "official": "can-bo/phan-dang-toan/",
    "timeline": "dong-thoi-gian/",
    "search": "tim-kiem/index.html?q=phan+dang+toan",
    "review": "bien-tap/",
    "not-found": "404.html",
}


def heading(page: Page) -> str:
    return page.inner_text("main h1")


def follow(page: Page, selector: str) -> None:
    with page.expect_navigation():
        page.click(selector)


def test_home_locality_article_official_timeline_by_clicking(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url)
    follow(page, "section[aria-labelledby=dia-phuong] a[href='dia-phuong/thi-xa-sa-pa/']")
    assert page.url == base_url + "dia-phuong/thi-xa-sa-pa/"
    assert "Sa Pa" in heading(page)
    follow(page, f"main a[href='../../{SA_PA_ARTICLE}']")
    assert page.url == base_url + SA_PA_ARTICLE
    assert heading(page).startswith("Đồng chí Bí thư Thị uỷ")
    follow(page, ".facts a:has-text('Phan Đăng Toàn')")
    assert page.url == base_url + "can-bo/phan-dang-toan/"
    assert heading(page) == "Phan Đăng Toàn"
    follow(page, ".mainnav a:has-text('Dòng thời gian')")
    assert page.url == base_url + "dong-thoi-gian/"
    assert page.get_attribute(".mainnav a[aria-current=page]", "href") == "../dong-thoi-gian/"
    assert not tab.failures and not tab.errors


def settle(tab: Tab, name: str) -> None:
    if name == "search":
        tab.page.wait_for_function(SEARCH_DONE)


def serious_axe_violations(page: Page, axe: str) -> list[str]:
    page.add_script_tag(content=axe)
    found = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in found if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type_at_both_widths(wide_tab: Tab, narrow_tab: Tab, base_url: str, name: str) -> None:
    """1280 px: axe finds nothing serious. 375 px: the page is no wider than the screen. Both:
    nothing fetched from elsewhere, no error, and a full-page screenshot kept as a test artifact."""
    axe = need_axe()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for tab in (wide_tab.fresh(), narrow_tab.fresh()):
        width = tab.page.viewport_size["width"] if tab.page.viewport_size else 0
        response = tab.page.goto(base_url + PAGE_TYPES[name])
        assert response is not None and response.status == 200
        settle(tab, name)
        tab.page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        if width == WIDE:
            assert serious_axe_violations(tab.page, axe) == []
        else:
            overflow = tab.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
        assert [u for u in tab.requests if not u.startswith((base_url, CANONICAL))] == []
        assert tab.failures == [] and tab.errors == []


def focused(page: Page) -> dict[str, str]:
    return page.evaluate("""() => {
        const el = document.activeElement, style = getComputedStyle(el);
        return {tag: el.tagName.toLowerCase(), id: el.id, text: el.innerText || el.value || '',
                href: el.getAttribute('href') || '', outline: style.outlineStyle, width: style.outlineWidth};
    }""")


def tab_to(page: Page, wanted: Callable[[dict[str, str]], bool], limit: int = 40) -> dict[str, str]:
    """Press Tab until the focused element is the one wanted; it must show a visible outline."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if wanted(now):
            assert now["outline"] != "none" and float(now["width"].removesuffix("px")) >= 2, now
            return now
    raise AssertionError(f"never reached by Tab within {limit} presses")


def test_main_menu_by_keyboard(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url)
    first = tab_to(page, lambda f: True)
    assert first["href"] == "#noi-dung", "the first Tab should reach the skip link"
    for label, address in (("Địa phương", "dia-phuong/"), ("Cán bộ", "can-bo/"), ("Dòng thời gian", "dong-thoi-gian/")):
        tab_to(page, lambda f, label=label: f["tag"] == "a" and f["text"].strip() == label)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == base_url + address
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "keyboard-menu.png"))


def test_search_by_keyboard(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + SA_PA_ARTICLE)
    tab_to(page, lambda f: f["id"] == "site-q")
    page.keyboard.type("si ma cai")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert parse_qs(urlsplit(page.url).query) == {"q": ["si ma cai"]}
    page.wait_for_function(SEARCH_DONE)
    assert page.input_value("#q") == "si ma cai"
    page.focus("#q")
    page.keyboard.press("Control+A")
    page.keyboard.type("phan dang toan")
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('phan dang toan')")
    assert focused(page)["id"] == "q", "searching must leave the focus in the box"
    result = tab_to(page, lambda f: f["href"].startswith("../tin/"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "keyboard-search.png"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == base_url + result["href"].removeprefix("../")
