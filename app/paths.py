"""Where DealerDesk keeps its data, logs and backups on this computer."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "DealerDesk"
DB_ENV_VAR = "DEALERDESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_db_path() -> Path:
    return data_dir() / "dealerdesk.sqlite3"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite3"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_db_url(cli_value: str | None) -> str:
    """`--db` wins, then $DEALERDESK_DB, then the SQLite file in the user data folder.

    A bare file path is accepted and turned into a SQLite URL.
    """
    value = cli_value or os.environ.get(DB_ENV_VAR) or str(default_db_path())
    return value if "://" in value else sqlite_url(Path(value).expanduser().resolve())


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a PyInstaller build."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
