"""A SQLite backup keeps the photos and PDFs its database refers to; a restore brings
back those the database's folder lacks (issue 16 left them out of backups)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backup
from app.db import Database
from app.files import files_folder
from app.services.attachments import NewFile, attach, file_store_for, image_kind
from tests.factories import MANAGER

NOW = datetime(2026, 11, 23, 12, 0)
PHOTO = b"\x89PNG\r\n\x1a\n" + b"\x01" * 64
OTHER_PHOTO = b"\x89PNG\r\n\x1a\n" + b"\x02" * 64


def add_photo(db: Database, content: bytes, owner_id: int = 1) -> str:
    with db.transaction(MANAGER) as session:
        row = attach(session, file_store_for(db), NewFile("appointment", owner_id, "刮痕.png",
                     content), image_kind(content))  # fmt: skip
        return row.stored_path or ""


def live_file(db: Database, stored_path: str) -> Path:
    return files_folder(backup.sqlite_file(db)) / stored_path


def test_a_backup_keeps_the_photos_its_database_refers_to(
    sqlite_db: Database, tmp_path: Path
) -> None:
    stored = add_photo(sqlite_db, PHOTO)
    saved = backup.backup(sqlite_db, tmp_path / "b.sqlite3", NOW)
    kept = tmp_path / "b_files" / stored
    assert kept.read_bytes() == PHOTO
    if os.name == "posix":
        assert kept.stat().st_mode & 0o777 == 0o600
    assert saved.exists()


def test_generations_share_one_copy_of_each_photo(sqlite_db: Database, tmp_path: Path) -> None:
    stored = add_photo(sqlite_db, PHOTO)
    root = tmp_path / "backups"
    first = backup.automatic_backup(sqlite_db, NOW, root)
    add_photo(sqlite_db, OTHER_PHOTO, owner_id=2)
    second = backup.automatic_backup(sqlite_db, NOW + timedelta(days=1), root)
    assert first is not None and second is not None
    old, new = (files_folder(b) / stored for b in (first, second))
    assert new.read_bytes() == PHOTO
    assert os.path.samefile(old, new)  # linked, not copied again
    assert len(list(files_folder(second).rglob("*.png"))) == 2
    assert len(list(files_folder(first).rglob("*.png"))) == 1  # the backup as it was then


def test_a_pruned_generation_takes_its_folder_and_the_rest_keep_their_photos(
    sqlite_db: Database, tmp_path: Path
) -> None:
    stored = add_photo(sqlite_db, PHOTO)
    root = tmp_path / "backups"
    for days in range(0, 60):
        backup.automatic_backup(sqlite_db, NOW + timedelta(days=days), root)
    folder = backup.backup_folder(sqlite_db, root)
    generations = sorted(folder.glob("dealerdesk-*.sqlite3"))
    assert sorted(folder.glob("*_files")) == sorted(files_folder(g) for g in generations)
    assert all((files_folder(g) / stored).read_bytes() == PHOTO for g in generations)


def test_a_restore_brings_back_the_photos_the_folder_lost(
    sqlite_db: Database, tmp_path: Path
) -> None:
    stored = add_photo(sqlite_db, PHOTO)
    saved = backup.backup(sqlite_db, tmp_path / "b.sqlite3", NOW)
    live_file(sqlite_db, stored).unlink()  # the folder lost it (deleted by hand, bad disk)
    target = backup.sqlite_file(sqlite_db)
    sqlite_db.dispose()
    backup.restore_sqlite(target, saved, NOW)
    assert (files_folder(target) / stored).read_bytes() == PHOTO


def test_a_photo_missing_from_the_store_does_not_stop_the_backup(
    sqlite_db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gone = add_photo(sqlite_db, PHOTO)
    kept = add_photo(sqlite_db, OTHER_PHOTO, owner_id=2)
    live_file(sqlite_db, gone).write_bytes(b"changed by another program")
    saved = backup.backup(sqlite_db, tmp_path / "b.sqlite3", NOW)
    assert saved.exists()
    assert (tmp_path / "b_files" / kept).read_bytes() == OTHER_PHOTO
    assert not (tmp_path / "b_files" / gone).exists()
    assert gone in caplog.text


def test_a_backup_that_cannot_write_the_photos_is_not_made(
    sqlite_db: Database, tmp_path: Path
) -> None:
    add_photo(sqlite_db, PHOTO)
    (tmp_path / "b_files").write_text("a file where the folder should go")
    with pytest.raises(backup.EnvironmentProblem, match="附件"):
        backup.backup(sqlite_db, tmp_path / "b.sqlite3", NOW)
    assert not (tmp_path / "b.sqlite3").exists()
    assert not list(tmp_path.glob("*.partial"))
