"""Every report writer replaces its target only once the new file is complete: a write
refused part-way by the kernel (file-size limit, as on a full disk) leaves the old file
byte for byte, a new path absent, and no temporary file behind."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["handover.pdf", "repair.pdf", "key.xlsx", "complaints.xlsx"]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def run_child(folder: Path) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.reports.full_disk_child", str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return dict(line.split(" ", 1) for line in done.stdout.splitlines())


def test_a_write_refused_part_way_keeps_the_old_files_and_leaves_no_new_ones(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    old = {name: f"旧文件 {name} ".encode() * 40 for name in NAMES[:2]}
    for name, content in old.items():
        (out / name).write_bytes(content)
    outcome = run_child(tmp_path)
    assert outcome == dict.fromkeys(NAMES, str(errno.EFBIG))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old
