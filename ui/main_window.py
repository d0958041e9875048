"""The main window: one tab per desk, a status bar with the database and who is signed in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QTabWidget, QWidget

from app.errors import UserError
from app.permissions import Permission, PermissionDenied
from app.services.container import AppServices

from .audit_view import AuditDialog
from .calendar.tab import CalendarTab
from .changes import ChangeWatcher
from .complaints.escalation_badge import EscalationBadge
from .complaints.tab import ComplaintDesk
from .crash import show_user_error
from .desk import DeskSession
from .reception.tab import ReceptionTab
from .restore_dialog import restore_from_backup
from .sales.tab import SalesTab
from .service.tab import ServiceTab
from .sign_in import FirstAdminDialog, SignInDialog

TabFactory = Callable[[AppServices, DeskSession], QWidget]


class ComingSoon(QLabel):
    def __init__(self, _services: AppServices, _desk: DeskSession) -> None:
        super().__init__(self.tr("即将推出"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


def tab_factories(window: QWidget) -> list[tuple[str, TabFactory]]:
    """The desks, in the order the tabs appear.

    Titles go through translate("MainWindow", …), not window.tr(): lupdate would file
    window.tr() under a context named "window", which never matches at run time."""
    return [
        (QCoreApplication.translate("MainWindow", "展厅接待"), ReceptionTab),
        (QCoreApplication.translate("MainWindow", "订单与交车"), SalesTab),
        (QCoreApplication.translate("MainWindow", "回访日历"), CalendarTab),
        (QCoreApplication.translate("MainWindow", "售后接车"), ServiceTab),
        (QCoreApplication.translate("MainWindow", "客户投诉"), ComplaintDesk),
    ]


class MainWindow(QMainWindow):
    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.services = services
        self.desk = DeskSession(self)
        self.setWindowTitle(self.tr("DealerDesk 4S 店前台"))
        self.resize(1280, 800)
        self.tabs = QTabWidget()
        for title, factory in tab_factories(self):
            self.tabs.addTab(factory(services, self.desk), title)
        self.setCentralWidget(self.tabs)
        self._build_status_bar()
        self._build_menu()
        self.watcher = ChangeWatcher(services.changes, self)
        self._connect_refreshes()
        self.watcher.start()

    def _connect_refreshes(self) -> None:
        """Tabs that show what another workstation may add refresh when it arrives."""
        signals = {
            "refresh_walk_ins": self.watcher.walk_ins_changed,
            "refresh_check_ins": self.watcher.check_ins_changed,
            "refresh_complaints": self.watcher.complaints_changed,
        }
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            for method, signal in signals.items():
                if hasattr(tab, method):
                    signal.connect(getattr(tab, method))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("数据库：%1").replace("%1", self.services.db.describe())))
        self.staff_label = QLabel(objectName="signedInStaff")
        self.switch_button = QPushButton(self.tr("切换用户"), objectName="switchUser")
        self.switch_button.clicked.connect(self.ask_sign_in)
        bar.addPermanentWidget(EscalationBadge(self.services, self.desk))
        bar.addPermanentWidget(self.staff_label)
        bar.addPermanentWidget(self.switch_button)
        self.desk.staff_changed.connect(self._show_staff)
        self._show_staff(None)

    def _show_staff(self, staff) -> None:
        name = staff.name if staff else self.tr("未登录")
        self.staff_label.setText(self.tr("当前员工：%1").replace("%1", name))

    def _build_menu(self) -> None:
        manage = self.menuBar().addMenu(self.tr("管理"))
        self.audit_action = manage.addAction(self.tr("操作日志…"))
        self.audit_action.triggered.connect(self.show_audit)
        self.restore_action = manage.addAction(self.tr("从备份恢复…"))
        self.restore_action.triggered.connect(
            lambda: restore_from_backup(
                self, self.services.db, self.desk.actor, self.services.clock()
            )
        )

    def show_audit(self) -> None:
        actor = self.desk.actor
        try:
            if actor is None:
                raise PermissionDenied(Permission.VIEW_AUDIT)
            dialog = AuditDialog(self.services.audit, actor, self.services.clock().date(), self)
        except UserError as error:
            show_user_error(self, error)
            return
        dialog.open()
        self.audit_dialog = dialog

    def lock_until_signed_in(self) -> None:
        """Nothing of the customers shows before someone signs in."""
        self.tabs.setVisible(self.desk.staff is not None)
        self.desk.staff_changed.connect(self._unlock)

    def _unlock(self, staff) -> None:
        self.tabs.setVisible(staff is not None)
        for index in range(self.tabs.count()):
            refresh = getattr(self.tabs.widget(index), "refresh", None)
            if staff is not None and callable(refresh):
                refresh()  # lists loaded before sign-in are shown as this person may see them

    def ask_sign_in(self) -> None:
        """Non-modal over the window: the first run creates the store manager first."""
        auth = self.services.auth
        dialog = (
            FirstAdminDialog(auth, self) if auth.needs_first_admin() else SignInDialog(auth, self)
        )
        dialog.accepted.connect(lambda: self.desk.sign_in(dialog.actor))
        dialog.open()
        self.sign_in_dialog = dialog
