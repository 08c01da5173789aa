"""Benchmark: ingest N seeds (default 1,000) into an empty content folder; target ≤ 10 s on 2 cores.

    .venv/bin/python bench/ingest_speed.py [--seeds 1000] [--runs 3]

The seeds are the project's own (seeds/ and tests/fixtures/genre/), each copy made distinct by
shuffling its paragraphs and changing its numbers, so that no two are the same text.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/fixtures/genre").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def variant(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    head, body = lines[:3], lines[3:]
    if len(body) > 4:
        middle = body[1:-3]
        rng.shuffle(middle)
        body = [body[0], *middle, *body[-3:]]
    bumped = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m[1]) + rng.randint(0, 9)), "\n".join(body))
    longest = max(range(len(body)), key=lambda i: len(body[i]), default=0)
    extra = f" Hội nghị có {rng.randint(40, 400)} đại biểu tham dự, {rng.randint(5, 60)} ý kiến phát biểu."
    lines = bumped.split("\n")
    if lines:
        lines[longest] += extra
    return "\n".join(head) + "\n" + "\n".join(lines)


def make_seeds(folder: Path, count: int) -> None:
    rng = random.Random(20261123)
    texts = sources()
    for index in range(count):
        (folder / f"{index:05d}.txt").write_text(variant(texts[index % len(texts)], rng), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        make_seeds(seeds, args.seeds)
        times = []
        for _ in range(args.runs):
            content = Path(tmp) / "content"
            shutil.rmtree(content, ignore_errors=True)
            for cache in (ROOT / ".cache").glob("ingest-*.json"):  # ingest's own cache only
                cache.unlink()
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, str(ROOT / "build.py"), "ingest", "--seeds", str(seeds), "--content", str(content)],
                capture_output=True,
                text=True,
                check=False,
            )
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                print(done.stdout, done.stderr)
                return 1
            written = len(list(content.glob("*.md")))
        median = statistics.median(times)
        print(
            f"ingest of {args.seeds} seeds: median {median:.2f} s over {args.runs} runs "
            f"({', '.join(f'{t:.2f}' for t in times)}); {written} articles; target ≤ 10 s: "
            f"{'PASS' if median <= 10 else 'FAIL'}"
        )
        return 0 if median <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
