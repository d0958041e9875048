"""The file writers (PDF, Excel) commands hand their documents to. They live in reports/,
which app/ never imports: the entry point (main.py) says how to install them with
`install_with`, and they are installed the first time a file is written, so a command
that writes none (a search) never loads reportlab or openpyxl."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import EnvironmentProblem
from ..i18n import QT_TRANSLATE_NOOP

Writer = Callable[[Any, Path], object]  # what it returns is not used
WRITERS: dict[str, Writer] = {}
_installers: list[Callable[[], None]] = []


def register_writer(kind: str, write: Writer) -> None:
    WRITERS[kind] = write


def install_with(installer: Callable[[], None]) -> None:
    """Run `installer` (it calls register_writer) before the first file is written."""
    _installers.append(installer)


def _install_pending() -> None:
    while _installers:
        _installers.pop(0)()


def write(kind: str, content: Any, target: Path) -> Path:
    """Write with the installed writer; a folder that cannot be written is the user's to fix."""
    if kind not in WRITERS:
        _install_pending()
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
