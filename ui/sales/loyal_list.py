"""忠诚客户: the customers who are sales-loyal, after-sales-loyal or either, page by page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.loyalty import LoyalCustomerRow, LoyaltyKind, LoyaltyService
from app.validation import mask_mobile

from ..i18n import app_list
from ..models.paged import Column, PagedTableModel
from ..widgets.columns import fit_columns

BADGES_COLUMN = 2


def loyal_columns() -> list[Column[LoyalCustomerRow]]:
    return [
        Column(QCoreApplication.translate("LoyalList", "客户"), lambda r: r.name),
        Column(QCoreApplication.translate("LoyalList", "手机"), lambda r: mask_mobile(r.mobile)),
        Column(
            QCoreApplication.translate("LoyalList", "徽章"),
            lambda r: app_list("Sales", r.badges.labels),
        ),
        Column(
            QCoreApplication.translate("LoyalList", "转介绍"),
            lambda r: r.badges.referrals,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("LoyalList", "一年内付费进厂"),
            lambda r: r.badges.paid_visits,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("LoyalList", "一年内消费（元）"),
            lambda r: f"{r.badges.spend_yuan:,.0f}",
            align_right=True,
        ),
    ]


class LoyalList(QWidget):
    def __init__(self, loyalty: LoyaltyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loyalty = loyalty
        self.kind = QComboBox(objectName="loyaltyKind")
        self.kind.addItem(self.tr("全部忠诚客户"), LoyaltyKind.ANY.value)
        self.kind.addItem(self.tr("销售忠诚"), LoyaltyKind.SALES.value)
        self.kind.addItem(self.tr("售后忠诚"), LoyaltyKind.AFTER_SALES.value)
        self.total = QLabel(objectName="loyalTotal")
        self.model = PagedTableModel(loyal_columns(), self._count, self._page, parent=self)
        self.table = QTableView(objectName="loyalTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=BADGES_COLUMN)
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())

    def _selected(self) -> LoyaltyKind:
        return LoyaltyKind(self.kind.currentData())

    def _count(self) -> int:
        return self._loyalty.count_loyal(self._selected())

    def _page(self, offset: int, limit: int) -> list[LoyalCustomerRow]:
        return self._loyalty.loyal_customers(self._selected(), offset, limit)

    def reload(self) -> None:
        self.model.reload()
        self.total.setText(self.tr("共 %1 位").replace("%1", str(self.model.total)))
