"""Helpers for the site-stage tests: build the fixture content with the real pipeline."""

from __future__ import annotations

import io
import os
import shutil
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bantin import config, search
from bantin.pipeline import run_build
from bantin.search import BUNDLE_DIR

PROJECT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CONTENT = FIXTURES / "content"
TEMPLATES = PROJECT / "templates"


@dataclass(frozen=True)
class Built:
    status: int
    out: str
    err: str
    output: Path

    def page(self, rel: str) -> str:
        return (self.output / rel).read_text(encoding="utf-8")


def settings_for(root: Path, content: Path = CONTENT, templates: Path = TEMPLATES,
                 output: Path | None = None) -> config.Settings:
    """The fixture site's settings, with the project folder (and so .cache/) under `root`."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "site" / "site.yaml", root / "site.yaml")
    settings = config.load(root)
    return replace(settings, content_dir=str(content), templates_dir=str(templates),
                   output_dir=str(output or root / "output"))


def build(settings: config.Settings) -> Built:
    out, err = io.StringIO(), io.StringIO()
    status = run_build(settings, out=out, err=err)
    return Built(status, out.getvalue(), err.getvalue(), settings.output)


def build_in_parts(root: Path, part_pages: str) -> Path:
    """Build the site of `root/content` with its search index in parts of `part_pages` articles
    (a small size, so that a few articles make several parts); returns the output folder."""
    os.environ[search.PART_PAGES_ENV] = part_pages
    try:
        result = build(settings_for(root, content=root / "content"))
    finally:
        del os.environ[search.PART_PAGES_ENV]
    assert result.status == 0, result.err
    return result.output


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("href", "src", "action") and value:
                self.links.append(value)


def internal_links(output: Path) -> list[tuple[Path, str, Path]]:
    """(page, link, target file) for every relative link in every HTML page."""
    found = []
    for page in sorted(output.rglob("*.html")):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("#", "mailto:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir() or link.endswith("/") or not parts.path:
                target = target / "index.html" if parts.path else page
            found.append((page, link, target))
    return found


def pages_only(files: dict[str, bytes]) -> dict[str, bytes]:
    """Everything but the search bundle, whose bytes Pagefind does not keep stable from run to run."""
    return {rel: data for rel, data in files.items() if not rel.startswith(f"{BUNDLE_DIR}/")}


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
