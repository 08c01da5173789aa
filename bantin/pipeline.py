"""`python build.py build`: content -> model -> page plan -> bytes in memory -> one atomic swap.

Everything is read and rendered before any file is written. A content file with errors is
reported (`content/x.md:3: …`) and skipped; a template error stops the build with the previous
output untouched. Exit status 0 when all went well, 1 when anything was reported as an error.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .config import Settings
from .content import Article, ContentProblem, content_files, read_article
from .markup import HtmlCache, convert_all
from .model import Site
from .pages import plan_pages
from .render import Page, TemplateProblem, Templates, render_all
from .site import build_site
from .writer import MANIFEST, UnsafeOutput, WriteReport, write_site

CACHE_DIR = ".cache"
EXIT_OK, EXIT_PROBLEMS = 0, 1


@dataclass(frozen=True)
class BuildResult:
    status: int
    problems: tuple[str, ...]
    pages: tuple[Page, ...] = ()
    report: WriteReport | None = None


def read_content(folder: Path) -> tuple[list[Article], list[ContentProblem]]:
    articles, problems = [], []
    for path in content_files(folder):
        article, found = read_article(path, folder)
        problems.extend(found)
        if article is not None:
            articles.append(article)
    return articles, problems


def manifest(pages: list[Page], files: Mapping[str, bytes]) -> bytes:
    """What issue 6's incremental builds compare with: each file's signature and hash."""
    entries = {p.path: {"signature": p.signature, "sha256": hashlib.sha256(files[p.path]).hexdigest()}
               for p in sorted(pages, key=lambda p: p.path)}
    data = {"generator": "bantin", "format": 1, "pages": entries}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _templates(settings: Settings, cache: dict[Path, Templates] = {}) -> Templates:  # noqa: B006 - one per folder
    folder = settings.templates
    if folder not in cache:
        cache[folder] = Templates(folder, shown=settings.templates_dir.rstrip("/"))
    return cache[folder]


def build(settings: Settings) -> BuildResult:
    """The whole build, top to bottom; returns what happened instead of printing it."""
    articles, content_problems = read_content(settings.content)
    site, site_problems = build_site(articles, settings.official_aliases, settings.content.name)
    problems = sorted(content_problems + site_problems, key=lambda p: (p.path, p.line, p.message))
    shown = [str(p) if p.severity == "error" else f"{p} (warning)" for p in problems]
    failed = any(p.severity == "error" for p in problems)
    templates = _templates(settings)
    try:
        templates.forget()
        pages = plan_pages(site, settings, templates)
        templates.check_all(p.template for p in pages if p.template.endswith((".html", ".xml", ".txt")))
        files = render_all(pages, templates, bodies_for(site, settings), templates.folder)
    except TemplateProblem as problem:
        return BuildResult(EXIT_PROBLEMS, (*shown, str(problem)))
    files[MANIFEST] = manifest(pages, files)
    try:
        report = write_site(settings.output, files)
    except UnsafeOutput as problem:
        return BuildResult(EXIT_PROBLEMS, (*shown, str(problem)), tuple(pages))
    return BuildResult(EXIT_PROBLEMS if failed else EXIT_OK, tuple(shown), tuple(pages), report)


def bodies_for(site: Site, settings: Settings) -> dict[str, str]:
    cache = HtmlCache(settings.root / CACHE_DIR / "markup.sqlite3")
    try:
        return convert_all({e.slug: e.article.body for e in site.entries}, cache)
    finally:
        cache.close()


def run_build(settings: Settings, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    result = build(settings)
    for line in result.problems:
        print(line, file=err)
    if result.report is not None:
        where = settings.output_dir
        r = result.report
        if r.swapped:
            print(f"built {r.written + r.kept} files into {where}/: {r.written} new or changed, "
                  f"{r.kept} unchanged, {r.removed} removed", file=out)
        else:
            print(f"{where}/ is up to date ({r.kept} files, nothing written)", file=out)
    else:
        print(f"nothing written; {settings.output_dir}/ is as it was", file=err)
    return result.status
