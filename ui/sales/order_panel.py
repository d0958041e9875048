"""One order: what was signed, the customer's loyalty badges, the car (VIN) it gets,
the progress of each value-added service, cancelling."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.rules.orders import PROGRESS_LABELS
from app.services.container import AppServices
from app.services.sales import CheckDigitWarning, OrderDetail

from ..i18n import app_label, app_list


def _yuan(amount: int) -> str:
    return QCoreApplication.translate("OrderPanel", "%1 元").replace("%1", f"{amount:,}")


class OrderPanel(QGroupBox):
    changed = Signal(int)  # the order id, after any change saved
    failed = Signal(object)  # UserError

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("订单"), parent)
        self.services = services
        self.detail: OrderDetail | None = None
        self._unconfirmed_vin: str | None = None
        self.summary = QLabel(objectName="orderSummary", wordWrap=True)
        self.badges = QLabel(objectName="loyaltyBadges")
        self.vin = QLineEdit(objectName="vinInput", maxLength=20)
        self.vin.setPlaceholderText(self.tr("17 位车架号"))
        self.allocate_button = QPushButton(self.tr("配车"), objectName="allocateButton")
        self.services_text = QLabel(objectName="servicesText", wordWrap=True)
        self.service_kind = QComboBox(objectName="serviceKind")
        self.progress = QComboBox(objectName="serviceProgress")
        for code, label in PROGRESS_LABELS.items():
            self.progress.addItem(app_label("Sales", label), code.value)
        self.service_note = QLineEdit(objectName="serviceNote")
        self.service_note.setPlaceholderText(self.tr("告知客户的进展（选填）"))
        self.progress_button = QPushButton(self.tr("更新进度"), objectName="progressButton")
        self.cancel_button = QPushButton(self.tr("取消订单"), objectName="cancelOrderButton")
        self._layout()
        self.allocate_button.clicked.connect(self.allocate)
        self.progress_button.clicked.connect(self.update_progress)
        self.cancel_button.clicked.connect(self.cancel)
        self.show_order(None)

    def _layout(self) -> None:
        vin_row = QHBoxLayout()
        vin_row.addWidget(self.vin)
        vin_row.addWidget(self.allocate_button)
        progress_row = QHBoxLayout()  # the note on its own line: room for its hint
        for widget in (self.service_kind, self.progress):
            progress_row.addWidget(widget, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.service_note, 1)
        note_row.addWidget(self.progress_button)
        form = QFormLayout()
        form.addRow(self.tr("忠诚客户"), self.badges)
        form.addRow(self.tr("车架号"), vin_row)
        form.addRow(self.tr("增值服务"), self.services_text)
        form.addRow(self.tr("更新进度"), progress_row)
        form.addRow("", note_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.cancel_button)

    # --- showing ------------------------------------------------------------------------
    def show_order(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.summary.setText(self.tr("在左侧选择一个订单，或新建订单。"))
            self.badges.clear()
            self.services_text.clear()
            return
        self.summary.setText(self._summary_text(detail))
        badges = self.services.loyalty.badges(detail.row.customer_id).labels
        self.badges.setText(app_list("Sales", badges) if badges else self.tr("暂无"))
        self.vin.setText(detail.row.vin or "")
        self.vin.setReadOnly(detail.row.status != "open")
        self.allocate_button.setEnabled(detail.row.status == "open")
        self.cancel_button.setEnabled(detail.row.status in ("open", "allocated"))
        self._show_services(detail)

    def _summary_text(self, detail: OrderDetail) -> str:
        row = detail.row
        payment = (
            self.tr("贷款（%1，%2 个月）")
            .replace("%1", detail.loan_bank or "")
            .replace("%2", str(detail.loan_term_months or ""))
            if detail.payment_method == "loan"
            else self.tr("全款")
        )
        planned = f"{row.planned_delivery_date:%Y-%m-%d}" if row.planned_delivery_date else "—"
        car = "　".join(
            escape(part or "") for part in (row.model, detail.configuration, row.colour)
        )
        money = (
            self.tr("成交价 %1　定金 %2")
            .replace("%1", _yuan(row.price))
            .replace("%2", _yuan(detail.deposit))
        )
        delivery = self.tr("预计交车 %1").replace("%1", planned)
        return (
            f"<b>{row.order_no}</b>　{app_label('Sales', row.status_label)}<br>"
            f"{escape(row.customer_name)}　{car}<br>"
            f"{money}　{escape(payment)}　{delivery}"
        )

    def _show_services(self, detail: OrderDetail) -> None:
        lines = [
            self.tr("%1：%2")
            .replace("%1", app_label("Sales", s.label))
            .replace("%2", app_label("Sales", s.progress_label))
            + (self.tr("（%1）").replace("%1", s.note) if s.note else "")
            for s in detail.services
        ]
        self.services_text.setText("\n".join(lines) or self.tr("未选增值服务"))
        self.service_kind.clear()
        for service in detail.services:
            self.service_kind.addItem(app_label("Sales", service.label), service.kind)
        self.progress_button.setEnabled(bool(detail.services) and detail.row.status != "cancelled")

    # --- actions ------------------------------------------------------------------------
    def _run(self, action) -> None:
        try:
            detail = action()
        except UserError as error:
            self.failed.emit(error)
            return
        self.show_order(detail)
        self.changed.emit(detail.row.id)

    def allocate(self) -> None:
        vin = self.vin.text().strip().upper()
        confirmed = vin == self._unconfirmed_vin  # the second click on the same VIN confirms
        try:
            detail = self.services.sales.allocate_vin(self.detail.row.id, vin, confirmed)
        except CheckDigitWarning as warning:
            self._unconfirmed_vin = warning.vin
            self.failed.emit(warning)
            return
        except UserError as error:
            self.failed.emit(error)
            return
        self.show_order(detail)
        self.changed.emit(detail.row.id)

    def update_progress(self) -> None:
        order_id = self.detail.row.id
        kind, progress = self.service_kind.currentData(), self.progress.currentData()
        note = self.service_note.text()
        self._run(lambda: self.services.sales.set_service_progress(order_id, kind, progress, note))

    def cancel(self) -> None:
        order_id = self.detail.row.id
        self._run(lambda: self.services.sales.cancel_order(order_id))
