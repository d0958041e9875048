"""The appointment book (预约): today's expected arrivals at the top, a day of slots per
advisor or a week of slots per day, the day's bookings coloured by status with the
selected one's details and photos, and the actions on it. Readable at 1366×768."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
from app.rules.complaints_clock import china_calendar_loaded, load_china_calendar
from app.services.appointment_types import AppointmentRow
from app.services.container import AppServices

from ..crash import show_user_error
from ..deferred import deferred
from ..desk import DeskSession
from ..i18n import error_text
from ..jobs import JobRunner, run_in_turn, run_job
from ..widgets.dates import iso
from .arrivals import ArrivalsStrip
from .book_view import BookView, read_book
from .detail import BookingDetail
from .labels import LATE_COLOUR, STATUS_COLOURS, status_label
from .models import (
    ADVISOR_ROLE,
    BOOKING_ROLE,
    SLOT_ROLE,
    GridModel,
    bookings_model,
    day_grid,
    week_grid,
)

if TYPE_CHECKING:
    from .booking_dialog import BookingDialog
    from .move_dialog import MoveDialog
    from .progress_board import ProgressBoard

# Imported when first opened: the book opens without its dialogs and the lounge board.
booking_dialog = deferred("ui.appointments.booking_dialog", "BookingDialog")
move_dialog = deferred("ui.appointments.move_dialog", "MoveDialog")
progress_board = deferred("ui.appointments.progress_board", "ProgressBoard")

REFRESH_MS = 60_000  # other workstations' bookings, late cars, the no-show sweep


class AppointmentTab(QWidget):
    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self.services, self.desk = services, desk
        self.book = services.appointments
        self.dialog: BookingDialog | MoveDialog | None = None
        self.board: ProgressBoard | None = None
        self.jobs = JobRunner(self)
        self._asked = self._shown = 0  # the book's reads asked for (on a worker), last shown
        self._shown_for: tuple[date, bool] | None = None  # the day and view last shown
        self._keep: int | None = None  # the booking to select once the book is read again
        self._waiting_for_calendar = False  # China's working days, loaded on a worker
        self._build()
        self._lay_out()
        self.day.setDate(QDate(self.today()))  # before _connect: shown once, just below
        self._connect()
        self._first_refresh()
        self.sweep()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.arrivals = ArrivalsStrip(self)
        self.day = iso(QDateEdit(objectName="bookDay", calendarPopup=True), "yyyy-MM-dd ddd")
        self.previous = QPushButton("◀", objectName="previousDay")
        self.next = QPushButton("▶", objectName="nextDay")
        for button in (self.previous, self.next):
            button.setFixedWidth(32)
        self.today_button = QPushButton(self.tr("今天"), objectName="bookToday")
        self.advisor = QComboBox(objectName="bookAdvisor")
        self.advisor.addItem(self.tr("全部顾问"), None)  # the advisors: once the book is read
        self.new_button = QPushButton(self.tr("新预约 (N)"), objectName="newBooking")
        self.confirm_button = QPushButton(self.tr("已确认"), objectName="confirmBooking")
        self.move_button = QPushButton(self.tr("改期"), objectName="moveBooking")
        self.cancel_button = QPushButton(self.tr("取消预约"), objectName="cancelBooking")
        self.arrived_button = QPushButton(self.tr("已到店"), objectName="arrivedBooking")
        self.board_button = QPushButton(self.tr("进度看板"), objectName="openProgressBoard")
        self.day_model, self.week_model = GridModel(self), GridModel(self)
        self.day_view = self._grid_view("dayGrid", self.day_model)
        self.week_view = self._grid_view("weekGrid", self.week_model)
        self.views = QTabWidget(objectName="bookViews")
        self.views.addTab(self.day_view, self.tr("日视图"))
        self.views.addTab(self.week_view, self.tr("周视图"))
        self.capacity = QLabel(objectName="dayCapacity")
        self.legend = QLabel(self._legend(), objectName="bookLegend")
        self.bookings = bookings_model(self)
        self.list = QTableView(objectName="bookingList")
        self.list.setModel(self.bookings)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.detail = BookingDetail(self.book, self)
        self.status = QLabel(objectName="bookMessage", wordWrap=True)

    @staticmethod
    def _grid_view(name: str, model: GridModel) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(22)
        view.setWordWrap(False)
        return view

    def _legend(self) -> str:
        shown = [
            (STATUS_COLOURS[s], status_label(s))
            for s in ("booked", "confirmed", "arrived", "no_show")
        ]
        shown.append((LATE_COLOUR, self.tr("迟到")))
        return "　".join(f"<span style='background:{c}'>&nbsp;{t}&nbsp;</span>" for c, t in shown)

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        for widget in (self.previous, self.day, self.next, self.today_button, self.advisor):
            tools.addWidget(widget)
        tools.addStretch()
        for button in (
            self.new_button,
            self.confirm_button,
            self.move_button,
            self.cancel_button,
            self.arrived_button,
            self.board_button,
        ):
            tools.addWidget(button)
        left = QWidget()
        grid = QVBoxLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.views, 1)
        grid.addWidget(self.capacity)
        grid.addWidget(self.legend)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 3)
        column.addWidget(self.detail, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([700, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.arrivals)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.advisor.currentIndexChanged.connect(lambda _i: self.refresh())
        self.views.currentChanged.connect(lambda _i: self.refresh())
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(lambda: self.day.setDate(QDate(self.today())))
        self.new_button.clicked.connect(lambda: self.new_booking())
        self.confirm_button.clicked.connect(
            lambda: self._act(lambda b: self.book.confirm(b.id, b.version))
        )
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.arrived_button.clicked.connect(
            lambda: self._act(lambda b: self.book.mark_arrived(b.id))
        )
        self.move_button.clicked.connect(self.move_selected)
        self.board_button.clicked.connect(self.open_board)
        self.list.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.day_view.doubleClicked.connect(self._grid_double_clicked)
        self.day_view.clicked.connect(self._grid_clicked)
        self.week_view.doubleClicked.connect(self._week_double_clicked)
        shortcut = QShortcut(
            QKeySequence("N"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        shortcut.activated.connect(lambda: self.new_booking())
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    # --- showing ----------------------------------------------------------------------------
    def _first_refresh(self) -> None:
        """The day's slots need China's working days: if their calendar is still being
        loaded (the window starts it at sign-in), the tab shows once it is there. Loaded
        in turn with the other imports on workers (ui.jobs.run_in_turn)."""
        if china_calendar_loaded():
            self.refresh()
            return
        self.capacity.setText(self.tr("正在载入节假日日历…"))
        self._waiting_for_calendar = True
        run_in_turn(lambda _job: load_china_calendar(), self._calendar_loaded,
                    self._calendar_loaded)  # fmt: skip

    def _calendar_loaded(self, _result: object) -> None:
        if isValid(self):  # not closed meanwhile (a switch of user)
            self._waiting_for_calendar = False
            self.refresh()  # loaded, or failed: the read says why

    def today(self) -> date:
        return self.services.clock().date()

    def selected_day(self) -> date:
        return self.day.date().toPython()

    def refresh_check_ins(self) -> None:
        """Another workstation checked a car in: a booking may have arrived."""
        self.refresh()

    @property
    def loading(self) -> bool:
        """Whether the book (or the holiday calendar it needs) is still being read."""
        return self._shown != self._asked or self._waiting_for_calendar

    def refresh(self) -> None:
        """The day (or week) read on a worker; an answer for a day, view or advisor since
        left is dropped. A new day says it is being read; the same day stays as it is."""
        self._asked += 1
        asked, book = self._asked, self.book
        day, week = self.selected_day(), self.views.currentIndex() == 1
        advisor_id = self.advisor.currentData()
        if self._shown_for != (day, week):
            self.capacity.setText(self.tr("正在读取…"))
        run_job(
            lambda _control: read_book(book, day, week),
            lambda view: self._loaded(asked, advisor_id, view),
            lambda error: self._load_failed(asked, error),
        )

    def _loaded(self, asked: int, advisor_id: int | None, view: BookView) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self._shown, plan = asked, view.plan
        self._shown_for = (plan.day, view.week is not None)
        self._list_advisors(view)
        if view.week is None:
            advisors = [a for a in view.advisors if advisor_id in (None, a.id)]
            day_grid(self.day_model, plan, advisors)
        else:
            week_grid(self.week_model, view.week, advisor_id)
        rows = [r for r in plan.bookings if advisor_id in (None, r.advisor_id)]
        keep = self._keep if self._keep is not None else self._current_id()
        self._keep = None
        self.bookings.set_rows(rows)
        self._reselect(keep)
        self.capacity.setText(self._capacity_text(plan))
        self.arrivals.show_rows(view.expected_today)

    def _load_failed(self, asked: int, error: Exception) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self._shown, self._shown_for, self._keep = asked, None, None
        self.capacity.setText("")
        self.status.setText(error_text(error) if isinstance(error, UserError) else str(error))

    def _list_advisors(self, view: BookView) -> None:
        """The advisors to filter by, the first time the book is read."""
        if self.advisor.count() == 1:
            for advisor in view.advisors:
                self.advisor.addItem(advisor.name, advisor.id)

    def _current_id(self) -> int | None:
        return self.detail.booking.id if self.detail.booking else None

    def _capacity_text(self, plan) -> str:
        if not plan.open:
            return self.tr("%1 不是工作日。").replace("%1", f"{plan.day:%Y-%m-%d}")
        text = self.tr("技师工时：已约 %1 小时，共 %2 小时，剩余 %3 小时")
        return (
            text.replace("%1", f"{plan.booked_minutes / 60:g}")
            .replace("%2", f"{plan.capacity_minutes / 60:g}")
            .replace("%3", f"{plan.free_minutes / 60:g}")
        )

    def _reselect(self, booking_id: int | None) -> None:
        rows = self.bookings.rows()
        index = next((n for n, r in enumerate(rows) if r.id == booking_id), None)
        if index is None:
            self.list.clearSelection()
            self._show(None)
        else:
            self.list.selectRow(index)
            self._show(rows[index])

    def _selected(self) -> None:
        index = self.list.currentIndex()
        self._show(self.bookings.row_at(index.row()) if index.isValid() else None)

    def _show(self, booking: AppointmentRow | None) -> None:
        self.detail.show_booking(booking)
        may = self.book.may_book
        waiting = booking is not None and booking.waiting
        self.confirm_button.setEnabled(may and waiting and booking.status == "booked")
        self.move_button.setEnabled(may and waiting)
        self.cancel_button.setEnabled(
            may and booking is not None and booking.status in ("booked", "confirmed", "no_show")
        )
        today = booking is not None and booking.start.date() == self.today()
        self.arrived_button.setEnabled(
            may and today and booking.status != "arrived" and booking.status != "cancelled"
        )
        self.new_button.setEnabled(may)

    def select_booking(self, booking_id: int) -> None:
        """Selected now if shown; and once the book being read is there."""
        self._reselect(booking_id)
        if self.loading:
            self._keep = booking_id

    def _step(self, days: int) -> None:
        step = 7 if self.views.currentIndex() == 1 else 1
        self.day.setDate(QDate(self.selected_day() + timedelta(days=days * step)))

    def _grid_clicked(self, index: QModelIndex) -> None:
        booking = index.data(BOOKING_ROLE)
        if booking is not None:
            self.select_booking(booking.id)

    def _grid_double_clicked(self, index: QModelIndex) -> None:
        """An empty cell: a booking at that slot with that advisor."""
        if index.data(BOOKING_ROLE) is not None:
            return
        slot: datetime | None = index.data(SLOT_ROLE)
        advisor = index.data(ADVISOR_ROLE)
        if slot is not None:
            self.new_booking(slot, advisor or None)

    def _week_double_clicked(self, index: QModelIndex) -> None:
        """A day of the week: open it in the day view."""
        day = self.week_model.key(index.column())
        self.views.setCurrentIndex(0)
        self.day.setDate(QDate(day))

    # --- acting -----------------------------------------------------------------------------
    def new_booking(self, start: datetime | None = None, advisor_id: int | None = None) -> None:
        if not self.book.may_book:
            return
        self.dialog = booking_dialog(self.services, start=start, advisor_id=advisor_id, parent=self)
        self.dialog.accepted.connect(self._booked)
        self.dialog.open()

    def _booked(self) -> None:
        dialog = self.dialog
        booking = getattr(dialog, "booked", None) or getattr(dialog, "moved", None)
        if booking is None:
            return
        self._keep = booking.id
        day = booking.start.date()
        if day != self.selected_day():
            self.day.setDate(QDate(day))  # which refreshes
        else:
            self.refresh()
        text = self.tr("已预约：%1 %2").replace("%1", f"{booking.start:%m-%d %H:%M}")
        self.status.setText(text.replace("%2", booking.plate or booking.vin))

    def move_selected(self) -> None:
        booking = self.detail.booking
        if booking is None:
            return
        self.dialog = move_dialog(self.book, booking, self)
        self.dialog.accepted.connect(self._booked)
        self.dialog.open()

    def cancel_selected(self) -> None:
        booking = self.detail.booking
        if booking is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("取消预约"), self.tr("取消原因（可不填）：")
        )
        if ok:
            self._act(lambda b: self.book.cancel(b.id, reason, b.version))

    def _act(self, action: Callable[[AppointmentRow], AppointmentRow]) -> None:
        booking = self.detail.booking
        if booking is None:
            return
        try:
            done = action(booking)
        except UserError as error:
            show_user_error(self, error)
            self.refresh()
            return
        self._keep = done.id
        self.refresh()
        self.status.setText(f"{done.plate or done.vin}：{status_label(done.status)}")

    def open_board(self) -> None:
        if self.board is None:
            self.board = progress_board(self.services.workshop, self.services.clock)
        self.board.show()
        self.board.raise_()

    # --- in the background ----------------------------------------------------------------
    def _tick(self) -> None:
        self.refresh()
        self.sweep()

    def sweep(self) -> None:
        """Bookings not kept by their day's end become no-shows with a call for their
        advisor: made on a worker thread by whoever may book at this desk."""
        if not self.book.may_book:
            return
        book = self.book
        self.jobs.start(
            "no_shows",
            lambda _job: book.sweep_no_shows(),
            self._swept,
            lambda error: self.status.setText(getattr(error, "message", str(error))),
        )

    def _swept(self, count: int) -> None:
        if count:
            self.status.setText(
                self.tr("%1 个预约未到店，已为顾问生成回访。").replace("%1", str(count))
            )
            self.refresh()

    def closeEvent(self, event) -> None:
        if self.board is not None:
            self.board.close()
        super().closeEvent(event)
