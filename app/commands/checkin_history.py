"""`checkin-history PLATE_OR_VIN [--json]`: a car's visits with the km, days and daily
average between them. The JSON shape is a promise to scripts: keep it stable."""

from __future__ import annotations

import argparse
import json

from ..db import Database
from ..permissions import Actor
from ..services.checkin import CheckInService
from ..services.checkin_types import ReadingInterval, VehicleHit

NAME = "checkin-history"
HELP = "a car's service visits with km, days and daily average between them"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "plate_or_vin", metavar="PLATE_OR_VIN", help="the car's plate, VIN or VIN's last six"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list of visits")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    desk = CheckInService(db, signed_in(actor))
    vehicle = desk.find_one(args.plate_or_vin)
    visits = desk.readings(vehicle.id)
    if args.json:
        print(json.dumps(as_json(vehicle, visits), ensure_ascii=False, indent=2))
    else:
        print_table(vehicle, visits)
    return 0


def _average(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def as_json(vehicle: VehicleHit, visits: list[ReadingInterval]) -> dict:
    return {
        "vehicle": {"plate": vehicle.plate, "vin": vehicle.vin, "model": vehicle.model},
        "visits": [
            {
                "date": visit.read_at.date().isoformat(),
                "km": visit.km,
                "days_since_previous": visit.days_since_previous,
                "km_since_previous": visit.km_since_previous,
                "daily_average": _average(visit.daily_average),
                "correction_reason": visit.correction_reason,
            }
            for visit in visits
        ],
    }


def _cell(value) -> str:
    return "-" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def print_table(vehicle: VehicleHit, visits: list[ReadingInterval]) -> None:
    print(f"{vehicle.plate or '-'}\t{vehicle.vin}\t{vehicle.model or '-'}\t{vehicle.owner_name}")
    print("日期\t\t里程(km)\t间隔天数\t间隔里程\t日均(km)\t更正原因")
    for visit in visits:
        average = visit.daily_average
        print(
            f"{visit.read_at:%Y-%m-%d}\t{visit.km:,}\t\t{_cell(visit.days_since_previous)}\t\t"
            f"{_cell(visit.km_since_previous)}\t\t{'-' if average is None else f'{average:.1f}'}"
            f"\t\t{visit.correction_reason or ''}"
        )
    if not visits:
        print("（尚无到店记录）")
