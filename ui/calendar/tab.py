"""The follow-up calendar tab (回访日历): the day's work list of every consultant, advisor
and customer-service officer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.permissions import Permission, PermissionDenied
from app.rules import intent
from app.services.calendar import ActResult, TaskAction, TaskQuery
from app.services.container import AppServices

from ..crash import show_user_error
from ..customer360.opener import CardOpener
from ..deferred import deferred
from ..desk import DeskSession
from ..i18n import error_text
from ..jobs import JobRunner, run_job
from ..widgets.build_steps import BuildSteps
from ..widgets.lazy_page import LazyPage
from .action_panel import BOOK_KEY, OUTCOME_KEYS, ActionPanel
from .filters import FilterBar
from .month_view import DONE, OVERDUE, PENDING, MonthCountCalendar
from .notifier import CallbackNotifier
from .task_table import TaskTable, status_label

if TYPE_CHECKING:
    from app.services.staff import StaffMember

    from ..appointments.booking_dialog import BookingDialog
    from ..due_list.dialog import DueListDialog
    from .key_customers import KeyCustomerPanel
    from .rule_editor import RuleEditor

DATED_OUTCOMES = ("rescheduled", "not_reached")
# Imported when a task is first answered by a booking: the tab opens without the
# appointment screens (a third of the tab's import time, on the UI thread).
booking_dialog = deferred("ui.appointments.booking_dialog", "BookingDialog")
# The inner pages behind 重点客户 and 提醒规则 are imported and built when first shown: the
# calendar opens on its own page, without their widgets and their reads.
key_customer_panel = deferred("ui.calendar.key_customers", "KeyCustomerPanel")
rule_editor = deferred("ui.calendar.rule_editor", "RuleEditor")
due_list_dialog = deferred("ui.due_list.dialog", "DueListDialog")  # when first opened


class CalendarTab(QWidget):
    generated = Signal()  # the background reminder run has finished (made or failed)

    def __init__(self, services: AppServices, desk: DeskSession) -> None:
        super().__init__()
        self.services, self.desk = services, desk
        self.calendar = services.calendar
        self.status = QLabel(objectName="calendarMessage", wordWrap=True)
        self.pages = QTabWidget(objectName="calendarPages")
        QHBoxLayout(self).addWidget(self.pages)
        self.jobs = JobRunner(self)
        self._counts_asked = self._counts_shown = 0  # month counts asked for, last shown
        self._choices: tuple[list[StaffMember], list[intent.IntentLevel], bool] | None = None
        self.built = False  # all its panels there (the last step lays them out)
        self._generate()  # in the background: the lists show when built, new reminders when made
        self._read_choices()
        # The page's panels, each in a turn of the event loop of its own (~0.1 s together).
        self.steps = BuildSteps(self, self._build_month, self._build_lists, self._build_panel,
                                self._build_pages, self._lay_out_and_show)  # fmt: skip

    # --- building -------------------------------------------------------------------------
    def _build_month(self) -> None:
        self.filters = FilterBar([self.desk.staff] if self.desk.staff else [])  # all: choices
        self.month = MonthCountCalendar()
        self.month.setSelectedDate(QDate(self.today()))
        self.overdue_total = QLabel(objectName="overdueTotal")
        self._build_hints()
        self.today_button = QPushButton(self.tr("今天 (T)"), objectName="todayButton")
        self.due_list_button = QPushButton(self.tr("月底应到未到…"), objectName="dueListButton")
        self.due_list_button.setEnabled(False)  # until the choices say whether one may
        self.due_list_dialog: DueListDialog | None = None

    def _build_lists(self) -> None:
        self.day_list = TaskTable(self.calendar, "dayList")
        self.week_list = TaskTable(self.calendar, "weekList")
        self.overdue_list = TaskTable(self.calendar, "overdueList")
        self.lists = QTabWidget(objectName="taskLists")

    def _build_panel(self) -> None:
        self.panel = ActionPanel([])  # its levels: the choices

    def _build_pages(self) -> None:
        services, desk = self.services, self.desk
        self.key_customer_page: LazyPage[KeyCustomerPanel] = LazyPage(
            lambda: key_customer_panel(services, desk)
        )
        self.rule_page: LazyPage[RuleEditor] = LazyPage(lambda: rule_editor(services, desk))
        self.card_dialog: QDialog | None = None
        self.booking_dialog: BookingDialog | None = None
        self.card_opener = CardOpener(services, self)
        self.notifier = CallbackNotifier(self.calendar, services.clock, self.filters.current, self)

    def _lay_out_and_show(self) -> None:
        self.built = True
        self._layout()
        self._connect()
        self._shortcuts()
        self._follow_desk(self.desk.staff)
        self._show_choices()
        self.refresh()

    def _read_choices(self) -> None:
        """Everyone's names (the owner filter), the intent levels (the panel) and whether
        this person may read the month-end due list, read on a worker (with their
        services' modules); until they come the filter offers all and one's own, the
        panel no new level, and the due list waits."""
        services = self.services
        run_job(
            lambda _job: (
                services.directory.staff(),
                intent.prospect_levels(services.reception.intent_levels()),
                services.due_list.may_read,
            ),
            self._choices_read,
            self._choices_failed,
        )

    def _choices_read(self, choices: tuple[list[StaffMember], list[intent.IntentLevel], bool]):
        if isValid(self):  # else closed meanwhile
            self._choices = choices
            self._show_choices()

    def _choices_failed(self, error: Exception) -> None:
        if isValid(self):
            self._choices = ([], [], False)
            self._show_choices()
            self.status.setText(error_text(error) if isinstance(error, UserError) else str(error))

    @property
    def choices_read(self) -> bool:
        return self._choices is not None

    def _show_choices(self) -> None:
        if self._choices is None or not self.built:
            return  # shown when both are there
        staff, levels, may_read_due_list = self._choices
        self.filters.set_staff(staff)
        self.panel.set_levels(levels)
        self.due_list_button.setEnabled(may_read_due_list)

    def _layout(self) -> None:
        for table, title in (
            (self.day_list, self.tr("当日")),
            (self.week_list, self.tr("本周")),
            (self.overdue_list, self.tr("逾期")),
        ):
            self.lists.addTab(table, title)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.month, 1)  # all the height there is: counts clear of the days
        column.addWidget(self.legend)
        column.addWidget(self.where_hint)
        column.addWidget(self.overdue_total)
        column.addWidget(self.today_button)
        column.addWidget(self.due_list_button)
        right = QWidget()
        work = QVBoxLayout(right)
        work.addWidget(self.filters)
        work.addWidget(self.empty_hint)
        work.addWidget(self.lists, 3)
        work.addWidget(self.panel, 2)
        work.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.pages.addTab(splitter, self.tr("回访日历"))
        self.pages.addTab(self.key_customer_page, self.tr("重点客户"))
        self.pages.addTab(self.rule_page, self.tr("提醒规则"))

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.month.selectionChanged.connect(self._show_lists)
        self.month.currentPageChanged.connect(lambda _y, _m: self._show_counts())
        self.today_button.clicked.connect(self.go_today)
        self.due_list_button.clicked.connect(self.open_due_list)
        self.lists.currentChanged.connect(lambda _i: self._show_current_task())
        self.card_opener.changed.connect(lambda _customer: self.refresh())  # consent: skipped
        for table in self._tables():
            # C is the page's own key (below): the list only gets the menu entry.
            self.card_opener.attach(table, lambda t=table: _customer_of(t), key=False)
            table.current_changed.connect(lambda task, t=table: self._selected_in(t, task))
            table.failed.connect(self._read_failed)
            table.doubleClicked.connect(lambda _index: self.panel.note.setFocus())
        self.day_list.loaded.connect(self._day_list_shown)
        self.panel.outcome_chosen.connect(self.act)
        self.panel.card_requested.connect(self.open_card)
        self.panel.reveal_requested.connect(self.reveal_phone)
        self.panel.booking_requested.connect(self.book_from_task)
        self.notifier.noticed.connect(self.status.setText)
        self.notifier.timer.timeout.connect(self._new_day)

    def _shortcuts(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys = {key: (lambda o=outcome: self.act(o)) for outcome, key in OUTCOME_KEYS.items()}
        keys |= {"M": self.panel.copy_message, "C": self.open_card, "T": self.go_today}
        keys |= {BOOK_KEY: self.book_from_task}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self.pages.widget(0), context=scope)
            shortcut.activated.connect(slot)

    @property
    def key_customers(self) -> KeyCustomerPanel:
        return self.key_customer_page.content()

    @property
    def rules(self) -> RuleEditor:
        return self.rule_page.content()

    def _tables(self) -> tuple[TaskTable, ...]:
        return (self.day_list, self.week_list, self.overdue_list)

    def _build_hints(self) -> None:
        """What the month's numbers mean, where a day's list is, and why one's own is empty."""
        self.legend = QLabel(self._legend_text(), objectName="monthLegend", wordWrap=True)
        self.where_hint = QLabel(
            self.tr("点选日期：当天的回访列在右侧“当日”页，本周和逾期的在旁边两页。"),
            objectName="listHint", wordWrap=True,
        )  # fmt: skip
        self.empty_hint = QLabel(objectName="emptyListHint", wordWrap=True)

    def _legend_text(self) -> str:
        """What the numbers in the month's cells mean, in the cells' own colours."""
        return (
            self.tr(
                "格内数字：<span style='color:%1'>3</span> = 3 条待办；"
                "<span style='color:%1'>2/5</span> = 5 条中 2 条待办；"
                "<span style='color:%2'>0/5</span> = 5 条都已办完；"
                "<b style='color:%3'>!2</b> = 2 条逾期未办"
            )
            .replace("%1", PENDING.name())
            .replace("%2", DONE.name())
            .replace("%3", OVERDUE.name())
        )

    # --- showing --------------------------------------------------------------------------
    def today(self):
        return self.services.clock().date()

    def _follow_desk(self, staff) -> None:
        """A consultant sees their own list first; a manager sees everyone's."""
        managers = ("sales_director", "store_manager")
        if staff is not None and staff.role not in managers:
            self.filters.select_owner(staff.id)

    def _new_day(self) -> None:
        """Left open overnight: the new day's reminders are made and shown."""
        if self.today() != self._generated_on:
            self._generate()
            self.go_today()

    def _generate(self) -> None:
        """Make the reminders that fell due, on a worker thread, acting for the person
        signed in (the services are theirs); the lists refresh when it is done."""
        self._generated_on = self.today()
        services = self.services  # the reminder service's modules load on the worker too
        started = self.jobs.start(
            "reminders", lambda _progress: services.reminders.generate(),
            self._generated, self._generation_failed,
        )  # fmt: skip
        if started is not None:
            self.status.setText(self.tr("正在生成今日提醒…"))

    def _generated(self, report) -> None:
        self.status.setText(
            self.tr("已生成 %1 条新提醒。").replace("%1", str(report.made)) if report.made else ""
        )
        self.refresh()
        self.generated.emit()

    def _generation_failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error) if isinstance(error, UserError) else str(error))
        self.generated.emit()

    def refresh(self) -> None:
        if not self.built:
            return  # its last step shows the lists
        self._show_counts()
        self._show_lists()

    @property
    def loading(self) -> bool:
        """Whether a list, the key customers' week, the month's counts or the choices of
        owner and level are still being read on a worker."""
        if not self.built:
            return True
        tables = any(table.loading for table in self._tables())
        pages = self.key_customer_page.built and self.key_customers.loading
        counting = self._counts_asked != self._counts_shown
        return tables or pages or counting or not self.choices_read

    def _show_counts(self) -> None:
        """Counted on a worker; an answer for a month or filter since left is dropped."""
        self._counts_asked += 1
        asked, calendar = self._counts_asked, self.calendar
        year, month = self.month.yearShown(), self.month.monthShown()
        filters = self.filters.current()
        run_job(
            lambda _control: calendar.month_counts(year, month, filters),
            lambda counts: self._counted(asked, counts),
            lambda error: self._counted(asked, None, error),
        )

    def _counted(self, asked: int, counts, error: Exception | None = None) -> None:
        if not isValid(self) or asked != self._counts_asked:
            return
        self._counts_shown = asked
        if counts is None:
            self._read_failed(error)
            return
        self.month.set_counts(counts)
        text = self.tr("逾期未办：%1 条").replace("%1", str(counts.overdue_total))
        colour = "#c62828" if counts.overdue_total else "#2e7d32"
        self.overdue_total.setText(f"<span style='color:{colour}'>{text}</span>")
        self.lists.setTabText(2, self.tr("逾期 (%1)").replace("%1", str(counts.overdue_total)))

    def _show_lists(self) -> None:
        day, filters = self.month.selected_day(), self.filters.current()
        queries = (
            TaskQuery.day(day, filters),
            TaskQuery.week(day, filters),
            TaskQuery.overdue(self.today(), filters),
        )
        self._listed_day = day
        for table, query in zip(self._tables(), queries, strict=True):
            table.show_query(query, table.current_row_number())

    def _day_list_shown(self) -> None:
        day = self._listed_day
        self.lists.setTabText(
            0,
            self.tr("当日 %1 (%2)")
            .replace("%1", f"{day:%m-%d}")
            .replace("%2", str(self.day_list.model_.total)),
        )
        self._hint_if_mine_is_empty(day)
        self._show_current_task()

    def _read_failed(self, error: BaseException | None) -> None:
        self.status.setText(error_text(error) if isinstance(error, UserError) else str(error))

    def _hint_if_mine_is_empty(self, day) -> None:
        """One's own list empty: say so, and where everyone's is."""
        staff = self.desk.staff
        mine = staff is not None and self.filters.owner.currentData() == staff.id
        empty = mine and self.day_list.model_.total == 0
        self.empty_hint.setVisible(empty)
        if empty:
            self.empty_hint.setText(
                self.tr("%1 没有您的回访任务。要看全店的，请在“负责人”中选“全部负责人”。").replace(
                    "%1", f"{day:%Y-%m-%d}"
                )
            )

    def current_table(self) -> TaskTable:
        return self._tables()[max(self.lists.currentIndex(), 0)]

    def _show_current_task(self) -> None:
        self._task_selected(self.current_table().current_task())

    def _task_selected(self, task) -> None:
        self.panel.show_task(task, self.today())

    def _selected_in(self, table: TaskTable, task) -> None:
        """The lists arrive in any order: only the one in front chooses the panel's task."""
        if table is self.current_table():
            self._task_selected(task)

    def go_today(self) -> None:
        self.month.setSelectedDate(QDate(self.today()))
        self.lists.setCurrentIndex(0)
        self.refresh()
        self.current_table().setFocus()

    def open_due_list(self) -> None:
        """The month-end due list, in its own window beside the calendar."""
        if self.due_list_dialog is None:
            self.due_list_dialog = due_list_dialog(self.services, self)
        else:
            self.due_list_dialog.refresh()
        self.due_list_dialog.show()

    # --- acting ---------------------------------------------------------------------------
    def act(self, outcome: str) -> None:
        task = self.panel.task
        if task is None or not task.is_open:
            return
        staff = self.desk.staff
        action = TaskAction(
            task_id=task.id,
            outcome=outcome,
            staff_id=staff.id if staff else None,
            note=self.panel.note.text(),
            version=task.version,
            new_date=self.panel.chosen_date() if outcome in DATED_OUTCOMES else None,
            new_level=self.panel.chosen_level() if task.customer_id is not None else None,
            next_follow_up=self.panel.chosen_next(),
            rsvp=self.panel.chosen_rsvp(),
        )
        try:
            result = self.calendar.act(action)
        except UserError as error:
            show_user_error(self, error)
            self.panel.note.setFocus()
            return
        self.status.setText(self._done_text(result))
        self.refresh()
        self.current_table().setFocus()

    def _done_text(self, result: ActResult) -> str:
        task = result.task
        text = self.tr("已记录：%1 %2").replace("%1", task.customer or "")
        text = text.replace("%2", status_label(task.status))
        if result.next_task_id is not None:
            following = self.calendar.task(result.next_task_id)
            text += self.tr("；下次联系 %1").replace("%1", f"{following.due_date:%Y-%m-%d}")
        return text

    def book_from_task(self) -> None:
        """The reminder answered by a booking, in one step: the booking dialog comes with
        the car, the work and the advisor; saving it completes the task as 已预约."""
        task = self.panel.task
        if not self.panel.can_book(task):
            return
        book = self.services.appointments
        try:
            if not book.may_book:
                raise PermissionDenied(Permission.BOOK_APPOINTMENTS)
            offer = book.follow_up(task.id)
        except UserError as error:
            show_user_error(self, error)
            return
        dialog: BookingDialog = booking_dialog(self.services, follow_up=offer, parent=self)
        dialog.accepted.connect(lambda: self._booked(dialog))
        self.booking_dialog = dialog
        dialog.open()
        dialog.activateWindow()  # the keyboard goes on in the dialog: Enter books

    def _booked(self, dialog: BookingDialog) -> None:
        booking = dialog.booked
        if booking is None:
            return
        text = self.tr("已预约：%1 %2 到店").replace("%1", booking.customer)
        self.status.setText(text.replace("%2", f"{booking.start:%m-%d %H:%M}"))
        self.refresh()
        self.current_table().setFocus()

    def reveal_phone(self) -> None:
        task = self.panel.task
        if task is None or task.customer_id is None:
            return
        try:
            phone = self.services.customers.reveal_mobile(task.customer_id)
        except UserError as error:
            show_user_error(self, error)
            return
        self.panel.show_phone(phone or "")

    def open_card(self) -> None:
        """C or the button: the selected task's customer in the 360° card."""
        task = self.panel.task
        if task is None or task.customer_id is None:
            return
        self.card_opener.open(task.customer_id)
        self.card_dialog = self.card_opener.window


def _customer_of(table: TaskTable) -> int | None:
    task = table.current_task()
    return task.customer_id if task is not None else None
