#!/usr/bin/env python3
"""The editors' loop at N articles (issue 6): no-op `python build.py`, and serve's edit latency.

    .venv/bin/python bench/editors.py 10000            # defaults: 5 no-op runs, 10 edits
    .venv/bin/python bench/editors.py 1000 --edits 5

Uses the corpus bench/run.py generates (bench/work/corpus-N) and a project folder of its own
(bench/work/editors-N). Measures the working tree. Prints medians and every sample:
- no-op `python build.py` (ingest's seed check, then the build: nothing changed), wall time;
- no-op `python build.py build`;
- one article's body edited in `python build.py serve`: time from writing the file until its
  URL returns the new text (polled every 5 ms), edits 2 s apart, the server started once;
- and until the edit is searchable: the served search bundle (output/pagefind/, which the
  search page reads) holds a fragment with the new text (issue 15), polled every 50 ms.
The project's site.yaml is the shipped one (search on).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
from pathlib import Path

import convert
import measure
import run as runner
import tools


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args(argv)
    folder = runner.corpus(args.n, 1)
    items = convert.read_corpus(folder)
    dated = sorted(item.slug for item in items if item.date)
    tool = tools.Ours(name="ours", label="this project", n=args.n, home=tools.WORK / f"editors-{args.n}")
    tool.prepare(folder, items, dated[len(dated) // 2])
    logs = tools.WORK / "logs"
    first = measure.run(tool.build_cmd(), cwd=tool.cwd, log=logs / f"editors-{args.n}-first.log")
    print(f"N={args.n}: first build {first.seconds:.1f} s (caches cold)", flush=True)
    everything = [tools.python(), str(tools.PROJECT.dir / "build.py"), "--root", str(tool.root)]
    results = {}
    for label, cmd in (("no-op `python build.py`", everything), ("no-op `python build.py build`", tool.build_cmd())):
        runs = [measure.run(cmd, cwd=tool.cwd, log=logs / f"editors-{args.n}-noop-{i}.log") for i in range(args.runs)]
        assert all(r.returncode == 0 for r in runs), f"{label} failed: see {logs}"
        results[label] = [round(r.seconds, 3) for r in runs]
    port = measure.free_port()
    markers = [f"editors-{args.n}-{i}" for i in range(args.edits)]
    got = measure.live_edits(tool.serve_cmd(port) or [], tool.cwd, logs / f"editors-{args.n}-serve.log",
                             tool.serve_url(port), tool.edit, markers,
                             found=lambda marker, since: in_search_bundle(tool.output / "pagefind", marker, since))
    tool.restore()
    if isinstance(got, str):
        print(f"serve: {got}")
        return 1
    results["edit → served (serve)"] = [round(t, 3) for t in got[0::2]]
    results["edit → searchable (serve)"] = [round(t, 3) for t in got[1::2]]
    for label, samples in results.items():
        print(f"{label}: median {statistics.median(samples):.3f} s; samples {samples}")
    return 0


def in_search_bundle(bundle: Path, marker: str, since: float) -> bool:
    """Does a fragment written into the bundle since `since` (a new part) hold the marker? A
    fragment is the gzip of Pagefind's JSON of one page, its text included."""
    needle = marker.encode()
    try:  # the bundle is swapped in whole, parts.json written anew: until then, nothing to read
        if (bundle / "parts.json").stat().st_mtime < since:
            return False
        fragments = list(bundle.glob("**/fragment/*.pf_fragment"))
    except OSError:
        return False  # a part replaced while listed: the next poll sees the new one
    for fragment in fragments:
        try:
            if fragment.stat().st_mtime >= since and needle in gzip.decompress(fragment.read_bytes()):
                return True
        except (OSError, EOFError, gzip.BadGzipFile):
            continue
    return False


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
