"""`python build.py serve`: build, serve the output folder on loopback, rebuild on every edit.

Two threads beside the web server. The builder waits for changes (content/, templates/,
site.yaml, seeds/: a new seed is ingested; watch.py), updates the live plan (live.py), renders
the pages whose signature changed into memory, and publishes them at once as an overlay on the
output folder: a request sees the site before the edit or after it, never a mix. Then the
browser reloads (livereload). The writer brings the output folder on disk up to date once the
edits pause, with the same atomic swap as `build`; an update of many pages (a template edit) is
rendered by the writer straight to disk, while the builder goes on with the next edits. The
search index is refreshed after that in the background (search_refresh.py): no page waits for it.

Every write (output folder, caches, content through ingest) holds the project's lock, released
between writes: a `build` run meanwhile waits for the write, and when another command wrote the
output folder the writer brings it back to what is served. A broken edit keeps the server
running: its `file:line` messages are printed and shown in a banner on every page until it is
fixed. Ctrl-C stops it, and whatever it started.
"""

from __future__ import annotations

import contextlib
import gc
import html
import mimetypes
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import config
from .config import Settings
from .live import Live, Outcome
from .lock import ProjectBusy
from .model import Entry
from .pipeline import cache_dir
from .publish import publish
from .render import TemplateProblem
from .search_refresh import SearchRefresh
from .serve_output import ProjectHold, keep_extras, output_stamp
from .watch import EVERYTHING, Watcher
from .writer import UnsafeOutput

OVERLAY_LIMIT = 300  # more changed pages than this (a template edit) are rendered straight to disk
BANNER_LINES = 30
WRITE_QUIET = 0.15  # seconds without a new edit before the output folder is written (edits first)
LOOK_EVERY = 0.25  # seconds between two looks at whether another command wrote the output folder
RETRY_EVERY = 5.0  # seconds between two tries of a write that failed


@dataclass(frozen=True)
class Snapshot:
    """What a request is answered from: the output folder, with newer pages laid over it."""

    root: Path
    overlay: Mapping[str, bytes | None] = field(default_factory=dict)  # None: the page is gone
    problems: tuple[str, ...] = ()  # shown in a banner on every HTML page

    def page(self, rel: str) -> bytes | None:
        if rel in self.overlay:
            return self.overlay[rel]
        path = self.root / rel
        try:
            return path.read_bytes() if path.is_file() else None
        except OSError:
            return None

    def is_folder(self, rel: str) -> bool:
        return f"{rel}/index.html" in self.overlay or (self.root / rel).is_dir()


def banner(problems: Iterable[str]) -> bytes:
    lines = list(problems)
    shown = "".join(f"<li>{html.escape(line)}</li>" for line in lines[:BANNER_LINES])
    more = f"<li>… {len(lines) - BANNER_LINES} more in the terminal</li>" if len(lines) > BANNER_LINES else ""
    return ('<div id="bantin-problems" role="alert" style="position:sticky;top:0;z-index:9999;margin:0;'
            'padding:.75rem 1rem;background:#fff3f3;color:#8b0000;border-bottom:3px solid #8b0000;'
            'font:14px/1.4 monospace;white-space:pre-wrap"><strong>The last edit has problems; '
            f"the site shows the last good build:</strong><ul>{shown}{more}</ul></div>").encode()


def with_banner(page: bytes, problems: tuple[str, ...]) -> bytes:
    start = page.find(b"<body")
    end = page.find(b">", start)
    if not problems or start < 0 or end < 0:
        return page
    return page[:end + 1] + banner(problems) + page[end + 1:]


class App:
    """The WSGI application livereload serves (it adds its script to every HTML page)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        snap = self.snapshot  # one snapshot per request, however long it takes
        url = unquote(environ.get("PATH_INFO") or "/")
        rel = url.lstrip("/")
        if any(part in ("..", ".") for part in rel.split("/")) or "\0" in rel:
            return self._answer(start_response, "400 Bad Request", b"bad path", "text/plain")
        if rel and not rel.endswith("/") and snap.is_folder(rel.rstrip("/")):
            start_response("301 Moved Permanently", [("Location", url + "/")])
            return [b""]
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        data = snap.page(rel)
        status = "200 OK"
        if data is None:
            status, rel, data = "404 Not Found", "404.html", snap.page("404.html") or b"<h1>404</h1>"
        kind = mimetypes.guess_type(rel)[0] or "application/octet-stream"
        if kind == "text/html":
            data = with_banner(data, snap.problems)
        return self._answer(start_response, status, data, kind)

    @staticmethod
    def _answer(start_response: Callable[..., Any], status: str, data: bytes, kind: str) -> list[bytes]:
        charset = "; charset=utf-8" if kind.startswith("text/") or kind.endswith(("xml", "json")) else ""
        start_response(status, [("Content-Type", kind + charset), ("Cache-Control", "no-store")])
        return [data]


class Loop:
    """The builder and the writer around one Live state."""

    def __init__(self, settings: Settings, reload: Callable[[], None],
                 say: Callable[[str, bool], None] | None = None) -> None:
        self.settings, self.reload = settings, reload
        self._say = say
        self.live = Live(settings)
        self.app = App(Snapshot(settings.output))
        self.state_lock = threading.Lock()  # the live state and the snapshot change together
        self.project = ProjectHold(cache_dir(settings), self.say)  # one publish to disk at a time, too
        self.dirty = threading.Event()
        self.idle = threading.Event()  # the builder is not at work: the disk waits for it (edits first)
        self.idle.set()
        self.stop = threading.Event()
        self.signatures: dict[str, str] = {}  # path -> signature of the page the overlay holds
        self.last_change = 0.0  # monotonic time of the last edit published in the overlay
        self.behind = False  # a big update waits for the writer: until then, its pages are the old ones
        self.written: tuple[int, int, int] | None = None  # output_stamp() after this serve's last write
        self.search: SearchRefresh | None = None  # started by start_search(); page updates never wait for it

    def say(self, message: str, error: bool = False) -> None:
        if self._say is not None:
            self._say(message, error)
        else:
            print(message, file=sys.stderr if error else sys.stdout, flush=True)

    def start_search(self) -> None:
        if self.settings.search:
            self.search = SearchRefresh(self.settings.output, cache_dir(self.settings),
                                        lambda line: self.say(line, error=True), self._entries)
            self.search.request()  # the first build's pages carried the old bundle over: bring it up to date

    def _entries(self) -> tuple[Entry, ...] | None:
        site = self.live.site
        return site.entries if site is not None else None

    def start(self) -> None:
        self.say(f"building {self.settings.content_dir}/ …")
        started = time.perf_counter()
        self._apply(self.live.start, everything=True, locked=True)
        self.say(f"built in {time.perf_counter() - started:.1f} s")

    def _apply(self, update: Callable[[], Outcome], everything: bool = False, locked: bool = False) -> None:
        """Run an update; publish its pages (overlay, or disk when many); show its problems.
        `locked`: the update writes the caches (it reads every file), so it holds the project's lock."""
        started = time.perf_counter()
        self.idle.clear()
        try:
            with self.project() if locked else contextlib.nullcontext():
                self._apply_now(update, everything, started)
        finally:
            self.idle.set()

    def _apply_now(self, update: Callable[[], Outcome], everything: bool, started: float) -> None:
        try:
            with self.state_lock:
                outcome = update()
                # many pages (a template edit): rendered straight into the output folder by the writer,
                # on both cores, while the next edits go on into the overlay
                big = len(outcome.changed) > OVERLAY_LIMIT
                if not everything:
                    fresh = {} if big else self._render(outcome)
                    self.signatures.update({p.path: p.signature for p in outcome.changed if p.path in fresh})
                    snap = self.app.snapshot
                    overlay = {**snap.overlay, **fresh, **dict.fromkeys(outcome.removed)}
                    self.app.snapshot = Snapshot(snap.root, overlay, outcome.problems)
                    self.last_change = time.monotonic()
                    self.behind = self.behind or big
        except (TemplateProblem, config.ConfigError, UnsafeOutput) as problem:
            lines = tuple(getattr(problem, "problems", None) or [str(problem)])
            self._show(lines, "nothing rebuilt")
            return
        if everything:
            gc.freeze()  # what a full build made lives on: collections need not scan it (no pauses)
            try:
                self._to_disk(outcome.problems)
            except (TemplateProblem, UnsafeOutput) as problem:
                self._show((*outcome.problems, str(problem)), "nothing written")
                return
        else:
            self.dirty.set()
        took = (time.perf_counter() - started) * 1000
        done = "planned, written to disk next" if big else "rebuilt"
        self._show(outcome.problems, f"{len(outcome.changed)} page(s) {done}, {len(outcome.removed)} removed "
                                     f"in {took:.0f} ms")

    def _render(self, outcome: Outcome) -> dict[str, bytes]:
        try:
            return self.live.render(outcome.changed)
        except BaseException:
            self.live.rollback(outcome)
            raise

    def _show(self, problems: tuple[str, ...], summary: str) -> None:
        for line in problems:
            self.say(line, error=True)
        with self.state_lock:
            snap = self.app.snapshot
            if problems != snap.problems:
                self.app.snapshot = Snapshot(snap.root, snap.overlay, problems)
        self.say(summary)
        self.reload()

    def _to_disk(self, problems: tuple[str, ...], wait: float = 600) -> None:
        """Write the whole plan to the output folder, holding the project's lock; the overlay is
        then on disk. The search index is asked for afterwards, never waited for."""
        with self.project(wait=wait):
            with self.state_lock:
                pages = list(self.live.pages.values())
                site, snap = self.live.site, self.app.snapshot
                self.behind = False
                written = {p.path: data for p in pages if (data := snap.overlay.get(p.path)) is not None
                           and self.signatures.get(p.path) == p.signature}  # rendered for this very plan
            assert site is not None
            output = self.settings.output
            report = publish(output, pages, self.live.templates, site, cache_dir(self.settings), rendered=written,
                             finish=keep_extras(output) if self.settings.search else None)
            self.written = output_stamp(output)
            with self.state_lock:
                now = self.app.snapshot
                left = {rel: data for rel, data in now.overlay.items() if snap.overlay.get(rel, b"") is not data}
                self.signatures = {rel: sig for rel, sig in self.signatures.items() if rel in left}
                self.app.snapshot = Snapshot(now.root, left, problems if snap is now else now.problems)
        if self.search is not None and (report.swapped or not (output / "pagefind").is_dir()):
            self.search.request()

    def write_loop(self) -> None:
        """Writes the overlay to disk once edits pause; rewrites the output folder when another
        command (a `build`, a removal) changed it, so that it shows what is served. A failed write
        is tried again every few seconds, its message shown once."""
        retry_at, failure = 0.0, ""
        while not self.stop.is_set():
            if not self.dirty.wait(LOOK_EVERY):
                if output_stamp(self.settings.output) == self.written or time.monotonic() < retry_at:
                    continue
                if not failure:
                    self.say(f"{self.settings.output_dir}/ was changed by another command; bringing it up to date")
                self.stop.wait(WRITE_QUIET)  # let the other command finish (a folder being removed)
            elif not self.idle.is_set() or time.monotonic() - self.last_change < WRITE_QUIET:
                # edits first: the overlay serves them meanwhile. (Sleep, don't poll: every wake-up of
                # this thread takes the interpreter from the builder, which costs most on a busy machine.)
                self.idle.wait(1.0)
                self.stop.wait(max(0.0, self.last_change + WRITE_QUIET - time.monotonic()))
                continue
            self.dirty.clear()
            try:
                self._to_disk(self.app.snapshot.problems)
                retry_at, failure = 0.0, ""
            except ProjectBusy as busy:
                self.say(str(busy), error=True)
                self.dirty.set()
            except Exception as problem:
                said = str(problem) if isinstance(problem, TemplateProblem | UnsafeOutput) else traceback.format_exc()
                if said != failure:
                    self.say(f"could not write {self.settings.output_dir}/ (trying again every "
                             f"{RETRY_EVERY:.0f} s): {said}", error=True)
                retry_at, failure = time.monotonic() + RETRY_EVERY, said

    def build_loop(self, watcher: Watcher) -> None:
        seeds = self.settings.seeds.absolute()
        settings_file = (self.settings.root / config.CONFIG_NAME).absolute()
        while not self.stop.is_set():
            try:
                self._build_turn(watcher, seeds, settings_file)
            except Exception:  # the builder goes on with the next edit, whatever this one did
                self.say("could not rebuild:\n" + traceback.format_exc(), error=True)

    def _build_turn(self, watcher: Watcher, seeds: Path, settings_file: Path) -> None:
        paths = watcher.wait(0.5)
        if not paths or self.stop.is_set():
            return
        if any(p.is_relative_to(seeds) for p in paths if p is not EVERYTHING):
            self._ingest()
        paths = {p for p in paths if p is EVERYTHING or not p.is_relative_to(seeds)}
        if EVERYTHING in paths:
            self._apply(self.live.start, everything=True, locked=True)
        elif paths:  # (site.yaml: everything is read again, and the caches written)
            self._apply(lambda: self.live.update(paths), locked=settings_file in paths)

    def _ingest(self) -> None:
        from .ingest import run_ingest

        try:
            with self.project("serve (ingest)"):
                run_ingest(self.settings)  # new articles arrive as changes in content/
        except Exception:
            self.say("ingest failed:\n" + traceback.format_exc(), error=True)

    def close(self) -> None:
        """After the threads ended: search stopped, and what was served last is what output/ holds."""
        if self.search is not None:
            self.search.close()
        if self.live.site is None:
            return  # stopped before the first build
        try:
            if self.app.snapshot.overlay:
                self._to_disk(self.app.snapshot.problems, wait=60)
        except ProjectBusy as busy:
            self.say(f"{busy}; the edits are saved in content/, run `python build.py build` then", error=True)


def run_serve(settings: Settings) -> int:
    # (started from a shell's background job, SIGINT comes ignored and Python leaves it so: Ctrl-C, or a script's
    # SIGINT, must still stop the server and what it started)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from livereload import Server
    from livereload.handlers import LiveReloadHandler
    from livereload.watcher import Watcher as LivereloadWatcher
    from tornado.ioloop import IOLoop

    class Quiet(LivereloadWatcher):  # we watch and decide when to reload, not livereload's poller
        def watch(self, *args: Any, **kwargs: Any) -> None:
            pass

        def start(self, callback: Callable[[], None]) -> bool:
            return True

    loop_io = IOLoop.current()
    loop = Loop(settings, lambda: loop_io.add_callback(LiveReloadHandler.reload_waiters))
    watcher = Watcher([settings.content, settings.templates, settings.seeds], [settings.root / config.CONFIG_NAME],
                      say=lambda line: loop.say(line, error=True), display_root=settings.root)
    threads = [threading.Thread(target=loop.build_loop, args=(watcher,), daemon=True),
               threading.Thread(target=loop.write_loop, daemon=True)]
    try:
        loop._ingest()
        loop.start()
        loop.start_search()
        for thread in threads:
            thread.start()
        server = Server(loop.app, watcher=Quiet())
        print(f"serving {settings.output_dir}/ at http://{settings.host}:{settings.port}/ (Ctrl-C stops)", flush=True)
        server.serve(port=settings.port, host=settings.host, debug=False, restart_delay=0)
    except ProjectBusy as busy:
        print(busy, file=sys.stderr, flush=True)
        return 1
    finally:
        loop.stop.set()
        for thread in threads:
            if thread.is_alive():
                thread.join(timeout=30)
        watcher.close()
        loop.close()
    return 0
