"""The command line's output read by another program: `search --json | head -1`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.db import Database
from tests.factories import add_customer, cli_user

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("customers", [2, 60])  # flushed at exit / a write past the buffer
def test_a_reader_that_stops_early_ends_the_command_quietly(sqlite_db: Database, customers):
    for n in range(customers):
        add_customer(sqlite_db, f"王{n:03d}", f"138{n:08d}")
    command = [
        sys.executable,
        "main.py",
        "--db",
        sqlite_db.url,
        *cli_user(sqlite_db),
        "search",
        "王",
        "--json",
    ]
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # the reader is gone before the first byte
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=60) == 0, err
    assert err == ""
