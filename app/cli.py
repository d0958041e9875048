"""Command line: the same services as the window. Every command prints plainly or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence

from . import paths
from .db import Database
from .errors import UserError
from .services.search import SearchService


class ArgumentError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, non-zero exit, no usage dump
        raise ArgumentError(message)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="main.py", description="DealerDesk 4S 店前台")
    parser.add_argument("--db", help="SQLAlchemy URL or SQLite file (default: user data folder)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--customers", type=positive_int, default=2000)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--if-empty", action="store_true", help="do nothing if customers exist")

    search = commands.add_parser("search", help="find customers by name, phone, plate or VIN")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=positive_int, default=50)

    where = commands.add_parser("paths", help="print where data, logs and backups live")
    where.add_argument("--demo-db", action="store_true", help="print only the demo database")
    return parser


def run_demo(db: Database, args: argparse.Namespace) -> int:
    from .demo import generate

    summary = generate(db, customers=args.customers, seed=args.seed, only_if_empty=args.if_empty)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


def run_search(db: Database, args: argparse.Namespace) -> int:
    hits = SearchService(db).search(args.query, limit=args.limit)
    if args.json:
        print(json.dumps([hit.as_json() for hit in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        vehicles = " ".join(hit.plates or hit.vins)
        print(f"{hit.id}\t{hit.name}\t{hit.mobile or ''}\t{hit.intent_level}\t{vehicles}")
    if not hits:
        print("没有找到匹配的客户。", file=sys.stderr)
    return 0


def run_paths(args: argparse.Namespace) -> int:
    if args.demo_db:
        print(paths.demo_db_path())
        return 0
    print(f"database: {paths.default_db_path()}")
    print(f"demo database: {paths.demo_db_path()}")
    print(f"logs: {paths.log_dir()}")
    print(f"backups: {paths.backup_dir()}")
    return 0


DB_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "demo": run_demo,
    "search": run_search,
}


WindowOpener = Callable[[Database], int]


def main(argv: Sequence[str] | None = None, open_window: WindowOpener | None = None) -> int:
    """Run a command; with none, hand the opened database to `open_window` (the Qt app)."""
    try:
        args = build_parser().parse_args(argv)
    except ArgumentError as exc:
        print(f"main.py: {exc}", file=sys.stderr)
        return 2
    if args.command == "paths":
        return run_paths(args)
    try:
        db = Database(paths.resolve_db_url(args.db)).open()
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    try:
        if args.command is None:
            if open_window is None:
                print("main.py: no window available here; give a command", file=sys.stderr)
                return 2
            return open_window(db)
        return DB_COMMANDS[args.command](db, args)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        db.dispose()
