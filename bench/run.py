#!/usr/bin/env python3
"""Build one generated corpus with this project, Hugo and Pelican; print medians and targets.

    .venv/bin/python bench/run.py                 # N = 1,000 (5 runs) and 10,000 (3 runs)
    .venv/bin/python bench/run.py --quick         # N = 1,000, one run: a smoke check
    .venv/bin/python bench/run.py --n 10000 --tools ours hugo --runs 1

Each run does, for each tool in turn (the order rotates between runs, so drift on a noisy
machine spreads evenly): a clean build (no output, no caches), a warm build (caches kept,
output removed), a no-op rebuild, and a rebuild after one article's body was edited. Every
build is a fresh process. Then, once per N, the watch loop: this project's `serve` and
`hugo server`, one article edited, time until the page is served updated. Results: a Markdown
table on stdout and in bench/work/results.md, everything in bench/work/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

import convert
import generate
import measure
import report
import tools

RUNS = {1000: 5, 10000: 3}


def corpus(n: int, seed: int) -> Path:
    """bench/work/corpus-N, generated once per (N, seed, generator source)."""
    folder = tools.WORK / f"corpus-{n}"
    stamp = f"{n} {seed} {hash_of(Path(generate.__file__), tools.BENCH / 'vocab.py')}"
    mark = tools.WORK / f"corpus-{n}.stamp"
    if not (mark.exists() and mark.read_text() == stamp and folder.is_dir()):
        generate.generate(n, folder, seed=seed, clean=True)
        mark.write_text(stamp)
    return folder


def hash_of(*paths: Path) -> str:
    import hashlib

    return hashlib.sha256(b"".join(p.read_bytes() for p in paths)).hexdigest()[:12]


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for base, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(base, name)
            stat = os.stat(path)
            found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def count_pages(folder: Path) -> int:
    return sum(1 for _, _, files in os.walk(folder) for name in files if name.endswith(".html"))


def build(tool: tools.Tool, phase: str, run: int) -> measure.Measured:
    log = tools.WORK / "logs" / f"{tool.name}-{tool.n}-{phase}-{run}.log"
    os.sync()  # the previous step's writes and deletions are flushed now, not during this timed build
    return measure.run(tool.build_cmd(), cwd=tool.cwd, log=log)


def last_line(log: Path) -> str:
    lines = [line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return (lines[-1] if lines else "no output")[:160]


def cycle(tool: tools.Tool, run: int, sample: dict[str, Any]) -> None:
    """clean, warm, no-op, one-article: appends one value per metric to sample."""
    tool.restore()
    tool.wipe(everything=True)
    steps: list[tuple[str, measure.Measured]] = []
    before: dict[str, tuple[int, int]] = {}
    for phase in ("clean", "warm", "noop", "one"):
        if phase == "warm":
            sample.setdefault("pages", count_pages(tool.output))
            tool.wipe(everything=False)
        if phase == "noop":
            before = snapshot(tool.output)
        if phase == "one":
            after = snapshot(tool.output)
            sample.setdefault("noop_writes", []).append(sum(1 for p, s in after.items() if before.get(p) != s))
            tool.edit(f"bench-{tool.n}-{run}")
        result = build(tool, phase, run)
        if result.returncode != 0:
            sample["error"] = f"{phase} build exit {result.returncode}: {last_line(result.log)}"
            return
        steps.append((phase, result))
    for phase, result in steps:
        sample.setdefault(phase, []).append(round(result.seconds, 3))
        sample.setdefault(f"{phase}_cpu", []).append(round(result.cpu_seconds, 3))
    sample.setdefault("peak_mb", []).append(round(max(r.peak_mb for _, r in steps), 1))
    page = tool.page()
    if not page.exists() or f"bench-{tool.n}-{run}" not in page.read_text(errors="replace"):
        sample["stale"] = True


def live(tool: tools.Tool, edits: int, sample: dict[str, Any]) -> None:
    port = measure.free_port()
    cmd = tool.serve_cmd(port)
    if cmd is None:  # Pelican: no watch loop measured
        if tool.name == "ours":
            sample["live"] = "not available yet (no `python build.py serve`, issue 6)"
        return
    tool.restore()
    stamp = int(time.time())
    markers = [f"live-{tool.n}-{stamp}-{i}" for i in range(edits)]
    log = tools.WORK / "logs" / f"{tool.name}-{tool.n}-serve.log"
    got = measure.live_edits(cmd, tool.cwd, log, tool.serve_url(port), tool.edit, markers)
    sample["live"] = [round(t, 3) for t in got] if isinstance(got, list) else got
    tool.restore()


def machine() -> dict[str, Any]:
    cpu = "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        lines = cpuinfo.read_text().splitlines()
        names = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
        cpu = names[0] if names else cpu
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem, 1), "os": platform.platform(),
            "python": platform.python_version()}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", help="corpus sizes (default 1000 10000)")
    parser.add_argument("--tools", nargs="+", choices=list(tools.TOOLS), default=list(tools.TOOLS))
    parser.add_argument("--runs", type=int, help="runs per N (default 5 at 1,000, 3 at 10,000, else 3)")
    parser.add_argument("--edits", type=int, default=5, help="edits timed in each watching server (default 5)")
    parser.add_argument("--no-live", action="store_true", help="skip the serve / hugo server measurements")
    parser.add_argument("--quick", action="store_true", help="N=1000, one run, two live edits: a smoke check")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--work", type=Path, help="work folder instead of bench/work (two runs at once need two)")
    parser.add_argument("--working-tree", action="store_true",
                        help="measure the project's working tree as it is, not a snapshot of its HEAD commit")
    args = parser.parse_args(argv)
    if args.quick:
        args.n, args.runs, args.edits = args.n or [1000], 1, 2
    args.n = args.n or [1000, 10000]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.work:
        tools.WORK = args.work.resolve()
    tools.WORK.mkdir(parents=True, exist_ok=True)
    if "ours" in args.tools and not args.working_tree:
        print(f"measuring this project at commit {tools.snapshot()}", flush=True)
    if {"hugo", "pelican"} & set(args.tools):
        tools.ensure_peers()
    results: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "machine": machine(),
        "versions": tools.versions(args.tools), "args": {k: str(v) if isinstance(v, Path) else v
                                                          for k, v in vars(args).items()},
        "load_before": os.getloadavg(), "samples": {}}
    for n in args.n:
        runs = args.runs or RUNS.get(n, 3)
        folder = corpus(n, args.seed)
        items = convert.read_corpus(folder)
        dated = sorted(item.slug for item in items if item.date)
        slug = dated[len(dated) // 2]  # the article the one-article and live edits change
        setup = [tools.make(name, n) for name in args.tools]
        for tool in setup:
            print(f"[N={n}] preparing {tool.label} …", flush=True)
            tool.prepare(folder, items, slug)
        samples: dict[str, dict[str, Any]] = {tool.name: {} for tool in setup}
        for run in range(runs):
            order = setup[run % len(setup):] + setup[: run % len(setup)]
            for tool in order:
                if samples[tool.name].get("error"):
                    continue
                start = time.perf_counter()
                cycle(tool, run, samples[tool.name])
                done = samples[tool.name].get("error") or f"{time.perf_counter() - start:.0f} s"
                print(f"[N={n}] run {run + 1}/{runs} {tool.label}: {done}", flush=True)
        for tool in setup:
            if not args.no_live and not samples[tool.name].get("error"):
                print(f"[N={n}] watch loop: {tool.label} …", flush=True)
                live(tool, args.edits, samples[tool.name])
        results["samples"][str(n)] = samples
    summary = {n: {name: report.medians(s) for name, s in tools_.items()} for n, tools_ in results["samples"].items()}
    results["medians"] = summary
    results["load_after"] = os.getloadavg()
    results["targets"] = report.targets(summary)
    text = "\n\n".join(part for part in (
        f"Measured {results['date']} on {results['machine']['cpu']}, {results['machine']['cores']} cores, "
        f"{results['machine']['memory_gib']} GiB; versions {results['versions']}; medians of "
        + ", ".join(f"{args.runs or RUNS.get(n, 3)} runs at N={n}" for n in args.n) + ".",
        report.table(summary), report.ratio_table(summary),
        "Targets (issue 8):\n\n" + report.targets_text(results["targets"]),
    ) if part)
    print("\n" + text)
    (tools.WORK / "results.md").write_text(text + "\n", encoding="utf-8")
    (tools.WORK / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten: {tools.WORK / 'results.json'}, {tools.WORK / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
