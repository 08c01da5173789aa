"""Extraction measured on genre fixtures written for this project (never on third-party text)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ingest_helpers import ROOT, run_ingest
from scoring import score

SETS = [name for name in ("genre", "heldout", "heldout2", "heldout3") if (ROOT / "tests/fixtures" / name).is_dir()]


@pytest.mark.parametrize("name", SETS)
def test_no_confident_wrong_value_and_officials_found(tmp_path: Path, name: str) -> None:
    fixtures = ROOT / "tests/fixtures" / name
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for text in fixtures.glob("*.txt"):
        shutil.copy(text, seeds / text.name)
    done = run_ingest(seeds, tmp_path / "content")
    assert done.returncode == 0, done.stderr
    result = score(tmp_path / "content", fixtures)
    # a wrong date or locality must never go unflagged; the editor can fix a gap, not a confident error
    assert result.wrong["date"] == [] and result.wrong["locality"] == []
    assert result.f1 >= 0.9, result.misses
    total = len(list(fixtures.glob("*.yaml")))
    assert result.correct["title"] >= 0.9 * total, result.wrong["title"]
    assert result.correct["author"] >= 0.85 * total, result.wrong["author"]
