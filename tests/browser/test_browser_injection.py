"""Every page of a site built from hostile seeds and edits, opened in Chromium: no injected script runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import serving
from playwright.sync_api import Browser

from tests.test_injection import MARK, _article, _seed

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    root = tmp_path_factory.mktemp("hostile-browser")
    (root / "seeds").mkdir()
    (root / "content").mkdir()
    seed = _seed().replace(f"window.{MARK}=1", f"alert('{MARK}')")
    (root / "seeds" / "doc-hai.txt").write_text(seed, encoding="utf-8")
    (root / "content" / "bai-sua-tay.md").write_text(_article(), encoding="utf-8")
    site = (ROOT / "tests/fixtures/site/site.yaml").read_text(encoding="utf-8")
    (root / "site.yaml").write_text(f"{site}\ntemplates_dir: {ROOT / 'templates'}\n", encoding="utf-8")
    shutil.copy(sorted((ROOT / "content").glob("*.md"))[0], root / "content")
    done = subprocess.run([sys.executable, str(ROOT / "build.py"), "--root", str(root)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    with serving(root / "output") as url:
        yield root / "output", url


def test_no_injected_script_runs_on_any_page(browser: Browser, hostile: tuple[Path, str]) -> None:
    output, base_url = hostile
    context = browser.new_context(service_workers="block")
    context.route("**/*", lambda route: route.fulfill(status=204) if not route.request.url.startswith(base_url)
                  else route.continue_())
    page = context.new_page()
    ran: list[str] = []
    page.on("dialog", lambda dialog: (ran.append(f"dialog {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda message: MARK in message.text and ran.append(f"console {message.text}"))
    pages = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))
    assert len(pages) > 10
    for rel in pages:
        page.goto(base_url + rel.removesuffix("index.html"))
        # fire what handlers would hang on, on every element: an onmouseover or onfocus that survived runs
        page.evaluate("""() => { for (const el of document.querySelectorAll('*')) {
            for (const type of ['mouseover', 'mouseenter', 'focus', 'load', 'error']) {
                el.dispatchEvent(new Event(type)); } } }""")
        marked = page.evaluate(f"typeof window.{MARK} !== 'undefined'")
        assert not marked, f"{rel}: an injected script set window.{MARK}"
    context.close()
    assert ran == [], ran
