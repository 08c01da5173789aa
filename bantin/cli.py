"""Command line: `python build.py [ingest|build|serve|check] …` (see DESIGN.md, Command line)."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from . import config, fsutil, lock
from .fsutil import os_problem

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python build.py",
        description="Bản tin địa phương: turn scraped seeds into a curated static news digest. "
        "With no command: ingest new seeds, then build the site.",
    )
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project folder holding site.yaml (default: here)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest",
        help="seeds -> front-mattered Markdown in content/",
        description="Turn every seed not yet ingested into content/<slug>.md. Never overwrites "
        "an article unless --force, which keeps a backup.",
    )
    ingest.add_argument("--seeds", type=Path, help="folder of seed .txt files (default from site.yaml: seeds/)")
    ingest.add_argument("--content", type=Path, help="content folder (default: content/)")
    ingest.add_argument(
        "--force", action="store_true", help="re-extract seeds already ingested; the old file is backed up"
    )

    build = commands.add_parser(
        "build",
        help="content -> site in the output folder",
        description="Render content/ through templates/ into output/.",
    )
    build.add_argument("--content", type=Path, help="content folder (default: content/)")
    build.add_argument("--output", type=Path, help="output folder (default: output/)")

    serve = commands.add_parser(
        "serve",
        help="build, serve on loopback, watch and live-reload",
        description="Build, serve output/, rebuild on every change and reload the browser.",
    )
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8000)")

    check = commands.add_parser(
        "check",
        help="validate content and list what editors should review",
        description="Validate every content file; list the review queue. Exit 1 on errors.",
    )
    check.add_argument("--content", type=Path, help="content folder (default: content/)")
    return parser


def _settings(args: argparse.Namespace) -> config.Settings:
    settings = config.load(args.root)
    changes = {}
    for option, attr in (("seeds", "seeds_dir"), ("content", "content_dir"), ("output", "output_dir")):
        value = getattr(args, option, None)
        if value is not None:
            changes[attr] = str(value.resolve())
    for option, attr in (("host", "host"), ("port", "port")):
        value = getattr(args, option, None)
        if value is not None:
            changes[attr] = value
    return replace(settings, **changes) if changes else settings


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
    except config.ConfigError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS
    command = args.command or "all"
    if command in ("ingest", "build", "all"):
        return _writing(settings, command, lambda: _ingest_and_build(settings, command, args))
    if command == "serve":
        from .serve import run_serve

        return run_serve(settings)
    if command == "check":
        from .check import run_check

        return run_check(settings)
    return EXIT_USAGE


def _ingest_and_build(settings: config.Settings, command: str, args: argparse.Namespace) -> int:
    ingest_status = EXIT_OK
    if command in ("ingest", "all"):
        from .ingest import run_ingest

        ingest_status = run_ingest(settings, force=getattr(args, "force", False))
    if command in ("build", "all"):
        from .pipeline import run_build

        return max(ingest_status, run_build(settings))
    return ingest_status


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _stop(signum: int, frame: object) -> None:
    fsutil.STOP.set()  # the command stops at its next safe point, as after Ctrl-C


def _writing(settings: config.Settings, command: str, work: Callable[[], int]) -> int:
    """Run a command that writes the project while holding its lock (one writer at a time); a
    failed read or write, Ctrl-C or SIGTERM end it with one line, never a traceback."""
    cache = settings.root / ".cache"
    typed = "" if command == "all" else command  # (the default command is typed as no command)
    fsutil.STOP.clear()
    before = _on_sigterm(_stop)
    try:
        with lock.project_lock(cache, typed, wait=lock.DEFAULT_WAIT, say=_say):
            return work()
    except lock.ProjectBusy as err:
        _say(f"{settings.root}: {err}")
    except KeyboardInterrupt:
        _say(f"{typed or 'python build.py'}: stopped; nothing half-written was kept, {settings.output_dir}/ and "
             f"{settings.content_dir}/ hold whole files only")
        return EXIT_INTERRUPTED
    except OSError as err:
        _say(os_problem(err, [(cache, ".cache"), (settings.content, settings.content_dir),
                              (settings.output, settings.output_dir), (settings.root, str(settings.root))]))
    finally:
        if before is not None:
            _on_sigterm(before)
    return EXIT_PROBLEMS


def _on_sigterm(handler: object) -> object:
    """Set the SIGTERM handler, returning the previous one (only the main thread may)."""
    try:
        return signal.signal(signal.SIGTERM, handler)  # type: ignore[arg-type]
    except ValueError:
        return None
