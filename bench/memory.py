#!/usr/bin/env python3
"""Where the build's memory is: tracemalloc snapshots of one clean build, in this process (issue 15).

    .venv/bin/python bench/memory.py bench/work/ours-off-10000/root [--top 20]

ROOT is a bench root that bench/run.py prepared (its site.yaml points at the bench's content and
output). The build runs in this process with tracemalloc on (about 3× slower), after deleting the
output and the caches; snapshots are taken when the pages are about to be written (the model,
the plan and every article are in memory then) and when publishing ends. For each: the Python
heap traced, and the lines that allocated most of what is still alive. Worker processes (the
Markdown pool, the render pool) are not traced: their memory is their own.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tracemalloc
from pathlib import Path
from typing import Any


def report(label: str, top: int, frames: int = 1) -> None:
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    stats = snap.statistics("lineno" if frames == 1 else "traceback")
    total = sum(s.size for s in stats)
    peak = tracemalloc.get_traced_memory()[1]
    print(f"\n## {label}: {total / 2**20:.0f} MiB traced alive (peak so far {peak / 2**20:.0f} MiB)\n")
    print("| MiB | blocks | where |\n|---|---|---|")
    for stat in stats[:top]:
        where = " ← ".join(f"{f.filename.split('site-packages/')[-1].split('/bantin/')[-1].split('/lib/python3')[-1]}"
                           f":{f.lineno}" for f in reversed(stat.traceback))
        print(f"| {stat.size / 2**20:.1f} | {stat.count} | {where} |")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--frames", type=int, default=1, help="frames per allocation site (default 1)")
    parser.add_argument("--before-publish", action="store_true", help="stop when the pages are about to be written")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    from bantin import cli  # the project the root links to
    from bantin import publish as publishing  # full_build imports publish() from here when it runs

    for name in ("output", ".cache"):
        if (root / name).is_dir() and not (root / name).is_symlink():
            shutil.rmtree(root / name)
    publish = publishing.publish

    def traced(*a: Any, **k: Any) -> Any:
        report("pages about to be written (model, plan, articles alive)", args.top, args.frames)
        if args.before_publish:
            raise SystemExit(0)
        try:
            return publish(*a, **k)
        finally:
            report("publishing done", args.top, args.frames)

    publishing.publish = traced
    tracemalloc.start(args.frames)
    code = cli.main(["--root", str(root), "build"])
    print(f"\nbuild exit {code}; traced peak {tracemalloc.get_traced_memory()[1] / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
