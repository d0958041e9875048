"""The delivery of one order: start it (the checklist appears), tick the items with
remarks, hand the car over, preview and print the checklist the customer signs (in
DealerDesk, or in the system's PDF viewer) and save it (PDF)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.container import AppServices
from app.services.delivery import DeliveryView, HandoverForm
from app.services.handover_document import HandoverDocument
from app.services.sales import OrderDetail

from ..deferred import deferred
from ..i18n import error_text
from ..jobs import JobControl, run_job
from ..widgets.file_dialogs import ask_save_path
from ..widgets.pdf_output import open_in_system_viewer
from .checklist_model import ITEM, REMARKS, ChecklistModel
from .pdf import default_file_name, save_for_preview, save_pdf

if TYPE_CHECKING:
    from ..widgets.pdf_preview import PdfPreviewer

MAX_KM = 99_999
# Imported at the first preview: the tab opens without Qt's print support, on the UI thread.
pdf_previewer = deferred("ui.widgets.pdf_preview", "PdfPreviewer")


class DeliveryPanel(QGroupBox):
    changed = Signal(int)  # the order id
    failed = Signal(object)  # UserError
    saved = Signal(object)  # Path of a PDF written

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("交车"), parent)
        self.services = services
        self.pdf_job: JobControl | None = None  # the PDF being written, if any
        self.viewer_job: JobControl | None = None  # the system viewer being started
        self._previewer: PdfPreviewer | None = None
        self.order: OrderDetail | None = None
        self.view: DeliveryView | None = None
        self.state = QLabel(objectName="deliveryState", wordWrap=True)
        self.start_button = QPushButton(
            self.tr("开始交车（生成检查清单）"), objectName="startDelivery"
        )
        self.model = ChecklistModel(services.delivery, self)
        self.table = QTableView(objectName="checklistTable")
        self.table.setModel(self.model)
        self.km = QSpinBox(objectName="handoverKm", maximum=MAX_KM, suffix=" km")
        self.plate = QLineEdit(objectName="handoverPlate")
        self.plate.setPlaceholderText(self.tr("车牌号（已上牌时填写）"))
        self.hand_over_button = QPushButton(self.tr("确认交车"), objectName="handOverButton")
        self.refusal = QLabel(objectName="handOverRefusal", wordWrap=True)  # why not yet
        self.refusal.setStyleSheet("color: #b42318;")
        self.preview_button = QPushButton(self.tr("预览 / 打印"), objectName="previewButton")
        self.viewer_button = QPushButton(self.tr("系统程序打开"), objectName="viewerButton")
        self.viewer_button.setToolTip(self.tr("用本机的 PDF 阅读器打开交车清单"))
        self.save_button = QPushButton(self.tr("保存 PDF…"), objectName="savePdfButton")
        self._layout()
        self._connect()
        self.show_order(None)

    def _layout(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REMARKS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        handover_row = QHBoxLayout()
        handover_row.addWidget(QLabel(self.tr("交车里程")))
        handover_row.addWidget(self.km)
        handover_row.addWidget(self.plate)
        handover_row.addWidget(self.hand_over_button)
        handover_row.addWidget(self.refusal, 1)
        pdf_row = QHBoxLayout()
        pdf_row.addStretch()
        pdf_row.addWidget(self.preview_button)
        pdf_row.addWidget(self.viewer_button)
        pdf_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.start_button)
        layout.addWidget(self.table, 1)
        layout.addLayout(handover_row)
        layout.addLayout(pdf_row)

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.preview_button.clicked.connect(self.preview)
        self.viewer_button.clicked.connect(self.open_in_viewer)
        self.save_button.clicked.connect(self.save)
        self.model.failed.connect(self.failed)
        self.model.changed.connect(self._show_state)

    @property
    def previewer(self) -> PdfPreviewer:
        """Made when first asked for, at the first preview."""
        if self._previewer is None:
            self._previewer = pdf_previewer(self)
            self._previewer.failed.connect(self.failed)
        return self._previewer

    # --- showing ------------------------------------------------------------------------
    def show_order(self, order: OrderDetail | None) -> None:
        if order is None or self.order is None or order.row.id != self.order.row.id:
            self.refusal.clear()  # another order: the last one's refusal is not this one's
        self.order = order
        self.view = self.services.delivery.delivery(order.row.id) if order else None
        self.setEnabled(order is not None and order.row.status != "cancelled")
        lines = self.view.items if self.view else []
        self.model.set_lines(lines, locked=self.view is None or self.view.handed_over)
        self._show_state()

    def _show_state(self) -> None:
        started, done = self.view is not None, bool(self.view and self.view.handed_over)
        self.start_button.setVisible(not started and self.order is not None)
        self.hand_over_button.setEnabled(started and not done)
        self.km.setEnabled(started and not done)
        self.plate.setEnabled(started and not done)
        self.preview_button.setEnabled(started)
        self.viewer_button.setEnabled(started)
        self.save_button.setEnabled(started)
        self.state.setText(self._state_text(started, done))

    def _state_text(self, started: bool, done: bool) -> str:
        if self.order is None:
            return ""
        if done:
            when = f"{self.view.delivered_at:%Y-%m-%d %H:%M}"
            return (
                self.tr("已于 %1 交车，交车里程 %2 km。")
                .replace("%1", when)
                .replace("%2", str(self.view.odometer_km))
            )
        if not started:
            return self.tr("尚未开始交车。")
        waiting = self.model.unexplained()
        if not waiting:
            return self.tr("检查清单已完成，可以交车。")
        return self.tr("还有 %1 项未勾选（或在备注中说明）。").replace("%1", str(waiting))

    # --- actions ------------------------------------------------------------------------
    def start(self) -> None:
        try:
            self.services.delivery.start(self.order.row.id)
        except UserError as error:
            self.failed.emit(error)
            return
        self.show_order(self.order)

    def hand_over(self) -> None:
        """Asked once, and only when the checklist is complete; a refusal (the service
        has the last word) shows beside the button."""
        self.refusal.clear()
        if self.model.unexplained() == 0 and not self._confirmed():
            return
        form = HandoverForm(odometer_km=self.km.value(), plate=self.plate.text() or None)
        try:
            result = self.services.delivery.hand_over(self.order.row.id, form)
        except UserError as error:
            self.refusal.setText(error_text(error))
            return
        self.view = result.delivery
        self.changed.emit(self.order.row.id)

    def _confirmed(self) -> bool:
        row = self.order.row
        question = self.tr("确认把 %1 的 %2 交给客户？交车后订单不能再修改。")
        question = question.replace("%1", row.customer_name).replace("%2", row.model)
        answer = QMessageBox.question(self, self.tr("确认交车"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _export(
        self, write: Callable[[HandoverDocument], Path], done: Callable[[Path], None]
    ) -> None:
        """Render and record the checklist on a worker thread (the first render loads the
        CJK font); `done` gets its path on the UI thread."""
        delivery, order_id = self.services.delivery, self.order.row.id
        self.pdf_job = run_job(
            lambda _job: delivery.export_handover(order_id, write), done, self._pdf_failed
        )

    def preview(self) -> None:
        """In DealerDesk: rendered on a worker, then shown over the window to print."""
        self._export(save_for_preview, self._open_preview)

    def _open_preview(self, path: Path) -> None:
        self.pdf_job = None
        self.previewer.preview(path)

    def open_in_viewer(self) -> None:
        """The second choice: the system's PDF viewer, which says so if there is none."""
        self._export(save_for_preview, self._open_in_viewer)

    def _open_in_viewer(self, path: Path) -> None:
        self.pdf_job = None
        self.viewer_job = open_in_system_viewer(path, self.failed.emit)

    def _saved(self, path: Path) -> None:
        self.pdf_job = None
        self.saved.emit(path)

    def _pdf_failed(self, error: Exception) -> None:
        self.pdf_job = None
        if not isinstance(error, UserError):
            raise error
        self.failed.emit(error)

    def save(self) -> None:
        chosen = ask_save_path(
            self, self.tr("保存交车清单"), default_file_name(self.order.row.order_no),
            self.tr("PDF 文件 (*.pdf)"),
        )  # fmt: skip
        if chosen is None:
            return
        self._export(lambda document: save_pdf(document, chosen), self._saved)
