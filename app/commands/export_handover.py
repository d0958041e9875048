"""`export handover (--vin VIN | --order ORDER_NO) [-o FILE]`: the delivery checklist PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..db import Database
from ..permissions import Actor
from ..services.delivery import DeliveryService
from .writers import write

NAME = "handover"
HELP = "the delivery checklist (交车清单) of an order, as PDF"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--vin", help="the car's VIN")
    which.add_argument("--order", dest="order_no", help="the sales order number")
    parser.add_argument(
        "-o", "--output", type=Path, help="PDF file (default: 交车清单_<订单号>.pdf)"
    )


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    service = DeliveryService(db, signed_in(actor))
    order_id = service.find_order(vin=args.vin, order_no=args.order_no)

    def to_file(document) -> Path:
        target = args.output or Path.cwd() / f"交车清单_{document.order_no}.pdf"
        return write("handover_pdf", document, target)

    print(service.export_handover(order_id, to_file))
    return 0
