"""The benchmark's promise (issue 13): `bench.py --customers N --json` ends with one JSON
object, one entry per figure, each with its value, its floor from the same run, their
ratio, the goal and whether it is met. No figure is judged here: figures vary with the
machine; the shape does not."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench.py"
CHEAP = "search,calendar,pdf,board"
EXPECTED = {
    "search_p95_name", "search_p95_initials", "search_p95_phone", "search_p95_last4",
    "search_p95_plate", "search_p95_vin6",
    "search_median_name", "search_median_initials", "search_median_phone",
    "search_median_last4", "search_median_plate", "search_median_vin6",
    "calendar_today_one_owner", "calendar_today_all_owners",
    "calendar_month_counts_one_owner", "calendar_month_counts_all_owners",
    "handover_pdf", "board_load",
}  # fmt: skip
KEYS = {"value_ms", "floor_ms", "ratio", "goal", "ok"}


@pytest.mark.slow
def test_last_line_is_one_json_object_with_every_figure_of_the_groups_asked_for():
    done = subprocess.run(
        [sys.executable, str(BENCH), "--customers", "200", "--json", "--only", CHEAP],
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(figures) == EXPECTED
    for name, figure in figures.items():
        assert set(figure) == KEYS, name
        assert figure["value_ms"] > 0 and figure["floor_ms"] > 0, name
        assert figure["ratio"] == pytest.approx(
            figure["value_ms"] / figure["floor_ms"], rel=0.05, abs=0.01
        ), name
        assert figure["goal"].startswith("≤") and isinstance(figure["ok"], bool), name
    readable = done.stdout.splitlines()[:-1]
    assert all(any(line.startswith(name) for line in readable) for name in EXPECTED)
