"""Acting on the selected task, keyboard first: one key per outcome (1-5), with the note,
the date (reschedule / next attempt) and the intent level learnt, from any follow-up of a
customer (an SMS answered as much as a call)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.rules.appointments import BOOKABLE_FOLLOW_UPS
from app.rules.campaigns import EVENT_TASK, RSVP_LABELS, Rsvp
from app.rules.intent import IntentLevel
from app.services.calendar import TaskRow

from ..i18n import app_label
from ..widgets.dates import iso

# outcome -> key; the keys are printed on the buttons so nobody has to guess.
OUTCOME_KEYS = {"reached": "1", "not_reached": "2", "rescheduled": "3", "done": "4", "skipped": "5"}
BOOK_KEY = "6"  # a maintenance, recall, dormant or declined-work call answered by a booking


class ActionPanel(QGroupBox):
    outcome_chosen = Signal(str)
    card_requested = Signal()
    reveal_requested = Signal()
    booking_requested = Signal()

    def __init__(self, levels: list[IntentLevel], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("处理回访"), parent)
        self.task: TaskRow | None = None
        self.heading = QLabel(objectName="taskHeading")
        self.message = QPlainTextEdit(objectName="taskMessage", readOnly=True)
        self.message.setMaximumHeight(70)
        self.copy_button = QPushButton(self.tr("复制短信/微信 (M)"), objectName="copyMessage")
        self.card_button = QPushButton(self.tr("客户全景 (C)"), objectName="cardButton")
        self.reveal_button = QPushButton(self.tr("显示号码"), objectName="revealPhone")
        self.note = QLineEdit(objectName="outcomeNote")
        self.note.setPlaceholderText(self.tr("结果备注（跳过须写原因）"))
        self.new_date = QDateEdit(objectName="newDate", calendarPopup=True)
        iso(self.new_date)
        self.level = QComboBox(objectName="newLevel")
        self.set_levels(levels)
        self.rsvp = QComboBox(objectName="taskRsvp")  # an event invitation's answer
        self.rsvp.addItem(self.tr("（未答复）"), None)
        for answer in (Rsvp.ACCEPTED, Rsvp.DECLINED):
            self.rsvp.addItem(app_label("Campaigns", RSVP_LABELS[answer]), answer.value)
        self.pick_next = QCheckBox(self.tr("指定下次跟进"), objectName="pickNext")
        self.next_date = QDateEdit(objectName="nextDate", calendarPopup=True)
        iso(self.next_date)
        labels = {
            "reached": self.tr("已联系"),
            "not_reached": self.tr("未接通"),
            "rescheduled": self.tr("改期"),
            "done": self.tr("已完成"),
            "skipped": self.tr("跳过"),
        }
        self.buttons = {
            outcome: QPushButton(f"{key} {labels[outcome]}", objectName=f"act_{outcome}")
            for outcome, key in OUTCOME_KEYS.items()
        }
        label = self.tr("%1 预约到店").replace("%1", BOOK_KEY)
        self.book_button = QPushButton(label, objectName="bookFromTask")
        self._layout()
        self._connect()
        self.show_task(None, date.today())

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("备注"), self.note)
        form.addRow(self.tr("改期/再联系日期"), self.new_date)
        form.addRow(self.tr("意向级别"), self.level)
        form.addRow(self.tr("邀约回复"), self.rsvp)
        self.form = form
        next_row = QHBoxLayout()
        next_row.addWidget(self.pick_next)
        next_row.addWidget(self.next_date)
        form.addRow(next_row)
        outcomes = QHBoxLayout()
        for button in self.buttons.values():
            outcomes.addWidget(button)
        outcomes.addWidget(self.book_button)
        tools = QHBoxLayout()
        tools.addWidget(self.copy_button)
        tools.addWidget(self.card_button)
        tools.addWidget(self.reveal_button)
        tools.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(tools)
        layout.addLayout(form)
        layout.addLayout(outcomes)
        hint = self.tr("快捷键：在列表中按 1-5 记录结果，6 预约到店，M 复制消息，C 打开客户档案")
        layout.addWidget(QLabel(hint, objectName="shortcutHint"))

    def _connect(self) -> None:
        for outcome, button in self.buttons.items():
            button.clicked.connect(lambda _=False, o=outcome: self.outcome_chosen.emit(o))
        self.copy_button.clicked.connect(self.copy_message)
        self.card_button.clicked.connect(self.card_requested.emit)
        self.reveal_button.clicked.connect(self.reveal_requested.emit)
        self.book_button.clicked.connect(self.booking_requested.emit)
        self.pick_next.toggled.connect(self.next_date.setEnabled)

    def set_levels(self, levels: list[IntentLevel]) -> None:
        """The intent levels to choose from (read on a worker: none until they arrive)."""
        self.level.clear()
        self.level.addItem(self.tr("（级别不变）"), None)
        for level in levels:
            self.level.addItem(app_label("Sales", level.label), level.code)

    def show_task(self, task: TaskRow | None, today: date) -> None:
        self.task = task
        enabled = task is not None and task.is_open
        for widget in (*self.buttons.values(), self.note, self.new_date, self.pick_next):
            widget.setEnabled(enabled)
        self.level.setEnabled(enabled and task is not None and task.customer_id is not None)
        self.copy_button.setEnabled(task is not None and bool(task.message))
        self.card_button.setEnabled(task is not None and task.customer_id is not None)
        self.reveal_button.setEnabled(task is not None and bool(task.phone))
        self.book_button.setEnabled(self.can_book(task))
        self.form.setRowVisible(self.rsvp, task is not None and task.kind == EVENT_TASK)
        self.rsvp.setEnabled(enabled)
        self._reset_inputs(today)
        self.heading.setText(self._heading(task))
        self.message.setPlainText(task.message or "" if task else "")

    def _reset_inputs(self, today: date) -> None:
        self.note.clear()
        self.level.setCurrentIndex(0)
        self.rsvp.setCurrentIndex(0)
        self.new_date.setMinimumDate(QDate(today))
        self.new_date.setDate(QDate(today + timedelta(days=1)))
        self.pick_next.setChecked(False)
        self.next_date.setEnabled(False)
        self.next_date.setMinimumDate(QDate(today))
        self.next_date.setDate(QDate(today + timedelta(days=7)))

    def _heading(self, task: TaskRow | None) -> str:
        if task is None:
            return self.tr("请在左侧列表中选择一条回访。")
        who = f"{task.customer or ''} {task.phone or ''}".strip()
        kind = app_label("FollowUps", task.kind_label)
        return f"<b>{kind}</b>　{who}　{task.due_date:%Y-%m-%d}"

    @staticmethod
    def can_book(task: TaskRow | None) -> bool:
        """An open reminder whose best outcome is a booking (it ends "欢迎预约")."""
        return task is not None and task.is_open and task.kind in BOOKABLE_FOLLOW_UPS

    def show_phone(self, phone: str) -> None:
        """The whole number, once revealed (the reveal is audited by the service)."""
        if self.task is not None:
            masked = self.task.phone or ""
            self.heading.setText(self._heading(self.task).replace(masked, phone, 1))

    def copy_message(self) -> None:
        if self.task and self.task.message:
            QGuiApplication.clipboard().setText(self.task.message)

    # --- what the person chose --------------------------------------------------------
    def chosen_date(self) -> date:
        return self.new_date.date().toPython()

    def chosen_level(self) -> str | None:
        return self.level.currentData()

    def chosen_rsvp(self) -> str | None:
        """What the customer answered an invitation (None: not asked, or not a campaign's)."""
        return self.rsvp.currentData() if self.form.isRowVisible(self.rsvp) else None

    def chosen_next(self) -> date | None:
        return self.next_date.date().toPython() if self.pick_next.isChecked() else None

    @staticmethod
    def key_for(outcome: str) -> QKeySequence:
        return QKeySequence(OUTCOME_KEYS[outcome])
