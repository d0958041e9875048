"""The month-end due list and the seasonal checks. Part of benchmarks/bench.py, and runnable
alone (readable lines):

    .venv/bin/python benchmarks/bench_due_list.py --db URL [--user NAME]

Seasonal checks: a reminder run on the day a season triggers (one check moved so that it
triggers today; its season marked not made), against a bare INSERT of as many task rows
as it made; then the runs after it, against the same runs with every seasonal check
switched off (what the season adds on the days it does not trigger). Due list: next
month's count and first page, last month's recall list, and the counts per advisor,
against the same SQL replayed bare. The database is changed by this (new tasks, a rule's
settings changed and put back).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta

from bare_sql import BareConnection
from bench_reminders import _against_bare, _made, bare_task_insert_ms
from figures import Figure, Goal, median
from run import Run
from sqlalchemy import delete

from app.db import Database
from app.models import FollowUpTask, SettingValue
from app.rules import reminders, seasonal
from app.services.due_list import DueListService
from app.services.reminders import GenerationReport, ReminderService

MOVED = "season_antifreeze"
LEAD_DAYS = 30
ROUNDS = 5  # runs after the trigger: each with the seasons on, then off
PAGE = 200


# --- seasonal checks --------------------------------------------------------------------------
def seasonal_figures(run: Run) -> list[Figure]:
    service = ReminderService(run.db, run.actor)
    service.generate()  # what was due already: the trigger day's run adds the season alone
    _trigger_today(run, service)
    ms, report = _timed(service)
    floor = bare_task_insert_ms(run.url, report.made)
    season_made = report.by_kind.get(MOVED, 0)
    after, without = _runs_after(service)
    _put_back(service)
    return [
        Figure("seasonal_trigger_day", ms, floor, Goal(times_floor=4),
               f"bare INSERT of the {report.made} task rows made",
               f"{season_made} {MOVED} tasks; {_made(report)}"),
        Figure("seasonal_day_after", median(after), median(without), Goal(times_floor=1.5),
               "the same run with every seasonal check off",
               f"median of {ROUNDS}; the season already made"),
    ]  # fmt: skip


def _trigger_today(run: Run, service: ReminderService) -> None:
    """Move one check so that its season triggers today, and forget it was made (its
    tasks of an earlier measurement too: the run makes them as on the first day)."""
    season_day = date.today() + timedelta(days=LEAD_DAYS)
    service.save_rule(MOVED, {"season": f"{season_day:%m-%d}", "lead_days": LEAD_DAYS})
    with run.db.transaction(run.actor) as session:
        session.execute(delete(SettingValue).where(SettingValue.key == "reminders.seasons_made"))
        session.execute(delete(FollowUpTask).where(FollowUpTask.kind == MOVED))


def _timed(service: ReminderService) -> tuple[float, GenerationReport]:
    started = time.perf_counter()
    report = service.generate()
    return (time.perf_counter() - started) * 1000, report


def _runs_after(service: ReminderService) -> tuple[list[float], list[float]]:
    on, off = [], []
    for _round in range(ROUNDS):
        _switch_seasons(service, True)
        on.append(_timed(service)[0])
        _switch_seasons(service, False)
        off.append(_timed(service)[0])
    _switch_seasons(service, True)
    return on, off


def _switch_seasons(service: ReminderService, enabled: bool) -> None:
    for key in seasonal.SEASONAL_KEYS:
        service.save_rule(key, {"enabled": enabled})


def _put_back(service: ReminderService) -> None:
    default = reminders.DEFAULT_RULES[MOVED]
    service.save_rule(MOVED, {"season": default.season, "lead_days": default.lead_days})


# --- the due list -----------------------------------------------------------------------------
def due_list_figures(run: Run) -> list[Figure]:
    service = DueListService(run.db, run.actor)
    month = service.next_month()
    views = {
        "due_list_month": lambda: (service.count(month), service.due(month, None, 0, PAGE)),
        "due_list_recall": lambda: (
            service.count(month, recall=True), service.not_come(month, None, 0, PAGE)
        ),
        "due_list_per_advisor": lambda: service.per_advisor(month),
    }
    notes = {
        "due_list_month": f"{service.count(month)} cars due in {month}",
        "due_list_recall": f"{service.count(month, recall=True)} cars due the month before",
        "due_list_per_advisor": f"{len(service.per_advisor(month))} advisors",
    }
    figures = []
    bare = BareConnection(run.url)
    try:
        for name, view in views.items():
            ours, floor = _against_bare(run, bare, view)
            figures.append(Figure(name, median(ours), median(floor), Goal(times_floor=2),
                                  "the service's SQL replayed bare", notes[name]))  # fmt: skip
    finally:
        bare.close()
    return figures


# --- alone ------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    import tempfile
    from pathlib import Path

    from run import DEMO_PASSWORD

    from app.services.auth import AuthService

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a demo database")
    parser.add_argument("--user", default="tangguoqiang")
    parser.add_argument("--password", default=DEMO_PASSWORD)
    parser.add_argument("--only", choices=["seasonal", "due_list"], help="one group")
    args = parser.parse_args(argv)
    url = args.db if "://" in args.db else f"sqlite:///{args.db}"
    db = Database(url).open()
    try:
        actor = AuthService(db).sign_in(args.user, args.password)
        run = Run(db, url, 0, 2026, args.user, args.password, actor,
                  Path(tempfile.gettempdir()))  # fmt: skip
        groups = {"due_list": due_list_figures, "seasonal": seasonal_figures}
        for name, measure in groups.items():
            if args.only in (None, name):
                for figure in measure(run):
                    print(figure.line(), flush=True)
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
