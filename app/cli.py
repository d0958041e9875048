"""Command line: the same services as the window. Every command prints plainly or as JSON."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NoReturn

from . import paths
from .commands import COMMANDS, Command, listed, load
from .commands.arguments import in_chinese
from .db import Database, check_can_open
from .errors import NeedsCreateError, SignInNeeded, UserError
from .permissions import Actor

# --exit-when-ready's modes: every tab opened and idle (the default), or the first tab painted
EVERY_TAB, FIRST_TAB = "every-tab", "first-tab"
READY_MODES = (EVERY_TAB, FIRST_TAB)


class ArgumentError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, non-zero exit, no usage dump
        raise ArgumentError(in_chinese(message))


def build_parser(loaded: Sequence[Command] | None = None) -> argparse.ArgumentParser:
    """Every command is listed with its help; the `loaded` ones get their arguments
    (None: every command, each module imported). A command not loaded lets unknown
    arguments and -h through: a parse with none loaded finds out which command is asked
    for, and only that one's module is imported (parse_command_line)."""
    commands = {c.name: c for c in (loaded if loaded is not None else map(load, COMMANDS))}
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
    parser.add_argument(
        "--exit-when-ready",
        nargs="?",
        const=EVERY_TAB,
        choices=READY_MODES,
        help="open the window signed in as --user, open every tab once and exit 0 when "
        "nothing is left to do, printing nothing (to time a launch, or check an install); "
        f"={FIRST_TAB}: exit once the first tab is painted instead; no backup is made",
    )
    subparsers = parser.add_subparsers(
        dest="command", parser_class=_Parser, help="the command (none: open the window)"
    )
    where = subparsers.add_parser("paths", help="print where data, logs and backups live")
    where.add_argument("--demo-db", action="store_true", help="print only the demo database")
    for entry in COMMANDS:
        chosen = commands.get(entry.name)
        sub = subparsers.add_parser(entry.name, help=entry.help, add_help=chosen is not None)
        if chosen is not None:
            chosen.add_arguments(sub)
    return parser


def parse_command_line(argv: Sequence[str] | None) -> tuple[argparse.Namespace, Command | None]:
    """The arguments, and the command they ask for, with its module imported."""
    asked, _rest = build_parser(loaded=[]).parse_known_args(argv)
    entry = listed(asked.command)
    command = load(entry) if entry is not None else None
    return build_parser([command] if command else []).parse_args(argv), command


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


@dataclass(frozen=True)
class WindowStart:
    """How the window starts: signed in as whoever `signed_in` returns (it waits for the
    --user check under way meanwhile, and raises its refusal; None: the window asks who),
    and whether it quits by itself once every tab was opened and nothing is left to do
    (EVERY_TAB) or once its first tab is painted (FIRST_TAB)."""

    signed_in: Callable[[], Actor] | None = None
    exit_when_ready: str | None = None  # EVERY_TAB, FIRST_TAB, or None: stays open


WindowOpener = Callable[[Database, WindowStart], int]
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
        args, command = parse_command_line(argv)
    except ArgumentError as exc:
        print(f"main.py: {exc}", file=sys.stderr)
        return 2
    if args.command == "paths":
        return run_paths(args)
    if args.exit_when_ready:
        if command is not None:
            print("main.py: --exit-when-ready 只用于打开窗口，不能与命令一起用", file=sys.stderr)
            return 2
        confirm_create = on_open_error = None  # nobody to answer a dialog: say it, exit 1
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
            return open_window(db, _window_start(db, args))
        status = command.run(db, args, _signed_in(command, db, args))
        sys.stdout.flush()  # a reader gone away shows here, not at exit
        return status
    except BrokenPipeError:
        return reader_gone()
    except UserError as exc:
        if isinstance(exc, SignInNeeded):
            print(f"main.py: {exc.message}", file=sys.stderr)
            return 2
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        db.dispose()


def _window_start(db: Database, args: argparse.Namespace) -> WindowStart:
    """--exit-when-ready signs in as --user, like a command, while the window loads (the
    window waits for the answer before it shows anything); otherwise the window asks who
    signs in."""
    if not args.exit_when_ready:
        return WindowStart()
    from .signing_in import SignInCheck

    check = SignInCheck(db, args.user, args.sign_in_password_stdin)
    return WindowStart(check.actor, exit_when_ready=args.exit_when_ready)


def _signed_in(command: Command, db: Database, args: argparse.Namespace) -> Actor | None:
    """The staff member the command acts for, held to their permissions and audited as
    them; None only for the commands that need nobody (see Command.needs_user)."""
    if not command.needs_user(db, args):
        return None
    from .signing_in import sign_in_from_command_line  # Argon2 and the staff services

    return sign_in_from_command_line(db, args.user, args.sign_in_password_stdin)
