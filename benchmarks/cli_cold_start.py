"""Cold start of a command, timed from outside like hyperfine: N runs, median and spread.

    .venv/bin/python benchmarks/cli_cold_start.py --db demo.sqlite3 --user zhangwei \
        [--runs 10] [-- search 张]

The password comes from $DEALERDESK_PASSWORD (the demo staff's: demo-2026). Each run is a
new interpreter (`python main.py --db … --user … search QUERY`), after one warm-up run
that fills the bytecode cache and the page cache, as an installed copy would have them.
Prints the machine's load (`uptime`) before and after; the last line is one JSON object:
{"cli_cold_search": {"value_ms": median, "min_ms", "max_ms", "cpu_ms", "runs", "goal_ms",
"ok"}}
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_MS = 1000.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("command", nargs="*", default=["search", "张"])
    return parser.parse_args(argv)


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def cpu_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def one_run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one run; the CPU time says less about the other load."""
    cpu, started = cpu_seconds(), time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        sys.exit(f"exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return elapsed, (cpu_seconds() - cpu) * 1000


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "main.py", "--db", args.db, "--user", args.user, *args.command]
    print(f"load before: {load()}")
    one_run(command, env)  # warm-up: bytecode and page caches
    runs = [one_run(command, env) for _ in range(args.runs)]
    print(f"load after: {load()}")
    timings = [wall for wall, _ in runs]
    median = statistics.median(timings)
    print("runs_ms: " + " ".join(f"{t:.0f}" for t in timings))
    print(f"cpu_median_ms: {statistics.median(cpu for _, cpu in runs):.0f}")
    figure = {
        "value_ms": round(median, 1),
        "min_ms": round(min(timings), 1),
        "max_ms": round(max(timings), 1),
        "cpu_ms": round(statistics.median(cpu for _, cpu in runs), 1),
        "runs": args.runs,
        "goal_ms": GOAL_MS,
        "ok": median <= GOAL_MS,
    }
    print(json.dumps({"cli_cold_search": figure}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
