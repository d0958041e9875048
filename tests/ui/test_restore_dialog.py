"""管理 → 从备份恢复…: the window restores only when nothing else has the database open."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import backup
from app.db import Database
from app.errors import NeedsCreateError
from app.models import StaffRole
from app.permissions import Actor
from app.services.container import Store
from app.services.search import SearchService
from tests.factories import MANAGER, add_customer
from ui.app import confirm_create
from ui.restore_dialog import restore_from_backup

NOW = datetime(2026, 11, 23, 12, 0)


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """What QMessageBox would have shown; questions are answered Yes."""
    texts: list[str] = []

    def show(_parent, _title, text, *args, **kwargs):
        texts.append(text)
        return QMessageBox.StandardButton.Yes

    for kind in ("warning", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return texts


@pytest.fixture
def saved(sqlite_db: Database, tmp_path: Path, monkeypatch) -> Path:
    """A backup holding 张三; the database holds 张三 and 李四; the file dialog picks it."""
    add_customer(sqlite_db, "张三", "13812345678")
    made = backup.backup(sqlite_db, tmp_path / "saved" / "b.sqlite3", NOW)
    add_customer(sqlite_db, "李四", "13912345678")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(made), ""))
    )
    return made


def names(db: Database) -> list[str]:
    return sorted(
        hit.name for query in ("张", "李") for hit in SearchService(db, MANAGER).search(query)
    )


def test_the_manager_restores_and_the_window_closes(
    qtbot, sqlite_db: Database, saved: Path, shown: list[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    kept = restore_from_backup(window, Store(sqlite_db), MANAGER, NOW)
    assert kept is not None and kept.exists()
    assert "已从备份恢复" in shown[-1] and not window.isVisible()
    assert names(sqlite_db) == ["张三"]


def test_refused_while_another_workstation_has_the_database_open(
    qtbot, sqlite_db: Database, saved: Path, shown: list[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    with closing(sqlite3.connect(backup.sqlite_file(sqlite_db))) as other:
        other.execute("SELECT count(*) FROM customers").fetchone()
        assert restore_from_backup(window, Store(sqlite_db), MANAGER, NOW) is None
    assert "正被其他程序使用" in shown[-1]
    assert names(sqlite_db) == ["张三", "李四"]  # the window goes on with its database


def test_staff_other_than_the_manager_are_refused(
    qtbot, sqlite_db: Database, saved: Path, shown: list[str]
) -> None:
    receptionist = Actor(staff_id=2, name="小林", role=StaffRole.RECEPTIONIST)
    assert restore_from_backup(QWidget(), Store(sqlite_db), receptionist, NOW) is None
    assert "权限" in shown[-1] and names(sqlite_db) == ["张三", "李四"]


def test_the_window_asks_before_making_a_database_in_an_empty_file(
    qapp, tmp_path: Path, monkeypatch
) -> None:
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    refusal = NeedsCreateError(tmp_path / "store.sqlite3", empty=True)
    assert confirm_create(refusal) is False
    assert "这个文件是空的" in asked[0] and "新建一个门店数据库" in asked[0]
