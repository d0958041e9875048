"""The crash and two-workstation scripts, run for real with small counts on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PG_URL

ROOT = Path(__file__).resolve().parents[2]
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def run_script(*args: str) -> dict:
    """Run a script of this checkout (not whichever `app` is installed); its last line."""
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def server_args(engine: str, request: pytest.FixtureRequest) -> list[str]:
    if engine == "sqlite":
        return []
    request.getfixturevalue("pg_template")  # skips (or fails in CI) without a server
    return ["--db", PG_URL]


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_killed_writer_leaves_every_acknowledged_action_whole(
    engine: str, request: pytest.FixtureRequest
) -> None:
    report = run_script("scripts/crash_test.py", "--kills", "2", *server_args(engine, request))
    assert report["engine"] == engine and report["kills"] == 2
    assert set(report["acknowledged_by_kind"]) == {"walk_in", "departure", "car", "order"}
    assert (report["missing"], report["half_written"], report["reused_ids"]) == (0, 0, 0)
    assert report["integrity"] in ("ok", "n/a") and report["writer_errors"] == []


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_two_workstations_lose_no_update(engine: str, request: pytest.FixtureRequest) -> None:
    report = run_script(
        "scripts/stress_two_workstations.py", "--edits", "25", *server_args(engine, request)
    )
    assert report["engine"] == engine
    assert [d["edits"] for d in report["workstations"].values()] == [25, 25]
    assert report["acknowledged_walk_ins"] > 0 and report["other_refusals"] == 0
    losses = ("lost_updates", "version_mismatches", "saved_unacknowledged", "missing_walk_ins")
    assert [report[k] for k in losses] == [0, 0, 0, 0]
