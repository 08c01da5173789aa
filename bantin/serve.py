"""`python build.py serve`: build, serve the output folder on loopback, rebuild on every edit.

Two threads beside the web server. The builder waits for changes (content/, templates/,
site.yaml, seeds/: a new seed is ingested), updates the live plan (live.py), renders the pages
whose signature changed into memory, and publishes them at once as an overlay on the output
folder: a request sees the site before the edit or after it, never a mix. Then the browser
reloads (livereload). The writer brings the output folder on disk up to date afterwards, outside
the editor's wait, with the same atomic swap as `build`, and refreshes the search index if the
project has one. A broken edit keeps the server running: its `file:line` messages are printed
and shown in a banner on every page until it is fixed. Ctrl-C stops it.
"""

from __future__ import annotations

import gc
import html
import mimetypes
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import config, search
from .config import Settings
from .live import Live, Outcome
from .pipeline import cache_dir
from .publish import publish
from .render import TemplateProblem
from .site import Site
from .watch import EVERYTHING, Watcher
from .writer import UnsafeOutput

OVERLAY_LIMIT = 300  # more changed pages than this (a template edit) are rendered straight to disk
BANNER_LINES = 30


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

    def __init__(self, settings: Settings, reload: Callable[[], None]) -> None:
        self.settings, self.reload = settings, reload
        self.live = Live(settings)
        self.app = App(Snapshot(settings.output))
        self.state_lock = threading.Lock()  # the live state and the snapshot change together
        self.disk_lock = threading.Lock()  # one publish to disk at a time
        self.dirty = threading.Event()
        self.stop = threading.Event()
        self.signatures: dict[str, str] = {}  # path -> signature of the page the overlay holds

    def say(self, message: str, error: bool = False) -> None:
        print(message, file=sys.stderr if error else sys.stdout, flush=True)

    def start(self) -> None:
        self.say(f"building {self.settings.content_dir}/ …")
        started = time.perf_counter()
        self._apply(lambda: self.live.start(), everything=True)
        self.say(f"built in {time.perf_counter() - started:.1f} s")

    def _apply(self, update: Callable[[], Outcome], everything: bool = False) -> None:
        """Run an update; publish its pages (overlay, or disk when many); show its problems."""
        started = time.perf_counter()
        try:
            with self.state_lock:
                outcome = update()
                big = everything or len(outcome.changed) > OVERLAY_LIMIT
                if not big:
                    fresh = self._render(outcome)
                    self.signatures.update({p.path: p.signature for p in outcome.changed})
                    snap = self.app.snapshot
                    overlay = {**snap.overlay, **fresh, **dict.fromkeys(outcome.removed)}
                    self.app.snapshot = Snapshot(snap.root, overlay, outcome.problems)
        except (TemplateProblem, config.ConfigError, UnsafeOutput) as problem:
            lines = tuple(getattr(problem, "problems", None) or [str(problem)])
            self._show(lines, "nothing rebuilt")
            return
        if big:
            gc.freeze()  # what a full build made lives on: collections need not scan it (no pauses)
            self._to_disk(outcome.problems)
        else:
            self.dirty.set()
        took = (time.perf_counter() - started) * 1000
        self._show(outcome.problems, f"{len(outcome.changed)} page(s) rebuilt, {len(outcome.removed)} removed "
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

    def _to_disk(self, problems: tuple[str, ...], search: bool = True) -> None:
        """Write the whole plan to the output folder; the overlay is then on disk."""
        with self.disk_lock:
            with self.state_lock:
                pages = list(self.live.pages.values())
                site, snap = self.live.site, self.app.snapshot
                written = {p.path: data for p in pages if (data := snap.overlay.get(p.path)) is not None
                           and self.signatures.get(p.path) == p.signature}  # rendered for this very plan
            assert site is not None
            publish(self.settings.output, pages, self.live.templates, site, cache_dir(self.settings),
                    rendered=written, finish=search_index(self.stop, self.settings, site) if search
                    else search.keep_bundle(self.settings.output))
            with self.state_lock:
                now = self.app.snapshot
                left = {rel: data for rel, data in now.overlay.items() if snap.overlay.get(rel, b"") is not data}
                self.signatures = {rel: sig for rel, sig in self.signatures.items() if rel in left}
                self.app.snapshot = Snapshot(now.root, left, problems if snap is now else now.problems)

    def write_loop(self) -> None:
        while not self.stop.is_set():
            if not self.dirty.wait(0.5):
                continue
            self.dirty.clear()
            try:
                self._to_disk(self.app.snapshot.problems)
            except search.SearchInterrupted:
                pass  # stopping: the exit's write carries the previous index over
            except Exception:
                self.say("could not write the output folder:\n" + traceback.format_exc(), error=True)

    def build_loop(self, watcher: Watcher) -> None:
        seeds = self.settings.seeds
        while not self.stop.is_set():
            paths = watcher.wait(0.5)
            if not paths or self.stop.is_set():
                continue
            if any(p.is_relative_to(seeds) for p in paths if p is not EVERYTHING):
                self._ingest()
            paths = {p for p in paths if p is EVERYTHING or not p.is_relative_to(seeds)}
            if EVERYTHING in paths:
                self._apply(self.live.start, everything=True)
            elif paths:
                self._apply(lambda changed=paths: self.live.update(changed))

    def _ingest(self) -> None:
        from .ingest import run_ingest

        try:
            run_ingest(self.settings)  # new articles arrive as changes in content/
        except Exception:
            self.say("ingest failed:\n" + traceback.format_exc(), error=True)


def search_index(stop: threading.Event, settings: Settings, site: Site) -> Callable[[Path], None] | None:
    """The search index's maker (issues 7, 15: search.index_site on the new tree), if the site has
    search on. It re-indexes only the parts the edit changed, in Pagefind processes at low
    priority that die with the server; stopping the server stops it and the publish is dropped,
    the previous bundle kept (the exit's write carries it over: search.keep_bundle)."""
    if not settings.search:
        return None
    return lambda folder: search.index_site(site.entries, folder, cache_dir(settings), settings.output, stop)


def run_serve(settings: Settings) -> int:
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
    watcher = Watcher([settings.content, settings.templates, settings.seeds], [settings.root / config.CONFIG_NAME])
    loop._ingest()
    loop.start()
    threads = [threading.Thread(target=loop.build_loop, args=(watcher,), daemon=True),
               threading.Thread(target=loop.write_loop, daemon=True)]
    for thread in threads:
        thread.start()
    server = Server(loop.app, watcher=Quiet())
    print(f"serving {settings.output_dir}/ at http://{settings.host}:{settings.port}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve(port=settings.port, host=settings.host, debug=False, restart_delay=0)
    finally:
        loop.stop.set()
        for thread in threads:
            thread.join(timeout=10)
        watcher.close()
        if loop.app.snapshot.overlay:  # what was served last is what output/ holds
            loop._to_disk(loop.app.snapshot.problems, search=False)
    return 0
