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
import edited
import generate
import measure
import report
import tools

RUNS = {1000: 5, 10000: 3}
PHASES = ("clean", "warm", "noop", "one")


def corpus(n: int, seed: int, kind: str = "plain") -> Path:
    """bench/work/corpus-N (corpus-edited-N), generated once per (N, seed, kind, generator source)."""
    name = f"corpus-{n}" if kind == "plain" else f"corpus-{kind}-{n}"
    folder = tools.WORK / name
    stamp = f"{n} {seed} {kind} {hash_of(Path(generate.__file__), tools.BENCH / 'vocab.py', tools.BENCH / 'edited.py')}"
    mark = tools.WORK / f"{name}.stamp"
    if not (mark.exists() and mark.read_text() == stamp and folder.is_dir()):
        generate.generate(n, folder, seed=seed, clean=True, corpus=kind)
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


def build(tool: tools.Tool, phase: str, run: int, sample: dict[str, Any]) -> measure.Measured:
    """One build: its steps one after the other (Hugo, then Pagefind), each timed apart.

    Returns the sum of their times and the largest peak; a tool of several steps also gets each
    step's seconds and peak in sample (`clean_pagefind`, `peak_mb_pagefind`…)."""
    done: list[tuple[str, measure.Measured]] = []
    for step, cmd in tool.steps():
        log = tools.WORK / "logs" / f"{tool.name}-{tool.n}-{phase}-{run}{'' if step == 'build' else '-' + step}.log"
        os.sync()  # the previous step's writes and deletions are flushed now, not during this timed build
        done.append((step, measure.run(cmd, cwd=tool.cwd, log=log)))
        if done[-1][1].returncode != 0:
            return done[-1][1]
    if len(done) > 1:
        for step, result in done:
            sample.setdefault(f"{phase}_{step}", []).append(round(result.seconds, 3))
            sample.setdefault(f"peak_mb_{step}", []).append(round(result.peak_mb, 1))
    results = [result for _, result in done]
    return measure.Measured(sum(r.seconds for r in results), sum(r.cpu_seconds for r in results),
                            max(r.peak_mb for r in results), 0, results[-1].log)


def last_line(log: Path) -> str:
    lines = [line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return (lines[-1] if lines else "no output")[:160]


def cycle(tool: tools.Tool, run: int, sample: dict[str, Any], phases: tuple[str, ...] = PHASES) -> None:
    """clean, warm, no-op, one-article (or the first of them): appends one value per metric to sample."""
    tool.restore()
    tool.wipe(everything=True)
    steps: list[tuple[str, measure.Measured]] = []
    before: dict[str, tuple[int, int]] | None = None
    for phase in PHASES[:len(phases)]:
        if phase == "warm":
            tool.wipe(everything=False)
        if phase == "noop":
            before = snapshot(tool.output)
        if phase == "one":
            if before is not None:
                after = snapshot(tool.output)
                sample.setdefault("noop_writes", []).append(sum(1 for p, s in after.items() if before.get(p) != s))
            tool.edit(f"bench-{tool.n}-{run}")
        result = build(tool, phase, run, sample)
        if result.returncode != 0:
            sample["error"] = f"{phase} build exit {result.returncode}: {last_line(result.log)}"
            return
        if phase == "clean":
            sample.setdefault("pages", count_pages(tool.output))
        steps.append((phase, result))
    for phase, result in steps:
        sample.setdefault(phase, []).append(round(result.seconds, 3))
        sample.setdefault(f"{phase}_cpu", []).append(round(result.cpu_seconds, 3))
    sample.setdefault("peak_mb", []).append(round(max(r.peak_mb for _, r in steps), 1))
    page = tool.page()
    if "one" in phases and (not page.exists() or f"bench-{tool.n}-{run}" not in page.read_text(errors="replace")):
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
    parser.add_argument("--tools", nargs="+", choices=list(tools.TOOLS), default=["ours", "hugo", "hugo-pagefind"],
                        help="ours: this project (search as --search says); ours-off: search off; hugo-pagefind: "
                             "Hugo, then the Pagefind CLI over its article pages (default: ours hugo hugo-pagefind)")
    parser.add_argument("--search", choices=["on", "off"], default="on",
                        help="this project's search index (`ours`): on, as shipped (default), or off")
    parser.add_argument("--corpus", choices=edited.CORPORA, default="plain",
                        help="plain: the Markdown ingest writes (default); edited: what editors add (generate.py)")
    parser.add_argument("--phases", type=int, choices=range(1, 5), default=4, metavar="K",
                        help="the first K builds of clean, warm, no-op, one-article (default 4; 1: clean only)")
    parser.add_argument("--pagefind-cap-gib", type=float, default=tools.PAGEFIND_CAP_GIB,
                        help="address-space cap of the Pagefind CLI, so that it fails alone (0: none)")
    parser.add_argument("--runs", type=int, help="runs per N (default 5 at 1,000, 3 at 10,000, else 3)")
    parser.add_argument("--edits", type=int, default=5, help="edits timed in each watching server (default 5)")
    parser.add_argument("--no-live", action="store_true", help="skip the serve / hugo server measurements")
    parser.add_argument("--quick", action="store_true", help="N=1000, one run, two live edits: a smoke check")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--work", type=Path, help="work folder instead of bench/work (two runs at once need two)")
    parser.add_argument("--rev", default="HEAD", help="the commit of this project to measure (default HEAD)")
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
    tools.SEARCH, tools.PAGEFIND_CAP_GIB = args.search == "on", args.pagefind_cap_gib
    tools.WORK.mkdir(parents=True, exist_ok=True)
    if {"ours", "ours-off"} & set(args.tools) and not args.working_tree:
        print(f"measuring this project at commit {tools.snapshot(args.rev)}", flush=True)
    if {"hugo", "hugo-pagefind", "pelican"} & set(args.tools):
        tools.ensure_peers()
    results: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "machine": machine(),
        "versions": tools.versions(args.tools), "args": {k: str(v) if isinstance(v, Path) else v
                                                          for k, v in vars(args).items()},
        "load_before": os.getloadavg(), "samples": {}}
    for n in args.n:
        runs = args.runs or RUNS.get(n, 3)
        folder = corpus(n, args.seed, args.corpus)
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
                cycle(tool, run, samples[tool.name], PHASES[:args.phases])
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
        f"{results['machine']['memory_gib']} GiB, load {results['load_before'][0]:.1f} before; corpus {args.corpus}; "
        f"this project's search {args.search}; versions {results['versions']}; medians of "
        + ", ".join(f"{args.runs or RUNS.get(n, 3)} runs at N={n}" for n in args.n) + ".",
        report.table(summary), report.ratio_table(summary),
        "Targets (issue 8):\n\n" + report.targets_text(results["targets"]),
        "Targets (issue 15):\n\n" + report.targets_text(report.targets15(summary)),
    ) if part)
    print("\n" + text)
    (tools.WORK / "results.md").write_text(text + "\n", encoding="utf-8")
    (tools.WORK / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten: {tools.WORK / 'results.json'}, {tools.WORK / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
