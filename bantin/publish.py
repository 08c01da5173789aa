"""Planned pages -> files in the output folder: keep what is unchanged, render the rest, swap.

For each page, in this order: the old output already holds it (same path, same signature) and
the file is linked into the new tree; the page cache holds a file with that signature (a build
whose output folder was removed); or it is rendered, on a pool of processes when there are many,
straight into the new tree. Nothing is held in memory but the pages being rendered.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .fsutil import ignore_interrupts, stop_point
from .markup import HTML_CACHE, HtmlCache, body_key, to_html
from .model import Site
from .render import Page, TemplateProblem, Templates, render_page
from .verify import missing_or_short, unlisted
from .writer import (
    MANIFEST,
    IncompleteOutput,
    Previous,
    Staging,
    UnsafeOutput,
    WriteReport,
    manifest,
    previous_output,
    same_bytes,
)

POOL_FROM = 48  # fewer pages to render than this: one process is quicker than starting a pool
CHUNK = 32


@dataclass
class Job:
    """What rendering needs; set before the pool forks, so workers inherit it instead of a pickle."""

    pages: list[Page]
    templates: Templates
    site: Site
    html: Mapping[str, str]  # body key -> converted body, for the bodies already converted
    staging: Staging
    previous: Previous
    page_cache: Path | None
    rendered: Mapping[str, bytes] = field(default_factory=dict)  # pages rendered already (by `serve`)
    html_cache: Path | None = None  # the Markdown cache, where workers look up converted bodies


@dataclass
class Done:
    sizes: dict[str, int] = field(default_factory=dict)
    kept: int = 0  # rendered to the same bytes as the old file, which was linked instead
    html: dict[str, str] = field(default_factory=dict)  # bodies converted here, for the cache
    problem: tuple[str, int, str] | None = None  # a TemplateProblem, as data (it crosses processes)


_job: Job | None = None


def _render_range(bounds: tuple[int, int]) -> Done:
    assert _job is not None
    job, done = _job, Done()
    pages = job.pages[bounds[0]:bounds[1]]
    keys = {p.body_of: body_key(job.site.entry(p.body_of).article.packed_body) for p in pages
            if p.body_of is not None and p.path not in job.rendered}
    html = _bodies(job, set(keys.values()))
    try:
        for page in pages:
            data = job.rendered.get(page.path)
            if data is None:
                bodies = {}
                if page.body_of is not None:
                    key = keys[page.body_of]
                    if key not in html:
                        html[key] = done.html[key] = to_html(job.site.entry(page.body_of).article.body)
                    bodies[page.body_of] = html[key]
                data = render_page(page, job.templates, bodies, job.templates.folder)
            done.sizes[page.path] = len(data)
            old = job.previous.files.get(page.path)
            if old is not None and same_bytes(old, data):
                written = job.staging.link(page.path, old)
                done.kept += 1
            else:
                written = job.staging.write(page.path, data)
            _remember(job.page_cache, page, written)
    except TemplateProblem as problem:
        done.problem = (problem.location, problem.line, problem.message)
    return done


def _bodies(job: Job, keys: set[str]) -> dict[str, str]:
    """The converted bodies with these keys: given ones, else from the Markdown cache."""
    found = {key: job.html[key] for key in keys if key in job.html}
    if len(found) < len(keys) and job.html_cache is not None:
        cache = HtmlCache(job.html_cache)
        found.update(cache.get_many(keys - found.keys()))
        cache.close()
    return found


def _remember(page_cache: Path | None, page: Page, written: str) -> None:
    if page_cache is not None:
        with contextlib.suppress(OSError):
            os.link(written, f"{page_cache}/{page.signature}")


def _start_worker() -> None:
    """A forked renderer: templates stay as compiled before the fork, for the whole build (as the
    plan's signatures saw them; and no `stat` per page to check whether they changed)."""
    ignore_interrupts()
    if _job is not None:
        _job.templates.env.auto_reload = False


def _ranges(count: int, size: int) -> list[tuple[int, int]]:
    return [(start, min(start + size, count)) for start in range(0, count, size)]


def render_into(job: Job, workers: int, meanwhile: Callable[[], None] = lambda: None) -> Iterator[Done]:
    """Render every page of the job into its staging folder; results in page order. `meanwhile`
    runs in this process while the workers render. This process renders too, beside `workers - 1`
    forked ones: every fork ends up with its own copy of the parts of the model it touches (about
    half a GB at 100,000 articles), so one fork fewer is that much less memory (issue 15)."""
    global _job
    _job = job
    try:
        if len(job.pages) - len(job.rendered) < POOL_FROM or workers < 2:
            meanwhile()
            yield from (done for _, done in _render_here(job, _ranges(len(job.pages), CHUNK)))
            return
        pool = ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_start_worker)
        try:
            ranges = _ranges(len(job.pages), CHUNK)
            futures = [pool.submit(_render_range, bounds) for bounds in ranges]
            meanwhile()
            here = _render_unstarted(job, ranges, futures)
            for bounds, future in zip(ranges, futures, strict=True):
                yield here[bounds] if bounds in here else future.result()
        finally:  # stopped early (a problem, Ctrl-C, SIGTERM): the chunks not started are dropped
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _job = None


def _render_unstarted(job: Job, ranges: list[tuple[int, int]],
                      futures: list[Future[Done]]) -> dict[tuple[int, int], Done]:
    """Render here the chunks no worker has started, from the last one back (the workers go on
    from the first), each taken only when the one before is done."""
    unstarted = (bounds for bounds, future in zip(reversed(ranges), reversed(futures), strict=True)
                 if future.cancel())
    return dict(_render_here(job, unstarted))


def _render_here(job: Job, ranges: Iterable[tuple[int, int]]) -> Iterator[tuple[tuple[int, int], Done]]:
    """Render these chunks in this process, one at a time (a chunk's bodies are all that is held)."""
    reload = job.templates.env.auto_reload
    job.templates.env.auto_reload = False  # as in the workers: templates as the plan saw them
    try:
        for bounds in ranges:
            yield bounds, _render_range(bounds)
            stop_point()
    finally:
        job.templates.env.auto_reload = reload


def publish(output: Path, pages: list[Page], templates: Templates, site: Site, cache_dir: Path | None,
            workers: int | None = None, rendered: Mapping[str, bytes] | None = None,
            finish: Callable[[Path], None] | None = None, html: Mapping[str, str] | None = None) -> WriteReport:
    """Make the output folder hold exactly these pages; raises TemplateProblem, UnsafeOutput.

    `rendered`: bytes of pages rendered already, used instead of rendering them again.
    `html`: bodies converted already (body key -> HTML), new to the Markdown cache: kept there.
    `finish`: called with the new tree, complete, before it is swapped in (e.g. a search index);
    it may add files beside the pages, and must not change theirs (they are hard links)."""
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    paths = {p.path for p in pages}
    if len(paths) != len(pages) or MANIFEST in paths:
        raise UnsafeOutput("two pages want to write the same path")
    previous = previous_output(output)
    page_cache = _page_cache(cache_dir)
    cached = set(os.listdir(page_cache)) if page_cache else set()
    keep = {p.path: old for p in pages if (old := previous.unchanged(p.path, p.signature))}
    if len(keep) == len(pages) and set(previous.files) == {*keep, MANIFEST} and not unlisted(output, previous.files):
        _prune(page_cache, cached, pages, keep)
        return WriteReport(0, len(keep), 0, swapped=False)
    staging = Staging(output, _spare(output, cache_dir))
    known = {sig: size for sig, size in (*previous.pages.values(), *staging.holds.values())}
    try:
        sizes: dict[str, int] = {}
        todo = []
        for page in pages:
            old = keep.get(page.path)
            if staging.has(page.path, page.signature) and (old is None or _same_file(staging, page.path, old)):
                sizes[page.path] = staging.holds[page.path][1]
            elif old is not None:
                staging.link(page.path, old)
                sizes[page.path] = previous.pages[page.path][1]
            elif page.signature in cached and _whole(cached_file := page_cache / page.signature,  # type: ignore[operator]
                                                     known.get(page.signature)):
                staging.link(page.path, cached_file)
                sizes[page.path] = staging.target(page.path).stat().st_size
            else:
                todo.append(page)
        staging.keep_only(paths)
        kept = _render_all(Job(todo, templates, site, dict(html or {}), staging, previous, page_cache,
                               rendered or {}), cache_dir, workers, sizes)
        if finish is not None:
            finish(staging.folder)
        _check_whole(staging, sizes)
        staging.write(MANIFEST, manifest({p.path: (p.signature, sizes[p.path]) for p in pages}))
        _prune(page_cache, cached, pages, keep)
        stop_point()
    except BaseException:
        staging.discard()
        raise
    staging.commit()
    written = len(pages) + 1 - len(keep) - kept
    return WriteReport(written, len(keep) + kept, len(set(previous.files) - {*paths, MANIFEST}), swapped=True)


def restore(output: Path, planned: Mapping[str, tuple[str, int]], cache_dir: Path | None,
            finish: Callable[[Path], None] | None = None) -> WriteReport | None:
    """The output of a build whose inputs did not change since, from the page cache alone (the
    output folder was removed or touched); None when the cache lacks a page: then build."""
    page_cache = _page_cache(cache_dir)
    if page_cache is None or not planned:
        return None
    cached = set(os.listdir(page_cache))
    if any(sig not in cached for sig, _ in planned.values()):
        return None
    if spoilt := missing_or_short(page_cache, {sig: size for sig, size in planned.values()}):
        for sig in spoilt:  # changed in place through a link: render those pages again
            with contextlib.suppress(OSError):
                (page_cache / sig).unlink()
        return None
    previous = previous_output(output)
    staging = Staging(output, _spare(output, cache_dir))
    try:
        for rel, (sig, _) in planned.items():
            if not staging.has(rel, sig):
                staging.link(rel, page_cache / sig)
        staging.keep_only(set(planned))
        if finish is not None:
            finish(staging.folder)
        _check_whole(staging, {rel: size for rel, (_, size) in planned.items()})
        staging.write(MANIFEST, manifest(planned))
        stop_point()
    except BaseException:
        staging.discard()
        raise
    staging.commit()
    return WriteReport(len(planned) + 1, 0, len(set(previous.files) - {*planned, MANIFEST}), swapped=True)


def _whole(cached: Path, size: int | None) -> bool:
    """A page-cache file has the size its page had when it was written (a file changed in place
    through one of its links must not be copied on)."""
    try:
        return size is None or cached.stat().st_size == size
    except OSError:
        return False


def _check_whole(staging: Staging, sizes: Mapping[str, int]) -> None:
    """Every page in the new tree at its size, or IncompleteOutput: never swap in a partial site."""
    if wrong := missing_or_short(staging.folder, sizes):
        raise IncompleteOutput(f"{staging.output}: {len(wrong)} file(s) of the new site went missing or changed "
                               f"while it was written (e.g. {wrong[0]}); is another program writing there? "
                               "Nothing was swapped in; run the build again")


def _same_file(staging: Staging, rel: str, other: Path) -> bool:
    try:
        return os.path.samefile(staging.target(rel), other)
    except OSError:
        return False


def spare_folder(output: Path, cache_dir: Path) -> Path:
    """The name of the output's spare tree in the cache (see `_spare`)."""
    return cache_dir / f"spare-{hashlib.sha256(str(output.absolute()).encode()).hexdigest()[:12]}"


def _spare(output: Path, cache_dir: Path | None) -> Path | None:
    """Where the previous output waits to become the next one: in the cache, on the output's disk."""
    if cache_dir is None:
        return None
    spare = spare_folder(output, cache_dir)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        output.absolute().parent.mkdir(parents=True, exist_ok=True)
        if cache_dir.stat().st_dev != output.absolute().parent.stat().st_dev:
            return None
    except OSError:
        return None
    return spare


def _render_all(job: Job, cache_dir: Path | None, workers: int, sizes: dict[str, int]) -> int:
    job.html_cache = cache_dir / HTML_CACHE if cache_dir else None
    html_cache = HtmlCache(job.html_cache)
    try:
        kept = 0
        problem = None
        for done in render_into(job, workers, meanwhile=lambda: html_cache.put_many(job.html)):
            stop_point()
            sizes.update(done.sizes)
            kept += done.kept
            html_cache.put_many(done.html)
            problem = problem or done.problem
        if problem:
            raise TemplateProblem(*problem)
        return kept
    finally:
        html_cache.close()


def _page_cache(cache_dir: Path | None) -> Path | None:
    if cache_dir is None:
        return None
    folder = cache_dir / "pages"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def _prune(page_cache: Path | None, cached: set[str], pages: list[Page], keep: Mapping[str, Path]) -> None:
    """The page cache holds this build's pages, by signature, and nothing else."""
    if page_cache is None:
        return
    wanted = {p.signature for p in pages}
    for page in pages:
        if page.signature not in cached and page.path in keep:
            with contextlib.suppress(OSError):
                os.link(keep[page.path], page_cache / page.signature)
    for name in cached - wanted:
        with contextlib.suppress(OSError):
            (page_cache / name).unlink()
