"""An open repair order: its items, extra work waiting for the customer's consent,
the status buttons, handover, and the PDF for signature (previewed and printed in
DealerDesk, or in the system's PDF viewer, or saved)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.rules.repair_order import STATUS_LABELS
from app.services.checkin import CheckInService
from app.services.checkin_types import RepairOrder, RepairOrderDocument, WorkItemDraft
from app.services.repair_record import RepairRecordDocument, RepairRecordService, record_file_name

from ..crash import show_user_error
from ..i18n import app_label, error_text
from ..jobs import JobControl, run_job
from ..widgets.columns import fit_columns
from ..widgets.file_dialogs import ask_save_path
from ..widgets.pdf_output import open_in_system_viewer
from ..widgets.pdf_preview import PdfPreviewer
from .handover_dialog import HandoverDialog
from .models import DESCRIPTION_COLUMN, ItemLine, work_items_model
from .order_form import ItemEntry
from .pdf import (
    default_file_name,
    save_for_preview,
    save_pdf,
    save_record_for_preview,
    save_record_pdf,
)

STATUS_BUTTONS = ("in_progress", "quality_check", "ready", "handed_over")
OK_STYLE = "color: #067647;"
ERROR_STYLE = "color: #b42318;"


class OrderPanel(QGroupBox):
    order_changed = Signal(object)  # RepairOrder

    def __init__(
        self,
        checkin: CheckInService,
        parent: QWidget | None = None,
        records: RepairRecordService | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkin, self._records = checkin, records
        self.pdf_job: JobControl | None = None  # the PDF being written, if any
        self.viewer_job: JobControl | None = None  # the system viewer being started
        self.previewer = PdfPreviewer(self)
        self.order: RepairOrder | None = None
        self.handover_dialog: HandoverDialog | None = None
        self._build()
        self._lay_out()
        self._connect()

    def _build(self) -> None:
        self.heading = QLabel(objectName="orderHeading")
        self.items = work_items_model(self)
        self.items_view = QTableView(objectName="orderItems")
        self.items_view.setModel(self.items)
        self.items_view.verticalHeader().hide()
        fit_columns(self.items_view, stretch=DESCRIPTION_COLUMN)
        self.extra = ItemEntry("extra", self)
        self.add_extra = QPushButton(self.tr("追加项目（待客户同意）"), objectName="addExtraWork")
        self.consent = QPushButton(self.tr("记录客户同意"), objectName="recordConsent")
        self.decline = QPushButton(self.tr("客户不做"), objectName="declineItem")
        labels = (self.tr("开始维修"), self.tr("送质检"), self.tr("质检通过"), self.tr("交车结算"))
        self.status_buttons = {
            status: QPushButton(label, objectName=f"status_{status}")
            for status, label in zip(STATUS_BUTTONS, labels, strict=True)
        }
        self.rework = QPushButton(self.tr("返工"), objectName="status_rework")
        self.preview = QPushButton(self.tr("预览/打印委托书"), objectName="previewPdf")
        self.viewer = QPushButton(self.tr("系统程序打开"), objectName="openInViewer")
        self.viewer.setToolTip(self.tr("用本机的 PDF 阅读器打开维修委托书"))
        self.save = QPushButton(self.tr("保存 PDF"), objectName="savePdf")
        self.record_preview = QPushButton(self.tr("维修档案预览/打印"), objectName="previewRecord")
        self.record_save = QPushButton(self.tr("保存维修档案 PDF"), objectName="saveRecord")
        self.pdf_note = QLabel(objectName="pdfNote", wordWrap=True)  # where the PDF went
        self.pdf_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.items_view, 1)
        layout.addWidget(self.extra)
        layout.addLayout(self._row(self.add_extra, self.consent, self.decline))
        layout.addLayout(self._row(*self.status_buttons.values(), self.rework))
        layout.addLayout(self._row(self.preview, self.viewer, self.save))
        layout.addLayout(self._row(self.record_preview, self.record_save))
        layout.addWidget(self.pdf_note)

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        return row

    def _connect(self) -> None:
        self.add_extra.clicked.connect(self._add_extra)
        self.consent.clicked.connect(lambda: self._on_selected(self._checkin.record_consent))
        self.decline.clicked.connect(lambda: self._on_selected(self._checkin.decline_item))
        for status, button in self.status_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self._move(s))
        self.rework.clicked.connect(lambda: self._move("in_progress"))
        self.preview.clicked.connect(self._preview)
        self.viewer.clicked.connect(self._open_in_viewer)
        self.previewer.failed.connect(lambda error: self._note(error.message, ERROR_STYLE))
        self.save.clicked.connect(self._save)
        self.record_preview.clicked.connect(self._preview_record)
        self.record_save.clicked.connect(self._save_record)

    def show_order(self, order: RepairOrder | None) -> None:
        """The order, or none: then nothing of the last one stays, not even an enabled
        button behind the hidden panel."""
        if order is None or self.order is None or order.id != self.order.id:
            self.pdf_note.clear()
            self.extra.clear()
        self.order = order
        self.setVisible(order is not None)
        self.heading.setText(self._heading(order) if order else "")
        self.items.set_rows([self._line(i) for i in order.items] if order else [])
        self._enable_actions(order)

    def _enable_actions(self, order: RepairOrder | None) -> None:
        may_work = order is not None and self._checkin.may_work_orders  # others only read
        allowed = set(order.next_statuses) if may_work else set()
        for status, button in self.status_buttons.items():
            button.setEnabled(status in allowed)
        self.rework.setEnabled(may_work and order.status == "quality_check")
        open_order = may_work and order.status != "handed_over"
        for widget in (self.extra, self.add_extra, self.consent, self.decline):
            widget.setEnabled(open_order)
        for widget in (self.preview, self.viewer, self.save):
            widget.setEnabled(order is not None)
        handed_over = order is not None and order.status == "handed_over"
        for widget in (self.record_preview, self.record_save):
            widget.setVisible(self._records is not None)
            widget.setEnabled(handed_over and self._records is not None)

    def _heading(self, order: RepairOrder) -> str:
        text = self.tr("委托书 %1　状态：%2　预估 ¥%3")
        text = text.replace("%1", order.order_no).replace(
            "%2", app_label("Service", STATUS_LABELS[order.status])
        )
        text = text.replace("%3", f"{order.estimate:,.2f}")
        if order.status == "handed_over":
            text += self.tr("　结算 ¥%1　下次保养 %2 / %3 km").replace(
                "%1", f"{order.settlement_total:,.2f}"
            )
            text = text.replace("%2", f"{order.next_service_date or '—'}")
            text = text.replace("%3", f"{order.next_service_km or 0:,}")
        return text

    @staticmethod
    def _line(item) -> ItemLine:
        return ItemLine(
            item.description, item.labour, item.parts, item.status, item.suggested, item.id
        )

    def _guard(self, action: Callable[[], object]) -> object | None:
        try:
            return action()
        except UserError as error:
            show_user_error(self, error)
            return None

    def _apply(self, action: Callable[[], RepairOrder]) -> None:
        order = self._guard(action)
        if order is not None:
            self.show_order(order)
            self.order_changed.emit(order)

    def _add_extra(self) -> None:
        def add() -> RepairOrder:
            line = self.extra.line()
            draft = WorkItemDraft(line.description, line.labour, line.parts)
            return self._checkin.add_extra_work(self.order.id, draft)

        self._apply(add)
        self.extra.clear()

    def _on_selected(self, action: Callable[[int], RepairOrder]) -> None:
        index = self.items_view.currentIndex()
        if index.isValid():
            item_id = self.items.row_at(index.row()).id
            self._apply(lambda: action(item_id))

    def _move(self, status: str) -> None:
        if status == "handed_over":
            self._open_handover()
        else:
            self._apply(lambda: self._checkin.move(self.order.id, status))

    def _open_handover(self) -> None:
        self.handover_dialog = HandoverDialog(self._checkin, self.order, self)
        self.handover_dialog.accepted.connect(self._handed_over)
        self.handover_dialog.open()

    def _handed_over(self) -> None:
        order = self.handover_dialog.result_order
        self.show_order(order)
        self.order_changed.emit(order)
        self._keep_record()

    # --- the repair record for the customer (电子维修档案) -------------------------------
    def _record(
        self, write: Callable[[RepairRecordDocument], Path], done: Callable[[Path], None]
    ) -> None:
        records, order_id = self._records, self.order.id
        if records is None:
            return
        self.pdf_job = run_job(lambda _job: records.export(order_id, write), done, self._pdf_failed)

    def _keep_record(self) -> None:
        """At handover the record is made and kept with the order, ready to print."""
        self._record(save_record_for_preview, self._record_kept)

    def _record_kept(self, _path: Path) -> None:
        self.pdf_job = None
        self._note(self.tr("电子维修档案已生成，随委托书保存，可预览打印。"), OK_STYLE)

    def _preview_record(self) -> None:
        self.pdf_note.clear()
        self._record(save_record_for_preview, self._open_preview)

    def _save_record(self) -> None:
        chosen = ask_save_path(
            self, self.tr("保存电子维修档案"), record_file_name(self.order.order_no), "PDF (*.pdf)"
        )
        if chosen is not None:
            self._record(partial(_record_saved_to, chosen), self._record_saved)

    def _record_saved(self, path: Path) -> None:
        self.pdf_job = None
        self._note(self.tr("电子维修档案已保存到：%1").replace("%1", str(path)), OK_STYLE)

    def _export(
        self, write: Callable[[RepairOrderDocument], Path], done: Callable[[Path], None]
    ) -> None:
        """Render and record the PDF on a worker thread (the first render loads the CJK
        font); `done` gets its path on the UI thread."""
        checkin, order_id = self._checkin, self.order.id
        self.pdf_job = run_job(
            lambda _job: checkin.export_repair_order(order_id, write), done, self._pdf_failed
        )

    def _save(self) -> None:
        chosen = ask_save_path(
            self, self.tr("保存维修委托书"), default_file_name(self.order.order_no), "PDF (*.pdf)"
        )
        if chosen is not None:
            self._export(partial(_saved_to, chosen), self._saved)

    def _saved(self, path: Path) -> None:
        self.pdf_job = None
        self._note(self.tr("维修委托书已保存到：%1").replace("%1", str(path)), OK_STYLE)

    def _preview(self) -> None:
        self.pdf_note.clear()
        self._export(save_for_preview, self._open_preview)

    def _open_preview(self, path: Path) -> None:
        self.pdf_job = None
        self.previewer.preview(path)  # rendered on a worker, then shown to print

    def _open_in_viewer(self) -> None:
        """The second choice: the system's PDF viewer, which says so if there is none."""
        self.pdf_note.clear()
        self._export(save_for_preview, self._viewer_file_ready)

    def _viewer_file_ready(self, path: Path) -> None:
        self.pdf_job = None
        self.viewer_job = open_in_system_viewer(
            path, lambda error: self._note(error_text(error), ERROR_STYLE)
        )

    def _pdf_failed(self, error: Exception) -> None:
        self.pdf_job = None
        if not isinstance(error, UserError):
            raise error
        show_user_error(self, error)

    def _note(self, text: str, style: str) -> None:
        self.pdf_note.setStyleSheet(style)
        self.pdf_note.setText(text)


def _saved_to(target: Path, document: RepairOrderDocument) -> Path:
    return save_pdf(document, target)


def _record_saved_to(target: Path, document: RepairRecordDocument) -> Path:
    return save_record_pdf(document, target)
