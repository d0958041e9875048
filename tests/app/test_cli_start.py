"""A command loads only what it uses: `--help` lists every command from the list alone,
and a search neither imports the PDF and Excel writers, Alembic, nor the other commands."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.commands import COMMANDS
from app.db import Database
from tests.factories import add_customer, cli_user

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("alembic", "reportlab", "openpyxl", "pypinyin", "PySide6", "holidays", "reports",
         "app.demo", "app.services.calendar", "app.services.checkin", "app.backup")  # fmt: skip


def test_help_lists_every_command_with_its_help(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    listing = " ".join(capsys.readouterr().out.split())  # argparse wraps long lines
    for entry in [*COMMANDS]:
        assert entry.name in listing
        assert " ".join(entry.help.split()) in listing


@pytest.mark.parametrize("entry", COMMANDS, ids=lambda entry: entry.name)
def test_each_listed_command_has_its_module(entry) -> None:
    module = importlib.import_module(entry.module)
    assert callable(module.add_arguments) and callable(module.run)


def test_a_command_help_shows_its_own_arguments(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    assert "--limit" in capsys.readouterr().out


PROBE = """
import json, sys
import main
status = main.main(sys.argv[1:])
loaded = [name for name in json.loads(sys.stdin.readline())
          if any(m == name or m.startswith(name + ".") for m in sys.modules)]
print(json.dumps({"status": status, "loaded": loaded}))
"""


def test_a_search_loads_neither_writers_nor_migrations_nor_other_commands(
    sqlite_db: Database,
) -> None:
    add_customer(sqlite_db, "王小明", "13800001111")
    argv = ["--db", sqlite_db.url, *cli_user(sqlite_db), "search", "王", "--json"]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        cwd=ROOT, input=json.dumps(HEAVY) + "\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    *found, probe = done.stdout.strip().splitlines()
    assert json.loads("\n".join(found))[0]["name"] == "王小明"
    assert json.loads(probe) == {"status": 0, "loaded": []}
