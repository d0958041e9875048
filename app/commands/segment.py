"""`segment --filter EXPR [--count] [--json] [--limit N] [--save NAME]`: the customers a
segment (客户筛选) selects. The JSON shape is a promise to scripts: `{"count": N}` with
--count, else a list of {"customer_id", "customer", "mobile", "gender", "district",
"value", "rfm", "vehicle", "plate", "last_visit"}. Phone numbers are whole only for staff
allowed to see them, and printing them is recorded in the audit trail. The syntax is in
the README ("客户筛选") and app/rules/segments.py."""

from __future__ import annotations

import argparse
import json

from ..db import Database
from ..permissions import Actor
from ..services.segments import SegmentRow, SegmentService
from .listing import print_rows

SYNTAX = (
    "the filter: conditions `field op value` (op: = != < <= > >=, or `in (a, b)`) joined "
    "by and/or/not (且/或/非) and brackets, e.g. \"gender=女 and brand=大众 and "
    "purchase_year>=2021\". Fields: gender age district occupation source stage owner_type "
    "loyalty "
    "last_visit days_away rfm value high_value spend consent brand model new_energy colour "
    "purchase_year km warranty_end insurance_expiry inspection_due (or their Chinese names: "
    "性别 年龄 区域 …). Car conditions joined by and hold for the same car. Empty: everyone."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .arguments import positive_int

    parser.add_argument("--filter", required=True, metavar="EXPR", help=SYNTAX)
    parser.add_argument("--count", action="store_true", help="print only how many match")
    parser.add_argument("--json", action="store_true", help="print JSON (see the README)")
    parser.add_argument(
        "--limit", type=positive_int, default=200, help="list at most this many (default: 200)"
    )
    parser.add_argument("--save", metavar="NAME", help="also keep the filter under this name")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    segments = SegmentService(db, signed_in(actor))
    if args.save:
        segments.save(args.save, args.filter)
    if args.count:
        count = segments.count(args.filter)
        print(json.dumps({"count": count}) if args.json else count)
        return 0
    rows = segments.page(args.filter, 0, args.limit, reveal=True)
    return print_rows(rows, as_json=args.json, line=line, to_json=as_json,
                      nothing="没有符合条件的客户。")  # fmt: skip


def as_json(row: SegmentRow) -> dict[str, object]:
    return {
        "customer_id": row.customer_id,
        "customer": row.customer,
        "mobile": row.mobile,
        "gender": row.gender,
        "district": row.district,
        "value": row.value,
        "rfm": row.rfm,
        "vehicle": row.vehicle,
        "plate": row.plate,
        "last_visit": row.last_visit.isoformat(timespec="minutes") if row.last_visit else None,
    }


def line(row: SegmentRow) -> str:
    from ..rules.segment_fields import GENDERS
    from ..rules.value import RFM_SEGMENT_LABELS, VALUE_LEVEL_LABELS

    cells = (
        row.customer_id, row.customer, row.mobile, GENDERS.get(row.gender, row.gender),  # type: ignore[call-overload]
        row.district or "", VALUE_LEVEL_LABELS.get(row.value, row.value),  # type: ignore[call-overload]
        RFM_SEGMENT_LABELS.get(row.rfm, row.rfm),  # type: ignore[call-overload]
        row.vehicle or "", row.plate or "",
        f"{row.last_visit:%Y-%m-%d}" if row.last_visit else "",
    )  # fmt: skip
    return "\t".join(str(cell) for cell in cells)
