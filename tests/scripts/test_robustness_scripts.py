"""The crash and two-workstation scripts, run for real with small counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_script(*args: str) -> list[dict]:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_killed_writer_loses_nothing_it_acknowledged() -> None:
    (report,) = run_script("scripts/crash_test.py", "--kills", "3")
    assert report["acknowledged_writes"] > 0
    assert (report["missing"], report["integrity"]) == (0, "ok")


@pytest.mark.slow
@pytest.mark.postgres
def test_two_workstations_lose_no_update(pg_template: str) -> None:
    reports = run_script("scripts/stress_two_workstations.py", "--seconds", "2")
    assert [r["engine"] for r in reports] == ["sqlite", "postgresql"]
    for report in reports:
        assert report["acknowledged_visits"] > 0 and report["acknowledged_edits"] > 0
        assert (report["missing_visits"], report["lost_updates"]) == (0, 0)
