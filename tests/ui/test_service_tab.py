"""The 售后接车 tab driven as a service advisor would: find the car by the last four
digits of the phone, check it in with a normal, a long-trip, a lower and an absurd
reading, add extra work that waits for consent, hand over, see the next-due reminder."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QToolButton

from app.db import Database
from app.models import StaffRole
from app.permissions import Actor
from app.services.checkin import CheckInService, RepairOrderForm
from app.services.container import AppServices
from app.validation import with_check_digit
from tests.factories import MANAGER, add_customer, add_model, add_staff, add_vehicle
from tests.ui.typing import type_text
from ui.desk import DeskSession
from ui.service.tab import ServiceTab


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 1, 5, 9, 0))


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """What QMessageBox would have shown; questions are answered Yes."""
    shown: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return shown


@pytest.fixture
def services(sqlite_db: Database, clock: Clock) -> AppServices:
    """王芳's car with three visits at 30 km a day; today is 30 days after the last."""
    owner = add_customer(sqlite_db, "王芳", "13812345678")
    add_model(sqlite_db)
    vehicle = add_vehicle(sqlite_db, owner, "LSGJA52U0BS123456", "粤B12345")
    history = CheckInService(sqlite_db, MANAGER, clock)
    for days, km in ((0, 1_000), (100, 4_000), (180, 9_400)):
        clock.now += timedelta(days=days)
        order = history.open_order(RepairOrderForm(vehicle, km))
        for status in ("in_progress", "quality_check", "ready"):
            history.move(order.id, status)
        history.handover(order.id)
    clock.now += timedelta(days=30)
    return AppServices(sqlite_db, MANAGER, clock=clock)


@pytest.fixture
def tab(qtbot, services: AppServices, messages) -> ServiceTab:
    advisor = add_staff(services.db, "李顾问", StaffRole.SERVICE_ADVISOR)
    desk = DeskSession()
    desk.sign_in(Actor(advisor, "李顾问", StaffRole.SERVICE_ADVISOR))
    widget = ServiceTab(services, desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.built)  # its panels come one after another
    return widget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def find_by_last_four(qtbot, tab: ServiceTab) -> None:
    type_text(qtbot, tab.lookup.query, "5678")
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.vehicle_id is not None)


def type_number(qtbot, box, digits: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), digits)


def type_reading(qtbot, tab: ServiceTab, km: str) -> None:
    field = tab.order_form.mileage.odometer
    field.clear()
    type_text(qtbot, field, km)


def open_order(qtbot, tab: ServiceTab, km: str) -> None:
    type_reading(qtbot, tab, km)
    click(qtbot, tab.order_form.open_button)


def select_row(view, row: int) -> None:
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)


def test_find_by_last_four_shows_the_card(qtbot, tab: ServiceTab) -> None:
    find_by_last_four(qtbot, tab)
    assert "粤B12345" in tab.card.labels["vehicle"].text()
    assert "138****5678" in tab.card.labels["owner"].text()
    assert tab.card.history.rowCount() == 3
    assert "日均 30.0 km" in tab.card.labels["mileage"].text()
    assert tab.order_form.isEnabled() and tab.order_panel.isHidden()


def test_check_in_with_a_normal_reading(qtbot, tab: ServiceTab, messages: list[str]) -> None:
    find_by_last_four(qtbot, tab)
    type_reading(qtbot, tab, "10300")
    panel = tab.order_form.mileage
    assert "距上次 30 天，行驶 900 km" in panel.summary.text()
    assert "比值 1.00" in panel.summary.text()
    assert panel.long_trip.isHidden() and panel.correction.isHidden()
    type_text(qtbot, tab.order_form.entry.description, "更换机油机滤")
    type_text(qtbot, tab.order_form.entry.labour, "120")
    type_text(qtbot, tab.order_form.entry.parts, "280")
    click(qtbot, tab.order_form.add_item)
    click(qtbot, tab.order_form.open_button)
    assert messages == []
    heading = tab.order_panel.heading.text()
    assert "WX20261111-0001" in heading and "已接车" in heading and "¥400.00" in heading
    assert tab.card.history.rowCount() == 4


def test_long_trip_reading_flags_and_suggests_checks(qtbot, tab: ServiceTab) -> None:
    find_by_last_four(qtbot, tab)
    type_reading(qtbot, tab, "12400")  # 3,000 km in 30 days: 100 a day against 30
    panel = tab.order_form.mileage
    assert not panel.long_trip.isHidden() and panel.long_trip.text() == "长途行驶？"
    assert panel.suggestions.stringList()[:2] == ["轮胎检查", "制动系统检查"]
    select_row(panel.suggestion_view, 0)
    select_row(panel.suggestion_view, 1)
    click(qtbot, panel.add_suggestions)
    drafts = tab.order_form.items.rows()
    assert [(d.description, d.suggested) for d in drafts] == [
        ("轮胎检查", True),
        ("制动系统检查", True),
    ]
    click(qtbot, tab.order_form.open_button)
    assert [i.description for i in tab.order_panel.order.items] == ["轮胎检查", "制动系统检查"]


def test_lower_reading_is_refused_then_accepted_with_a_reason(
    qtbot, tab: ServiceTab, services: AppServices, messages: list[str]
) -> None:
    find_by_last_four(qtbot, tab)
    type_reading(qtbot, tab, "940")
    panel = tab.order_form.mileage
    assert "低于上次的 9,400 km" in panel.warning.text()
    assert not panel.correction.isHidden()
    click(qtbot, tab.order_form.open_button)
    assert "低于上次记录的 9,400 km" in messages[-1]
    assert tab.order_panel.isHidden()
    type_text(qtbot, panel.correction, "上次录入多打一个 0")
    click(qtbot, tab.order_form.open_button)
    assert not tab.order_panel.isHidden()
    last = services.checkin.readings(tab.vehicle_id)[-1]
    assert (last.km, last.correction_reason) == (940, "上次录入多打一个 0")


def test_absurd_jump_asks_for_confirmation(
    qtbot, tab: ServiceTab, services: AppServices, messages: list[str]
) -> None:
    find_by_last_four(qtbot, tab)
    type_reading(qtbot, tab, "99400")
    assert "异常" in tab.order_form.mileage.warning.text()
    click(qtbot, tab.order_form.open_button)
    assert "请核对里程表读数" in messages[-1]  # answered Yes by the fixture
    assert services.checkin.readings(tab.vehicle_id)[-1].km == 99_400


def test_extra_work_waits_for_consent_then_handover_leaves_the_next_due(
    qtbot, tab: ServiceTab, services: AppServices, messages: list[str]
) -> None:
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    panel = tab.order_panel
    click(qtbot, panel.status_buttons["in_progress"])
    type_text(qtbot, panel.extra.description, "更换刹车片")
    type_text(qtbot, panel.extra.labour, "80")
    type_text(qtbot, panel.extra.parts, "420")
    click(qtbot, panel.add_extra)
    assert panel.items.data(panel.items.index(0, 4)) == "待客户同意"
    assert "¥0.00" in panel.heading.text()  # not counted before consent
    select_row(panel.items_view, 0)
    click(qtbot, panel.consent)
    assert panel.items.data(panel.items.index(0, 4)) == "已同意"
    assert "¥500.00" in panel.heading.text()
    click(qtbot, panel.status_buttons["quality_check"])
    click(qtbot, panel.status_buttons["ready"])
    click(qtbot, panel.status_buttons["handed_over"])
    dialog = panel.handover_dialog
    qtbot.waitUntil(dialog.isVisible)
    # 30 km a day: 10,000 km more in 334 days, before the 12 months are up.
    assert dialog.next_due.text().startswith("2027-10-11 或 20,300 km")
    dialog.settlement.clear()
    type_text(qtbot, dialog.settlement, "480")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    wait_for_pdf(qtbot, panel)  # the repair record is made and kept at handover
    assert messages == []
    assert "电子维修档案已生成" in panel.pdf_note.text()
    assert services.repair_records.kept(panel.order.id).startswith(b"%PDF-")
    assert "已交车" in panel.heading.text() and "结算 ¥480.00" in panel.heading.text()
    assert "20,300 km" in panel.heading.text()
    reminders = services.checkin.card(tab.vehicle_id).due_reminders
    assert [(r.kind, r.due_date.isoformat()) for r in reminders] == [
        ("maintenance_due", "2027-10-04")
    ]
    assert "粤B12345" in tab.card.labels["reminders"].text()


def test_illegal_moves_are_not_offered(qtbot, tab: ServiceTab) -> None:
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    buttons = tab.order_panel.status_buttons
    enabled = [status for status, button in buttons.items() if button.isEnabled()]
    assert enabled == ["in_progress"]


def test_register_a_car_not_on_file(
    qtbot, tab: ServiceTab, services: AppServices, messages: list[str]
) -> None:
    type_text(qtbot, tab.lookup.query, "粤BD54321")
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Return)
    assert "没有找到" in tab.lookup.status.text()
    click(qtbot, tab.lookup.register_button)
    dialog = tab.register_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.plate.text() == "粤BD54321"
    vin = with_check_digit("LFV2A21K0D4000001")
    wrong = vin[:8] + ("1" if vin[8] != "1" else "2") + vin[9:]
    type_text(qtbot, dialog.vin, wrong)
    type_text(qtbot, dialog.owner_name, "赵六")
    type_text(qtbot, dialog.owner_mobile, "13900001111")
    dialog.submit()
    assert "校验位" in messages[-1]  # confirmed Yes by the fixture
    assert tab.vehicle_id is not None
    assert "粤BD54321" in tab.card.labels["vehicle"].text()
    assert "赵六" in tab.card.labels["owner"].text()


def test_models_pass_the_model_tester(qtbot, qtmodeltester, tab: ServiceTab) -> None:
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    qtmodeltester.check(tab.card.history)
    qtmodeltester.check(tab.order_panel.items)
    qtmodeltester.check(tab.lookup.hits)


def test_a_wrong_reading_is_corrected_and_the_next_due_moves(
    qtbot, tab: ServiceTab, services: AppServices, messages: list[str]
) -> None:
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "99400")  # meant 9,940; confirmed by the fixture's Yes
    panel = tab.order_panel
    for status in ("in_progress", "quality_check", "ready", "handed_over"):
        click(qtbot, panel.status_buttons[status])
    click(qtbot, panel.handover_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    wait_for_pdf(qtbot, panel)
    typo_due = services.checkin.card(tab.vehicle_id).next_service_date
    view = tab.readings
    assert view.readings.rowCount() == 4
    select_row(view.table, 3)
    type_text(qtbot, view.new_km, "9940")
    type_text(qtbot, view.reason, "多打了一个 0")
    click(qtbot, view.correct)
    last = view.readings.row_at(3)
    assert (last.km, last.correction_reason) == (9_940, "多打了一个 0")
    fixed = services.checkin.card(tab.vehicle_id)
    assert fixed.next_service_date > typo_due and fixed.next_service_km == 19_940
    assert "19,940 km" in tab.card.labels["next_service"].text()
    [reminder] = fixed.due_reminders
    assert "19,940 km" in reminder.message


def wait_for_pdf(qtbot, panel) -> None:
    """The PDF is written on a worker thread; its outcome arrives through the event loop."""
    qtbot.waitUntil(lambda: panel.pdf_job is None, timeout=30_000)


def test_the_repair_order_is_saved_as_pdf(qtbot, tab: ServiceTab, monkeypatch, tmp_path) -> None:
    target = tmp_path / "order.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    click(qtbot, tab.order_panel.save)
    wait_for_pdf(qtbot, tab.order_panel)
    text = PdfReader(target).pages[0].extract_text()
    assert "维修委托书" in text and "WX20261111-0001" in text and "10,300 km" in text


# --- live search: the last car leaves the screen the moment the query changes -------------
def shows_no_car(tab: ServiceTab) -> bool:
    return (
        tab.vehicle_id is None
        and all(label.text() == "" for label in tab.card.labels.values())
        and tab.card.history.rowCount() == 0
        and tab.readings.readings.rowCount() == 0
        and tab.order_form.mileage.odometer.text() == ""
        and tab.order_form.description.toPlainText() == ""
        and tab.order_form.fuel.value() == 50
        and not tab.order_form.isEnabled()
        and tab.order_panel.isHidden()
        and tab.lookup.hits.rowCount() == 0
        and tab.lookup.status.text() == ""
    )


def test_the_car_is_found_as_the_advisor_types(qtbot, tab: ServiceTab) -> None:
    type_text(qtbot, tab.lookup.query, "5678")  # no Enter: the search runs on a pause
    qtbot.waitUntil(lambda: tab.vehicle_id is not None)
    assert "粤B12345" in tab.card.labels["vehicle"].text()
    assert tab.lookup.status.text() == "找到 1 辆车"


def test_typing_another_plate_clears_the_last_car_at_once(qtbot, tab: ServiceTab) -> None:
    find_by_last_four(qtbot, tab)
    type_reading(qtbot, tab, "10300")
    type_text(qtbot, tab.order_form.description, "异响")
    type_number(qtbot, tab.order_form.fuel, "20")
    tab.lookup.query.selectAll()
    type_text(qtbot, tab.lookup.query, "粤B7")
    assert shows_no_car(tab)  # before the search has even run
    qtbot.waitUntil(lambda: tab.lookup.status.text() != "")
    assert tab.lookup.status.text() == "没有找到车辆，可点“登记新车”。"
    assert tab.vehicle_id is None and tab.card.labels["vehicle"].text() == ""


def test_an_open_repair_order_leaves_with_its_car(qtbot, tab: ServiceTab) -> None:
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    assert tab.order_panel.status_buttons["in_progress"].isEnabled()
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_End)
    qtbot.keyClick(tab.lookup.query, Qt.Key.Key_Backspace)
    assert tab.lookup.query.text() == "567" and shows_no_car(tab)
    assert not tab.order_panel.status_buttons["in_progress"].isVisible()
    qtbot.keyClicks(tab.lookup.query, "8")  # back to the same car: found again, order and all
    qtbot.waitUntil(lambda: tab.vehicle_id is not None)
    assert "WX20261111-0001" in tab.order_panel.heading.text()


def test_the_clear_button_clears_the_car(qtbot, tab: ServiceTab) -> None:
    find_by_last_four(qtbot, tab)
    [clear] = tab.lookup.query.findChildren(QToolButton)  # the line edit's own ✕
    click(qtbot, clear)
    assert tab.lookup.query.text() == "" and shows_no_car(tab)


def test_a_sales_consultant_reads_the_order_but_cannot_work_it(
    qtbot, tab: ServiceTab, services: AppServices
) -> None:
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    consultant = Actor(
        add_staff(services.db, "张伟", StaffRole.SALES_CONSULTANT),
        "张伟",
        StaffRole.SALES_CONSULTANT,
    )
    desk = DeskSession()
    desk.sign_in(consultant)
    theirs = ServiceTab(AppServices(services.db, consultant, services.clock), desk)
    qtbot.addWidget(theirs)
    theirs.show()
    qtbot.waitUntil(lambda: theirs.built)
    find_by_last_four(qtbot, theirs)
    panel = theirs.order_panel
    assert "WX20261111-0001" in panel.heading.text()
    assert not any(button.isEnabled() for button in panel.status_buttons.values())
    assert not any(w.isEnabled() for w in (panel.add_extra, panel.consent, panel.decline))
    assert not theirs.readings.correct.isEnabled()
    click(qtbot, panel.status_buttons["in_progress"])
    assert services.checkin.order(panel.order.id).status == "checked_in"


def test_saving_the_pdf_says_where_it_went(qtbot, tab: ServiceTab, monkeypatch, tmp_path) -> None:
    target = tmp_path / "委托书.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    click(qtbot, tab.order_panel.save)
    wait_for_pdf(qtbot, tab.order_panel)
    assert target.exists()
    assert tab.order_panel.pdf_note.text() == f"维修委托书已保存到：{target}"


def test_the_repair_order_is_previewed_in_the_app(
    qtbot, tab: ServiceTab, monkeypatch, tmp_path, messages: list[str]
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    with qtbot.waitSignal(tab.order_panel.previewer.opened, timeout=60_000) as opened:
        click(qtbot, tab.order_panel.preview)
    written = tmp_path / "DealerDesk" / "维修委托书_WX20261111-0001.pdf"
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == len(PdfReader(written).pages))
    assert messages == [] and tab.order_panel.pdf_note.text() == ""
    dialog.close()


def fake_xdg_open(folder: Path, script: str) -> None:
    """An xdg-open of our own first on PATH, as a PC might have one."""
    folder.mkdir()
    program = folder / "xdg-open"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)


def open_in_viewer(qtbot, tab: ServiceTab, monkeypatch, tmp_path: Path) -> Path:
    """Click 系统程序打开 on the order; the PDF it wrote for the viewer."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    find_by_last_four(qtbot, tab)
    open_order(qtbot, tab, "10300")
    click(qtbot, tab.order_panel.viewer)
    wait_for_pdf(qtbot, tab.order_panel)
    qtbot.waitUntil(lambda: not tab.order_panel.viewer_job.running, timeout=30_000)
    return tmp_path / "DealerDesk" / "维修委托书_WX20261111-0001.pdf"


linux_only = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="the system viewer is xdg-open on Linux"
)


@linux_only
def test_without_xdg_open_the_system_viewer_says_so_and_where_the_file_is(
    qtbot, tab: ServiceTab, monkeypatch, tmp_path, messages: list[str]
) -> None:
    """A PC with no xdg-open (no desktop's file associations) used to show nothing."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    written = open_in_viewer(qtbot, tab, monkeypatch, tmp_path)
    assert written.exists() and messages == []
    note = tab.order_panel.pdf_note.text()
    assert note == (
        "无法用系统程序打开 PDF：本机没有 xdg-open（请安装 xdg-utils 和 PDF 阅读器）。"
        f"文件已保存在：{written}"
    )
    type_text(qtbot, tab.lookup.query, "9")  # another car: the note goes with the order
    assert tab.order_panel.pdf_note.text() == ""


@linux_only
def test_when_xdg_open_finds_no_viewer_the_panel_says_so(
    qtbot, tab: ServiceTab, monkeypatch, tmp_path, messages: list[str]
) -> None:
    fake_xdg_open(tmp_path / "bin", "exit 3")  # xdg-open: no program for the file
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    written = open_in_viewer(qtbot, tab, monkeypatch, tmp_path)
    assert tab.order_panel.pdf_note.text() == (
        f"无法用系统程序打开 PDF：找不到打开 PDF 的程序（xdg-open 3）。文件已保存在：{written}"
    )


@linux_only
def test_a_working_system_viewer_gets_the_file_and_nothing_is_said(
    qtbot, tab: ServiceTab, monkeypatch, tmp_path, messages: list[str]
) -> None:
    handed = tmp_path / "handed.txt"
    fake_xdg_open(tmp_path / "bin", f'printf "%s" "$1" > "{handed}"')
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    written = open_in_viewer(qtbot, tab, monkeypatch, tmp_path)
    assert handed.read_text(encoding="utf-8") == str(written)
    assert tab.order_panel.pdf_note.text() == "" and messages == []
