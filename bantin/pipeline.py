"""`python build.py build`: content -> model -> page plan -> files, swapped in at once.

Everything is read and planned before any file is written. A content file with errors is
reported (`content/x.md:3: …`) and skipped; a template error stops the build with the previous
output untouched. When no input changed since the last build (content, templates, settings,
code), nothing is read and nothing is written: the last build's messages are shown again.
Exit status 0 when all went well, 1 when anything was reported as an error.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import adminunits
from .config import Settings
from .content import Article, ContentProblem
from .fsutil import atomic_write
from .markup import HTML_CACHE, Conversion, HtmlCache, body_key
from .pages import plan_pages
from .publish import publish, restore
from .render import Page, TemplateProblem, Templates
from .search import Indexing, SearchIndexError, bundle_whole, link_saved
from .site import build_site
from .sources import read_all
from .stamps import input_stamp, walk
from .writer import MANIFEST, UnsafeOutput, WriteReport, read_manifest

CACHE_DIR = ".cache"
EXIT_OK, EXIT_PROBLEMS = 0, 1


@dataclass(frozen=True)
class BuildResult:
    status: int
    problems: tuple[str, ...]
    pages: tuple[Page, ...] = ()
    report: WriteReport | None = None


def shown(problems: list[ContentProblem]) -> tuple[list[str], bool]:
    """Problems as the editor reads them, in file order; and whether any is an error."""
    ordered = sorted(problems, key=lambda p: (p.path, p.line, p.message))
    return [str(p) if p.severity == "error" else f"{p} (warning)" for p in ordered], any(
        p.severity == "error" for p in ordered)


def _templates(settings: Settings, cache: dict[Path, Templates] = {}) -> Templates:  # noqa: B006 - one per folder
    folder = settings.templates
    if folder not in cache:
        cache[folder] = Templates(folder, shown=settings.templates_dir.rstrip("/"))
    return cache[folder]


def cache_dir(settings: Settings) -> Path:
    return settings.root / CACHE_DIR


def build(settings: Settings) -> BuildResult:
    """The whole build, top to bottom; returns what happened instead of printing it."""
    stats = walk(settings.content, ".md")
    stamp = input_stamp(settings, stats)
    if (same := unchanged_since_last(settings, stamp)) is not None and search_whole(settings):
        return same
    if (restored := restored_from_cache(settings, stamp)) is not None:
        return restored
    parsed = read_all(settings, stats, cache_dir(settings), meanwhile=adminunits.warm_up)
    articles = [p.article for p in parsed if p.article is not None]
    conversion = new_bodies(articles, settings)  # on the pool while the model and the plan are made
    indexing: Indexing | None = None
    try:
        site, site_problems = build_site(articles, settings.official_aliases, settings.content.name)
        if settings.search:  # indexed meanwhile, from the model (issue 15)
            indexing = Indexing(site.entries, cache_dir(settings), settings.output).start()
        lines, failed = shown([x for p in parsed for x in p.problems] + site_problems)
        templates = _templates(settings)
        templates.forget()
        pages = plan_pages(site, settings, templates)
        templates.check_all(p.template for p in pages if p.template.endswith((".html", ".xml", ".txt")))
        gc.freeze()  # the model and the plan live until the end: no collection need scan them again
        report = publish(settings.output, pages, templates, site, cache_dir(settings), html=conversion.result(),
                         finish=indexing.finish if indexing else None)
        if indexing is not None and not report.swapped and not bundle_whole(settings.output):
            indexing.repair(settings.output)  # pages unchanged, bundle removed by hand
    except TemplateProblem as problem:
        return BuildResult(EXIT_PROBLEMS, (*lines, str(problem)))
    except (UnsafeOutput, SearchIndexError) as problem:
        return BuildResult(EXIT_PROBLEMS, (*lines, str(problem)))
    finally:
        conversion.close()
        if indexing is not None:
            indexing.close()
    result = BuildResult(EXIT_PROBLEMS if failed else EXIT_OK, tuple(lines), tuple(pages), report)
    remember(settings, stamp, result)
    return result


def search_whole(settings: Settings) -> bool:
    return not settings.search or bundle_whole(settings.output)


def search_finisher(settings: Settings) -> Callable[[Path], None] | None:
    """Adds the search index the last build made, from the cache, to a complete new tree before
    it is swapped in (issue 7), when the inputs did not change."""
    if not settings.search:
        return None
    return lambda folder: link_saved(folder, cache_dir(settings), settings.output)


def new_bodies(articles: list[Article], settings: Settings) -> Conversion:
    """Start converting the bodies the Markdown cache does not hold yet."""
    bodies = {body_key(a.body): a.body for a in articles}
    cache = HtmlCache(cache_dir(settings) / HTML_CACHE)
    try:
        missing = bodies.keys() - cache.known(bodies)
    finally:
        cache.close()
    # one process converts; the other core stays with the model and the plan, the critical path
    workers = max(1, (os.cpu_count() or 1) - 1)
    return Conversion({key: bodies[key] for key in missing}, workers, keep=cache_dir(settings) / HTML_CACHE)


# --- the no-op check ------------------------------------------------------------------------


def _state_file(settings: Settings) -> Path:
    where = hashlib.sha256(str(settings.output).encode()).hexdigest()[:12]
    return cache_dir(settings) / f"build-{where}.json"


def _manifest_stamp(settings: Settings) -> list[int] | None:
    try:
        stat = (settings.output / MANIFEST).stat()
    except OSError:
        return None
    return [stat.st_ino, stat.st_mtime_ns, stat.st_size]


def remember(settings: Settings, stamp: str, result: BuildResult) -> None:
    """What the next build needs to see that nothing changed: the inputs' stamp, the output's."""
    assert result.report is not None
    state = {"stamp": stamp, "status": result.status, "problems": list(result.problems),
             "files": result.report.written + result.report.kept, "manifest": _manifest_stamp(settings),
             "pages": read_manifest(settings.output / MANIFEST)}
    with contextlib.suppress(OSError):  # without it the next build only does more work
        atomic_write(_state_file(settings), json.dumps(state, ensure_ascii=False).encode())


def unchanged_since_last(settings: Settings, stamp: str) -> BuildResult | None:
    """The last build's result when neither its inputs nor its output folder changed since."""
    try:
        state = json.loads(_state_file(settings).read_bytes())
        if state["stamp"] != stamp or state["manifest"] is None or state["manifest"] != _manifest_stamp(settings):
            return None
        report = WriteReport(0, int(state["files"]), 0, swapped=False)
        return BuildResult(int(state["status"]), tuple(state["problems"]), (), report)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def restored_from_cache(settings: Settings, stamp: str) -> BuildResult | None:
    """Inputs as at the last build but the output folder removed or touched: the last build's
    pages, by signature, from the page cache (no content read, no page rendered)."""
    try:
        state = json.loads(_state_file(settings).read_bytes())
        if state["stamp"] != stamp:
            return None
        planned = {rel: (sig, int(size)) for rel, (sig, size) in state["pages"].items()}
        report = restore(settings.output, planned, cache_dir(settings), finish=search_finisher(settings))
    except (OSError, ValueError, KeyError, TypeError, UnsafeOutput, SearchIndexError):
        return None
    if report is None:
        return None
    result = BuildResult(int(state["status"]), tuple(state["problems"]), (), report)
    remember(settings, stamp, result)
    return result


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
