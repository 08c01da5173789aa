"""Helpers for the browser tests: the real content built and indexed, served under a path prefix.

The site is served at http://127.0.0.1:<port>/ban-tin/ so that a root-absolute link would break.
Tools the tests need are checked here and reported with how to install them, never skipped.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlencode, urlsplit

import pytest
from playwright.sync_api import Page

from bantin import config
from tests.site_helpers import FIXTURES, PROJECT, build, settings_for

PREFIX = "/ban-tin/"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = PROJECT / ".cache/npm/node_modules/axe-core/axe.min.js"
ARTIFACTS = PROJECT / "test-artifacts" / "browser"
WIDE, NARROW = 1280, 375
# The site's public address (site.yaml's base_url): only 404.html links there, since it is served
# at any depth. The tests answer it from the local folder; nothing ever reaches the network.
CANONICAL = config.load(FIXTURES / "site").base_url
SEARCH_DONE = "/^(Tìm thấy|Không tìm)/.test(document.getElementById('search-status').textContent)"


def need_chromium() -> Path:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `sh scripts/test.sh` (it apt-installs chromium) "
                    "or `apt-get install chromium`")
    return CHROMIUM


def need_axe() -> str:
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE.relative_to(PROJECT)}: run `sh scripts/test.sh`, which "
                    "installs it with `npm install --prefix .cache/npm axe-core@<version>`")
    return AXE.read_text(encoding="utf-8")


def build_real_site(root: Path) -> Path:
    """content/ built with the real templates into root/output, with its search bundle."""
    result = build(settings_for(root, content=PROJECT / "content"))
    assert result.status == 0, result.err
    assert (result.output / "pagefind" / "pagefind.js").is_file()
    return result.output


class PrefixHandler(SimpleHTTPRequestHandler):
    """Serves the site folder under PREFIX only; anything else is a 404."""

    def translate_path(self, path: str) -> str:
        route = unquote(urlsplit(path).path)
        if not route.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_the_prefix__")
        return super().translate_path(route[len(PREFIX) - 1:])

    def log_message(self, format: str, *args: object) -> None:
        return


class Tab:
    """A page plus what it asked for since `fresh()`: every request, failed response and script error."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.failures: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("response", lambda r: r.status >= 400 and self.failures.append(f"{r.status} {r.url}"))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def fresh(self) -> Tab:
        self.requests.clear()
        self.failures.clear()
        self.errors.clear()
        return self


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """The site's base address (ending in PREFIX) while the block runs."""
    handler = functools.partial(PrefixHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def slug_of(href: str) -> str:
    return urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1]


def shown(tab: Tab) -> list[str]:
    """The slugs of the articles the search page lists, in order (all of them: one page of results)."""
    assert tab.page.is_hidden("#search-more"), "more results than one page; widen this helper"
    hrefs = tab.page.eval_on_selector_all("#search-results h2 a", "links => links.map(a => a.href)")
    return [slug_of(h) for h in hrefs]


INDEX_LOAD_MS = 90_000  # a cold Pagefind load on a busy 2-core CI machine once took over the default 30 s


def open_search(tab: Tab, base_url: str) -> None:
    """Open the search page and wait until its index is loaded (the place filter is enabled then)."""
    tab.page.goto(base_url + "tim-kiem/index.html")
    tab.page.wait_for_function("!document.getElementById('loc').disabled", timeout=INDEX_LOAD_MS)


def search_results(tab: Tab, base_url: str, query: str) -> list[str]:
    """Open the search page with ?q= and wait for its answer."""
    tab.page.goto(base_url + "tim-kiem/index.html?" + urlencode({"q": query}))
    tab.page.wait_for_function(SEARCH_DONE)
    return shown(tab)


def ask(tab: Tab, query: str, read: Callable[[Tab], list[str]] | None = None) -> list[str]:
    """Type a query into the open search page, press Enter, wait for the answer and read it
    (by default, `shown`)."""
    page = tab.page
    page.evaluate("document.getElementById('search-status').textContent = ''")
    page.fill("#q", query)
    page.press("#q", "Enter")
    page.wait_for_function(SEARCH_DONE)
    return (read or shown)(tab)
