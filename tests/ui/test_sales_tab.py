"""The 订单与交车 tab driven as a consultant would: a prospect becomes an order, the car
is allocated, the checklist ticked, the car handed over, the PDF written."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from app.db import Database
from app.models import StaffRole
from app.permissions import Actor
from app.rules import handover
from app.services.container import AppServices
from app.services.sales import OrderForm
from app.services.settings_admin import SettingsService
from app.validation import with_check_digit
from tests.factories import MANAGER, add_customer, add_model, add_staff
from tests.ui.typing import type_text
from ui.desk import DeskSession
from ui.sales.checklist_model import ITEM, REMARKS
from ui.sales.tab import SalesTab

NOW = datetime(2026, 11, 23, 15, 0)
VIN = with_check_digit("LB37624S0TL000001")


class Answers:
    """What QMessageBox.question asked, and the answer the person gives (Yes unless told)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    def __call__(self, _parent, _title, text, *args, **kwargs) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def answers(monkeypatch) -> Answers:
    answers = Answers()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answers))
    return answers


@pytest.fixture
def tab(qtbot, sqlite_db: Database, answers: Answers) -> SalesTab:
    consultant = add_staff(sqlite_db, "李顾问")
    add_model(sqlite_db, "星越L 2.0T")
    add_customer(sqlite_db, "王芳", "13912345678", intent_level="H")
    desk = DeskSession()
    desk.sign_in(Actor(consultant, "李顾问", StaffRole.SALES_CONSULTANT))
    widget = SalesTab(AppServices(sqlite_db, MANAGER, clock=lambda: NOW), desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    settle(qtbot, widget)
    return widget


def settle(qtbot, tab: SalesTab) -> None:
    """The orders are read on a worker: wait until the list is shown, as a person would."""
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)


def click(qtbot, widget) -> None:
    """Click, then wait for the orders list if the click had it read again."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    tab = widget
    while tab is not None and not isinstance(tab, SalesTab):
        tab = tab.parentWidget()
    if tab is not None:
        settle(qtbot, tab)


def choose_customer(qtbot, lookup, text: str) -> None:
    type_text(qtbot, lookup.query, text)
    qtbot.keyClick(lookup.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.hits.rowCount() == 1)
    rect = lookup.results.visualRect(lookup.hits.index(0, 0))
    qtbot.mouseClick(lookup.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_number(qtbot, box, digits: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), digits)


def sign_order(qtbot, tab: SalesTab) -> None:
    click(qtbot, tab.new_order_button)
    dialog = tab.dialog
    choose_customer(qtbot, dialog.lookup, "王芳")
    type_text(qtbot, dialog.colour, "冰川白")
    type_number(qtbot, dialog.price, "158000")
    type_number(qtbot, dialog.deposit, "5000")
    click(qtbot, dialog.service_boxes["insurance"])
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def tick_every_item(qtbot, tab: SalesTab) -> None:
    table, model = tab.delivery_panel.table, tab.delivery_panel.model
    for row in range(model.rowCount()):
        table.setCurrentIndex(model.index(row, ITEM))
        qtbot.keyClick(table, Qt.Key.Key_Space)


def write_remark(qtbot, tab: SalesTab, row: int, text: str) -> None:
    table = tab.delivery_panel.table
    table.setCurrentIndex(tab.delivery_panel.model.index(row, REMARKS))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits the editor's text on the next turn of the event loop
    qtbot.waitUntil(lambda: tab.delivery_panel.model.line(row).remarks == text)


def test_prospect_to_order_to_handover_and_the_pdf(
    qtbot, qtmodeltester, tab: SalesTab, tmp_path: Path, monkeypatch, answers: Answers
) -> None:
    sign_order(qtbot, tab)
    assert "已签订" in tab.message.text()
    assert tab.orders.rowCount() == 1 and tab.orders.row_at(0).status_label == "已签约"
    assert "XS202611230001" in tab.order_panel.summary.text()
    assert "保险：未开始" in tab.order_panel.services_text.text()
    assert tab.order_panel.badges.text() == "暂无"

    type_text(qtbot, tab.order_panel.vin, VIN)
    click(qtbot, tab.order_panel.allocate_button)
    assert tab.orders.row_at(0).vin == VIN

    click(qtbot, tab.order_panel.progress_button)  # insurance → 未开始 (first choice)
    tab.order_panel.progress.setCurrentIndex(tab.order_panel.progress.findData("done"))
    click(qtbot, tab.order_panel.progress_button)
    assert "保险：已完成" in tab.order_panel.services_text.text()

    click(qtbot, tab.delivery_panel.start_button)
    model = tab.delivery_panel.model
    assert model.rowCount() > 20
    qtmodeltester.check(model)
    click(qtbot, tab.delivery_panel.hand_over_button)
    assert "未勾选" in tab.delivery_panel.refusal.text()  # nothing ticked yet: refused

    tick_every_item(qtbot, tab)
    write_remark(qtbot, tab, 0, "左后门轻微划痕已补漆")
    assert model.unexplained() == 0
    assert "可以交车" in tab.delivery_panel.state.text()
    assert model.line(0).remarks == "左后门轻微划痕已补漆"
    type_number(qtbot, tab.delivery_panel.km, "18")
    type_text(qtbot, tab.delivery_panel.plate, "粤B12345")
    click(qtbot, tab.delivery_panel.hand_over_button)
    assert answers.asked == ["确认把 王芳 的 星越L 2.0T 交给客户？交车后订单不能再修改。"]
    assert tab.orders.row_at(0).status_label == "已交车"
    assert "已于 2026-11-23 15:00 交车" in tab.delivery_panel.state.text()

    target = tmp_path / "交车清单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, tab.delivery_panel.save_button)
    qtbot.waitUntil(lambda: tab.delivery_panel.pdf_job is None, timeout=30_000)  # a worker
    assert "交车清单已保存" in tab.message.text()
    text = PdfReader(target).pages[0].extract_text()
    assert VIN in text and "王芳" in text and "左后门轻微划痕已补漆" in text
    qtmodeltester.check(tab.orders)


def inked(image: QImage) -> float:
    """The share of a page's pixels that are not paper-white."""
    small = image.scaled(240, 340).convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = [
        value
        for row in range(small.height())
        for value in bytes(small.constScanLine(row))[: small.width()]
    ]
    return sum(value < 200 for value in pixels) / len(pixels)


def test_the_checklist_is_previewed_and_printed_in_the_app(
    qtbot, tab: SalesTab, sqlite_db: Database, tmp_path: Path, monkeypatch
) -> None:
    """No PDF viewer needed: the pages render on a worker into Qt's print preview (A4),
    whose print button prints the same pages."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    store_checks = [{"label": f"本店附加检查 {n}"} for n in range(1, 41)]  # a long checklist
    SettingsService(sqlite_db, MANAGER, lambda: NOW).save(
        {"delivery.handover_items": handover.DEFAULT_HANDOVER_ITEMS + store_checks}
    )
    sign_order(qtbot, tab)
    click(qtbot, tab.delivery_panel.start_button)
    with qtbot.waitSignal(tab.delivery_panel.previewer.opened, timeout=60_000) as opened:
        click(qtbot, tab.delivery_panel.preview_button)
    dialog = opened.args[0]
    written = tmp_path / "DealerDesk" / "交车清单_XS202611230001.pdf"
    pages = len(PdfReader(written).pages)
    assert pages >= 2  # the whole checklist, on more than one page
    assert dialog.isVisible() and dialog.windowTitle().endswith(written.name)
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == pages)
    assert dialog.printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert len(dialog.document.pages) == pages
    assert all(0.01 < inked(page) < 0.5 for page in dialog.document.pages)  # text, not blank

    printed = tmp_path / "printed.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(printed))
    dialog.preview.print()  # what the toolbar's print button does once a printer is chosen
    assert len(PdfReader(printed).pages) == pages
    dialog.close()
    qtbot.waitUntil(lambda: tab.delivery_panel.previewer.dialog is None)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="xdg-open is Linux's")
def test_the_system_viewer_says_when_this_pc_has_none(
    qtbot, tab: SalesTab, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    sign_order(qtbot, tab)
    click(qtbot, tab.delivery_panel.start_button)
    click(qtbot, tab.delivery_panel.viewer_button)
    qtbot.waitUntil(lambda: "xdg-open" in tab.message.text(), timeout=30_000)
    written = tmp_path / "DealerDesk" / "交车清单_XS202611230001.pdf"
    assert tab.message.text() == (
        "无法用系统程序打开 PDF：本机没有 xdg-open（请安装 xdg-utils 和 PDF 阅读器）。"
        f"文件已保存在：{written}"
    )


def test_lost_prospect_with_a_reason(qtbot, tab: SalesTab) -> None:
    click(qtbot, tab.lost_button)
    dialog = tab.dialog
    choose_customer(qtbot, dialog.lookup, "王芳")
    dialog.reason.setCurrentIndex(dialog.reason.findData("competitor"))
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert "品牌与车型" in dialog.error.text()  # the competitor needs naming
    type_text(qtbot, dialog.text, "比亚迪 汉")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert tab.message.text() == "已登记 王芳 战败：购买竞品：比亚迪 汉"


def test_a_wrong_check_digit_is_confirmed_by_a_second_click(qtbot, tab: SalesTab) -> None:
    sign_order(qtbot, tab)
    wrong = VIN[:8] + ("1" if VIN[8] != "1" else "2") + VIN[9:]
    type_text(qtbot, tab.order_panel.vin, wrong)
    click(qtbot, tab.order_panel.allocate_button)
    assert "校验位不符" in tab.message.text()
    click(qtbot, tab.order_panel.allocate_button)
    assert tab.orders.row_at(0).vin == wrong


def test_loyal_customers_list_filters_by_kind(
    qtbot, qtmodeltester, tab: SalesTab, sqlite_db: Database
) -> None:
    buyer = add_customer(sqlite_db, "孙买", "13612345678", stage="deal")
    add_customer(sqlite_db, "朋友", None, referred_by_id=buyer)
    tab.lists.setCurrentWidget(tab.loyal_page)  # built and counted when first shown
    loyal = tab.loyal
    assert loyal.model.rowCount() == 1
    assert [loyal.model.index(0, c).data() for c in range(3)] == ["孙买", "136****5678", "销售忠诚"]
    assert loyal.total.text() == "共 1 位"
    loyal.kind.setCurrentIndex(loyal.kind.findData("after_sales"))
    assert loyal.model.rowCount() == 0 and loyal.total.text() == "共 0 位"
    qtmodeltester.check(loyal.model)


# --- the handover: refused beside its button, confirmed once -------------------------------
def select_order(qtbot, tab: SalesTab, row: int) -> None:
    rect = tab.table.visualRect(tab.orders.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def two_orders(qtbot, tab: SalesTab, sqlite_db: Database) -> SalesTab:
    """Set-up: 王芳's order with its car, and 赵强's."""
    sales, model = tab.services.sales, add_model(sqlite_db, "帝豪 1.5L")
    wang = tab.services.search.search("王芳")[0].id
    zhao = add_customer(sqlite_db, "赵强", "13812345678")
    order = sales.create_order(OrderForm(customer_id=wang, model_id=model, price=98_000))
    sales.allocate_vin(order.row.id, VIN)
    sales.create_order(OrderForm(customer_id=zhao, model_id=model, price=98_000))
    tab.reload()
    settle(qtbot, tab)
    return tab


def test_a_refused_handover_says_why_beside_its_button_until_another_order(
    qtbot, two_orders: SalesTab, answers: Answers
) -> None:
    tab = two_orders
    select_order(qtbot, tab, 1)  # 王芳's, the older
    click(qtbot, tab.delivery_panel.start_button)
    click(qtbot, tab.delivery_panel.hand_over_button)
    assert "未勾选" in tab.delivery_panel.refusal.text()
    assert tab.message.text() == "" and answers.asked == []  # not asked: it cannot go ahead
    select_order(qtbot, tab, 0)
    assert tab.delivery_panel.refusal.text() == ""
    select_order(qtbot, tab, 1)
    assert tab.delivery_panel.refusal.text() == ""


def test_confirming_a_handover_asks_once_and_no_keeps_the_order(
    qtbot, two_orders: SalesTab, answers: Answers
) -> None:
    tab = two_orders
    select_order(qtbot, tab, 1)
    click(qtbot, tab.delivery_panel.start_button)
    tick_every_item(qtbot, tab)
    answers.answer = QMessageBox.StandardButton.No
    click(qtbot, tab.delivery_panel.hand_over_button)
    assert len(answers.asked) == 1 and tab.orders.row_at(1).status_label == "已配车"
    answers.answer = QMessageBox.StandardButton.Yes
    click(qtbot, tab.delivery_panel.hand_over_button)
    assert len(answers.asked) == 2  # once per press, never twice for one handover
    assert [tab.orders.row_at(r).status_label for r in (0, 1)] == ["已签约", "已交车"]
