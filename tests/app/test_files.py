"""atomic_write: the target changes only when the new content is complete."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.files import atomic_write


class WriterFailed(Exception):
    pass


def write_half_then_fail(target: Path) -> None:
    with atomic_write(target) as temp:
        temp.write_bytes(b"%PDF-1.4 half a document")
        raise WriterFailed


def test_a_writer_failing_mid_way_leaves_the_old_file_byte_identical(tmp_path: Path) -> None:
    target = tmp_path / "交车清单.pdf"
    target.write_bytes(b"the old, complete document")
    with pytest.raises(WriterFailed):
        write_half_then_fail(target)
    assert target.read_bytes() == b"the old, complete document"
    assert os.listdir(tmp_path) == ["交车清单.pdf"]


def test_a_writer_failing_on_a_new_path_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(WriterFailed):
        write_half_then_fail(tmp_path / "new" / "sheet.xlsx")
    assert os.listdir(tmp_path / "new") == []


def test_a_complete_write_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "sheet.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_write(target) as temp:
        assert temp.parent == tmp_path and temp != target
        temp.write_bytes(b"new")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new"
    assert (target.stat().st_mode & 0o777) == 0o640
    assert os.listdir(tmp_path) == ["sheet.xlsx"]
