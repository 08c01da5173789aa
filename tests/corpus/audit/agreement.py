"""How far the gold, the blind second labels (locality.yaml) and the extractor agree on localities.

    python tests/corpus/audit/agreement.py [--verbose]

Ingests every set the audit draws from with the checkout's own build.py (shipped site.yaml), then
prints, per stratum of the sample, how often each pair agrees (name and level, tone-blind; the city
written `TP.HCM`, `TPHCM` or `Hồ Chí Minh` counts as one name)."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bantin import frontmatter  # noqa: E402
from bantin.textnorm import tone_key  # noqa: E402

_HCM = re.sub(r"[\s.]", "", tone_key("Hồ Chí Minh"))


def unit(name: str | None, level: str | None) -> tuple[str, str]:
    key = tone_key(name or "").strip()
    if re.sub(r"[\s.]", "", key) in {_HCM, f"tp{_HCM}", "hcm", "tphcm"}:  # (`TP.HCM`, `TPHCM` as written)
        return _HCM, tone_key("thành phố")
    return key, tone_key(level or "")


def ingest(sets: set[str], work: Path) -> dict[str, dict]:
    """Front matter by `<set>/<stem>` for every page of `sets`."""
    found: dict[str, dict] = {}
    for name in sorted(sets):
        root = work / name
        root.mkdir()
        shutil.copy(ROOT / "site.yaml", root / "site.yaml")
        subprocess.run(
            [sys.executable, str(ROOT / "build.py"), "--root", str(root), "ingest",
             "--seeds", str(ROOT / "tests" / "corpus" / name), "--content", str(root / "content")],
            check=True, capture_output=True,
        )
        for page in (root / "content").glob("*.md"):
            meta = frontmatter.parse(page.read_text(encoding="utf-8")).data
            found[f"{name}/{Path(meta['seed']).stem}"] = meta
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the pages where the extractor differs")
    args = parser.parse_args()
    audit = yaml.safe_load((Path(__file__).parent / "locality.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as work:
        ours = ingest({row["page"].split("/")[0] for row in audit}, Path(work))
    tallies: dict[str, Counter] = {}
    for row in audit:
        gold = yaml.safe_load((ROOT / "tests" / "corpus" / f"{row['page']}.yaml").read_text(encoding="utf-8"))
        gold_unit = unit(**{k: (gold.get("locality") or {}).get(k) for k in ("name", "level")})
        audit_unit = unit(row["name"], row["level"])
        meta = ours[row["page"]]
        our_unit = unit(**{k: (meta.get("locality") or {}).get(k) for k in ("name", "level")})
        tally = tallies.setdefault(row["stratum"], Counter())
        tally["pages"] += 1
        tally["audit = gold"] += audit_unit == gold_unit
        tally["extractor = gold"] += our_unit == gold_unit
        tally["extractor = audit"] += our_unit == audit_unit
        tally["extractor = gold or audit"] += our_unit in (gold_unit, audit_unit)
        tally["audit doubtful"] += bool(row["doubt"])
        if args.verbose and our_unit not in (gold_unit, audit_unit):
            print(f"{row['page']}: extractor {our_unit} gold {gold_unit} audit {audit_unit}")
    for stratum, tally in sorted(tallies.items()):
        print(stratum, ", ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
