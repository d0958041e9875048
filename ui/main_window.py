"""The main window: one tab per desk, a status bar with the database and who is signed in."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from importlib.util import resolve_name
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.errors import UserError
from app.permissions import Actor, NotSignedIn, Permission, PermissionDenied
from app.rules.complaints_clock import china_calendar_loaded, load_china_calendar
from app.services.container import AppServices, Store

from .changes import ChangeWatcher
from .crash import show_user_error
from .desk import DeskSession
from .heap import collect_from_now_on, keep_out_of_collections, release_for_collection
from .jobs import run_in_turn
from .sign_in import SignInDialog
from .widgets.build_steps import BuildSteps, in_a_turn_of_its_own
from .window_geometry import remember, screen_size, show_fitted

if TYPE_CHECKING:
    from .appointments.late_notifier import LateCarNotifier
    from .complaints.escalation_badge import EscalationBadge
    from .setup.wizard import FirstRunWizard

TabFactory = Callable[[AppServices, DeskSession], QWidget]


@dataclass(frozen=True)
class LazyTab:
    """A tab's class by module and name, imported when the tab is first shown: a launch
    loads only its first tab's module (the board's charts and PDF preview, the calendar's
    Excel export, … wait until someone opens theirs)."""

    module: str  # relative to the ui package
    name: str

    def load(self) -> type[QWidget]:
        """The tab's class, its module imported now (on a worker, when a tab is clicked)."""
        tab_class: type[QWidget] = getattr(import_module(self.module, __package__), self.name)
        return tab_class

    @property
    def imported(self) -> bool:
        return resolve_name(self.module, __package__) in sys.modules

    def __call__(self, services: AppServices, desk: DeskSession) -> QWidget:
        return self.load()(services, desk)


def when_opened(module: str, name: str) -> Any:
    """A dialog's class (or function) of the 管理 menu, its module imported when it is
    first opened: the setup dialogs' modules are tens of ms of a launch."""
    return getattr(import_module(module, __package__), name)


RECEPTION = LazyTab(".reception.tab", "ReceptionTab")
SALES = LazyTab(".sales.tab", "SalesTab")
CALENDAR = LazyTab(".calendar.tab", "CalendarTab")
SERVICE = LazyTab(".service.tab", "ServiceTab")
APPOINTMENTS = LazyTab(".appointments.tab", "AppointmentTab")
COMPLAINTS = LazyTab(".complaints.tab", "ComplaintDesk")
SEGMENTS = LazyTab(".segments.tab", "SegmentTab")
CAMPAIGNS = LazyTab(".campaigns.tab", "CampaignTab")
BOARD = LazyTab(".board.tab", "BoardTab")


def tab_factories(window: QWidget, services: AppServices) -> list[tuple[str, TabFactory]]:
    """The desks of the person signed in, in the order the tabs appear.

    Titles go through translate("MainWindow", …), not window.tr(): lupdate would file
    window.tr() under a context named "window", which never matches at run time."""
    return [
        (QCoreApplication.translate("MainWindow", "展厅接待"), RECEPTION),
        (QCoreApplication.translate("MainWindow", "订单与交车"), SALES),
        (QCoreApplication.translate("MainWindow", "回访日历"), CALENDAR),
        (QCoreApplication.translate("MainWindow", "售后接车"), SERVICE),
        (QCoreApplication.translate("MainWindow", "售后预约"), APPOINTMENTS),
        (QCoreApplication.translate("MainWindow", "客户投诉"), COMPLAINTS),
        *_segment_tab(services.actor),
        *_campaign_tab(services.actor),
        *_board_tab(services.actor),
    ]


def _board_tab(actor: Actor | None) -> list[tuple[str, TabFactory]]:
    """The managers' board only for those who may read it (the service refuses others)."""
    if actor is None or not actor.can(Permission.VIEW_BOARD):
        return []
    return [(QCoreApplication.translate("MainWindow", "经营看板"), BOARD)]


def _segment_tab(actor: Actor) -> list[tuple[str, TabFactory]]:
    """Customer lists are personal data: the builder only for who may filter (asked of
    the actor: the segment service's module waits until the tab is opened)."""
    if not actor.may_filter_customers():
        return []
    return [(QCoreApplication.translate("MainWindow", "客户筛选"), SEGMENTS)]


def _campaign_tab(actor: Actor | None) -> list[tuple[str, TabFactory]]:
    if actor is None or not actor.can(Permission.RUN_CAMPAIGNS):
        return []
    return [(QCoreApplication.translate("MainWindow", "活动邀约"), CAMPAIGNS)]


def _placeholder() -> QWidget:
    """A tab not opened yet; it says so while its module is being imported."""
    placeholder = QWidget()
    label = QLabel(QCoreApplication.translate("MainWindow", "正在打开…"), placeholder)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    QHBoxLayout(placeholder).addWidget(label)
    return placeholder


class FirstPaint(QObject):
    """Emits `painted` once, when the widget it watches is first painted."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.painted.emit()
        return False


class MainWindow(QMainWindow):
    """Tabs exist only for someone signed in. Each sign-in builds that person's services
    and their tabs afresh (each tab when first shown): switching user leaves nothing of
    the last person on screen, and no widget keeps a service acting for them."""

    first_tab_painted = Signal()  # after a sign-in, its first tab is on screen

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store, self.clock = store, store.clock
        self.auth = store.auth()
        self.services: AppServices | None = None
        self.desk = DeskSession(self)
        self.setWindowTitle(self.tr("DealerDesk 4S 店前台"))
        self.resize(screen_size())  # until show_on_screen() places it
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._open_tab)
        self._factories: dict[QWidget, TabFactory] = {}
        self._loading: set[QWidget] = set()  # placeholders whose tab's module is importing
        self.first_tab_shown = False  # since the last sign-in
        self.audit_dialog: QDialog | None = None
        self.late_cars: LateCarNotifier | None = None
        self.setCentralWidget(self.tabs)
        self.watcher = ChangeWatcher(store.changes(), self)
        self._build_status_bar()
        self._build_menu()
        self.desk.staff_changed.connect(self._rebuild_for)
        self.tabs.setVisible(False)
        self.watcher.start()

    def show_on_screen(self) -> None:
        """Open as last left on this screen, the first time filling its available area."""
        show_fitted(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        remember(self)
        super().closeEvent(event)

    # --- the desks of the signed-in person ------------------------------------------------
    def _rebuild_for(self, _staff) -> None:
        self._clear_desks()
        actor = self.desk.actor
        self.tabs.setVisible(actor is not None)
        if actor is None:
            return
        self.services = self.store.acting_as(actor)
        for title, factory in tab_factories(self, self.services):
            placeholder = _placeholder()
            self._factories[placeholder] = factory
            self.tabs.addTab(placeholder, title)
        self._build_tab(self.tabs.currentIndex())
        self.first_tab_shown = False
        if (first := self.tabs.currentWidget()) is not None:
            self._first_paint = FirstPaint(first)  # referenced: its filter stays in Python
            self._first_paint.painted.connect(self._first_tab_shown)

    def _first_tab_shown(self) -> None:
        self.first_tab_shown = True
        collect_from_now_on()
        self.first_tab_painted.emit()
        QTimer.singleShot(0, self._watch_for_the_desk)  # after ui.ready had its say
        QTimer.singleShot(0, self._load_working_days)

    def _watch_for_the_desk(self) -> None:
        """The overdue-complaint count and the late-car notices for whoever is signed in,
        once their first tab is on screen: the modules and the count's query would hold
        it back ~0.1 s."""
        if self.services is None or self.badge is not None:
            return  # signed out meanwhile, or made already
        from .appointments.late_notifier import LateCarNotifier
        from .complaints.escalation_badge import EscalationBadge

        self.badge = EscalationBadge(self.services, self.desk)
        self.badge_slot.layout().addWidget(self.badge)
        self.late_cars = LateCarNotifier(self.services.workshop, self.clock, self.desk, self)

    @staticmethod
    def _load_working_days() -> None:
        """China's holiday calendar, on a worker once the first tab is on screen: the
        booking and complaint tabs count working days with it, and its first import would
        hold the UI thread ~0.2 s. In turn with the tabs' modules (all imports)."""
        if not china_calendar_loaded():
            run_in_turn(lambda _job: load_china_calendar(), lambda _done: None, lambda _error: None)

    def _clear_desks(self) -> None:
        release_for_collection()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        self.tabs.blockSignals(False)
        self._factories.clear()
        self._loading.clear()
        if self.badge is not None:
            self.badge.deleteLater()
            self.badge = None
        if self.late_cars is not None:
            self.late_cars.timer.stop()
            self.late_cars.deleteLater()
            self.late_cars = None
        self._close_audit_dialog()
        self.statusBar().clearMessage()  # a callback notice names the last person's customer
        self.services = None

    def _close_audit_dialog(self) -> None:
        """The audit trail was opened for the last person (a manager): it goes with them."""
        if self.audit_dialog is not None:
            self.audit_dialog.close()
            self.audit_dialog.deleteLater()
            self.audit_dialog = None

    def _open_tab(self, index: int) -> None:
        """A tab clicked for the first time: its module (with its panels' and services'
        modules, ~0.1-0.3 s) is imported on a worker while the tab says it is opening; the
        tab is built when it is there, whether or not it is still the one in front."""
        placeholder = self.tabs.widget(index)
        factory = self._factories.get(placeholder)
        if placeholder in self._loading:
            return  # built when its module is there
        load = getattr(factory, "load", None)
        if load is None or getattr(factory, "imported", True):
            self._build_tab(index)
            return
        self._loading.add(placeholder)
        # One tab's modules at a time, in the order clicked (with the holiday calendar's):
        # every worker importing beside the reminder run takes the interpreter from the UI
        # thread more often.
        run_in_turn(
            lambda _job: load(),
            lambda _tab_class: self._loaded(placeholder),
            lambda _error: self._loaded(placeholder),  # built on the UI thread: it says why
        )

    def _loaded(self, placeholder: QWidget) -> None:
        """Built in a turn of its own: tabs whose modules arrive together take turns."""
        if placeholder not in self._loading:
            return  # signed out meanwhile, or built already (window.tab())
        self._loading.discard(placeholder)
        in_a_turn_of_its_own(placeholder, lambda: self._build_in_place_of(placeholder))

    def _build_in_place_of(self, placeholder: QWidget) -> None:
        if (index := self.tabs.indexOf(placeholder)) >= 0:
            self._build_tab(index, in_front=self.tabs.currentWidget() is placeholder)

    def _build_tab(self, index: int, in_front: bool = True) -> None:
        placeholder = self.tabs.widget(index)
        factory = self._factories.pop(placeholder, None)
        if factory is None or self.services is None:
            return
        self._loading.discard(placeholder)
        tab = factory(self.services, self.desk)
        title, front = self.tabs.tabText(index), self.tabs.currentWidget()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, title)
        self.tabs.setCurrentWidget(tab if in_front else front)  # a tab built behind stays so
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._connect_refreshes(tab)
        keep_out_of_collections()  # the tab lives as long as the desk

    def tab(self, index: int) -> QWidget:
        """The tab at `index`, built (all its steps) if it was not shown yet."""
        self._build_tab(index)
        tab = self.tabs.widget(index)
        if isinstance(steps := getattr(tab, "steps", None), BuildSteps):
            steps.run_all()
        return tab

    def _connect_refreshes(self, tab: QWidget) -> None:
        """Tabs that show what another workstation may add refresh when it arrives."""
        signals = {
            "refresh_walk_ins": self.watcher.walk_ins_changed,
            "refresh_check_ins": self.watcher.check_ins_changed,
            "refresh_complaints": self.watcher.complaints_changed,
        }
        for method, signal in signals.items():
            if hasattr(tab, method):
                signal.connect(getattr(tab, method))

    # --- frame -------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("数据库：%1").replace("%1", self.store.describe())))
        self.badge: EscalationBadge | None = None
        self.badge_slot = QWidget()  # the signed-in person's escalation count, if any
        self.badge_slot.setLayout(QHBoxLayout())
        self.badge_slot.layout().setContentsMargins(0, 0, 0, 0)
        bar.addPermanentWidget(self.badge_slot)
        self.staff_label = QLabel(objectName="signedInStaff")
        self.switch_button = QPushButton(self.tr("切换用户"), objectName="switchUser")
        self.switch_button.clicked.connect(self.ask_sign_in)
        bar.addPermanentWidget(self.staff_label)
        bar.addPermanentWidget(self.switch_button)
        self.desk.staff_changed.connect(self._show_staff)
        self._show_staff(None)

    def _show_staff(self, staff) -> None:
        name = staff.name if staff else self.tr("未登录")
        self.staff_label.setText(self.tr("当前员工：%1").replace("%1", name))

    def _build_menu(self) -> None:
        manage = self.menuBar().addMenu(self.tr("管理"))
        self._add_setup_actions(manage)
        manage.addSeparator()
        self.audit_action = manage.addAction(self.tr("操作日志…"))
        self.audit_action.triggered.connect(self.show_audit)
        self.import_action = manage.addAction(self.tr("导入客户…"))
        self.import_action.triggered.connect(self.import_customers)
        self.restore_action = manage.addAction(self.tr("从备份恢复…"))
        self.restore_action.triggered.connect(self.restore_from_backup)

    def _add_setup_actions(self, manage) -> None:
        today = lambda: self.clock().date()  # noqa: E731
        dialog = when_opened
        opens: list[tuple[str, Permission | None, Callable[[AppServices], QDialog]]] = [
            (self.tr("门店信息…"), Permission.EDIT_SETTINGS,
             lambda s: dialog(".setup.store_profile", "StoreProfileDialog")(
                 s.store_profile, today(), self)),
            (self.tr("员工账号…"), Permission.MANAGE_USERS,
             lambda s: dialog(".setup.staff", "StaffDialog")(s.staff_admin, self)),
            (self.tr("车型库…"), Permission.EDIT_SETTINGS,
             lambda s: dialog(".setup.catalogue", "CatalogueDialog")(s.catalogue, self)),
            (self.tr("系统设置…"), Permission.EDIT_SETTINGS,
             lambda s: dialog(".setup.settings_dialog", "SettingsDialog")(s.settings, self)),
            (self.tr("修改密码…"), None,
             lambda s: dialog(".setup.password", "ChangePasswordDialog")(s.auth, s.actor, self)),
        ]  # fmt: skip
        self.setup_actions = []
        for title, permission, build in opens:
            action = manage.addAction(title)
            action.triggered.connect(lambda _=False, p=permission, b=build: self.open_setup(p, b))
            self.setup_actions.append(action)

    def open_setup(
        self, permission: Permission | None, build: Callable[[AppServices], QDialog]
    ) -> None:
        """A 管理 dialog for the person signed in; the service checks the permission
        again on every change."""
        try:
            if self.services is None:
                raise NotSignedIn()
            if permission is not None:
                self.services.actor.require(permission)
            dialog = build(self.services)
        except UserError as error:
            show_user_error(self, error)
            return
        dialog.open()
        self.setup_dialog = dialog

    def restore_from_backup(self) -> None:
        restore = when_opened(".restore_dialog", "restore_from_backup")
        restore(self, self.store, self.desk.actor, self.clock())

    def show_audit(self) -> None:
        actor = self.desk.actor
        try:
            if actor is None:
                raise PermissionDenied(Permission.VIEW_AUDIT)
            from .audit_view import AuditDialog  # a manager's, now and then: when opened

            dialog = AuditDialog(self.store.audit(), actor, self.clock().date(), self)
        except UserError as error:
            show_user_error(self, error)
            return
        self._close_audit_dialog()
        dialog.open()
        self.audit_dialog = dialog

    def import_customers(self) -> None:
        """管理 → 导入客户…: the wizard, for someone allowed to bring lists in."""
        try:
            if self.services is None:
                raise PermissionDenied(Permission.IMPORT_CUSTOMERS)
            self.services.actor.require(Permission.IMPORT_CUSTOMERS)
        except UserError as error:
            show_user_error(self, error)
            return
        from .importing.wizard import ImportWizard  # its pages and file readers: when asked

        self.import_wizard = ImportWizard(self.services.customer_import, self)
        self.import_wizard.open()

    def lock_until_signed_in(self) -> None:
        """Nothing of the customers shows before someone signs in (no tabs exist then)."""
        self.tabs.setVisible(self.desk.actor is not None)

    def sign_in(self, actor: Actor | None) -> None:
        self.desk.sign_in(actor)

    def _first_run_done(self, wizard: FirstRunWizard) -> None:
        """Finished or closed: once the manager's account exists, they are signed in."""
        if wizard.actor is not None:
            self.sign_in(wizard.actor)

    def ask_sign_in(self) -> None:
        """Non-modal over the window. Whoever was signed in leaves first: nothing of theirs
        waits behind the dialog. On a new database the first-run wizard sets the store up
        and creates its manager, who is signed in when it closes."""
        self.sign_in(None)
        collect_from_now_on()  # the window is up, someone is about to type
        if self.auth.needs_first_admin():
            wizard = when_opened(".setup.wizard", "FirstRunWizard")(self.store, self)
            wizard.finished.connect(lambda _result: self._first_run_done(wizard))
            wizard.open()
            self.sign_in_dialog: QDialog = wizard
            return
        dialog = SignInDialog(self.auth, self)
        dialog.accepted.connect(lambda: self.sign_in(dialog.actor))
        dialog.open()
        self.sign_in_dialog = dialog
