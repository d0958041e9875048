"""Qt models of the appointment book: the day's slots per advisor, the week's slots per
day, and the bookings of a day. All bounded by the store's capacity (a day has tens of
slots and bookings), so each is set whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.services.appointment_types import Advisor, AppointmentRow, DayPlan, SlotLoad

from ..models.paged import Column, ColumnTableModel
from .labels import BUSY_COLOUR, FULL_COLOUR, kind_label, row_colour, row_state

Index = QModelIndex | QPersistentModelIndex
BOOKING_ROLE = Qt.ItemDataRole.UserRole + 2  # the AppointmentRow in a cell, if one
SLOT_ROLE = Qt.ItemDataRole.UserRole + 3  # the slot's start
ADVISOR_ROLE = Qt.ItemDataRole.UserRole + 4  # the advisor of a column (day grid)


@dataclass(frozen=True)
class Cell:
    text: str
    colour: str | None = None
    booking: AppointmentRow | None = None
    tip: str = ""


def _load_colour(load: SlotLoad) -> str | None:
    return FULL_COLOUR if load.full else BUSY_COLOUR if load.booked else None


def _booking_text(row: AppointmentRow) -> str:
    return f"{row.plate or row.vin[-6:]} {kind_label(row.kind)}"


def _booking_tip(row: AppointmentRow) -> str:
    return (
        f"{row.start:%H:%M}-{row.end:%H:%M} {row.customer} {row.phone}\n"
        f"{row_state(row)}　{row.description or ''}"
    )


class GridModel(QAbstractTableModel):
    """A grid of cells with row and column headers (a slot by advisor, a slot by day)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._cells: list[list[Cell]] = []
        self._slots: list[datetime | None] = []
        self._keys: list[Any] = []  # what each column stands for

    def set_grid(
        self,
        rows: list[str],
        columns: list[str],
        cells: list[list[Cell]],
        slots: list[datetime | None],
        keys: list[Any],
    ) -> None:
        self.beginResetModel()
        self._rows, self._columns, self._cells = rows, columns, cells
        self._slots, self._keys = slots, keys
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section]
        return self._rows[section]

    def cell(self, row: int, column: int) -> Cell:
        return self._cells[row][column]

    def key(self, column: int) -> Any:
        return self._keys[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.BackgroundRole and cell.colour:
            return QBrush(QColor(cell.colour))
        if role == Qt.ItemDataRole.ToolTipRole and cell.tip:
            return cell.tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == BOOKING_ROLE:
            return cell.booking
        if role == SLOT_ROLE:
            return self._slots[index.row()]
        if role == ADVISOR_ROLE:
            return self._keys[index.column()]
        return None


def day_grid(model: GridModel, plan: DayPlan, advisors: list[Advisor]) -> None:
    """Rows: the day's slots; columns: how full the slot is, then each advisor."""
    capacity = QCoreApplication.translate("AppointmentModels", "接车")
    unassigned = QCoreApplication.translate("AppointmentModels", "未指定")
    active = [b for b in plan.bookings if b.status in ("booked", "confirmed", "arrived")]
    columns = [capacity, *[a.name for a in advisors]]
    keys: list[Any] = [None, *[a.id for a in advisors]]
    if any(b.advisor_id is None for b in active):
        columns.append(unassigned)
        keys.append(0)
    cells = []
    for load in plan.slots:
        inside = [b for b in active if _slot_of(b, plan, load)]
        row = [Cell(f"{load.booked}/{load.capacity}", _load_colour(load))]
        for key in keys[1:]:
            mine = [b for b in inside if (b.advisor_id or 0) == key]
            row.append(_bookings_cell(mine))
        cells.append(row)
    rows = [f"{s.start:%H:%M}" for s in plan.slots]
    model.set_grid(rows, columns, cells, [s.start for s in plan.slots], keys)


def _slot_of(booking: AppointmentRow, plan: DayPlan, load: SlotLoad) -> bool:
    starts = [s.start for s in plan.slots]
    later = [s for s in starts if s > load.start]
    end = later[0] if later else None
    return booking.start >= load.start and (end is None or booking.start < end)


def _bookings_cell(bookings: list[AppointmentRow]) -> Cell:
    if not bookings:
        return Cell("")
    first = bookings[0]
    text = "，".join(_booking_text(b) for b in bookings)
    return Cell(text, row_colour(first), first, "\n".join(_booking_tip(b) for b in bookings))


def week_grid(model: GridModel, plans: list[DayPlan], advisor_id: int | None) -> None:
    """Rows: slot times; columns: the week's days. One advisor: their bookings; all: how
    many cars come against the slot's capacity."""
    times = sorted({s.start.time() for p in plans for s in p.slots})
    columns = [_day_header(p) for p in plans]
    cells, slots = [], []
    for moment in times:
        row = []
        for plan in plans:
            load = next((s for s in plan.slots if s.start.time() == moment), None)
            row.append(_week_cell(plan, load, advisor_id))
        cells.append(row)
        slots.append(None)
    model.set_grid([f"{t:%H:%M}" for t in times], columns, cells, slots, [p.day for p in plans])


def _day_header(plan: DayPlan) -> str:
    weekdays = QCoreApplication.translate("AppointmentModels", "一二三四五六日")
    head = f"{plan.day:%m-%d} {weekdays[plan.day.weekday()]}"
    if not plan.open:
        return head + "\n" + QCoreApplication.translate("AppointmentModels", "休息")
    used = QCoreApplication.translate("AppointmentModels", "工时 %1/%2h")
    return (
        head
        + "\n"
        + used.replace("%1", f"{plan.booked_minutes / 60:g}").replace(
            "%2", f"{plan.capacity_minutes / 60:g}"
        )
    )


def _week_cell(plan: DayPlan, load: SlotLoad | None, advisor_id: int | None) -> Cell:
    if load is None:
        return Cell("", "#eeeeee")
    if advisor_id is None:
        return Cell(f"{load.booked}/{load.capacity}" if load.booked else "", _load_colour(load))
    mine = [
        b
        for b in plan.bookings
        if b.advisor_id == advisor_id
        and b.status in ("booked", "confirmed", "arrived")
        and _slot_of(b, plan, load)
    ]
    return _bookings_cell(mine)


def bookings_model(parent=None) -> ColumnTableModel[AppointmentRow]:
    return ColumnTableModel(
        [
            Column(
                QCoreApplication.translate("AppointmentModels", "时间"),
                lambda r: f"{r.start:%H:%M}-{r.end:%H:%M}",
            ),
            Column(
                QCoreApplication.translate("AppointmentModels", "车牌"), lambda r: r.plate or r.vin
            ),
            Column(QCoreApplication.translate("AppointmentModels", "客户"), lambda r: r.customer),
            Column(
                QCoreApplication.translate("AppointmentModels", "类型"),
                lambda r: kind_label(r.kind),
            ),
            Column(
                QCoreApplication.translate("AppointmentModels", "顾问"), lambda r: r.advisor or ""
            ),
            Column(
                QCoreApplication.translate("AppointmentModels", "状态"),
                row_state,
                background=row_colour,
            ),
            Column(
                QCoreApplication.translate("AppointmentModels", "照片"),
                lambda r: r.photo_count or "",
                align_right=True,
            ),
        ],
        parent,
    )


def day_of(rows: list[AppointmentRow], day: date) -> list[AppointmentRow]:
    return [r for r in rows if r.start.date() == day]
