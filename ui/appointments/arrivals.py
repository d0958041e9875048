"""Today's expected arrivals, at the top of the book: who comes when, late ones marked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.appointment_types import AppointmentRow

from .labels import LATE_COLOUR, kind_label

SHOWN = 8  # the rest are counted


class ArrivalsStrip(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="expectedArrivals", wordWrap=True)
        self.setStyleSheet("QLabel { background: #f1f8e9; padding: 4px; }")

    def show_rows(self, rows: list[AppointmentRow]) -> None:
        if not rows:
            self.setText(self.tr("今日预约已全部到店或没有预约。"))
            return
        late = sum(1 for r in rows if r.late)
        head = self.tr("今日待到店 %1 辆").replace("%1", str(len(rows)))
        if late:
            head += self.tr("（迟到 %1 辆）").replace("%1", str(late))
        items = [self._item(r) for r in rows[:SHOWN]]
        more = self.tr("等 %1 辆").replace("%1", str(len(rows))) if len(rows) > SHOWN else ""
        self.setText(f"<b>{head}</b>：" + "　".join(items) + more)

    @staticmethod
    def _item(row: AppointmentRow) -> str:
        text = f"{row.start:%H:%M} {row.plate or row.vin[-6:]} {row.customer}"
        text += f" {kind_label(row.kind)}" + (f"（{row.advisor}）" if row.advisor else "")
        if row.late:
            return f"<span style='background:{LATE_COLOUR}'>{text}</span>"
        return text
