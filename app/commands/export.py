"""`export <what>`: documents and workbooks for people (PDF, Excel).

Each export is a sub-subcommand module (NAME, HELP, add_arguments, run), listed in
EXPORTS. The writers are installed on first use (app.commands.writers).
"""

from __future__ import annotations

import argparse

from ..db import Database
from ..permissions import Actor
from . import export_handover, export_key_customers
from .writers import register_writer, write

__all__ = ["add_arguments", "register_writer", "run", "write"]

EXPORTS = (export_handover, export_key_customers)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    exports = parser.add_subparsers(dest="export", required=True, metavar="WHAT")
    for module in EXPORTS:
        module.add_arguments(exports.add_parser(module.NAME, help=module.HELP))


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    by_name = {module.NAME: module for module in EXPORTS}
    return by_name[args.export].run(db, args, actor)
