"""A booking's photos as thumbnails: added from files or pasted, made small here (app/
knows nothing of images). Reading and scaling a photo runs on a worker thread; QImage
may be used off the UI thread, QPixmap only on it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.appointment_types import PhotoRow, PhotoUpload

from ..jobs import JobControl, run_job
from ..widgets.file_dialogs import ask_open_paths

Index = QModelIndex | QPersistentModelIndex
THUMBNAIL = QSize(120, 90)


@dataclass(frozen=True)
class Photo:
    name: str
    thumbnail: bytes  # PNG
    content: bytes | None = None  # None: already stored (photo_id)
    photo_id: int | None = None


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def thumbnail_of(content: bytes) -> bytes:
    """A small PNG of a picture; empty bytes when Qt cannot read it (the service then
    says why the file is refused)."""
    image = QImage.fromData(content)
    if image.isNull():
        return b""
    small = image.scaled(
        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return png_bytes(small)


def read_photos(paths: list[str]) -> list[Photo]:
    """On a worker thread: each file read and made small."""
    photos = []
    for path in paths:
        content = Path(path).read_bytes()
        photos.append(Photo(Path(path).name, thumbnail_of(content), content))
    return photos


class PhotosModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._photos: list[Photo] = []
        self._pixmaps: list[QPixmap] = []

    def set_photos(self, photos: list[Photo]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self._pixmaps = [self._pixmap(p) for p in self._photos]
        self.endResetModel()

    @staticmethod
    def _pixmap(photo: Photo) -> QPixmap:
        pixmap = QPixmap()
        pixmap.loadFromData(photo.thumbnail)
        return pixmap

    def photos(self) -> list[Photo]:
        return list(self._photos)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmaps[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return photo.name
        return None


class PhotoStrip(QWidget):
    """Thumbnails with 添加照片…, 粘贴 (Ctrl+V) and 移除; `uploads()` the new ones."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PhotosModel(self)
        self.view = QListView(objectName="bookingPhotos")
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(THUMBNAIL)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setFixedHeight(THUMBNAIL.height() + 40)
        self.add_button = QPushButton(self.tr("添加照片…"), objectName="addPhotos")
        self.paste_button = QPushButton(self.tr("粘贴图片 (Ctrl+V)"), objectName="pastePhoto")
        self.remove_button = QPushButton(self.tr("移除"), objectName="removePhoto")
        self.note = QLabel(objectName="photoNote")
        self.job: JobControl | None = None
        self._lay_out()
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button.clicked.connect(self.remove_selected)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.view)
        paste.activated.connect(self.paste)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.paste_button, self.remove_button, self.note):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def set_editable(self, editable: bool) -> None:
        for button in (self.add_button, self.paste_button, self.remove_button):
            button.setVisible(editable)

    def show_stored(self, rows: list[PhotoRow]) -> None:
        self.model.set_photos([Photo(r.file_name, r.thumbnail or b"", None, r.id) for r in rows])

    def clear(self) -> None:
        self.model.set_photos([])
        self.note.clear()

    def uploads(self) -> list[PhotoUpload]:
        return [
            PhotoUpload(p.name, p.content, p.thumbnail or None)
            for p in self.model.photos()
            if p.content is not None
        ]

    def choose_files(self) -> None:
        images = self.tr("图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)")
        paths = ask_open_paths(self, self.tr("选择照片"), images)
        if paths:
            self.add_files([str(path) for path in paths])

    def add_files(self, paths: list[str]) -> None:
        """Read and scale off the UI thread; the thumbnails appear when ready."""
        self.note.setText(self.tr("正在读取照片…"))
        self.job = run_job(lambda _job: read_photos(paths), self._added, self._failed)

    def _added(self, photos: list[Photo]) -> None:
        self.job = None
        self.note.clear()
        self.model.set_photos(self.model.photos() + photos)
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.note.clear()
        self.failed.emit(self.tr("无法读取照片：%1").replace("%1", str(error)))

    def paste(self) -> None:
        """An image copied (a screenshot, a WeChat picture) or image files copied."""
        mime = QApplication.clipboard().mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime else []
        if files:
            self.add_files(files)
            return
        image = QApplication.clipboard().image()
        if image.isNull():
            self.failed.emit(self.tr("剪贴板里没有图片。"))
            return
        content = png_bytes(image)
        name = self.tr("粘贴的图片%1.png").replace("%1", str(len(self.model.photos()) + 1))
        self.model.set_photos([*self.model.photos(), Photo(name, thumbnail_of(content), content)])
        self.changed.emit()

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        photos = self.model.photos()
        if index.isValid() and photos[index.row()].content is not None:
            del photos[index.row()]
            self.model.set_photos(photos)
            self.changed.emit()
