"""Files kept with records (a booking's photos, a repair order's record PDF): one storage
interface, two implementations chosen by the engine.

- SQLite (one PC): the file goes into the folder beside the database
  (`<database>_files/`), named by its SHA-256; the row holds the path and the hash.
- PostgreSQL (several workstations): the bytes go into the row, so every workstation
  sees the same file.

Files are checked for kind and size before anything is written, and written through
app.files.atomic_write (never half a file). A file whose transaction then fails stays in
the folder unreferenced: harmless, and the same content later reuses it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database, sqlite_path
from ..errors import EnvironmentProblem, NotFoundError, ValidationError
from ..files import atomic_write, files_folder
from ..i18n import QT_TRANSLATE_NOOP, Phrase
from ..models import Attachment

MAX_THUMBNAIL_BYTES = 256 * 1024
MAX_NAME_LENGTH = 120
IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"GIF87a", "image/gif", ".gif"),
    (b"GIF89a", "image/gif", ".gif"),
    (b"BM", "image/bmp", ".bmp"),
)
PDF = (b"%PDF-", "application/pdf", ".pdf")


@dataclass(frozen=True)
class Kept:
    """Where a file went: a path in the folder, or the bytes for the row."""

    stored_path: str | None
    content: bytes | None


class FileStore(Protocol):
    def keep(self, content: bytes, sha256: str, suffix: str) -> Kept: ...

    def read(self, row: Attachment) -> bytes: ...


class DatabaseFiles:
    """PostgreSQL: the bytes live in the row."""

    def keep(self, content: bytes, sha256: str, suffix: str) -> Kept:
        return Kept(None, content)

    def read(self, row: Attachment) -> bytes:
        if row.content is None:
            raise EnvironmentProblem(
                QT_TRANSLATE_NOOP("Errors", "文件“{name}”不在数据库中，无法打开。"),
                name=row.file_name,
            )
        return row.content


class FolderFiles:
    """SQLite: the file lives in the folder beside the database, named by its hash."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def keep(self, content: bytes, sha256: str, suffix: str) -> Kept:
        relative = PurePosixPath(sha256[:2]) / f"{sha256}{suffix}"
        target = self.folder / relative
        if not (target.is_file() and _sha256(target.read_bytes()) == sha256):
            try:
                with atomic_write(target) as temp:
                    temp.write_bytes(content)
            except OSError as exc:
                raise EnvironmentProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "无法保存文件到 {folder}：{strerror}，本次操作未保存。"
                    ),
                    folder=self.folder,
                    strerror=exc.strerror,
                ) from exc
        return Kept(relative.as_posix(), None)

    def read(self, row: Attachment) -> bytes:
        path = self.folder / (row.stored_path or "")
        try:
            content = path.read_bytes()
        except OSError:
            raise EnvironmentProblem(
                QT_TRANSLATE_NOOP("Errors", "找不到文件“{name}”（{path}），可能被移动或删除了。"),
                name=row.file_name,
                path=path,
            ) from None
        if _sha256(content) != row.sha256:
            raise EnvironmentProblem(
                QT_TRANSLATE_NOOP("Errors", "文件“{name}”（{path}）已被改动，与保存时不一致。"),
                name=row.file_name,
                path=path,
            )
        return content


def file_store_for(db: Database) -> FileStore:
    path = sqlite_path(db.url)
    return FolderFiles(files_folder(path)) if path is not None else DatabaseFiles()


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def image_kind(content: bytes) -> tuple[str, str]:
    """(media type, suffix) of a picture; a ValidationError for anything else."""
    for signature, media_type, suffix in IMAGE_SIGNATURES:
        if content.startswith(signature):
            return media_type, suffix
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp", ".webp"
    raise ValidationError(
        "photo",
        QT_TRANSLATE_NOOP("Errors", "不是图片文件，请选择 JPG、PNG、GIF、BMP 或 WEBP 格式的照片。"),
    )


def pdf_kind(content: bytes) -> tuple[str, str]:
    if not content.startswith(PDF[0]):
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "不是 PDF 文件。"))
    return PDF[1], PDF[2]


@dataclass(frozen=True)
class NewFile:
    owner_type: str
    owner_id: int
    file_name: str
    content: bytes
    thumbnail: bytes | None = None


def checked_size(content: bytes, max_bytes: int, what: Phrase) -> None:
    """`what` names the file: a Phrase marked under ERRORS (照片“{name}”)."""
    if not content:
        raise ValidationError("photo", QT_TRANSLATE_NOOP("Errors", "{what}是空的。"), what=what)
    if len(content) > max_bytes:
        raise ValidationError(
            "photo",
            QT_TRANSLATE_NOOP(
                "Errors", "{what}太大（{size:.1f} MB），上限为 {limit:g} MB，请压缩后再上传。"
            ),
            what=what,
            size=len(content) / 1024 / 1024,
            limit=max_bytes / 1024 / 1024,
        )


def attach(session: Session, files: FileStore, new: NewFile, kind: tuple[str, str]) -> Attachment:
    """Keep the file and add its row in the caller's transaction (audited as a create)."""
    sha256 = _sha256(new.content)
    media_type, suffix = kind
    kept = files.keep(new.content, sha256, suffix)
    thumbnail = (
        new.thumbnail if new.thumbnail and len(new.thumbnail) <= MAX_THUMBNAIL_BYTES else None
    )
    row = Attachment(
        owner_type=new.owner_type,
        owner_id=new.owner_id,
        file_name=_short_name(new.file_name, suffix),
        media_type=media_type,
        size_bytes=len(new.content),
        sha256=sha256,
        stored_path=kept.stored_path,
        content=kept.content,
        thumbnail=thumbnail,
    )
    session.add(row)
    session.flush()
    return row


def _short_name(name: str, suffix: str) -> str:
    clean = Path(name.strip() or f"file{suffix}").name
    if len(clean) <= MAX_NAME_LENGTH:
        return clean
    return clean[: MAX_NAME_LENGTH - len(suffix)] + suffix


def attachments_of(session: Session, owner_type: str, owner_ids: list[int]) -> list[Attachment]:
    if not owner_ids:
        return []
    query = (
        select(Attachment)
        .where(Attachment.owner_type == owner_type, Attachment.owner_id.in_(owner_ids))
        .order_by(Attachment.id)
    )
    return list(session.scalars(query))


def get_attachment(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该文件不存在或已被删除。"))
    return row
