"""The board's sections: a titled box of clickable numbers and a chart each. A number or a
bar emits `drill(title, figure, params)`; the tab opens the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.rules.value import RFM_SEGMENT_LABELS
from app.services.board_data import Board, Figure

from ..i18n import app_label
from ..widgets.charts import BarChart, TrafficChart


class FigureButton(QPushButton):
    """A number that opens its list."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=f"figure_{figure.value}", flat=True)
        self.figure = figure
        self.params: dict[str, Any] = {}
        self.title = ""

    def show_value(self, title: str, value: int, params: dict[str, Any]) -> None:
        self.title, self.params = title, params
        self.setText(f"{title}\n{value}")


class Section(QGroupBox):
    drill = Signal(str, str, object)  # title, figure key, params

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.column = QVBoxLayout(self)
        self.numbers = QHBoxLayout()
        self.column.addLayout(self.numbers)

    def button(self, figure: Figure) -> FigureButton:
        button = FigureButton(figure, self)
        button.clicked.connect(lambda: self.drill.emit(button.title, figure.value, button.params))
        self.numbers.addWidget(button)
        return button

    def bar_chart(self, figure: Figure) -> BarChart:
        chart = BarChart(self)
        chart.setObjectName(f"chart_{figure.value}")
        chart.setMinimumHeight(150)
        self.column.addWidget(chart, 1)
        return chart


class TrafficSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("展厅客流与成交"), parent)
        self.visits = self.button(Figure.VISITS)
        self.orders = self.button(Figure.ORDERS)
        self.conversion = QLabel(objectName="conversion")
        self.numbers.addWidget(self.conversion)
        self.chart = TrafficChart(self)
        self.chart.setObjectName("chart_traffic")
        self.chart.setMinimumHeight(170)
        self.chart.clicked.connect(self._day_clicked)
        self.column.addWidget(self.chart, 1)
        self._days: list = []

    def show_board(self, board: Board) -> None:
        today, params = board.today, {"day": board.day}
        self.visits.show_value(self.tr("当日接待"), today.visits, params)
        self.orders.show_value(self.tr("当日成交"), today.orders, params)
        self.conversion.setText(self.tr("成交率 %1").replace("%1", f"{today.conversion:.0%}"))
        self._days = board.traffic
        self.chart.set_days(
            [(d.day.strftime("%m-%d"), d.visits, d.conversion) for d in board.traffic]
        )

    def _day_clicked(self, index: int) -> None:
        day = self._days[index].day
        self.drill.emit(
            self.tr("%1 接待").replace("%1", day.isoformat()), Figure.VISITS.value, {"day": day}
        )


class FollowUpSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("回访：逾期未做（按负责人）"), parent)
        self.summary = QLabel(objectName="followupSummary")
        self.numbers.addWidget(self.summary)
        self.chart = self.bar_chart(Figure.FOLLOWUPS_OVERDUE)
        self.chart.clicked.connect(self._clicked)
        self._board: Board | None = None

    def show_board(self, board: Board) -> None:
        self._board = board
        rows = board.followups
        self.summary.setText(
            self.tr("当日到期 %1　当日完成 %2　逾期 %3")
            .replace("%1", str(sum(r.due_today for r in rows)))
            .replace("%2", str(sum(r.done_today for r in rows)))
            .replace("%3", str(sum(r.overdue for r in rows)))
        )
        self.chart.set_bars([(r.owner or self.tr("未分配"), r.overdue) for r in rows])

    def _clicked(self, index: int) -> None:
        assert self._board is not None
        row = self._board.followups[index]
        title = self.tr("%1 的逾期回访").replace("%1", row.owner or self.tr("未分配"))
        params = {"day": self._board.day, "owner_id": row.owner_id}
        self.drill.emit(title, Figure.FOLLOWUPS_OVERDUE.value, params)


class ServiceSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("售后进厂与保养到期"), parent)
        self.visits = self.button(Figure.SERVICE_VISITS)
        self.next_due = self.button(Figure.NEXT_DUE)
        self.summary = QLabel(objectName="serviceSummary", wordWrap=True)
        self.column.addWidget(self.summary)

    def show_board(self, board: Board) -> None:
        service, params = board.service, {"day": board.day}
        self.visits.show_value(self.tr("当日进厂"), service.visits_today, params)
        title = self.tr("未来 %1 天到期保养").replace("%1", str(service.next_due_days))
        self.next_due.show_value(title, service.next_due, params)
        self.summary.setText(
            self.tr("当日交车 %1　近 %2 天进厂 %3")
            .replace("%1", str(service.handed_over_today))
            .replace("%2", str(board.window_days))
            .replace("%3", str(service.visits_in_window))
        )


class ComplaintSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("客户投诉（按类别）"), parent)
        self.summary = QLabel(objectName="complaintSummary", wordWrap=True)
        self.numbers.addWidget(self.summary)
        self.chart = self.bar_chart(Figure.COMPLAINTS)
        self.chart.clicked.connect(self._clicked)
        self._board: Board | None = None

    def show_board(self, board: Board) -> None:
        self._board = board
        rows = board.complaints
        kept, late = sum(r.response_kept for r in rows), sum(r.response_late for r in rows)
        self.summary.setText(
            self.tr("近 %1 天：2 小时内响应 %2 件，超时 %3 件")
            .replace("%1", str(board.window_days)).replace("%2", str(kept)).replace("%3", str(late))
        )  # fmt: skip
        self.chart.set_bars([(app_label("Complaints", r.label), r.received) for r in rows])

    def _clicked(self, index: int) -> None:
        assert self._board is not None
        row = self._board.complaints[index]
        params = {"day": self._board.day, "category": row.category}
        self.drill.emit(app_label("Complaints", row.label), Figure.COMPLAINTS.value, params)


class DormantSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("不回厂客户"), parent)
        self.chart = self.bar_chart(Figure.DORMANT)
        self.chart.clicked.connect(self._clicked)
        self._board: Board | None = None

    def show_board(self, board: Board) -> None:
        self._board = board
        self.chart.set_bars(
            [(self._band(d.months, d.until_months), d.customers) for d in board.dormant]
        )

    def _band(self, months: int, until: int | None) -> str:
        if until is None:
            return self.tr("%1 个月以上").replace("%1", str(months))
        return self.tr("%1–%2 个月").replace("%1", str(months)).replace("%2", str(until))

    def _clicked(self, index: int) -> None:
        assert self._board is not None
        band = self._board.dormant[index]
        params = {"day": self._board.day, "months": band.months}
        self.drill.emit(self._band(band.months, band.until_months), Figure.DORMANT.value, params)


class ValueSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("客户价值与忠诚"), parent)
        self.summary = QLabel(objectName="valueSummary", wordWrap=True)
        self.numbers.addWidget(self.summary)
        self.chart = self.bar_chart(Figure.SEGMENT)
        self.chart.clicked.connect(self._clicked)
        self._board: Board | None = None

    def show_board(self, board: Board) -> None:
        self._board = board
        self.summary.setText(
            self.tr("销售忠诚客户 %1　售后忠诚客户 %2")
            .replace("%1", str(board.loyalty.sales_loyal))
            .replace("%2", str(board.loyalty.after_sales_loyal))
        )
        labels = [(app_label("Value", RFM_SEGMENT_LABELS[s]), n) for s, n in board.segments.items()]
        self.chart.set_bars(labels)

    def _clicked(self, index: int) -> None:
        assert self._board is not None
        segment = list(self._board.segments)[index]
        title = app_label("Value", RFM_SEGMENT_LABELS[segment])
        self.drill.emit(
            title, Figure.SEGMENT.value, {"day": self._board.day, "segment": segment.value}
        )
