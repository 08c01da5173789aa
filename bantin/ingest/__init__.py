"""Ingest stage: every seed not yet in content/ becomes a front-mattered Markdown article."""

from __future__ import annotations

import hashlib
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from .. import frontmatter
from ..config import Settings
from ..fsutil import die_with_parent, os_problem, stop_point
from . import store
from .crossref import Tie, infer_unit, ties_from
from .decode import SeedRefused, decode
from .extract import Extraction, extract, front_matter, warm_up

PARALLEL_FROM = 48  # below this many new seeds, starting worker processes costs more than it saves


@dataclass(frozen=True)
class Job:
    name: str  # the seed's path inside the seeds folder, with forward slashes
    path: Path
    sha256: str
    replaces: Path | None  # the article --force re-extracts into


@dataclass
class Outcome:
    job: Job
    result: Extraction | None = None
    error: str = ""


SEED_SUFFIX = ".txt"


def seed_files(seeds_dir: Path) -> tuple[list[Path], list[Path]]:
    """The seeds (visible `.txt` files, any case) and the other visible files (notes, gold files,
    images), each in name order."""
    visible = sorted(
        p
        for p in seeds_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(seeds_dir).parts)
    )
    seeds = [p for p in visible if p.suffix.lower() == SEED_SUFFIX]
    return seeds, [p for p in visible if p.suffix.lower() != SEED_SUFFIX]


def _extract_job(job: Job) -> Outcome:
    try:
        text, _ = decode(job.path.read_bytes())
        return Outcome(job, extract(text))
    except SeedRefused as err:
        return Outcome(job, error=str(err))
    except OSError as err:
        return Outcome(job, error=f"cannot read the file ({err.strerror}); check its permissions")
    except Exception as err:
        return Outcome(job, error=f"extraction failed ({type(err).__name__}: {err}); please report this seed")


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _plan(settings: Settings, index: list[store.Indexed], force: bool, say) -> tuple[list[Job], int]:
    by_seed = {e.seed: e for e in index if e.seed}
    by_sha = {e.seed_sha256: e for e in index if e.seed_sha256}
    jobs: list[Job] = []
    failures = 0
    new_by_sha: dict[str, str] = {}
    seeds, others = seed_files(settings.seeds)
    for path in others:
        say(f"{_shown(path, settings.root)}: not a .txt file; skipped (rename it to .txt if it is a scraped article)")
    for path in seeds:
        name = path.relative_to(settings.seeds).as_posix()
        shown = _shown(path, settings.root)
        try:
            digest = store.sha256(path.read_bytes())
        except OSError as err:
            say(f"{shown}: cannot read the file ({err.strerror}); check its permissions")
            failures += 1
            continue
        existing = by_seed.get(name)
        if existing is not None:
            if existing.seed_sha256 != digest and not force:
                say(
                    f"{shown}: changed since it was ingested into {_shown(existing.path, settings.root)}; "
                    "the article is left as it is (run `python build.py ingest --force` to re-extract it; "
                    "a backup of the article is kept)"
                )
            if force:
                jobs.append(Job(name, path, digest, existing.path))
            continue
        twin = by_sha.get(digest)
        if twin is not None or digest in new_by_sha:
            where = _shown(twin.path if twin else settings.seeds / new_by_sha[digest], settings.root)
            say(f"{shown}: has the same text as {where}; skipped (one article per text)")
            continue
        new_by_sha[digest] = name
        jobs.append(Job(name, path, digest, None))
    return jobs, failures


def _extract_all(jobs: list[Job]) -> list[Outcome]:
    if len(jobs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return [_extract_job(job) for job in jobs]
    warm_up()  # load the gazetteer and vocabularies once; forked workers share them
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 2, 4), initializer=die_with_parent) as pool:
        return list(pool.map(_extract_job, jobs, chunksize=16))


def _cross_reference(outcomes: list[Outcome], index: list[store.Indexed], settings: Settings) -> None:
    if not any(o.result for o in outcomes):
        return  # nothing new: no need to read every article's ties
    replaced = {o.job.replaces for o in outcomes if o.job.replaces}
    ties: list[Tie] = []
    for entry in index:
        if entry.path not in replaced:
            ties += ties_from(_shown(entry.path, settings.root), entry.locality, entry.officials)
    for outcome in outcomes:
        result = outcome.result
        if result and result.locality.value and result.locality.value.basis == "text":
            loc = result.locality.value
            ties += ties_from(
                f"bài từ tệp nguồn {outcome.job.name}",
                {"name": loc.name, "level": loc.level, "province": loc.province},
                [{"name": p.name, "roles": p.roles} for p in result.officials],
            )
    for outcome in outcomes:
        result = outcome.result
        loc = result.locality.value if result else None
        if not result or not loc or not loc.level or (loc.name and loc.basis == "text"):
            continue
        people = [(p.name, p.roles) for p in result.officials]
        others = [t for t in ties if not t.where.endswith(f"tệp nguồn {outcome.job.name}")]
        tie, why = infer_unit(loc.level, people, others)
        if tie is None:
            continue
        if loc.name and loc.name != tie.name:
            result.locality = replace(result.locality, value=replace(loc, name=None, province=None))
            result.review["locality"]["why"] += f"; nhưng {why}"
            continue
        result.locality = replace(
            result.locality, value=replace(loc, name=tie.name, province=loc.province or tie.province)
        )
        result.review.pop("locality", None)
        result.flag("locality", why, tie.official, tie.name)


def _write(settings: Settings, outcomes: list[Outcome], taken: set[str], say) -> tuple[int, int, int]:
    """Write the new and re-extracted articles (backups first); counts of new, re-extracted, failed."""
    written = replaced = failures = 0
    ready: list[tuple[Path, str]] = []
    for outcome in outcomes:
        shown = _shown(outcome.job.path, settings.root)
        if outcome.result is None:
            say(f"{shown}: {outcome.error}")
            failures += 1
            continue
        data = front_matter(outcome.result, outcome.job.name, outcome.job.sha256)
        target = outcome.job.replaces or store.free_path(
            settings.content, data["title"] or "", Path(outcome.job.name).stem, taken
        )
        if outcome.job.replaces:
            kept = store.backup(target, settings.content)
            say(
                f"{_shown(target, settings.root)}: re-extracted from {shown}; "
                f"the previous version is in {_shown(kept, settings.root)}"
            )
            replaced += 1
        else:
            written += 1
        ready.append((target, frontmatter.dump(data, outcome.result.body)))
    stop_point()  # (SIGTERM) before any article is written
    store.write_articles(ready)
    return written, replaced, failures


def run_ingest(settings: Settings, force: bool = False) -> int:
    def say(message: str) -> None:
        print(message, file=sys.stderr)

    if not settings.seeds.is_dir():
        say(f"{settings.seeds_dir}: no seeds folder; create it and put the scraped .txt articles in it")
        return 1
    try:
        settings.content.mkdir(parents=True, exist_ok=True)
        where = hashlib.sha256(str(settings.content).encode()).hexdigest()[:12]
        cache = settings.root / ".cache" / f"ingest-{where}.json"
        index = store.load_index(settings.content, cache)
        jobs, failures = _plan(settings, index, force, say)
        outcomes = _extract_all(jobs)
        _cross_reference(outcomes, index, settings)
        written, replaced, failed = _write(settings, outcomes, store.slugs_in_use(index), say)
    except OSError as err:
        say(f"{os_problem(err, [(settings.content, settings.content_dir), (settings.seeds, settings.seeds_dir)])}; "
            "no article was written or changed")
        return 1
    print(f"ingest: {written} new article(s), {replaced} re-extracted, {failures + failed} seed(s) failed")
    return 1 if failures + failed else 0
