"""The selected booking: who, what, when, what the customer said, the planned work and
the photos (thumbnails; double-click opens the photo)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.errors import UserError
from app.services.appointment_types import AppointmentRow
from app.services.appointments import AppointmentService

from ..crash import show_user_error
from .labels import channel_label, kind_label, row_state
from .photos import PhotoStrip


class BookingDetail(QGroupBox):
    def __init__(self, book: AppointmentService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("预约详情"), parent)
        self._book = book
        self.booking: AppointmentRow | None = None
        self.text = QLabel(objectName="bookingDetail", wordWrap=True)
        self.photos = PhotoStrip(self)
        self.photos.set_editable(False)
        self.photos.view.doubleClicked.connect(self._open_photo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.photos)
        self.show_booking(None)

    def show_booking(self, booking: AppointmentRow | None) -> None:
        self.booking = booking
        self.photos.setVisible(bool(booking and booking.photo_count))
        if booking is None:
            self.text.setText(self.tr("选择一条预约查看详情。"))
            self.photos.clear()
            return
        self.text.setText(self._describe(booking))
        self.photos.show_stored(self._book.photos(booking.id) if booking.photo_count else [])

    def _describe(self, b: AppointmentRow) -> str:
        lines = [
            f"<b>{b.plate or b.vin}</b>　{b.model or ''}　{b.customer} {b.phone}",
            f"{b.start:%Y-%m-%d %H:%M}–{b.end:%H:%M}　{kind_label(b.kind)}　"
            f"{channel_label(b.channel)}　{b.advisor or ''}　{row_state(b)}",
        ]
        if b.description:
            lines.append(self.tr("客户描述：%1").replace("%1", b.description))
        if b.planned_items:
            lines.append(self.tr("计划项目：%1").replace("%1", "、".join(b.planned_items)))
        return "<br/>".join(lines)

    def _open_photo(self, index: QModelIndex) -> None:
        photo = self.photos.model.photos()[index.row()]
        if photo.photo_id is None:
            return
        try:
            content = self._book.photo_content(photo.photo_id)
        except UserError as error:
            show_user_error(self, error)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        dialog = QDialog(self, objectName="photoViewer")
        dialog.setWindowTitle(photo.name)
        label = QLabel()
        label.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(label)
        QVBoxLayout(dialog).addWidget(scroll)
        dialog.resize(900, 700)
        self.viewer = dialog
        dialog.show()
