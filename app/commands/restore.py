from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from .. import backup
from ..db import Database
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..permissions import Actor, Permission
from ..signing_in import identify_from_files

NAME = "restore"
HELP = "replace the SQLite database by a backup (checked first; the current one is kept aside)"
OPENS_DATABASE = False  # the current file may be the broken one we are replacing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the backup file (.sqlite3) to restore")


def needs_user(_db: Database, _args: argparse.Namespace) -> bool:
    return False  # signed in by run(), from the files, without opening the database


def run(db: Database, args: argparse.Namespace, _actor: Actor | None) -> int:
    if not db.is_sqlite:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "PostgreSQL 数据库请由 IT 用 pg_restore 在服务器上恢复。")
        )
    db.dispose()
    files = [backup.sqlite_file(db), args.file]
    who = identify_from_files(files, args.user, args.sign_in_password_stdin, datetime.now())
    who.require(Permission.MANAGE_BACKUPS)
    kept = backup.restore_sqlite(backup.sqlite_file(db), args.file, datetime.now())
    print(f"已恢复。原数据库已另存为：{kept}")
    return 0
