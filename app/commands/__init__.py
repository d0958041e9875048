"""CLI subcommands, one module each. A command module defines NAME, HELP,
add_arguments(parser) and run(db, args, actor) -> exit status (and OPENS_DATABASE = False
if it must not migrate the database first); list it in COMMANDS.

`actor` is the staff member signed in with the global --user option: the command is held
to their permissions and masking and audited as them. A module that may run with nobody
signed in defines needs_user(db, args) -> bool (demo; `user add` of the first manager).

These commands and their JSON shapes are promises to people who script DealerDesk:
keep them stable.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from ..db import Database
from ..permissions import Actor
from . import (
    appointment,
    appointments,
    backup,
    checkin_history,
    complaints,
    demo,
    export,
    followups,
    import_customers,
    restore,
    search,
    user,
)


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[Database, argparse.Namespace, Actor | None], int]
    needs_user: Callable[[Database, argparse.Namespace], bool]
    # False: the command gets the Database unopened (not migrated), e.g. to restore it.
    opens_database: bool = True


def _always(_db: Database, _args: argparse.Namespace) -> bool:
    return True


def _command(module) -> Command:
    opens = getattr(module, "OPENS_DATABASE", True)
    needs_user = getattr(module, "needs_user", _always)
    return Command(module.NAME, module.HELP, module.add_arguments, module.run, needs_user, opens)


def signed_in(actor: Actor | None) -> Actor:
    """The actor of a command that needs one (cli checked it before calling run)."""
    if actor is None:
        raise AssertionError("command run without the staff member it needs")
    return actor


COMMANDS: list[Command] = [
    _command(m)
    for m in (
        demo,
        search,
        backup,
        restore,
        user,
        complaints,
        export,
        checkin_history,
        followups,
        import_customers,
        appointments,
        appointment,
    )
]
