"""Command line: the same services as the window. Every command prints plainly or as JSON."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from . import paths
from .commands import COMMANDS
from .commands.arguments import in_chinese
from .db import Database, check_can_open
from .errors import NeedsCreateError, UserError
from .permissions import Actor
from .signing_in import SignInNeeded, sign_in_from_command_line


class ArgumentError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, non-zero exit, no usage dump
        raise ArgumentError(in_chinese(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="main.py", description="DealerDesk 4S 店前台")
    parser.add_argument("--db", help="SQLAlchemy URL or SQLite file (default: user data folder)")
    parser.add_argument(
        "--create", action="store_true", help="make a new database in an empty or missing file"
    )
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        help="sign in as this member of staff (every command that reads or writes the "
        "store's data needs it); password from $DEALERDESK_PASSWORD, --password-stdin "
        "or a prompt",
    )
    parser.add_argument(
        "--password-stdin",
        dest="sign_in_password_stdin",  # `user add/passwd --password-stdin` is the new one
        action="store_true",
        help="read the --user password from the first line of standard input",
    )
    subparsers = parser.add_subparsers(
        dest="command", parser_class=_Parser, help="the command (none: open the window)"
    )
    where = subparsers.add_parser("paths", help="print where data, logs and backups live")
    where.add_argument("--demo-db", action="store_true", help="print only the demo database")
    for command in COMMANDS:
        command.add_arguments(subparsers.add_parser(command.name, help=command.help))
    return parser


def run_paths(args: argparse.Namespace) -> int:
    if args.demo_db:
        print(paths.demo_db_path())
        return 0
    print(f"database: {paths.default_db_path()}")
    print(f"demo database: {paths.demo_db_path()}")
    print(f"logs: {paths.log_dir()}")
    print(f"backups: {paths.backup_dir()}")
    return 0


def reader_gone() -> int:
    """Our output's reader stopped early (`search --json | head -1`): end quietly with 0,
    since it took what it wanted. As Python's documentation advises, stdout then points at
    devnull so the interpreter's last flush cannot fail again."""
    with contextlib.suppress(AttributeError, OSError, ValueError):  # not a real file (tests)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


WindowOpener = Callable[[Database], int]
CreateConfirmer = Callable[[NeedsCreateError], bool]
OpenErrorShower = Callable[[str], None]


def _check_can_open(url: str, args, command, confirm_create: CreateConfirmer | None) -> None:
    """An empty or missing file becomes a database only when asked: `--create`, the
    `demo` command, or, for the window, a yes to `confirm_create`."""
    if command is not None and not command.opens_database:
        return  # restore: replacing an empty or missing file is what it is for
    try:
        check_can_open(url, create=args.create or args.command == "demo")
    except NeedsCreateError as refusal:
        if command is not None or confirm_create is None or not confirm_create(refusal):
            raise


def main(
    argv: Sequence[str] | None = None,
    open_window: WindowOpener | None = None,
    confirm_create: CreateConfirmer | None = None,
    on_open_error: OpenErrorShower | None = None,
) -> int:
    """Run a command; with none, hand the opened database to `open_window` (the Qt app),
    or, if it cannot be opened, its message to `on_open_error` too (a window program has
    no console to read stderr on)."""
    try:
        args = build_parser().parse_args(argv)
    except ArgumentError as exc:
        print(f"main.py: {exc}", file=sys.stderr)
        return 2
    if args.command == "paths":
        return run_paths(args)
    command = next((c for c in COMMANDS if c.name == args.command), None)
    try:
        url = paths.resolve_db_url(args.db)
        _check_can_open(url, args, command, confirm_create)
        db = Database(url)
        if command is None or command.opens_database:
            db.open()
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        asked = isinstance(exc, NeedsCreateError) and confirm_create is not None
        if command is None and on_open_error is not None and not asked:
            on_open_error(exc.message)
        return 1
    try:
        if command is None:
            if open_window is None:
                print("main.py: 这里无法打开窗口，请给出命令（见 --help）", file=sys.stderr)
                return 2
            return open_window(db)
        status = command.run(db, args, _signed_in(command, db, args))
        sys.stdout.flush()  # a reader gone away shows here, not at exit
        return status
    except BrokenPipeError:
        return reader_gone()
    except SignInNeeded as exc:
        print(f"main.py: {exc.message}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _signed_in(command, db: Database, args: argparse.Namespace) -> Actor | None:
    """The staff member the command acts for, held to their permissions and audited as
    them; None only for the commands that need nobody (see Command.needs_user)."""
    if not command.needs_user(db, args):
        return None
    return sign_in_from_command_line(db, args.user, args.sign_in_password_stdin)
