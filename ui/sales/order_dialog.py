"""New order: pick the customer (search as you type), the car, the price, the payment
and the value-added services the customer takes."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.services.container import AppServices
from app.services.sales import OrderDetail, OrderForm
from app.services.search import CustomerHit

from ..i18n import app_label
from ..widgets.dates import iso
from .customer_dialog import CustomerFormDialog

MAX_YUAN = 100_000_000
DEFAULT_DELIVERY_DAYS = 14


def money_box(name: str) -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(0, MAX_YUAN)
    box.setSingleStep(1000)
    box.setSuffix(QCoreApplication.translate("OrderDialog", " 元"))
    box.setGroupSeparatorShown(True)
    return box


class OrderDialog(CustomerFormDialog):
    """Saves the order itself; `created` holds it once accepted."""

    def __init__(
        self,
        services: AppServices,
        consultant_id: int | None,
        customer: CustomerHit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, ("chosenCustomer", "orderError"), parent)
        self.setWindowTitle(self.tr("新建销售订单"))
        self.consultant_id = consultant_id
        self.created: OrderDetail | None = None
        self._build_fields()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("签订订单"))
        self._layout()
        self.payment.currentIndexChanged.connect(self._payment_changed)
        self._payment_changed()
        if customer is not None:
            self.choose_customer(customer)

    def _build_fields(self) -> None:
        self.model = QComboBox(objectName="orderModel")
        for choice in self.services.directory.car_models():
            self.model.addItem(choice.name, choice.id)
        self.configuration = QLineEdit(objectName="orderConfiguration")
        self.colour = QLineEdit(objectName="orderColour")
        self.price = money_box("orderPrice")
        self.deposit = money_box("orderDeposit")
        self.payment = QComboBox(objectName="orderPayment")
        self.payment.addItem(self.tr("全款"), "cash")
        self.payment.addItem(self.tr("贷款"), "loan")
        self.loan_bank = QLineEdit(objectName="orderLoanBank")
        self.loan_term = QSpinBox(objectName="orderLoanTerm", minimum=0, maximum=120, value=36)
        self.loan_term.setSuffix(self.tr(" 个月"))
        self.delivery_date = QDateEdit(objectName="orderDeliveryDate", calendarPopup=True)
        iso(self.delivery_date)
        today = self.services.clock().date()
        self.delivery_date.setDate(QDate(today + timedelta(days=DEFAULT_DELIVERY_DAYS)))
        self.service_boxes: dict[str, QCheckBox] = {}
        for kind in self.services.sales.service_kinds():
            text = app_label("Sales", kind["label"])
            self.service_boxes[kind["code"]] = QCheckBox(text, objectName=kind["code"])

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("车型"), self.model)
        form.addRow(self.tr("配置"), self.configuration)
        form.addRow(self.tr("颜色"), self.colour)
        form.addRow(self.tr("成交价"), self.price)
        form.addRow(self.tr("定金"), self.deposit)
        form.addRow(self.tr("付款方式"), self.payment)
        form.addRow(self.tr("贷款银行"), self.loan_bank)
        form.addRow(self.tr("贷款期限"), self.loan_term)
        form.addRow(self.tr("预计交车"), self.delivery_date)
        boxes = QHBoxLayout()
        for box in self.service_boxes.values():
            boxes.addWidget(box)
        form.addRow(self.tr("增值服务"), boxes)
        self.lay_out(form)

    def _payment_changed(self) -> None:
        loan = self.payment.currentData() == "loan"
        self.loan_bank.setEnabled(loan)
        self.loan_term.setEnabled(loan)

    def form(self) -> OrderForm:
        loan = self.payment.currentData() == "loan"
        return OrderForm(
            customer_id=self.customer.id if self.customer else 0,
            model_id=self.model.currentData() or 0,
            price=self.price.value(),
            consultant_id=self.consultant_id,
            configuration=self.configuration.text(),
            colour=self.colour.text(),
            deposit=self.deposit.value(),
            payment_method=self.payment.currentData(),
            loan_bank=self.loan_bank.text() if loan else None,
            loan_term_months=self.loan_term.value() if loan else None,
            planned_delivery_date=self.delivery_date.date().toPython(),
            services=[code for code, box in self.service_boxes.items() if box.isChecked()],
        )

    def save(self) -> None:
        self.created = self.try_save(
            lambda _customer: self.services.sales.create_order(self.form())
        )
        if self.created is not None:
            self.accept()
