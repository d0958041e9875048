"""The main window: one tab per desk, a status bar with the database and the staff member."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QWidget

from app.services.container import AppServices

from .desk import DeskSession
from .reception.tab import ReceptionTab

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
        (QCoreApplication.translate("MainWindow", "回访日历"), ComingSoon),
        (QCoreApplication.translate("MainWindow", "售后接车"), ComingSoon),
        (QCoreApplication.translate("MainWindow", "客户投诉"), ComingSoon),
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

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("数据库：%1").replace("%1", self.services.db.describe())))
        bar.addPermanentWidget(QLabel(self.tr("当前员工：")))
        self.staff_picker = QComboBox()
        self.staff_picker.setObjectName("staffPicker")
        self.staff_picker.addItem(self.tr("（请选择）"), None)
        for member in self.services.directory.staff():
            self.staff_picker.addItem(f"{member.name}", member)
        self.staff_picker.currentIndexChanged.connect(
            lambda _i: self.desk.set_staff(self.staff_picker.currentData())
        )
        bar.addPermanentWidget(self.staff_picker)
