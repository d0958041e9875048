"""The three layers stay apart: app/ knows nothing of Qt, reports/ or ui/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_app_never_imports_qt_ui_or_reports() -> None:
    offenders = {
        path: names & {"PySide6", "ui", "reports"}
        for path, names in imported_modules("app").items()
        if names & {"PySide6", "ui", "reports"}
    }
    assert offenders == {}


def test_ui_never_imports_sqlalchemy() -> None:
    offenders = [path for path, names in imported_modules("ui").items() if "sqlalchemy" in names]
    assert offenders == []


def test_ui_reaches_the_database_and_settings_only_through_services() -> None:
    """ui/ gets a Store or services; the engine, sessions, settings rows and the backup
    files (which read the settings themselves) stay in app/."""
    reaching = ("app.db", "app.settings", "app.backup")
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            offenders += [
                f"{path.relative_to(ROOT)}: {m}" for m in _imported(node) if m in reaching
            ]
    assert offenders == []


def _imported(node: ast.AST) -> list[str]:
    """The modules an import names: `from app import settings` names app.settings too."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        return [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return []
