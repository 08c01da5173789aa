"""`python build.py build`: content -> model -> page plan -> files, swapped in at once.

Everything is read and planned before any file is written. A content file with errors is
reported (`content/x.md:3: …`) and skipped; a template error stops the build with the previous
output untouched. When no input changed since the last build (content, templates, settings,
code) and the output folder is as that build left it, nothing is read and nothing is written:
the last build's messages are shown again. A content folder that is missing, or that vanishes
or shrinks sharply while the build runs, stops the build; so does a folder it cannot write (a
full disk, a read-only one): one line each, and the previous site stays as it was.
Exit status 0 when all went well, 1 when anything was reported as an error.

The stages are imported in `full_build`, not here: a build with nothing to do needs none of
them, and importing them would take longer than the rest of that build.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .config import Settings
from .fsutil import atomic_write, os_problem, stop_point
from .stamps import InputVanished, Stat, check_still_there, input_stamp, walk
from .verify import other_files, tree_stamp
from .writer import MANIFEST, UnsafeOutput, WriteReport, read_manifest

if TYPE_CHECKING:
    from .content import Article, ContentProblem
    from .markup import Conversion
    from .render import Page, Templates
    from .search import Indexing

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
    from .render import Templates

    folder = settings.templates
    if folder not in cache:
        cache[folder] = Templates(folder, shown=settings.templates_dir.rstrip("/"))
    return cache[folder]


def cache_dir(settings: Settings) -> Path:
    return settings.root / CACHE_DIR


def build(settings: Settings) -> BuildResult:
    """The whole build, top to bottom; returns what happened instead of printing it."""
    if (problem := folders_problem(settings)) is not None:
        return BuildResult(EXIT_PROBLEMS, (problem,))
    stats = walk(settings.content, ".md")
    stamp = input_stamp(settings, stats)
    if (same := unchanged_since_last(settings, stamp)) is not None and search_whole(settings):
        return same
    if (problem := emptied(settings, stats)) is not None:
        return BuildResult(EXIT_PROBLEMS, (problem,))
    try:
        if (restored := restored_from_cache(settings, stamp)) is not None:
            return restored
        return full_build(settings, stats, stamp)
    except InputVanished as problem:
        return BuildResult(EXIT_PROBLEMS, (str(problem),))
    except OSError as err:
        return BuildResult(EXIT_PROBLEMS, (os_problem(err, places(settings)),))


def full_build(settings: Settings, stats: Mapping[str, Stat], stamp: str) -> BuildResult:
    """Read the content, make the model and the plan, render what changed, swap it in."""
    from . import adminunits
    from .markup import HTML_CACHE
    from .pages import plan_pages
    from .publish import publish
    from .render import TemplateProblem
    from .search import Indexing, SearchIndexError, bundle_whole
    from .site import build_site
    from .sources import read_all

    parsed = read_all(settings, stats, cache_dir(settings), meanwhile=adminunits.warm_up,
                      convert=cache_dir(settings) / HTML_CACHE)
    stop_point()
    articles = [p.article for p in parsed if p.article is not None]
    gc.freeze()  # before the Markdown pool forks: a collection there would copy every page of the articles
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
        report = publish(settings.output, pages, templates, site, cache_dir(settings), workers=renderers(indexing),
                         html=conversion.result(),
                         finish=finisher(settings, stats, indexing.finish if indexing else None))
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


def renderers(indexing: Indexing | None) -> int | None:
    """Processes that render pages: this one alone while Pagefind indexes on the other core (a
    forked renderer would hold its own copy of the model: memory that grows with the site; issue
    15), else the default (one per core)."""
    return 1 if indexing is not None and indexing.todo else None


def finisher(settings: Settings, read: Mapping[str, Stat],
             search: Callable[[Path], None] | None) -> Callable[[Path], None]:
    """What runs on the complete new tree before it is swapped in: the search index, then the
    guard on vanishing input (last, so that it sees the content folder as late as it can)."""

    def finish(folder: Path) -> None:
        if search is not None:
            search(folder)
        check_still_there(settings.content, settings.content_dir, read)

    return finish


def search_whole(settings: Settings) -> bool:
    if not settings.search:
        return True
    from .search import bundle_whole

    return bundle_whole(settings.output)


def search_finisher(settings: Settings) -> Callable[[Path], None] | None:
    """Adds the search index the last build made, from the cache, to a complete new tree before
    it is swapped in (issue 7), when the inputs did not change."""
    if not settings.search:
        return None
    from .search import link_saved

    return lambda folder: link_saved(folder, cache_dir(settings), settings.output)


def new_bodies(articles: list[Article], settings: Settings) -> Conversion:
    """Start converting the bodies the Markdown cache does not hold yet."""
    from .markup import HTML_CACHE, Conversion, HtmlCache, body_key

    bodies = {body_key(a.packed_body): a.packed_body for a in articles}
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


def _output_files(state: Mapping[str, object]) -> list[str]:
    """Every file the last build left in the output folder: pages, manifest, search index."""
    return [*state["pages"], MANIFEST, *state["others"]]  # type: ignore[misc]


def remember(settings: Settings, stamp: str, result: BuildResult) -> None:
    """What the next build needs to see that nothing changed: the inputs' stamp, and a stamp of
    every file and folder in the output."""
    assert result.report is not None
    pages = read_manifest(settings.output / MANIFEST)
    state = {"stamp": stamp, "status": result.status, "problems": list(result.problems),
             "files": result.report.written + result.report.kept, "pages": pages,
             "others": other_files(settings.output, [*pages, MANIFEST])}
    state["tree"] = tree_stamp(settings.output, _output_files(state))
    with contextlib.suppress(OSError):  # without it the next build only does more work
        atomic_write(_state_file(settings), json.dumps(state, ensure_ascii=False).encode())


def unchanged_since_last(settings: Settings, stamp: str) -> BuildResult | None:
    """The last build's result when neither its inputs nor its output folder changed since (a
    file in the output removed, added, truncated or replaced is a change)."""
    try:
        state = json.loads(_state_file(settings).read_bytes())
        if state["stamp"] != stamp or state["tree"] is None:
            return None
        if tree_stamp(settings.output, _output_files(state)) != state["tree"]:
            return None
        report = WriteReport(0, int(state["files"]), 0, swapped=False)
        return BuildResult(int(state["status"]), tuple(state["problems"]), (), report)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def restored_from_cache(settings: Settings, stamp: str) -> BuildResult | None:
    """Inputs as at the last build but the output folder removed or touched: the last build's
    pages, by signature, from the page cache (no content read, no page rendered)."""
    from .publish import restore
    from .search import SearchIndexError

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


# --- folders it cannot use ------------------------------------------------------------------


def places(settings: Settings) -> list[tuple[Path, str]]:
    """The folders a build touches, as the user names them, for messages about them (the output's
    new tree, beside it or in the cache, is the output folder to its user)."""
    from .publish import spare_folder

    output = settings.output
    return [(output, settings.output_dir), (output.parent / f".{output.name}.new", settings.output_dir),
            (output.parent / f".{output.name}.old", settings.output_dir),
            (spare_folder(output, cache_dir(settings)), settings.output_dir), (cache_dir(settings), CACHE_DIR),
            (settings.content, settings.content_dir), (settings.templates, settings.templates_dir)]


def folders_problem(settings: Settings) -> str | None:
    """One line when the build cannot start: no content folder, or nowhere to write the output
    (missing folders above the output folder are made)."""
    if not settings.content.is_dir():
        return (f"{settings.content_dir}: no content folder here; run `python build.py ingest` to make it, "
                "or give the right one with --content (or content_dir in site.yaml)")
    parent = settings.output.parent
    if os.path.ismount(settings.output):
        return (f"{settings.output_dir}: is a mount point, and a site is swapped in whole, which a mount point "
                f"cannot be; build into a folder inside it (--output {settings.output_dir}/site)")
    if not parent.is_dir():
        try:  # like mkdir -p: `--output deploy/site` on a fresh machine
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            return (f"{parent}: cannot create the folder that should hold {settings.output_dir} "
                    f"({err.strerror or err}); create it yourself, or choose another output folder")
    if not os.access(parent, os.W_OK):
        return (f"{parent}: cannot write the output folder here (read-only or no permission); make it "
                "writable, or choose another output folder")
    return None


def emptied(settings: Settings, stats: Mapping[str, Stat]) -> str | None:
    """One line when the content folder holds no article at all but the site in the output folder
    has some: an emptied or unmounted folder must not replace the site with an empty one."""
    if stats:
        return None
    pages = read_manifest(settings.output / MANIFEST)
    articles = sum(1 for rel in pages if rel.startswith("tin/") and rel.count("/") == 2)
    if not articles:
        return None
    return (f"{settings.content_dir}: holds no article, but the site in {settings.output_dir}/ has {articles}; "
            f"the site is kept (remove {settings.output_dir}/ first to publish an empty one)")


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
