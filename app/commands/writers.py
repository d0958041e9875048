"""The file writers the command line uses (PDF, Excel), looked up by kind.

The writers live in reports/, which app/ never imports: the entry point (main.py) installs
them here with register_writer (see reports/writers.py); a command asks for one by kind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import EnvironmentProblem
from ..i18n import QT_TRANSLATE_NOOP

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
