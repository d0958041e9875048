"""`main.py user add|passwd|disable`: staff accounts, for whoever administers the machine."""

from __future__ import annotations

import argparse
import getpass
import sys

from ..db import Database
from ..errors import UserError
from ..models import StaffRole
from ..permissions import SYSTEM
from ..services.auth import AuthService, NewUser

NAME = "user"
HELP = "add a staff account, set a password, or disable an account"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    add = actions.add_parser("add", help="add a staff account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the person's name as staff know it")
    add.add_argument("--role", required=True, choices=[r.value for r in StaffRole])
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    passwd = actions.add_parser("passwd", help="set a new password")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    disable = actions.add_parser("disable", help="stop an account from signing in")
    disable.add_argument("username")


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("密码：")
    if getpass.getpass("再输一次：") != first:
        raise UserError("两次输入的密码不一致。")
    return first


def run(db: Database, args: argparse.Namespace) -> int:
    auth = AuthService(db)
    if args.action == "add":
        new = NewUser(
            args.username, args.name, StaffRole(args.role), read_password(args.password_stdin)
        )
        if new.role == StaffRole.STORE_MANAGER and auth.needs_first_admin():
            auth.create_first_admin(new)
        else:
            auth.add_user(SYSTEM, new)
        print(f"已添加员工账号：{args.username}")
    elif args.action == "passwd":
        auth.set_password(SYSTEM, args.username, read_password(args.password_stdin))
        print(f"已设置新密码：{args.username}")
    else:
        auth.disable(SYSTEM, args.username)
        print(f"已停用账号：{args.username}")
    return 0
