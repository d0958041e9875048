"""`followups --date 2026-11-23 [--owner NAME] [--json]`: the day's follow-up list.

Looking never changes what is stored for another day: the reminders are generated for
the real today (the run fills today up to the window's end), and only when the day asked
for is one that run fills; a past day or a day beyond the window is only read."""

from __future__ import annotations

import argparse
import json

from ..db import Database
from ..permissions import Actor
from ..services.calendar import CalendarService, TaskFilter, TaskQuery
from ..services.reminders import ReminderService
from .arguments import FIRST_DATE, LAST_DATE, iso_date

NAME = "followups"
HELP = "the follow-up calendar of a day (first generates today's due reminders)"
PAGE = 500


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        type=iso_date,
        required=True,
        help=f"the day, YYYY-MM-DD ({FIRST_DATE} to {LAST_DATE})",
    )
    parser.add_argument("--owner", help="only this staff member's (name or username)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of {id, kind, due_date, customer, phone, owner, channel, "
        "status, message}",
    )


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    reminders = ReminderService(db, signed_in(actor))
    if reminders.fills(args.date):
        reminders.generate()
    calendar = CalendarService(db, signed_in(actor))
    filters = calendar.staff_filter(args.owner) if args.owner else TaskFilter()
    query = TaskQuery.day(args.date, filters)
    rows = [row for offset in range(0, calendar.count(query), PAGE)
            for row in calendar.page(query, offset, PAGE)]  # fmt: skip
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.id}\t{r.kind_label}\t{r.customer or ''}\t{r.phone or ''}\t{r.owner or ''}"
              f"\t{r.channel}\t{r.status}\t{r.message or ''}")  # fmt: skip
    if not rows:
        print(f"{args.date} 没有回访任务。")
    return 0
