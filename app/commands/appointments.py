"""`appointments --date D [--advisor NAME] [--json]`: the day's bookings. The JSON shape
is a promise to scripts: a list of {"id", "start", "end", "plate", "customer", "advisor",
"kind", "status", "channel", "description"}. Reading never writes: a booking not kept by
its day's end shows as no_show before the window's sweep records it."""

from __future__ import annotations

import argparse

from ..db import Database
from ..permissions import Actor
from ..rules.appointments import KIND_LABELS, STATUS_LABELS
from ..services.appointment_types import AppointmentRow
from ..services.appointments import AppointmentService
from .listing import print_rows


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .arguments import iso_date

    parser.add_argument("--date", type=iso_date, required=True, help="YYYY-MM-DD")
    parser.add_argument("--advisor", help="service advisor's name (or username)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    book = AppointmentService(db, signed_in(actor))
    advisor_id = book.advisor_named(args.advisor).id if args.advisor else None
    rows = book.day(args.date, advisor_id)
    return print_rows(rows, as_json=args.json, line=line, nothing=f"{args.date} 没有预约。")


def line(row: AppointmentRow) -> str:
    kind = KIND_LABELS.get(row.kind, row.kind)  # type: ignore[call-overload]
    status = STATUS_LABELS.get(row.status, row.status)  # type: ignore[call-overload]
    return (
        f"{row.id}\t{row.start:%H:%M}-{row.end:%H:%M}\t{row.plate or row.vin}\t{row.customer}"
        f"\t{row.advisor or ''}\t{kind}\t{status}\t{row.description or ''}"
    )
