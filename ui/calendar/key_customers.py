"""The key-customer week (重点客户): mark prospects, record outcomes, the director's review,
and the Excel sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.models import StaffRole
from app.services.container import AppServices
from app.services.key_customers import (
    ConsultantWeek,
    KeyCustomerRow,
    KeyCustomerService,
    monday_of,
    next_week,
    week_of,
)

from ..crash import show_user_error
from ..deferred import deferred
from ..desk import DeskSession
from ..i18n import app_label, error_text, phrase_text
from ..jobs import run_job
from ..models.paged import BackgroundPagedTableModel, Column, PagedTableModel
from ..widgets.columns import row_list
from ..widgets.file_dialogs import ask_save_path

write_key_customers = deferred("reports.key_customers_excel", "write_key_customers")

OUTCOME_COLOURS = {"deal": "#c8e6c9", "lost": "#ffcdd2", "postponed": "#fff9c4"}
NEXT_STEP_COLUMN = 7  # free text: it takes the width left


def entry_columns() -> list[Column[KeyCustomerRow]]:
    return [
        Column(QCoreApplication.translate("KeyCustomerPanel", "顾问"), lambda r: r.consultant),
        Column(QCoreApplication.translate("KeyCustomerPanel", "客户"), lambda r: r.customer),
        Column(QCoreApplication.translate("KeyCustomerPanel", "手机"), lambda r: r.phone),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "意向车型"),
            lambda r: r.model_of_interest,
        ),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "预算"),
            lambda r: phrase_text(r.budget) if r.budget else "",
        ),
        Column(QCoreApplication.translate("KeyCustomerPanel", "级别"), lambda r: r.intent_level),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "最近联系"), lambda r: r.last_contact
        ),
        Column(QCoreApplication.translate("KeyCustomerPanel", "下一步"), lambda r: r.next_step),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "结果"),
            lambda r: app_label("Sales", r.outcome_label),
            background=lambda r: OUTCOME_COLOURS.get(r.outcome),
        ),
        Column(QCoreApplication.translate("KeyCustomerPanel", "原因"), lambda r: r.outcome_reason),
    ]


def review_columns() -> list[Column[ConsultantWeek]]:
    coaching = lambda c: "#fff9c4" if c.needs_coaching else None  # noqa: E731
    return [
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "顾问"),
            lambda c: c.consultant,
            background=coaching,
        ),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "列入"),
            lambda c: c.listed,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "成交"),
            lambda c: c.closed,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "战败"),
            lambda c: c.lost,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "延期"),
            lambda c: c.postponed,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("KeyCustomerPanel", "成交率"),
            lambda c: f"{c.closing_rate:.0%}",
            align_right=True,
        ),
    ]


@dataclass(frozen=True)
class WeekLoad:
    """What the page shows of a week, read on a worker in one go."""

    total: int
    entries: list[KeyCustomerRow]
    review: list[ConsultantWeek]
    suggestions: list[tuple[str, int]]  # (the text shown, the customer)


def load_week(
    service: KeyCustomerService, week: str, consultant: int | None, page_size: int
) -> WeekLoad:
    """On a worker: touches no Qt."""
    total = service.count(week, consultant)
    entries = service.page(week, consultant, 0, page_size) if total else []
    prospects = service.suggestions(consultant, week) if consultant is not None else []
    suggestions = [(f"{p.name} {p.phone or ''}", p.customer_id) for p in prospects]
    return WeekLoad(total, entries, service.review(week), suggestions)


class KeyCustomerPanel(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession, parent=None) -> None:
        super().__init__(parent)
        self._service, self._desk = services.key_customers, desk
        self.week = QLineEdit(self._service.current_week(), objectName="keyWeek")
        self.previous, self.following = QPushButton("◀"), QPushButton("▶")
        self.consultant = QComboBox(objectName="keyConsultant")
        self.consultant.addItem(self.tr("全部顾问"), None)
        for staff_id, name in self._service.consultants():
            self.consultant.addItem(name, staff_id)
        self.suggestions = QComboBox(objectName="keySuggestions")
        self.mark_button = QPushButton(self.tr("列为本周重点客户"), objectName="markKey")
        self.reason = QLineEdit(objectName="keyReason")
        self.reason.setPlaceholderText(self.tr("战败原因 / 下一步"))
        self.outcome_buttons = {
            "deal": QPushButton(self.tr("成交"), objectName="keyDeal"),
            "lost": QPushButton(self.tr("战败"), objectName="keyLost"),
            "postponed": QPushButton(self.tr("延期到下周"), objectName="keyPostponed"),
        }
        self.export_button = QPushButton(self.tr("导出重点客户管理表…"), objectName="exportKey")
        self.message = QLabel(objectName="keyMessage")
        self.entries = BackgroundPagedTableModel(
            entry_columns(), self._count, self._page, page_size=100
        )
        self.review = PagedTableModel(review_columns(), self._review_count, self._review_page)
        self.entry_view = row_list(self.entries, "keyEntries", stretch=NEXT_STEP_COLUMN)
        self.review_view = row_list(self.review, "keyReview", stretch=0)  # the consultant
        self._reviewed: list[ConsultantWeek] = []
        self._asked = self._shown = 0  # weeks asked for (a worker reads them), last shown
        self._layout()
        self._follow_desk(desk.staff)  # before _connect: listed once, just below
        self._connect()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (
            QLabel(self.tr("周次")),
            self.previous,
            self.week,
            self.following,
            QLabel(self.tr("顾问")),
            self.consultant,
        ):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.export_button)
        mark = QHBoxLayout()
        mark.addWidget(QLabel(self.tr("H 级潜客")))
        mark.addWidget(self.suggestions, 1)
        mark.addWidget(self.mark_button)
        outcome = QHBoxLayout()
        outcome.addWidget(self.reason, 1)
        for button in self.outcome_buttons.values():
            outcome.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(mark)
        layout.addWidget(self.entry_view, 3)
        layout.addLayout(outcome)
        layout.addWidget(QLabel(self.tr("本周复盘（黄色：有战败或延期，需辅导）")))
        layout.addWidget(self.review_view, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.previous.clicked.connect(lambda: self._shift_week(-7))
        self.following.clicked.connect(lambda: self._shift_week(7))
        self.week.editingFinished.connect(self.refresh)
        self.consultant.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mark_button.clicked.connect(self.mark_selected)
        for outcome, button in self.outcome_buttons.items():
            button.clicked.connect(lambda _=False, o=outcome: self.set_outcome(o))
        self.export_button.clicked.connect(self.export)

    def _follow_desk(self, staff) -> None:
        if staff is not None and staff.role == StaffRole.SALES_CONSULTANT:
            self.consultant.setCurrentIndex(max(self.consultant.findData(staff.id), 0))

    # --- data ---------------------------------------------------------------------------
    def _count(self) -> int:
        return self._guard(lambda: self._service.count(self.week_text(), self.consultant_id()), 0)

    def _page(self, offset: int, limit: int) -> list[KeyCustomerRow]:
        return self._guard(
            lambda: self._service.page(self.week_text(), self.consultant_id(), offset, limit), []
        )

    def _review_count(self) -> int:
        self._reviewed = self._guard(lambda: self._service.review(self.week_text()), [])
        return len(self._reviewed)

    def _review_page(self, offset: int, limit: int) -> list[ConsultantWeek]:
        return self._reviewed[offset : offset + limit]

    def _guard(self, call, fallback):
        try:
            return call()
        except UserError as error:
            self.message.setText(error_text(error))
            return fallback

    def week_text(self) -> str:
        return self.week.text().strip()

    def consultant_id(self) -> int | None:
        return self.consultant.currentData()

    @property
    def loading(self) -> bool:
        return self._shown != self._asked

    def refresh(self) -> None:
        """The week read on a worker; an answer for a week or consultant since left is
        dropped."""
        self.message.clear()
        self._asked += 1
        asked, service, size = self._asked, self._service, self.entries.page_size
        week, consultant = self.week_text(), self.consultant_id()
        run_job(
            lambda _control: load_week(service, week, consultant, size),
            lambda load: self._loaded(asked, load),
            lambda error: self._load_failed(asked, error),
        )

    def _loaded(self, asked: int, load: WeekLoad) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self._shown = asked
        self.entries.show_loaded(load.total, load.entries)
        self._reviewed = load.review
        self.review.show_loaded(len(load.review), load.review)
        self.suggestions.clear()
        for text, customer_id in load.suggestions:
            self.suggestions.addItem(text, customer_id)

    def _load_failed(self, asked: int, error: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self._loaded(asked, WeekLoad(0, [], [], []))
            self.message.setText(error_text(error) if isinstance(error, UserError) else str(error))

    def _shift_week(self, days: int) -> None:
        try:
            monday = monday_of(self.week_text())
        except UserError as error:
            show_user_error(self, error)
            return
        self.week.setText(week_of(monday + timedelta(days=days)))
        self.refresh()

    # --- actions ------------------------------------------------------------------------
    def mark_selected(self) -> None:
        customer, consultant = self.suggestions.currentData(), self.consultant_id()
        if customer is None or consultant is None:
            self.message.setText(self.tr("请先选择顾问和一位 H 级潜客。"))
            return
        try:
            self._service.mark(customer, consultant, self.week_text(), self.reason.text() or None)
        except UserError as error:
            show_user_error(self, error)
            return
        self.reason.clear()
        self.refresh()

    def selected_entry(self) -> KeyCustomerRow | None:
        row = self.entry_view.currentIndex().row()
        return self.entries.row_at(row) if 0 <= row < self.entries.rowCount() else None

    def set_outcome(self, outcome: str) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.message.setText(self.tr("请先在名单中选择一位客户。"))
            return
        text = self.reason.text().strip() or None
        try:
            self._service.set_outcome(
                entry.entry_id,
                outcome,
                reason=text if outcome == "lost" else None,
                version=entry.version,
                next_step=text if outcome == "postponed" else None,
            )
        except UserError as error:
            show_user_error(self, error)
            return
        self.reason.clear()
        self.refresh()
        if outcome == "postponed":
            self.message.setText(
                self.tr("已延期，已列入 %1。").replace("%1", next_week(entry.week))
            )

    def export(self) -> None:
        default = f"重点客户管理表_{self.week_text()}.xlsx"
        path = ask_save_path(
            self, self.tr("导出重点客户管理表"), default, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path is None:
            return
        try:
            self._service.export_sheet(
                self.week_text(), lambda sheet: write_key_customers(sheet, path)
            )
        except UserError as error:
            show_user_error(self, error)
            return
        except OSError as error:
            self.message.setText(self.tr("无法写入文件：%1").replace("%1", str(error)))
            return
        self.message.setText(self.tr("已导出：%1").replace("%1", str(path)))
