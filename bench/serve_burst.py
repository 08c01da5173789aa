#!/usr/bin/env python3
"""`serve` after a burst of edits (issue 14, point 6): how long after the last save is the last
saved state served?

    .venv/bin/python bench/serve_burst.py 2000                # 3 bursts, search index on
    .venv/bin/python bench/serve_burst.py 2000 --bursts 5 --no-search --template

Uses the corpus bench/run.py generates (bench/work/corpus-N) in a project folder of its own
(bench/work/burst-N), on the working tree. `python build.py serve` is started once; each burst
is 50 saves, 40 ms apart, over 10 articles: some saves break the front matter and a later save
fixes it (`--template` also edits base.html once, early in the burst: every page changes). The
figure is the time from the last save until all 10 pages show their last saved text with no
error banner, polled one page at a time, 50 ms apart. Bursts are 5 s apart. Prints the median
and every sample.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import urllib.request
from pathlib import Path

import convert
import measure
import run as runner
import tools

SAVES, ARTICLES, GAP = 50, 10, 0.04


def body(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def burst(number: int, articles: list[Path], good: dict[Path, str], template: Path | None, url: str) -> float:
    final: dict[Path, str] = {}
    for i in range(SAVES):
        article = articles[i % ARTICLES]
        if template is not None and i == 12:
            template.write_text(template.read_text(encoding="utf-8") + f"{{# loạt {number} #}}\n", encoding="utf-8")
        if i < SAVES - ARTICLES and i % 7 == 3:
            article.write_text(good[article].replace("title: ", "title: [hỏng ", 1), encoding="utf-8")
        else:
            final[article] = f"Loạt {number}, lần lưu {i}."
            article.write_text(good[article] + f"\n{final[article]}\n", encoding="utf-8")
        time.sleep(GAP)
    last = time.perf_counter()
    pending = dict(final)
    while pending:  # one page at a time, 50 ms apart: a browser's reload, not a load test (each request
        # takes the interpreter from serve's builder)
        article, marker = next(iter(pending.items()))
        page = body(f"{url}tin/{article.stem}/")
        if marker in page and "bantin-problems" not in page:
            del pending[article]
            continue
        if time.perf_counter() - last > 120:
            raise SystemExit(f"burst {number}: not served after 120 s")
        time.sleep(0.05)
    return time.perf_counter() - last


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--bursts", type=int, default=3)
    parser.add_argument("--no-search", action="store_true", help="site.yaml search: false")
    parser.add_argument("--template", action="store_true", help="also edit base.html in each burst")
    args = parser.parse_args(argv)
    if not args.no_search:
        os.environ["BENCH_SEARCH"] = "1"  # tools.Ours.prepare reads it
    folder = runner.corpus(args.n, 1)
    items = convert.read_corpus(folder)
    tool = tools.Ours(name="ours", label="this project", n=args.n, home=tools.WORK / f"burst-{args.n}")
    tool.prepare(folder, items, sorted(item.slug for item in items)[0])
    template = None
    if args.template:  # a copy of the templates of its own, to edit
        link = tool.root / "templates"
        source = link.resolve()
        link.unlink()
        import shutil

        shutil.copytree(source, link)
        template = link / "base.html"
    articles = sorted(tool.content.glob("*.md"))[:: max(1, args.n // ARTICLES)][:ARTICLES]
    good = {a: a.read_text(encoding="utf-8") for a in articles}
    port = measure.free_port()
    url = f"http://127.0.0.1:{port}/"
    log = tools.WORK / "logs" / f"burst-{args.n}-serve.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    import subprocess

    with log.open("wb") as out:
        proc = subprocess.Popen(tool.serve_cmd(port) or [], cwd=tool.cwd, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            started = time.perf_counter()
            while not body(url):
                if proc.poll() is not None or time.perf_counter() - started > 900:
                    print(f"serve did not start; see {log}")
                    return 1
                time.sleep(0.1)
            samples = []
            for number in range(args.bursts):
                time.sleep(5)
                samples.append(round(burst(number, articles, good, template, url), 3))
                print(f"burst {number}: last save served after {samples[-1]:.3f} s", flush=True)
        finally:
            measure.stop(proc)
            for article, text in good.items():
                article.write_text(text, encoding="utf-8")
    what = f"N={args.n}, search {'off' if args.no_search else 'on'}{', template edit' if template else ''}"
    print(f"{what}: last saved state served after a burst of {SAVES} saves: median "
          f"{statistics.median(samples):.3f} s; samples {samples}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
