"""DealerDesk's figures, each against a floor measured in the same run (issue 13).

    .venv/bin/python benchmarks/bench.py [--customers 200000] [--db URL] [--json]
                                         [--only NAME[,NAME]] [--seed 2026] [--keep]

Without --db the demo (`main.py demo`) goes into a new SQLite file in a temporary folder
(removed afterwards unless --keep). With --db a database that has customers is measured
as it is; an empty one gets the demo first. The figures change the database they measure
(new visits, new tasks, audit entries): give --db a copy, never a store's database.

Prints one readable line per figure; with --json the last line is one JSON object,
{"figure": {"value_ms", "floor_ms", "ratio", "goal", "ok"}, ...}: a figure named *_mb
holds megabytes in value_ms and floor_ms; ratio is null when the floor is 0; `ok` is the
goal (the issue's, at 200,000 customers) checked against value and floor. --only runs
some groups (or the groups of the figures named): see GROUPS.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the figures' modules beside us

import bench_board
import bench_demo
import bench_desk_wait
import bench_due_list
import bench_exports
import bench_reminders
import bench_search
import bench_segments
import bench_window
from figures import Figure
from run import DEMO_PASSWORD, Run
from sqlalchemy import func, select

from app.db import Database
from app.models import Customer, FollowUpTask
from app.services.auth import AuthService

Measure = Callable[[Run], list[Figure]]

# In the order they run: the ones that add rows (generation) before those that read them;
# every_tab clears the generation watermarks, so the window runs a full generation.
GROUPS: dict[str, tuple[Measure, tuple[str, ...]]] = {
    "generation_first": (bench_reminders.first_generation_figures, ("generation_first",)),
    "generation_incremental": (
        bench_reminders.incremental_generation_figures,
        ("generation_incremental",),
    ),
    "search": (bench_search.search_figures,
               tuple(f"search_{kind}_{mode}" for mode in bench_search.MODES
                     for kind in ("p95", "median"))),
    "cli": (bench_search.cli_figures, ("cli_search_cold",)),
    "calendar": (bench_reminders.calendar_figures, (
        "calendar_today_one_owner", "calendar_today_all_owners",
        "calendar_month_counts_one_owner", "calendar_month_counts_all_owners",
    )),
    "due_list": (bench_due_list.due_list_figures,
                 ("due_list_month", "due_list_recall", "due_list_per_advisor")),
    "seasonal": (bench_due_list.seasonal_figures, ("seasonal_trigger_day", "seasonal_day_after")),
    "window": (bench_window.launch_figures, ("window_usable", "window_every_tab")),
    "every_tab": (bench_window.every_tab_figures, ("ui_stall_max", "rss_every_tab_mb")),
    "workbook": (bench_exports.workbook_figures,
                 (f"key_customer_workbook_{bench_exports.WORKBOOK_ROWS}",)),
    "pdf": (bench_exports.pdf_figures, ("handover_pdf",)),
    "segment": (bench_segments.segment_figures, ("segment_count",)),
    "board": (bench_board.board_figures, ("board_load",)),
    "desk_wait": (bench_desk_wait.desk_wait_figures, ("desk_save_wait_max",)),
}  # fmt: skip
DEMO = "demo"  # its figure is measured while the database is made


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", help="SQLAlchemy URL (default: a new temporary SQLite file)")
    parser.add_argument("--user", default="tangguoqiang", help="who signs in (demo manager)")
    parser.add_argument("--password", default=DEMO_PASSWORD, help="theirs (the demo's)")
    parser.add_argument("--json", action="store_true", help="the last line: one JSON object")
    parser.add_argument("--only", type=_names, help="groups or figures, comma-separated: "
                        + ", ".join([DEMO, *GROUPS]))  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    return parser.parse_args(argv)


def _names(text: str) -> set[str]:
    """Group names; a figure's name stands for its group."""
    groups = set()
    for name in filter(None, (part.strip() for part in text.split(","))):
        if name in (DEMO, "demo_generate"):
            groups.add(DEMO)
            continue
        group = next((g for g, (_m, figures) in GROUPS.items()
                      if name == g or name in figures), None)  # fmt: skip
        if group is None:
            raise argparse.ArgumentTypeError(f"no figure or group named {name!r}")
        groups.add(group)
    return groups


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="dealerdesk-bench-"))
    url = args.db or f"sqlite:///{folder / 'bench.sqlite3'}"
    figures: list[Figure] = []
    try:
        figures += _fill_if_empty(args, url)
        db = Database(url).open()
        try:
            run = Run(db, url, args.customers, args.seed, args.user, args.password,
                      AuthService(db).sign_in(args.user, args.password), folder)  # fmt: skip
            _describe(run)
            for group, (measure, _figure_names) in GROUPS.items():
                if args.only is None or group in args.only:
                    for figure in measure(run):
                        print(figure.line(), flush=True)
                        figures.append(figure)
        finally:
            db.dispose()
    finally:
        _clean_up(folder, keep=args.keep and not args.db)
    print(f"load average at the end: {_load()}", flush=True)
    if args.json:
        print(json.dumps({f.name: f.as_json() for f in figures}, ensure_ascii=False))
    return 0


def _fill_if_empty(args: argparse.Namespace, url: str) -> list[Figure]:
    """The demo, into a database without customers; its figure if asked for."""
    present = _customers_in(url) if args.db else 0
    if present:
        print(f"database has {present:,} customers: measured as it is, no demo", flush=True)
        return []
    ms, summary = bench_demo.make_demo(url, args.customers, args.seed)
    print(f"demo: {summary}", flush=True)
    if args.only is not None and DEMO not in args.only:
        return []
    figures = bench_demo.demo_figures(url, args.customers, ms, summary)
    for figure in figures:
        print(figure.line(), flush=True)
    return figures


def _customers_in(url: str) -> int:
    db = Database(url).open()
    try:
        return _count(db, Customer)
    finally:
        db.dispose()


def _count(db: Database, model: type) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model)) or 0


def _describe(run: Run) -> None:
    print(f"database: {run.db.describe()}; {_count(run.db, Customer):,} customers, "
          f"{_count(run.db, FollowUpTask):,} follow-up tasks", flush=True)  # fmt: skip
    print(f"load average at the start: {_load()} ({os.cpu_count()} cores)", flush=True)


def _load() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def _clean_up(folder: Path, keep: bool) -> None:
    if keep:
        print(f"kept: {folder}", flush=True)
    else:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
