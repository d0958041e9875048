"""管理 → 导入客户…: the wizard walked as a person would, on a generated workbook."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWizard
from sqlalchemy import func, select

from app.db import Database
from app.models import Customer, ServiceVisit, StaffRole, Vehicle
from app.permissions import Actor
from app.services.container import Store
from tests.factories import MANAGER
from tests.import_files import vin, write_xlsx
from ui.importing.wizard import ImportWizard
from ui.jobs import run_job, wait_for_jobs
from ui.main_window import MainWindow

NOW = datetime(2026, 11, 23, 10, 0)
ROWS = [
    ["序号", "客户姓名", "手机号码", "性别", "车牌号", "车架号", "进厂日期", "里程"],
    [1, "张三", "138 1234 5678", "先生", "粤b·12345", vin(1), "2024/3/5", "12,000"],
    [2, "李四", "13912345678", "女士", "粤B54321", "", "", ""],
    [3, "王五", "abc", "男", "", vin(3), "", ""],
    [4, "张三", "13812345678", "男", "", vin(1), "2024年9月5日", "17000"],
    ["合计", "", "", "", "", "", "", ""],
]


def count(db: Database, model) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot, sqlite_db: Database) -> MainWindow:
    window = MainWindow(Store(sqlite_db, clock=lambda: NOW))
    qtbot.addWidget(window)
    window.sign_in(MANAGER)
    return window


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    # An ASCII name: the test types the path, and QTest types Latin-1 only.
    return write_xlsx(tmp_path / "customers.xlsx", ROWS, title="4S 店客户名单")


def open_wizard(qtbot, window: MainWindow, workbook: Path) -> ImportWizard:
    window.import_action.trigger()
    wizard = window.import_wizard
    qtbot.keyClicks(wizard.file_page.path_edit, str(workbook))
    assert wizard.file_page.isComplete()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    return wizard


def test_the_wizard_walks_from_file_to_import_and_undo(
    qtbot, window: MainWindow, workbook: Path, sqlite_db: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, window, workbook)
    mapping = wizard.mapping_page
    assert mapping.header_spin.value() == 3  # below the title and the blank row
    assert mapping.mapping() == {
        0: None, 1: "name", 2: "mobile", 3: "gender", 4: "plate", 5: "vin",
        6: "service_date", 7: "mileage",
    }  # fmt: skip
    # 李四 has a plate but no VIN: the person decides to leave plates out.
    plate = mapping.combos[4]
    plate.setFocus()
    qtbot.keyClick(plate, Qt.Key.Key_Home)
    assert mapping.mapping()[4] is None
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    report = wizard.report_page
    qtbot.waitUntil(report.isComplete, timeout=10_000)
    assert "共 4 行数据（表头在第 3 行），可以导入 3 行" in report.summary.text()
    assert "合计行 1 行不导入" in report.summary.text()
    assert [e.row for e in report.errors.rows()] == [6]
    assert [(d.row, d.same_as_row) for d in report.duplicates.rows()] == [(7, 4)]
    assert report.tabs.tabText(0) == "错误 1 行"

    saved = tmp_path / "错误报告.xlsx"
    report.ask_save_path = lambda _default: str(saved)
    qtbot.mouseClick(report.save_button, Qt.MouseButton.LeftButton)
    assert saved.is_file() and "错误报告已保存" in report.summary.text()
    assert count(sqlite_db, Customer) == 0  # the dry run saved nothing

    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    done = wizard.done_page.summary.text()
    assert "导入 3 行，新建客户 2 位、车辆 1 辆、进厂记录 2 条" in done
    assert (count(sqlite_db, Customer), count(sqlite_db, Vehicle)) == (2, 1)
    assert count(sqlite_db, ServiceVisit) == 2

    qtbot.mouseClick(wizard.done_page.undo_button, Qt.MouseButton.LeftButton)
    status = wizard.done_page.undo_status
    qtbot.waitUntil(lambda: "已撤销" in status.text(), timeout=10_000)
    assert status.text() == "已撤销：删除了客户 2 位、车辆 1 辆、进厂记录 2 条。"
    assert (count(sqlite_db, Customer), count(sqlite_db, Vehicle)) == (0, 0)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_a_cancelled_import_leaves_the_database_as_it_was(
    qtbot, window: MainWindow, tmp_path: Path, sqlite_db: Database
) -> None:
    rows = [ROWS[0], *([n, f"客户{n}", f"139{n:08d}", "", "", "", "", ""] for n in range(3000))]
    wizard = open_wizard(qtbot, window, write_xlsx(tmp_path / "big.xlsx", rows))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.report_page.isComplete, timeout=20_000)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(wizard.run_page.cancel_button, Qt.MouseButton.LeftButton)
    status = wizard.run_page.status
    qtbot.waitUntil(lambda: "导入已取消" in status.text(), timeout=20_000)
    assert status.text() == "导入已取消，没有导入任何数据。"
    assert count(sqlite_db, Customer) == 0
    wizard.reject()


def test_a_file_without_a_header_row_asks_for_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    rows = [["名单"], ["张三", "13812345678"], ["李四", "13912345678"]]
    wizard = open_wizard(qtbot, window, write_xlsx(tmp_path / "no-header.xlsx", rows))
    assert "请在下一步指定表头所在的行" in wizard.file_page.problem.text()
    assert not wizard.mapping_page.isComplete()
    assert wizard.mapping_page.problem.text() == "请指定哪一列是客户姓名。"
    wizard.reject()


def test_a_receptionist_is_told_she_may_not_import(qtbot, window: MainWindow, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    window.sign_in(Actor(None, "林晓敏", StaffRole.RECEPTIONIST))
    window.import_action.trigger()
    assert shown == ["您没有“导入客户名单”的权限，请联系店长。"]


def test_a_job_hands_progress_and_errors_to_the_ui_thread(qtbot) -> None:
    seen: list[object] = []

    def work(job):
        job.progress(1, 2)
        raise ValueError("broken")

    run_job(work, seen.append, seen.append, lambda *told: seen.append(told))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[0] == (1, 2) and isinstance(seen[1], ValueError)
    assert wait_for_jobs()


def test_the_wizard_labels_are_shown(qtbot, window: MainWindow, workbook: Path) -> None:
    wizard = open_wizard(qtbot, window, workbook)
    labels = [w.text() for w in wizard.mapping_page.findChildren(QLabel)]
    assert "B　客户姓名" in labels and "张三 / 李四 / 王五" in labels
    wizard.reject()
