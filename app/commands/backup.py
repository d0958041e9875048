from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from .. import backup
from ..db import Database
from ..permissions import Actor, Permission


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: backup folder)")


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    from . import signed_in

    signed_in(actor).require(Permission.MANAGE_BACKUPS)
    made = backup.backup(db, args.output, datetime.now())
    print(f"备份完成：{made}")
    return 0
