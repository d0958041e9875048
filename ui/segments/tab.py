"""The segment builder (客户筛选): conditions as rows (field, operator, value, joined by
且/或) and as text, the count updated as you filter (debounced, on a worker; a stale count
never overwrites a newer one), the matching customers a page at a time (C or the context
menu opens the 360° card), segments saved by name, and 创建活动邀约… handing the segment
to whoever connected to `campaign_requested`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.permissions import Permission
from app.rules.segments import condition_text, joined, parse, rows_of
from app.services.container import AppServices
from app.services.segments import SegmentRow

from ..campaigns.new_dialog import NewCampaignDialog
from ..customer360.opener import CardOpener
from ..i18n import error_text
from ..jobs import run_job
from ..models.paged import ROW_ROLE
from ..widgets.columns import fit_columns
from .condition_row import ConditionRow
from .model import SegmentModel

DEBOUNCE_MS = 250
PAGE = 200


class SegmentTab(QWidget):
    campaign_requested = Signal(str, str)  # label, expression
    counted = Signal(int)  # a count shown (tests wait for it)

    def __init__(self, services: AppServices, _desk: object = None) -> None:
        super().__init__()
        self.services = services
        self.rows: list[ConditionRow] = []
        self._generation, self._shown = 0, ""
        self._total, self._first_page = 0, list[SegmentRow]()
        self._saved_asked = self._saved_shown = 0  # saved lists asked for (on a worker), shown
        self._build()
        self._wire()
        self.reload_saved()
        self.schedule_count()
        self.campaign_dialog: NewCampaignDialog | None = None
        if services.actor.can(Permission.RUN_CAMPAIGNS):
            self.connect_campaigns(self._new_campaign)

    # --- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.saved = QComboBox()
        self.load_button, self.delete_button = (
            QPushButton(self.tr("载入")),
            QPushButton(self.tr("删除已保存")),
        )
        self.rows_box = QVBoxLayout()
        self.add_button = QPushButton(self.tr("添加条件"))
        self.expression = QLineEdit()
        self.expression.setPlaceholderText(self.tr("例如：性别=女 且 品牌=大众 且 购车年份>=2021"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.count_label = QLabel()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("筛选名称"))
        self.save_button = QPushButton(self.tr("保存筛选"))
        self.campaign_button = QPushButton(self.tr("创建活动邀约…"))
        self.campaign_button.setEnabled(False)  # until a campaign desk connects
        self.table = self._table()
        self._lay_out()

    def _table(self) -> QTableView:
        segments = self.services.segments
        self.model = SegmentModel(
            lambda: self._total,
            lambda _offset, limit: self._first_page[:limit],
            lambda offset, limit: segments.page(self._shown, offset, limit),
            self,
        )
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(table)
        self.cards = CardOpener(self.services, self)
        self.cards.attach(table, self.current_customer)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("已保存的筛选")), self.saved, self.load_button,
                       self.delete_button):  # fmt: skip
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button)
        layout.addWidget(self.expression)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for widget in (self.name, self.save_button, self.campaign_button):
            bottom.addWidget(widget)
        layout.addLayout(bottom)
        layout.addWidget(self.table, 1)

    def _wire(self) -> None:
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._count_now)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.expression.textEdited.connect(self._text_edited)
        self.save_button.clicked.connect(self.save)
        self.load_button.clicked.connect(self.load_saved)
        self.delete_button.clicked.connect(self.delete_saved)
        self.campaign_button.clicked.connect(self._request_campaign)

    # --- rows and text ---------------------------------------------------------------
    def add_row(self) -> ConditionRow:
        row = ConditionRow(first=not self.rows)
        row.changed.connect(self._rows_changed)
        row.removed.connect(self._remove_row)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self._rows_changed()
        return row

    def _remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        if self.rows:
            self.rows[0].joiner.setVisible(False)
        self._rows_changed()

    def _rows_changed(self) -> None:
        parts = [(str(r.joiner.currentData()), condition_text(r.condition())) for r in self.rows]
        self.expression.setText(joined(parts))
        self.message.clear()
        self.schedule_count()

    def _text_edited(self, text: str) -> None:
        try:
            rows = rows_of(parse(text))
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.message.clear()
        if rows is not None and all(c.op != "in" for _j, c in rows):
            self._show_rows(rows)
        else:
            self._show_rows([])
            self.message.setText(self.tr("这个筛选含括号、“非”或“属于”，请在文字框中修改。"))
        self.schedule_count()

    def _show_rows(self, rows: list) -> None:
        while len(self.rows) > len(rows):
            self.rows.pop().deleteLater()
        while len(self.rows) < len(rows):
            row = ConditionRow(first=not self.rows)
            row.changed.connect(self._rows_changed)
            row.removed.connect(self._remove_row)
            self.rows.append(row)
            self.rows_box.addWidget(row)
        for row, (joiner, c) in zip(self.rows, rows, strict=True):
            row.show_condition(joiner, c)

    def set_expression(self, text: str) -> None:
        self.expression.setText(text)
        self._text_edited(text)

    # --- the count and the list ------------------------------------------------------
    def schedule_count(self) -> None:
        self.timer.start()

    def _count_now(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.expression.text()
        segments = self.services.segments
        run_job(
            lambda _control: (segments.count(text), segments.page(text, 0, PAGE)),
            lambda result: self._counted(generation, text, result),
            lambda error: self._refused(generation, error),
        )

    def _current(self, generation: int) -> bool:
        """Whether a job's outcome is still wanted: no newer filter was asked for since,
        and the tab is still there (closed by switching user while a count ran)."""
        return generation == self._generation and isValid(self.count_label)

    def _counted(self, generation: int, text: str, result: Any) -> None:
        if not self._current(generation):
            return
        self._shown, (self._total, self._first_page) = text, result
        self.count_label.setText(self.tr("符合条件：%n 位客户", "", self._total))
        self.model.reload()
        self.counted.emit(self._total)

    def _refused(self, generation: int, error: Exception) -> None:
        if self._current(generation):
            self.count_label.setText(error_text(error) if isinstance(error, UserError) else "")
            self._total, self._first_page = 0, []
            self.model.reload()

    def current_customer(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        return row.customer_id if row else None

    # --- saved segments --------------------------------------------------------------
    def reload_saved(self, choose: str | None = None) -> None:
        """The saved segments read on a worker (then `choose` chosen); their buttons wait
        for them, and the answer to an earlier read is dropped."""
        self._saved_asked += 1
        asked, segments = self._saved_asked, self.services.segments
        for button in (self.load_button, self.delete_button):
            button.setEnabled(False)
        run_job(
            lambda _job: segments.saved(),
            lambda saved: self._show_saved(asked, saved, choose),
            lambda error: self._show_saved(asked, [], None, error),
        )

    @property
    def saved_loading(self) -> bool:
        return self._saved_shown != self._saved_asked

    def _show_saved(self, asked: int, saved: list, choose: str | None, error=None) -> None:
        if not isValid(self) or asked != self._saved_asked:
            return  # closed, or read again meanwhile
        self._saved_shown = asked
        for button in (self.load_button, self.delete_button):
            button.setEnabled(True)
        if error is not None:
            self.message.setText(error_text(error) if isinstance(error, UserError) else str(error))
            return
        self.saved.clear()
        for segment in saved:
            self.saved.addItem(segment.name, segment.expression)
        if choose is not None:
            self.saved.setCurrentIndex(self.saved.findText(choose))

    def save(self) -> None:
        try:
            self.services.segments.save(self.name.text(), self.expression.text())
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.message.setText(self.tr("已保存。"))
        self.reload_saved(choose=self.name.text().strip())

    def load_saved(self) -> None:
        if self.saved.currentIndex() >= 0:
            self.name.setText(self.saved.currentText())
            self.set_expression(str(self.saved.currentData()))

    def delete_saved(self) -> None:
        if self.saved.currentIndex() < 0:
            return
        try:
            self.services.segments.delete(self.saved.currentText())
        except UserError as error:
            self.message.setText(error_text(error))
            return
        self.reload_saved()

    # --- campaigns -------------------------------------------------------------------
    def connect_campaigns(self, slot: Any) -> None:
        """The campaign desk takes the segment from here: the button works from now on."""
        self.campaign_requested.connect(slot)
        self.campaign_button.setEnabled(True)

    def _new_campaign(self, label: str, expression: str) -> None:
        """The campaign desk's dialog, making its list from this filter."""
        campaigns = self.services.campaigns  # acting for whoever is signed in here
        self.campaign_dialog = NewCampaignDialog(
            lambda draft: campaigns.create_from_segment(draft, expression), label, self,
            today=self.services.clock(),
        )  # fmt: skip
        self.campaign_dialog.open()

    def _request_campaign(self) -> None:
        label = self.name.text().strip() or self.expression.text()
        self.campaign_requested.emit(label, self.expression.text())
