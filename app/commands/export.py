"""`export <what>`: documents and workbooks for people (PDF, Excel).

Each export is a sub-subcommand module (NAME, HELP, add_arguments, run), listed in
EXPORTS. The writers live in reports/, which app/ never imports: the entry point
(main.py) installs them here with register_writer (see reports/writers.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..db import Database
from ..errors import EnvironmentProblem
from ..i18n import QT_TRANSLATE_NOOP
from ..permissions import Actor
from . import export_handover, export_key_customers

NAME = "export"
HELP = "write documents and workbooks (handover checklist PDF, key-customer sheet, …)"

EXPORTS = (export_handover, export_key_customers)

Writer = Callable[[Any, Path], object]  # what it returns is not used
WRITERS: dict[str, Writer] = {}


def register_writer(kind: str, write: Writer) -> None:
    WRITERS[kind] = write


def write(kind: str, content: Any, target: Path) -> Path:
    """Write with the installed writer; a folder that cannot be written is the user's to fix."""
    if kind not in WRITERS:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "此安装缺少“{kind}”输出组件，请重新安装 DealerDesk。"),
            kind=kind,
        )
    try:
        WRITERS[kind](content, target)
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "无法写入文件 {target}：{reason}"),
            target=target,
            reason=exc.strerror or exc,
        ) from exc
    return target


def add_arguments(parser: argparse.ArgumentParser) -> None:
    exports = parser.add_subparsers(dest="export", required=True, metavar="WHAT")
    for module in EXPORTS:
        module.add_arguments(exports.add_parser(module.NAME, help=module.HELP))


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    by_name = {module.NAME: module for module in EXPORTS}
    return by_name[args.export].run(db, args, actor)
