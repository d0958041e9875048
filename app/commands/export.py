"""`export <what>`: documents and workbooks for people (PDF, Excel).

Each export is a sub-subcommand module (NAME, HELP, add_arguments, run), listed in
EXPORTS; each writes its file with a writer from app.commands.writers.
"""

from __future__ import annotations

import argparse

from ..db import Database
from ..permissions import Actor
from . import export_handover, export_key_customers

NAME = "export"
HELP = "write documents and workbooks (handover checklist PDF, key-customer sheet, …)"

EXPORTS = (export_handover, export_key_customers)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    exports = parser.add_subparsers(
        dest="export", required=True, metavar="WHAT", help="what to write"
    )
    for module in EXPORTS:
        module.add_arguments(exports.add_parser(module.NAME, help=module.HELP))


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    by_name = {module.NAME: module for module in EXPORTS}
    return by_name[args.export].run(db, args, actor)
