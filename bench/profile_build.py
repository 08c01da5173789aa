#!/usr/bin/env python3
"""Profile this project's build on a generated corpus with py-spy; print the top functions.

    .venv/bin/python bench/profile_build.py 10000 [--phase clean warm noop one] [--rate 100]
    .venv/bin/python bench/profile_build.py 10000 --phase clean --search off --corpus edited

Uses the corpus and the project's bench folder that bench/run.py prepares (it prepares them
itself if missing). py-spy samples the build and its worker processes (--subprocesses);
each phase leaves bench/work/profile/<N>-<phase>.txt (collapsed stacks, for speedscope or
flamegraph.pl) and the summary printed here: where the samples fall by stage, and the
functions with the most samples, inclusive (the function and what it calls) and self.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import run as runner
import tools

OUT = tools.WORK / "profile"
_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")


def short(frame: str) -> str:
    """`render_page (/work/main/bantin/render.py:88)` -> `bantin/render.py:render_page`."""
    match = _FRAME.match(frame.strip())
    if not match:
        return frame.strip()
    path = match["file"]
    for marker in ("/site-packages/", "/lib/python3.11/", str(tools.ROOT) + "/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{match['func']}"


def summarize(collapsed: Path, top: int = 25) -> str:
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in collapsed.read_text(errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [short(f) for f in stack.split(";") if f.strip() and not f.startswith(("process ", "thread "))]
        if not frames:
            continue
        total += count
        own[frames[-1]] += count
        for frame in set(frames):
            inclusive[frame] += count
    if not total:
        return f"{collapsed}: no samples"

    def rows(counter: Counter[str]) -> list[str]:
        return [f"| {100 * c / total:5.1f}% | `{name}` |" for name, c in counter.most_common(top)]

    project = Counter({k: v for k, v in inclusive.items() if k.startswith(("bantin/", "build.py"))})
    return "\n".join([
        f"{total} samples ({collapsed.name})", "", "Project functions, inclusive:", "", "| share | function |",
        "|---|---|", *rows(project), "", "All functions, self:", "", "| share | function |", "|---|---|", *rows(own)])


def profile(n: int, phase: str, rate: int, corpus: str = "plain") -> Path:
    tool = tools.make("ours", n)
    folder = runner.corpus(n, 1, corpus)
    names = sorted(p.name for p in folder.glob("*.md"))
    if phase == "clean" or not (tool.home / "content").is_dir():  # fresh copy, linked to the code measured
        tool.prepare(folder, [], names[len(names) // 2][:-3])
    else:
        tool.remember(tool.home / "content" / names[len(names) // 2], names[len(names) // 2][:-3])
    if phase in ("clean", "warm"):
        tool.wipe(everything=phase == "clean")
    elif phase == "one":
        tool.edit(f"profile-{time.time():.0f}")
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{n}-{phase}{'' if corpus == 'plain' else '-' + corpus}-search-{'on' if tools.SEARCH else 'off'}.txt"
    spy = tools.VENV / "bin" / "py-spy"
    cmd = [str(spy), "record", "--format", "raw", "--rate", str(rate), "--subprocesses", "--output", str(out),
           "--", *tool.build_cmd()]
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=tool.cwd, capture_output=True, text=True)
    print(f"[{n} {phase}] {time.perf_counter() - start:.1f} s under py-spy, exit {done.returncode}", flush=True)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="corpus size")
    parser.add_argument("--phase", nargs="+", default=["clean", "warm", "noop"],
                        choices=["clean", "warm", "noop", "one"])
    parser.add_argument("--rate", type=int, default=100, help="samples per second (default 100)")
    parser.add_argument("--top", type=int, default=25, help="rows per table (default 25)")
    parser.add_argument("--working-tree", action="store_true", help="profile the working tree, not HEAD's snapshot")
    parser.add_argument("--search", choices=["on", "off"], default="on", help="search index: on (as shipped) or off")
    parser.add_argument("--corpus", choices=["plain", "edited"], default="plain", help="which generated corpus")
    args = parser.parse_args(argv)
    tools.SEARCH = args.search == "on"
    tools.ensure_peers()  # py-spy lives in bench/work/venv
    if not args.working_tree:
        print(f"profiling this project at commit {tools.snapshot()}", flush=True)
    for phase in args.phase:  # in this order a warm or no-op phase follows the build before it
        out = profile(args.n, phase, args.rate, args.corpus)
        if out.exists():
            print(summarize(out, args.top) + "\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
