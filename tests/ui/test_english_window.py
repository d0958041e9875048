"""The window in English, as a store's staff member sees it: every tab opened with a
believable store's data, the rows chosen, a few dialogs and refusals. Chinese may show
only in what people typed or the store stored (names, models, plates, notes, messages
to customers); anything else in Chinese is text of ours that reached the English UI
untranslated, from ui/ or from app/."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from sqlalchemy import String, Text, select

from app import settings
from app.db import Database
from app.demo import generate
from app.errors import ValidationError
from app.i18n import Phrase
from app.importing import normalize
from app.importing.rows import Column, parse_row
from app.models import Base, Vehicle
from app.permissions import Permission, PermissionDenied
from app.services.complaints import ComplaintForm, ComplaintService
from app.services.container import Store
from tests.factories import MANAGER
from tests.ui.typing import type_text
from ui.i18n import app_label, error_text, phrase_text
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 10, 0)
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {姓名}: typed into a template as it is
ROWS_READ = 8  # cells of the first rows of every list
# Columns whose stored values are our vocabulary (the store's words for what we declared),
# not something people typed: shown, they must be translated.
VOCABULARY_COLUMNS = {
    ("customers", "source_channel"),
    ("showroom_visits", "source_channel"),
    ("delivery_checklist_items", "label"),
    ("complaints", "cause"),
    ("complaints", "department"),
}


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """What message boxes said (a question is answered Yes)."""
    said: list[str] = []

    def box(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box))
    return said


@pytest.fixture
def store_db(sqlite_db: Database) -> Database:
    """A believable store: the demo's customers up to today, and an open complaint."""
    generate(sqlite_db, 200, seed=7, today=NOW.date())
    complaints = ComplaintService(sqlite_db, MANAGER, lambda: NOW)
    options = complaints.options()
    complaints.intake(
        ComplaintForm(
            channel="phone",
            category="after_sales_service",
            cause=options.causes["after_sales_service"][1],
            content="等了三个小时还没修好",
            department=options.departments[1],
        )
    )
    return sqlite_db


@pytest.fixture
def window(qtbot, english, store_db: Database, asked) -> MainWindow:
    shown = MainWindow(Store(store_db, clock=lambda: NOW))
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    shown.sign_in(MANAGER)
    return shown


def typed_by_people(db: Database) -> list[str]:
    """Every stored text in Chinese that people typed (or the demo typed for them), and
    its words: names, models, plates, colours, notes, messages to customers."""
    found: set[str] = set()
    with db.transaction(MANAGER) as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, String | Text):
                    continue
                if (table.name, column.name) in VOCABULARY_COLUMNS:
                    continue
                values = session.scalars(select(column).distinct()).all()
                found |= {v for v in values if isinstance(v, str) and HAN.search(v)}
    return sorted(found - catalogued())


def catalogued() -> set[str]:
    """Every source text of the English catalogue: a stored value that is one of them is
    our word, shown translated, never data."""
    root = ET.parse(ROOT / "resources" / "translations" / "dealerdesk_en.ts").getroot()
    return {message.findtext("source", "") for message in root.iter("message")}


def setting_values() -> list[str]:
    """Every Chinese text in the settings' defaults (lists of levels, reasons, items)."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str) and HAN.search(value):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for spec in settings.SPECS.values():
        walk(spec.default)
    return sorted(found)


def untranslated(texts: Iterable[str], data: list[str]) -> list[str]:
    """The texts still holding Chinese once the data in them is taken out."""
    longest_first = sorted(set(data), key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(value) for value in longest_first))
    left = []
    for text in texts:
        rest = PLACEHOLDER.sub("", pattern.sub("", text))
        if HAN.search(rest):
            left.append(text)
    return sorted(set(left))


def texts_of(root: QWidget) -> list[str]:
    """Window titles, labels, buttons, group and tab titles, placeholders, combo items,
    spin box affixes, and the headers and first rows' cells of every list."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        texts += _texts_of(widget)
    return [text for text in texts if text]


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractSpinBox):
        affixes = [
            getattr(widget, name)() for name in ("prefix", "suffix") if hasattr(widget, name)
        ]
        return [*affixes, widget.specialValueText()]
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        return [widget.windowTitle(), *_cells(widget)]
    return [widget.windowTitle()] if widget.isWindow() else []


def _cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or isinstance(view.parent(), QComboBox):
        return []
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    display = Qt.ItemDataRole.DisplayRole
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in
             range(columns)]  # fmt: skip
    rows = min(model.rowCount(root), ROWS_READ)
    texts += [str(model.data(model.index(r, c, root), display) or "") for r in range(rows)
              for c in range(columns)]  # fmt: skip
    return texts


def choose_first_row(qtbot, view: QAbstractItemView) -> None:
    if view.model() is not None and view.model().rowCount() > 0:
        view.setFocus()
        view.selectRow(0) if hasattr(view, "selectRow") else None
        qtbot.wait(10)


def open_every_tab(qtbot, window: MainWindow) -> list[str]:
    """Each desk as someone at it would look: the tab, its sub-tabs, the first row of each
    list chosen so its detail shows."""
    seen: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tab(index)
        qtbot.wait(50)
        for pages in tab.findChildren(QTabWidget):
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                qtbot.wait(20)
                for view in pages.widget(page).findChildren(QAbstractItemView):
                    choose_first_row(qtbot, view)
                seen += texts_of(tab)
        for view in tab.findChildren(QAbstractItemView):
            choose_first_row(qtbot, view)
        seen += texts_of(tab)
    return seen


def test_every_tab_in_english_shows_chinese_only_in_customer_data(
    qtbot, window: MainWindow, store_db: Database
) -> None:
    seen = open_every_tab(qtbot, window) + texts_of(window)
    assert window.tabs.tabText(0) == "Showroom"
    assert any("Intent level" in text for text in seen), "the reception tab was not read"
    assert untranslated(seen, typed_by_people(store_db)) == []


def test_the_service_desk_in_english_after_finding_a_car(
    qtbot, window: MainWindow, store_db: Database, asked: list[str]
) -> None:
    service = window.tab(3)
    window.tabs.setCurrentIndex(3)
    with store_db.transaction(MANAGER) as session:
        plate = session.scalars(select(Vehicle.plate).where(Vehicle.plate.is_not(None))).first()
    type_text(qtbot, service.lookup.query, plate)
    qtbot.keyClick(service.lookup.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: service.vehicle_id is not None)
    field = service.order_form.mileage.odometer
    field.clear()
    type_text(qtbot, field, "1")  # lower than any reading on file
    qtbot.mouseClick(service.order_form.open_button, Qt.MouseButton.LeftButton)
    assert asked and "is below the last reading" in asked[-1]
    seen = texts_of(service) + asked
    assert untranslated(seen, typed_by_people(store_db)) == []


def test_a_bad_phone_at_reception_is_refused_in_english(
    qtbot, window: MainWindow, store_db: Database, asked: list[str]
) -> None:
    reception = window.tab(0)
    form = reception.form
    type_text(qtbot, form.name, "测试客户")
    type_text(qtbot, form.mobile, "12345")
    qtbot.mouseClick(reception.register_button, Qt.MouseButton.LeftButton)
    shown = form.errors.message("mobile") or " ".join(asked)
    assert "is not a mainland China mobile number" in shown
    assert untranslated([shown], ["测试客户"]) == []


def test_a_handover_checklist_in_english(qtbot, window: MainWindow, store_db: Database) -> None:
    sales = window.tab(1)
    window.tabs.setCurrentIndex(1)
    sales.status_filter.setCurrentIndex(sales.status_filter.findData("open"))
    qtbot.waitUntil(lambda: not sales.loading)  # the orders are read on a worker
    sales.table.selectRow(0)
    panel = sales.delivery_panel
    qtbot.waitUntil(lambda: panel.start_button.isVisible())
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    checks = [panel.model.index(row, 1).data() for row in range(panel.model.rowCount())]
    assert "Car keys" in checks
    assert untranslated(texts_of(sales), typed_by_people(store_db)) == []


def test_the_settings_and_sales_dialogs_in_english(
    qtbot, window: MainWindow, store_db: Database
) -> None:
    window.setup_actions[3].trigger()  # 管理 → 系统设置…
    sales = window.tab(1)
    window.tabs.setCurrentIndex(1)
    qtbot.mouseClick(sales.new_order_button, Qt.MouseButton.LeftButton)
    seen = texts_of(window.setup_dialog) + texts_of(sales.dialog)
    qtbot.mouseClick(sales.lost_button, Qt.MouseButton.LeftButton)
    seen += texts_of(sales.dialog)
    assert any("Reason lost" in text for text in seen)
    # The settings screen edits the store's words (its lists, its name): values are data.
    assert untranslated(seen, typed_by_people(store_db) + setting_values()) == []


def test_a_refusal_from_app_shows_in_english_with_its_values(english) -> None:
    refusal = PermissionDenied(Permission.VIEW_AUDIT)
    assert error_text(refusal) == "You may not “See the audit log”: ask the store manager."
    assert str(refusal) == "您没有“查看操作日志”的权限，请联系店长。"  # the CLI and the log
    bad_km = ValidationError("km", "里程“{typed}”不是数字。", typed="abc")
    assert error_text(bad_km) == "The km “abc” is not a number."


def test_a_phrase_with_a_list_of_labels_joins_them_in_english(english) -> None:
    items = [Phrase("Sales", "车钥匙"), Phrase("Sales", "用户手册")]
    phrase = Phrase("Errors", "还有 {count} 项未勾选（{items}），请勾选或在备注中说明原因。",
                    {"count": 2, "items": items})  # fmt: skip
    assert phrase_text(phrase) == (
        "2 items are not ticked (Car keys, Owner's manual): tick them or explain why in "
        "the remarks."
    )
    assert str(phrase) == "还有 2 项未勾选（车钥匙、用户手册），请勾选或在备注中说明原因。"


def test_words_the_store_typed_itself_show_as_typed(english) -> None:
    assert app_label("Complaints", "售后服务部") == "After-sales"
    assert app_label("Complaints", "二手车评估部") == "二手车评估部"


def test_the_chinese_window_shows_the_stored_words(qapp: QApplication) -> None:
    assert app_label("Sales", "已交车") == "已交车"


def test_an_import_problem_reads_in_english(english) -> None:
    columns = [Column(0, "A", "姓名", normalize.NAME), Column(1, "B", "手机", normalize.MOBILE)]
    parsed = parse_row(5, ["", "12345"], columns)
    said = [phrase_text(problem.phrase) for problem in parsed.errors]
    assert said[0] == "“12345” is not a valid 11-digit mobile number."
    assert "No customer name." in said
    assert parsed.errors[0].message == "手机号“12345”不是有效的 11 位手机号码。"  # the report
