"""DealerDesk: `python main.py [--db URL]` opens the window; `python main.py --help` lists
the commands (demo, search, paths, …)."""

from __future__ import annotations

import gc
import sys

if __name__ == "__main__":  # a process of its own, not a test importing this module
    if getattr(sys, "frozen", False):
        # A frozen (PyInstaller) build starts the demo's writer process through this file.
        # (Not imported otherwise: multiprocessing costs every launch some ms.)
        import multiprocessing

        multiprocessing.freeze_support()
    # Loading SQLAlchemy and the models makes ~100,000 objects and frees none: collecting
    # garbage meanwhile costs ~0.1 s of CPU of every command's start. main() resumes it.
    gc.disable()
    # A command's --user password is verified on a thread while the imports below run.
    from app.password_check import check_ahead

    check_ahead(sys.argv[1:])

from app.cli import WindowStart
from app.cli import main as run_cli
from app.commands import writers
from app.db import Database


def open_window(db: Database, start: WindowStart) -> int:
    # Off again until the window is up (ui.heap.collect_from_now_on): Qt, the window and
    # its first tab make ~80 collections' worth of objects, nearly all kept (0.1–0.2 s
    # of CPU measured on a busy 2-core machine).
    gc.disable()
    from app.services.container import Store
    from ui.app import run_window  # Qt is loaded only when a window is asked for

    return run_window(Store(db), start.signed_in, start.exit_when_ready)


def confirm_create(refusal) -> bool:
    from ui.app import confirm_create as ask  # the window asks what `--create` says

    return ask(refusal)


def show_open_error(message: str) -> None:
    from ui.app import show_open_error as show

    show(message)


def install_writers() -> None:
    from reports.writers import install  # reportlab and openpyxl: only to write a file

    install()


def resume_collecting() -> None:
    """What start-up loaded lives as long as the process: frozen, the collector never
    scans it again (the window's pauses stay short too)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    resume_collecting()
    # PDF/Excel writers for `export` and the import's error report (app/ never imports
    # reports/), installed when the first file is written.
    writers.install_with(install_writers)
    argv = sys.argv[1:] if argv is None else argv
    return run_cli(
        argv,
        open_window=open_window,
        confirm_create=confirm_create,
        on_open_error=show_open_error,
    )


if __name__ == "__main__":
    sys.exit(main())
