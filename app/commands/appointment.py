"""`appointment add --plate P --start "YYYY-MM-DD HH:MM" [--minutes N] [--advisor NAME]
[--kind K] [--note TEXT] [--json]` books a car (the booking as JSON with --json; exit 1
with the next free slots when the slot or the day is full) and `appointment cancel ID`
cancels a booking. Both act for --user, held to BOOK_APPOINTMENTS."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from ..db import Database
from ..permissions import Actor
from ..services.appointment_types import MINUTE, BookingForm, BookingRefused
from ..services.appointments import AppointmentService
from ..services.checkin import CheckInService
from .appointments import line

NAME = "appointment"
HELP = "book a car for service, or cancel a booking"


def minute(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), MINUTE)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"不是时间：{text!r}，应为 YYYY-MM-DD HH:MM 格式，例如 2026-11-23 09:30"
        ) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .arguments import positive_int

    actions = parser.add_subparsers(
        dest="action", required=True, parser_class=type(parser), help="add or cancel"
    )
    add = actions.add_parser("add", help="book a car")
    add.add_argument("--plate", required=True, help="the car's plate (or VIN)")
    add.add_argument("--start", required=True, type=minute, help='"YYYY-MM-DD HH:MM"')
    add.add_argument("--minutes", type=positive_int, help="expected duration")
    add.add_argument("--advisor", help="service advisor's name (or username)")
    add.add_argument("--kind", default="maintenance", help="保养/维修/钣喷/保险/召回/其他")
    add.add_argument("--note", help="what the customer says")
    add.add_argument("--json", action="store_true", help="print the booking as JSON")
    cancel = actions.add_parser("cancel", help="cancel a booking")
    cancel.add_argument("id", type=positive_int, help="the booking number")
    cancel.add_argument("--reason", help="why")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    book = AppointmentService(db, signed_in(actor))
    if args.action == "cancel":
        cancelled = book.cancel(args.id, args.reason)
        print(
            f"已取消预约 {cancelled.id}：{cancelled.start:%Y-%m-%d %H:%M} {cancelled.plate or ''}"
        )
        return 0
    return _add(db, book, args, signed_in(actor))


def _add(db: Database, book: AppointmentService, args: argparse.Namespace, actor: Actor) -> int:
    car = CheckInService(db, actor).find_one(args.plate)
    advisor_id = book.advisor_named(args.advisor).id if args.advisor else None
    form = BookingForm(car.id, args.start, args.minutes, advisor_id, args.kind,
                       description=args.note)  # fmt: skip
    try:
        made = book.book(form)
    except BookingRefused as refused:
        print(refused.message, file=sys.stderr)
        if args.json:
            free = [moment.strftime(MINUTE) for moment in refused.next_free]
            print(json.dumps({"refused": refused.reason, "next_free": free}, ensure_ascii=False))
        return 1
    if args.json:
        print(json.dumps(made.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"已预约：{line(made)}")
    return 0
