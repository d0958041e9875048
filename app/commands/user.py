"""`main.py user add|passwd|disable`: staff accounts, for whoever administers the machine."""

from __future__ import annotations

import argparse
import getpass
import sys

from ..db import Database
from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import StaffRole
from ..permissions import Actor
from ..services.auth import AuthService, NewUser

NAME = "user"
HELP = "add a staff account, set a password, or disable an account"
NEW_PASSWORD_STDIN = "read the new password from the next line of standard input"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(
        dest="action", required=True, parser_class=type(parser), help="what to do"
    )
    add = actions.add_parser("add", help="add a staff account")
    add.add_argument("username", help="the name to sign in with, e.g. zhangwei")
    add.add_argument("--name", required=True, help="the person's name as staff know it")
    roles = [r.value for r in StaffRole]
    add.add_argument("--role", required=True, choices=roles, help=", ".join(roles))
    add.add_argument("--password-stdin", action="store_true", help=NEW_PASSWORD_STDIN)
    passwd = actions.add_parser(
        "passwd", help="set a new password (your own, or anyone's for a store manager)"
    )
    passwd.add_argument("username", help="whose password")
    passwd.add_argument("--password-stdin", action="store_true", help=NEW_PASSWORD_STDIN)
    disable = actions.add_parser("disable", help="stop an account from signing in")
    disable.add_argument("username", help="whose account")


def read_password(from_stdin: bool) -> str:
    """The account's new password. With --password-stdin, the next line of standard input
    (after the signing-in password when the global --password-stdin is given too)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("密码：")
    if getpass.getpass("再输一次：") != first:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "两次输入的密码不一致。"))
    return first


def needs_user(db: Database, args: argparse.Namespace) -> bool:
    """Only the first store manager is added with nobody signed in."""
    return not (args.action == "add" and AuthService(db).needs_first_admin())


def run(db: Database, args: argparse.Namespace, actor: Actor | None) -> int:
    auth = AuthService(db)
    if args.action == "add":
        new = NewUser(
            args.username, args.name, StaffRole(args.role), read_password(args.password_stdin)
        )
        if actor is None:
            auth.create_first_admin(new)
        else:
            auth.add_user(actor, new)
        print(f"已添加员工账号：{args.username}")
        return 0
    from . import signed_in

    if args.action == "passwd":
        auth.set_password(signed_in(actor), args.username, read_password(args.password_stdin))
        print(f"已设置新密码：{args.username}")
    else:
        auth.disable(signed_in(actor), args.username)
        print(f"已停用账号：{args.username}")
    return 0
