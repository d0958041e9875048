"""Qt models of the service desk: the lookup hits, the work items of an order and the
car's service history. All short lists (a car has tens of visits, an order a few items)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.checkin_types import HistoryEntry, VehicleHit

from ..i18n import app_label
from ..models.paged import Column, ColumnTableModel

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def money(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount:,.2f}"


@dataclass(frozen=True)
class ItemLine:
    """A work item as the tables show it: a draft before the order exists, or saved."""

    description: str
    labour: Decimal
    parts: Decimal
    status: str = "agreed"
    suggested: bool = False
    id: int | None = None

    @property
    def total(self) -> Decimal:
        return self.labour + self.parts


def status_label(line: ItemLine) -> str:
    labels = {
        "agreed": QCoreApplication.translate("ServiceModels", "已同意"),
        "pending_consent": QCoreApplication.translate("ServiceModels", "待客户同意"),
        "declined": QCoreApplication.translate("ServiceModels", "客户不做"),
    }
    return labels.get(line.status, line.status) + (
        QCoreApplication.translate("ServiceModels", "（建议）") if line.suggested else ""
    )


DESCRIPTION_COLUMN = 0  # of the work items: free text


def work_items_model(parent=None) -> ColumnTableModel[ItemLine]:
    return ColumnTableModel(
        [
            Column(
                QCoreApplication.translate("ServiceModels", "维修项目"),
                lambda r: app_label("Service", r.description),
            ),
            Column(
                QCoreApplication.translate("ServiceModels", "工时费"),
                lambda r: money(r.labour),
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ServiceModels", "材料费"),
                lambda r: money(r.parts),
                align_right=True,
            ),
            Column(
                QCoreApplication.translate("ServiceModels", "小计"),
                lambda r: money(r.total),
                align_right=True,
            ),
            Column(QCoreApplication.translate("ServiceModels", "状态"), status_label),
        ],
        parent,
    )


WORK_COLUMN = 2  # of the history: what was done, free text


def history_model(parent=None) -> ColumnTableModel[HistoryEntry]:
    return ColumnTableModel(
        [
            Column(
                QCoreApplication.translate("ServiceModels", "日期"), lambda r: f"{r.day:%Y-%m-%d}"
            ),
            Column(
                QCoreApplication.translate("ServiceModels", "里程(km)"),
                lambda r: f"{r.km:,}",
                align_right=True,
            ),
            Column(QCoreApplication.translate("ServiceModels", "项目"), lambda r: r.work),
            Column(
                QCoreApplication.translate("ServiceModels", "金额"),
                lambda r: money(r.amount),
                align_right=True,
            ),
        ],
        parent,
    )


class VehicleHitsModel(QAbstractListModel):
    """The cars a lookup found (at most a screenful)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[VehicleHit] = []

    def set_hits(self, hits: list[VehicleHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hit(self, row: int) -> VehicleHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self._hits[index.row()]
        parts = (hit.plate or hit.vin, hit.model or "", hit.owner_name, hit.owner_phone)
        return "　".join(p for p in parts if p)
