"""Running Pagefind's command line on the parts of the search index, at most WORKERS at a time.

Each part's records are written to a temporary folder, Pagefind indexes it into another, and the
finished bundle is renamed into place: a part in the store is whole or absent. Whatever way this
ends (done, an error, Ctrl-C, `stop` set by `serve`), the running indexers are killed and the
temporary folders removed; an indexer also dies with this process if it is killed outright
(PR_SET_PDEATHSIG), and temporary folders such a death leaves are swept by the next run.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .fsutil import die_with_parent

TEMP_PREFIX = ".tmp-"  # in the store: `.tmp-<pid>-…`, swept once that process is gone
TIMEOUT_S = 600.0
POLL_S = 0.05
WORKERS = 2  # Pagefind processes at once


class SearchIndexError(Exception):
    """Pagefind could not index the site; the message says what to do."""


class SearchInterrupted(SearchIndexError):
    """Indexing was stopped (serve stopping); the previous bundle stays where it was."""


@dataclass(frozen=True)
class Job:
    key: str  # the part's name in the store
    pages: Callable[[], Mapping[str, str]]  # relative path -> HTML, made when the job starts


def pagefind_command() -> list[str]:
    try:
        from pagefind.service import get_executable
    except ImportError as problem:
        raise SearchIndexError(_MISSING) from problem
    binary = get_executable()
    if binary is None or not Path(binary).exists():
        raise SearchIndexError(_MISSING)
    return [str(binary)]


_MISSING = ("search: the Pagefind binary is missing; install the pinned requirements "
            "(.venv/bin/pip install -r requirements.txt brings pagefind[bin])")


def sweep(store: Path) -> None:
    """Remove temporary folders left by runs that were killed (their process is gone)."""
    with contextlib.suppress(OSError):
        for entry in store.iterdir():
            if entry.name.startswith(TEMP_PREFIX) and not _alive(entry.name[len(TEMP_PREFIX):].split("-", 1)[0]):
                shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: str) -> bool:
    """Is process `pid` running (a zombie is not: a killed build's helper may stay one)?"""
    if not pid.isdigit():
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(int(pid), 0)  # no /proc: ask the kernel
        except ProcessLookupError:
            return False
        except OSError:
            return True
        return True
    return state not in ("Z", "X")


def _temp(store: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=store))


def _niced_child() -> None:
    die_with_parent()
    with contextlib.suppress(OSError):
        os.nice(10)


class _Run:
    """One part being indexed: its temporary folders, its records written there, and (once
    launched) the Pagefind process."""

    def __init__(self, job: Job, store: Path) -> None:
        self.job, self.store = job, store
        self.work = _temp(store)
        self.proc: subprocess.Popen[str] | None = None
        try:
            self._write()
        except BaseException:
            shutil.rmtree(self.work, ignore_errors=True)
            raise

    def _write(self) -> None:
        self.site, self.bundle = self.work / "site", self.work / "bundle"
        self.count = 0
        for rel, page in sorted(self.job.pages().items()):
            target = self.site / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
            self.count += 1
        self.site.mkdir(exist_ok=True)

    def launch(self, command: list[str], nice: bool) -> None:
        self.started = time.monotonic()
        self.proc = subprocess.Popen([*command, "--site", str(self.site), "--output-path", str(self.bundle)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     text=True, start_new_session=True,
                                     preexec_fn=_niced_child if nice else die_with_parent)
        self.said: list[str] = []
        self.reader = threading.Thread(target=lambda: self.said.extend(self.proc.stdout or ()), daemon=True)
        self.reader.start()

    def done(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is None:
            if time.monotonic() - self.started > TIMEOUT_S:
                raise SearchIndexError(f"search: Pagefind did not finish within {TIMEOUT_S:.0f} s")
            return False
        self.reader.join()
        said = "".join(self.said).strip()
        if self.proc.returncode != 0:
            raise SearchIndexError(f"search: Pagefind failed: {said[-400:]}".replace("\n", " "))
        counted = re.search(r"Indexed (\d+) pages?", said)
        if counted is None or int(counted[1]) != self.count:
            raise SearchIndexError(f"search: Pagefind indexed {counted[1] if counted else 'no'} of {self.count} pages")
        target = self.store / self.job.key
        shutil.rmtree(target, ignore_errors=True)
        os.replace(self.bundle, target)
        return True

    def end(self) -> None:
        """Kill the indexer if it still runs, and remove the temporary folders."""
        if self.proc is not None:
            if self.proc.poll() is None:
                with contextlib.suppress(OSError):
                    os.killpg(self.proc.pid, 9)
                self.proc.kill()
            self.proc.wait()
            self.reader.join(timeout=5)
        shutil.rmtree(self.work, ignore_errors=True)


def run_jobs(jobs: list[Job], store: Path, workers: int | Callable[[], int],
             stop: threading.Event | None = None, nice: bool = False) -> None:
    """Index every job's pages into `store/<key>/`, `workers` Pagefind processes at a time (or as
    many as it says each time one starts); `nice`: at a lower priority than the caller."""
    if not jobs:
        return
    command = pagefind_command()
    store.mkdir(parents=True, exist_ok=True)
    sweep(store)
    waiting, ready, running = list(jobs), [], []
    try:
        while waiting or ready or running:
            while (waiting or ready) and len(running) < max(1, workers() if callable(workers) else workers):
                run = ready.pop(0) if ready else _Run(waiting.pop(0), store)
                run.launch(command, nice)
                running.append(run)
            if waiting and not ready:  # the next part's records, written while Pagefind indexes
                ready.append(_Run(waiting.pop(0), store))
            for run in [r for r in running if r.done()]:
                run.end()
                running.remove(run)
            if stop is not None and stop.is_set():
                raise SearchInterrupted("search: indexing stopped; the previous index stays")
            if running:
                time.sleep(POLL_S)
    finally:
        for run in running + ready:
            run.end()


class Background:
    """run_jobs in a thread of this process, so that the caller goes on meanwhile: the thread mostly
    waits for Pagefind, and making a part's records is its only Python work. (A forked process, as
    this was, ends up with its own copy of every part of the model it reads: a GB at 100,000
    articles; issue 15.) `end()` stops it as serve's stop does: it kills its indexers and removes
    its temporary folders; they die with this process if it is killed. It runs one indexer at a
    time until `wait()` (the pages are rendering meanwhile), then WORKERS."""

    def __init__(self, jobs: list[Job], store: Path) -> None:
        self._stop, self._wide = threading.Event(), threading.Event()
        self._failure: BaseException | None = None
        self._finished = False
        self._thread = threading.Thread(target=self._run, args=(jobs, store), name="search-index", daemon=True)
        self._thread.start()

    def _run(self, jobs: list[Job], store: Path) -> None:
        try:
            run_jobs(jobs, store, lambda: WORKERS if self._wide.is_set() else 1, self._stop)
            self._finished = True
        except BaseException as failure:  # raised again in the caller's thread, by wait()
            self._failure = failure

    def wait(self) -> None:
        self._wide.set()
        self._thread.join()
        if self._failure is not None:
            raise self._failure
        if not self._finished:
            raise SearchIndexError("search: the indexing ended early")

    def end(self) -> None:
        self._stop.set()
        self._thread.join()


@contextlib.contextmanager
def temporary_store() -> Iterator[Path]:
    """A store for one run when there is no cache (removed at the end, whatever happens)."""
    folder = Path(tempfile.mkdtemp(prefix="bantin-search-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
