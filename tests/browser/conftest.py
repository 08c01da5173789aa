"""Fixtures for the browser tests: one built site, one server and one Chromium for the session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_helpers import (
    CANONICAL,
    CHROMIUM_ARGS,
    NARROW,
    WIDE,
    Tab,
    build_real_site,
    need_chromium,
    open_search,
    serving,
)
from playwright.sync_api import Browser, Playwright, Route, sync_playwright


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_real_site(tmp_path_factory.mktemp("browser-site"))


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    with serving(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=str(need_chromium()), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


def new_tab(browser: Browser, site: Path, width: int, height: int = 900) -> Tab:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN",
                                  service_workers="block")
    context.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    context.route(f"{CANONICAL}**", lambda route: answer_locally(route, site))
    return Tab(context.new_page())


def answer_locally(route: Route, site: Path) -> None:
    rel = urlsplit(route.request.url).path.lstrip("/") or "index.html"
    target = site / rel
    if target.is_dir():
        target = target / "index.html"
    if target.is_file() and site.resolve() in target.resolve().parents:
        route.fulfill(path=str(target))
    else:
        route.fulfill(status=404)


@pytest.fixture
def open_tab(browser: Browser, site_dir: Path) -> Iterator[Callable[..., Tab]]:
    tabs: list[Tab] = []

    def make(width: int = WIDE, height: int = 900) -> Tab:
        tabs.append(new_tab(browser, site_dir, width, height))
        return tabs[-1]

    yield make
    for tab in tabs:
        tab.page.context.close()


@pytest.fixture
def tab(open_tab: Callable[..., Tab]) -> Tab:
    return open_tab()


@pytest.fixture(scope="module")
def wide_tab(browser: Browser, site_dir: Path) -> Iterator[Tab]:
    tab = new_tab(browser, site_dir, WIDE)
    yield tab
    tab.page.context.close()


@pytest.fixture(scope="module")
def narrow_tab(browser: Browser, site_dir: Path) -> Iterator[Tab]:
    tab = new_tab(browser, site_dir, NARROW)
    yield tab
    tab.page.context.close()


@pytest.fixture(scope="module")
def search_tab(browser: Browser, site_dir: Path, base_url: str) -> Iterator[Tab]:
    """One search page kept open, for tests that ask many questions by typing them."""
    tab = new_tab(browser, site_dir, WIDE)
    open_search(tab, base_url)
    yield tab
    tab.page.context.close()
