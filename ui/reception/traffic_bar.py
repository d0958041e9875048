"""The day's showroom traffic at the top of the reception tab."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.services.reception import Traffic


class TrafficBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("trafficSummary")
        self.label.setStyleSheet("font-size: 15px; padding: 4px;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addStretch()

    def show_traffic(self, traffic: Traffic) -> None:
        self.label.setText(
            self.tr("今日客流 %1 批（首次 %2，再次 %3）｜试驾 %4｜在店 %5｜成交 %6｜转化率 %7")
            .replace("%1", str(traffic.visits))
            .replace("%2", str(traffic.first_visits))
            .replace("%3", str(traffic.return_visits))
            .replace("%4", str(traffic.test_drives))
            .replace("%5", str(traffic.in_showroom))
            .replace("%6", str(traffic.orders))
            .replace("%7", f"{traffic.conversion:.0%}")
        )
