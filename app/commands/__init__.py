"""CLI subcommands, one module each, listed in COMMANDS by name, help and module path.
A module is imported only when its command runs (a search does not load the PDF writer,
Alembic or the reminder rules), so `--help` reads the names and help from COMMANDS alone.

A command module defines add_arguments(parser) and run(db, args, actor) -> exit status
(and OPENS_DATABASE = False if it must not migrate the database first).

`actor` is the staff member signed in with the global --user option: the command is held
to their permissions and masking and audited as them. A module that may run with nobody
signed in defines needs_user(db, args) -> bool (demo; `user add` of the first manager).

These commands and their JSON shapes are promises to people who script DealerDesk:
keep them stable.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db import Database
    from ..permissions import Actor


@dataclass(frozen=True)
class Listed:
    """A command as `--help` lists it; its module is imported by `load`."""

    name: str
    help: str
    module: str


COMMANDS: tuple[Listed, ...] = (
    Listed("demo", "fill the database with believable demo data (deterministic per seed)",
           "app.commands.demo"),
    Listed("search", "find customers by name (or pinyin initials), phone, plate or VIN",
           "app.commands.search"),
    Listed("backup", "back the database up now (SQLite: online backup; PostgreSQL: pg_dump)",
           "app.commands.backup"),
    Listed("restore", "replace the SQLite database by a backup (checked first; the current "
           "one is kept aside)", "app.commands.restore"),
    Listed("user", "add a staff account, set a password, or disable an account",
           "app.commands.user"),
    Listed("complaints", "list complaint cases with their deadlines and state",
           "app.commands.complaints"),
    Listed("export", "write documents and workbooks (handover checklist PDF, key-customer "
           "sheet, …)", "app.commands.export"),
    Listed("checkin-history", "a car's service visits with km, days and daily average "
           "between them", "app.commands.checkin_history"),
    Listed("followups", "the follow-up calendar of a day (first generates today's due "
           "reminders)", "app.commands.followups"),
    Listed("import", "bring a customer list in from Excel or CSV (import customers FILE)",
           "app.commands.import_customers"),
    Listed("appointments", "the service appointments of a day", "app.commands.appointments"),
    Listed("appointment", "book a car for service, or cancel a booking",
           "app.commands.appointment"),
    Listed("segment", "the customers a filter selects (客户筛选), or how many; save it by name",
           "app.commands.segment"),
    Listed("report", "the managers' reports: `report daily` writes the day's showroom and "
           "after-sales report (PDF)", "app.commands.report"),
    Listed("campaigns", "the campaigns (event invitations, weather notices) with their "
           "counts and response rate", "app.commands.campaigns"),
    Listed("due-list", "the month-end due list (月底应到未到): cars due in a month that have "
           "neither come nor booked, or last month's not come", "app.commands.due_list"),
)  # fmt: skip


@dataclass(frozen=True)
class Command:
    name: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[Database, argparse.Namespace, Actor | None], int]
    needs_user: Callable[[Database, argparse.Namespace], bool]
    # False: the command gets the Database unopened (not migrated), e.g. to restore it.
    opens_database: bool = True


def _always(_db: Database, _args: argparse.Namespace) -> bool:
    return True


def listed(name: str | None) -> Listed | None:
    return next((c for c in COMMANDS if c.name == name), None)


def load(entry: Listed) -> Command:
    """Import the command's module (and only it)."""
    module = importlib.import_module(entry.module)
    opens = getattr(module, "OPENS_DATABASE", True)
    needs_user = getattr(module, "needs_user", _always)
    return Command(entry.name, module.add_arguments, module.run, needs_user, opens)


def signed_in(actor: Actor | None) -> Actor:
    """The actor of a command that needs one (cli checked it before calling run)."""
    if actor is None:
        raise AssertionError("command run without the staff member it needs")
    return actor
