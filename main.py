"""DealerDesk: `python main.py [--db URL]` opens the window; `python main.py --help` lists
the commands (demo, search, paths, …)."""

from __future__ import annotations

import sys

from app.cli import main as run_cli
from app.db import Database


def open_window(db: Database) -> int:
    from ui.app import run_window  # Qt is loaded only when a window is asked for

    return run_window(db)


def confirm_create(refusal) -> bool:
    from ui.app import confirm_create as ask  # the window asks what `--create` says

    return ask(refusal)


def main() -> int:
    from reports.writers import install as install_writers

    install_writers()  # PDF/Excel writers for `export` (app/ never imports reports/)
    return run_cli(sys.argv[1:], open_window=open_window, confirm_create=confirm_create)


if __name__ == "__main__":
    sys.exit(main())
