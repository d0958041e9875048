"""The repair-progress board (进度) for the waiting customer, in a window of its own so
reception or the advisor can put it on a second screen: today's cars with their status
and promised time, late ones highlighted. It refreshes itself off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.workshop import ProgressRow, WorkshopService

from ..jobs import JobRunner
from ..models.paged import Column, ColumnTableModel

REFRESH_MS = 30_000
LATE = "#ef9a9a"
READY = "#c8e6c9"
SOON_MINUTES = 30
SOON = "#fff59d"
LEFT_COLUMN = 7  # 剩余时间: as wide as its text


def status_text(status: str) -> str:
    labels = {
        "checked_in": QCoreApplication.translate("ProgressBoard", "已接车"),
        "in_progress": QCoreApplication.translate("ProgressBoard", "维修中"),
        "quality_check": QCoreApplication.translate("ProgressBoard", "质检中"),
        "ready": QCoreApplication.translate("ProgressBoard", "待交车"),
        "handed_over": QCoreApplication.translate("ProgressBoard", "已交车"),
    }
    return labels.get(status, status)


def _span(minutes: int) -> str:
    if minutes < 60:
        return QCoreApplication.translate("ProgressBoard", "%1 分钟").replace("%1", str(minutes))
    text = QCoreApplication.translate("ProgressBoard", "%1 小时 %2 分")
    return text.replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60))


def _left(row: ProgressRow, now: datetime) -> str:
    left = row.minutes_left(now)
    if left is None or row.status in ("ready", "handed_over"):
        return ""
    if left < 0:
        return QCoreApplication.translate("ProgressBoard", "超时 %1").replace("%1", _span(-left))
    return QCoreApplication.translate("ProgressBoard", "还有 %1").replace("%1", _span(left))


def lounge_name(name: str) -> str:
    """The lounge screen is public: the surname only (王**)."""
    return name[:1] + "*" * max(len(name) - 1, 1)


def _colour(row: ProgressRow, now: datetime) -> str | None:
    if row.late:
        return LATE
    if row.status in ("ready", "handed_over"):
        return READY
    left = row.minutes_left(now)
    return SOON if left is not None and left <= SOON_MINUTES else None


def board_columns(clock: Callable[[], datetime]) -> list[Column[ProgressRow]]:
    colour = lambda r: _colour(r, clock())  # noqa: E731
    return [
        Column(
            QCoreApplication.translate("ProgressBoard", "车牌"),
            lambda r: r.plate or "",
            background=colour,
        ),
        Column(QCoreApplication.translate("ProgressBoard", "车型"), lambda r: r.model or ""),
        Column(
            QCoreApplication.translate("ProgressBoard", "客户"), lambda r: lounge_name(r.customer)
        ),
        Column(QCoreApplication.translate("ProgressBoard", "顾问"), lambda r: r.advisor or ""),
        Column(
            QCoreApplication.translate("ProgressBoard", "进度"),
            lambda r: status_text(r.status),
            background=colour,
        ),
        Column(
            QCoreApplication.translate("ProgressBoard", "接车"),
            lambda r: f"{r.checked_in_at:%H:%M}",
        ),
        Column(
            QCoreApplication.translate("ProgressBoard", "承诺交车"),
            lambda r: f"{r.promised_at:%H:%M}" if r.promised_at else "",
        ),
        Column(
            QCoreApplication.translate("ProgressBoard", "剩余时间"),
            lambda r: _left(r, clock()),
            background=colour,
        ),
    ]


class ProgressBoard(QWidget):
    """A top-level window: move it to the lounge's screen and leave it open."""

    def __init__(self, workshop: WorkshopService, clock: Callable[[], datetime]) -> None:
        super().__init__(None)
        self.setObjectName("progressBoard")
        self.setWindowTitle(self.tr("维修进度看板"))
        self._workshop, self._clock = workshop, clock
        self.heading = QLabel(objectName="boardHeading")
        self.model = ColumnTableModel(board_columns(clock), self)
        self.view = QTableView(objectName="boardTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEFT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        big = QFont(self.font())
        big.setPointSize(max(big.pointSize(), 9) + 6)
        self.view.setFont(big)
        self.view.horizontalHeader().setFont(big)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().setDefaultSectionSize(big.pointSize() * 2 + 12)
        heading = QFont(big)
        heading.setBold(True)
        self.heading.setFont(heading)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.jobs = JobRunner(self)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.resize(1366, 768)
        self.show_rows(workshop.board())

    def refresh(self) -> None:
        workshop = self._workshop
        self.jobs.start("board", lambda _job: workshop.board(), self.show_rows, lambda _e: None)

    def show_rows(self, rows: list[ProgressRow]) -> None:
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.late)
        text = self.tr("今日在修 %1 辆　%2").replace("%1", str(len(rows)))
        text = text.replace("%2", f"{self._clock():%H:%M}")
        if late:
            text += self.tr("　超时 %1 辆").replace("%1", str(late))
        self.heading.setText(text)
