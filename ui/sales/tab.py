"""订单与交车: the orders list on the left; the chosen order and its delivery on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.models import OrderStatus
from app.rules.orders import STATUS_LABELS
from app.services.container import AppServices
from app.services.sales import OrderFilter, OrderRow

from ..deferred import deferred
from ..desk import DeskSession
from ..i18n import app_label, error_text
from ..jobs import run_job
from ..models.paged import BackgroundPagedTableModel, Column
from ..widgets.columns import fit_columns
from ..widgets.lazy_page import LazyPage
from .delivery_panel import DeliveryPanel
from .order_panel import OrderPanel

if TYPE_CHECKING:
    from .lost_dialog import LostDialog
    from .loyal_list import LoyalList
    from .order_dialog import OrderDialog

ERROR_STYLE = "color: #b42318;"
OK_STYLE = "color: #067647;"


# Imported when first used (the dialogs when first opened, the loyal customers when their
# inner tab is first shown): the tab opens without them, on the UI thread.
order_dialog = deferred("ui.sales.order_dialog", "OrderDialog")
lost_dialog = deferred("ui.sales.lost_dialog", "LostDialog")
loyal_list = deferred("ui.sales.loyal_list", "LoyalList")

MODEL_COLUMN = 3  # the widest, most varied text: it takes the width left


def order_columns() -> list[Column[OrderRow]]:
    return [
        Column(QCoreApplication.translate("SalesTab", "订单编号"), lambda r: r.order_no),
        Column(QCoreApplication.translate("SalesTab", "客户"), lambda r: r.customer_name),
        Column(
            QCoreApplication.translate("SalesTab", "状态"),
            lambda r: app_label("Sales", r.status_label),
        ),
        Column(QCoreApplication.translate("SalesTab", "车型"), lambda r: r.model),
        Column(QCoreApplication.translate("SalesTab", "颜色"), lambda r: r.colour),
        Column(QCoreApplication.translate("SalesTab", "车架号"), lambda r: r.vin),
        Column(
            QCoreApplication.translate("SalesTab", "签约日期"), lambda r: f"{r.ordered_at:%Y-%m-%d}"
        ),
        Column(
            QCoreApplication.translate("SalesTab", "预计交车"), lambda r: r.planned_delivery_date
        ),
        Column(QCoreApplication.translate("SalesTab", "顾问"), lambda r: r.consultant),
    ]


class SalesTab(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self.services = services
        self.desk = desk
        self.dialog: OrderDialog | LostDialog | None = None
        self.new_order_button = QPushButton(self.tr("新建订单"), objectName="newOrderButton")
        self.lost_button = QPushButton(self.tr("战败登记"), objectName="lostButton")
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem(self.tr("全部订单"), None)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(app_label("Sales", label), status.value)
        self.message = QLabel(objectName="salesMessage", wordWrap=True)
        self.orders = BackgroundPagedTableModel(
            order_columns(), self._count, self._page, parent=self
        )
        self._asked = self._shown = 0  # order lists asked for (read on a worker), last shown
        self.table = QTableView(objectName="ordersTable")
        self.table.setModel(self.orders)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=MODEL_COLUMN)
        self.loyal_page: LazyPage[LoyalList] = LazyPage(lambda: loyal_list(services.loyalty))
        self.lists = QTabWidget(objectName="salesLists")
        self.lists.addTab(self.table, self.tr("订单"))
        self.lists.addTab(self.loyal_page, self.tr("忠诚客户"))
        self.order_panel = OrderPanel(services)
        self.delivery_panel = DeliveryPanel(services)
        self._layout()
        self._connect()
        self.reload()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.new_order_button, self.lost_button, self.status_filter):
            bar.addWidget(widget)
        bar.addWidget(self.message, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.order_panel)
        right_layout.addWidget(self.delivery_panel, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lists)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)  # the list takes what the order panel leaves
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([860, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    @property
    def loyal(self) -> LoyalList:
        return self.loyal_page.content()

    def _connect(self) -> None:
        self.new_order_button.clicked.connect(self.new_order)
        self.lost_button.clicked.connect(self.record_loss)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.lists.currentChanged.connect(self._list_shown)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for panel in (self.order_panel, self.delivery_panel):
            panel.failed.connect(self.show_error)
            panel.changed.connect(self._order_changed)
        self.delivery_panel.saved.connect(self._pdf_saved)

    # --- the list -----------------------------------------------------------------------
    def _filters(self) -> OrderFilter:
        status = self.status_filter.currentData()
        return OrderFilter(status=OrderStatus(status) if status else None)

    def _count(self) -> int:
        return self.services.sales.count_orders(self._filters())

    def _page(self, offset: int, limit: int) -> list[OrderRow]:
        return self.services.sales.orders(self._filters(), offset, limit)

    @property
    def loading(self) -> bool:
        return self._shown != self._asked

    def reload(self, select_order: int | None = None) -> None:
        """Counted and read on a worker; the answer to an older filter is dropped."""
        self._asked += 1
        asked, sales, filters = self._asked, self.services.sales, self._filters()
        size = self.orders.page_size
        run_job(
            lambda _control: (sales.count_orders(filters), sales.orders(filters, 0, size)),
            lambda loaded: self._loaded(asked, select_order, *loaded),
            lambda error: self._load_failed(asked, error),
        )

    def _loaded(self, asked: int, select_order: int | None, total: int, rows: list) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self._shown = asked
        self.orders.show_loaded(total, rows)
        ids = [row.id for row in rows]
        if select_order in ids:
            self.table.selectRow(ids.index(select_order))
        else:
            self.show_order(None)

    def _load_failed(self, asked: int, error: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self._loaded(asked, None, 0, [])
            if isinstance(error, UserError):
                self.show_error(error)

    def _list_shown(self, index: int) -> None:
        if self.lists.widget(index) is self.loyal_page:
            self.loyal.reload()  # counted when asked for: the query spans every customer

    def _selection_changed(self, selected: QItemSelection, _deselected) -> None:
        indexes = selected.indexes()
        self.show_order(self.orders.row_at(indexes[0].row()).id if indexes else None)

    def show_order(self, order_id: int | None) -> None:
        detail = self.services.sales.order(order_id) if order_id else None
        self.order_panel.show_order(detail)
        self.delivery_panel.show_order(detail)

    def _order_changed(self, order_id: int) -> None:
        self.message.clear()
        self.reload(select_order=order_id)
        self.show_order(order_id)

    # --- dialogs and messages -----------------------------------------------------------
    def _consultant_id(self) -> int | None:
        return self.desk.staff.id if self.desk.staff else None

    def new_order(self) -> None:
        self.dialog = order_dialog(self.services, self._consultant_id(), parent=self)
        self.dialog.accepted.connect(self._order_created)
        self.dialog.open()

    def _order_created(self) -> None:
        created = self.dialog.created
        self.show_ok(self.tr("订单 %1 已签订。").replace("%1", created.row.order_no))
        self.status_filter.setCurrentIndex(0)
        self.reload(select_order=created.row.id)

    def record_loss(self) -> None:
        self.dialog = lost_dialog(self.services, parent=self)
        self.dialog.accepted.connect(self._loss_recorded)
        self.dialog.open()

    def _loss_recorded(self) -> None:
        name = self.dialog.customer.name
        self.show_ok(
            self.tr("已登记 %1 战败：%2").replace("%1", name).replace("%2", self.dialog.kept)
        )

    def show_error(self, error: UserError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error))

    def show_ok(self, text: str) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)

    def _pdf_saved(self, path: Path) -> None:
        self.show_ok(self.tr("交车清单已保存：%1").replace("%1", str(path)))
