"""管理 → 门店信息: name, address, phone, logo, business hours and the store's own
closed and working days. The same form is the first page of the first-run wizard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.store_profile import DEFAULT_LOGO, StoreProfile, StoreProfileService

from ..i18n import error_text
from ..widgets.dates import iso
from ..widgets.field_errors import ERROR_STYLE, FieldErrors
from ..widgets.file_dialogs import ask_open_path


class DaysEditor(QWidget):
    """A short list of dates: pick one, add it; select one, remove it."""

    def __init__(self, name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.day = iso(QDateEdit(QDate(today), calendarPopup=True))
        self.days = QListWidget(maximumHeight=64)
        self.days.setFlow(QListWidget.Flow.LeftToRight)
        self.days.setWrapping(True)
        add = QPushButton(self.tr("添加"), objectName=f"{name}Add")
        remove = QPushButton(self.tr("删除"), objectName=f"{name}Remove")
        add.clicked.connect(lambda: self.set_days([*self.values(), self.day.date().toPython()]))
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        for widget in (self.day, add, remove):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.days)

    def values(self) -> list[date]:
        return [date.fromisoformat(self.days.item(i).text()) for i in range(self.days.count())]

    def set_days(self, days: list[date]) -> None:
        self.days.clear()
        self.days.addItems([d.isoformat() for d in sorted(set(days))])

    def _remove_selected(self) -> None:
        for item in self.days.selectedItems():
            self.days.takeItem(self.days.row(item))


class StoreProfileForm(QWidget):
    """The profile's fields; `save()` writes them through the service (manager only)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(objectName="storeName")
        self.address = QLineEdit(objectName="storeAddress")
        self.phone = QLineEdit(objectName="storePhone")
        self.opening = QTimeEdit(objectName="openingTime", displayFormat="HH:mm")
        self.closing = QTimeEdit(objectName="closingTime", displayFormat="HH:mm")
        self.closed_days = DaysEditor("closedDays", today)
        self.open_days = DaysEditor("openDays", today)
        self.logo = QLabel(objectName="logoPreview", minimumSize=QSize(64, 64), maximumHeight=64)
        self.logo_file: Path | None = None  # chosen, not yet saved
        self.logo_cleared = False
        self.message = QLabel(objectName="profileMessage", styleSheet=ERROR_STYLE, wordWrap=True)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row("store.name", self.tr("门店名称"), self.name)
        self.errors.add_row("store.address", self.tr("地址"), self.address)
        self.errors.add_row("store.phone", self.tr("电话"), self.phone)
        self.errors.add_row("logo", self.tr("标志（打印在每份 PDF 上）"), self._logo_row())
        hours = QHBoxLayout()
        hours.addWidget(self.opening)
        hours.addWidget(QLabel("—"))
        hours.addWidget(self.closing)
        hours.addStretch(1)
        holder = QWidget()
        holder.setLayout(hours)
        hours.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row("store.closing_time", self.tr("营业时间"), holder)
        self.errors.add_row("store.extra_closed_days", self.tr("额外休息日"), self.closed_days)
        self.errors.add_row(
            "store.extra_open_days", self.tr("额外营业日（调休上班）"), self.open_days
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def _logo_row(self) -> QWidget:
        choose = QPushButton(self.tr("选择图片…"), objectName="chooseLogo")
        default = QPushButton(self.tr("用默认标志"), objectName="defaultLogo")
        choose.clicked.connect(self._ask_logo_file)
        default.clicked.connect(self._use_default_logo)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.logo, choose, default):
            layout.addWidget(widget)
        layout.addStretch(1)
        return row

    # --- showing and reading ----------------------------------------------------------------
    def show_profile(self, profile: StoreProfile, logo: bytes | None) -> None:
        self.name.setText(profile.name)
        self.address.setText(profile.address)
        self.phone.setText(profile.phone)
        self.opening.setTime(QTime.fromString(profile.opening_time, "HH:mm"))
        self.closing.setTime(QTime.fromString(profile.closing_time, "HH:mm"))
        self.closed_days.set_days(list(profile.extra_closed_days))
        self.open_days.set_days(list(profile.extra_open_days))
        self._preview(logo or DEFAULT_LOGO.read_bytes())

    def profile(self) -> StoreProfile:
        return StoreProfile(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            opening_time=self.opening.time().toString("HH:mm"),
            closing_time=self.closing.time().toString("HH:mm"),
            extra_closed_days=tuple(self.closed_days.values()),
            extra_open_days=tuple(self.open_days.values()),
        )

    def use_logo_file(self, path: Path) -> None:
        """A chosen image: previewed now, saved with the profile."""
        self.logo_file, self.logo_cleared = path, False
        self._preview(path.read_bytes())

    def save(self, service: StoreProfileService) -> bool:
        """Write the profile (and the logo, if changed); False with the reason shown."""
        self.errors.clear()
        self.message.clear()
        try:
            service.save(self.profile())
            if self.logo_file is not None:
                service.set_logo(self.logo_file.name, self.logo_file.read_bytes())
            elif self.logo_cleared:
                service.clear_logo()
        except ValidationError as error:
            if not self.errors.show(error):
                self.message.setText(error_text(error))
            return False
        except UserError as error:
            self.message.setText(error_text(error))
            return False
        return True

    def _ask_logo_file(self) -> None:
        chosen = ask_open_path(self, self.tr("选择门店标志"), self.tr("图片 (*.png *.jpg *.jpeg)"))
        if chosen is not None:
            self.use_logo_file(chosen)

    def _use_default_logo(self) -> None:
        self.logo_file, self.logo_cleared = None, True
        self._preview(DEFAULT_LOGO.read_bytes())

    def _preview(self, content: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        self.logo.setPixmap(
            pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio)
            if not pixmap.isNull()
            else pixmap
        )


class StoreProfileDialog(QDialog):
    def __init__(self, service: StoreProfileService, today: date, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("门店信息"))
        self.form = StoreProfileForm(today)
        logo = service.logo()
        self.form.show_profile(service.profile(), logo.content if logo else None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self.form.save(self.service):
            self.accept()
