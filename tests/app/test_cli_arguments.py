"""What the command line says about itself (--help, every option's help) and about a bad
argument: one Chinese line that names the form it expects, exit status 2."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
NO_DB = ["--db", "unused.sqlite3"]  # a refused argument is refused before any database


def parsers(parser: argparse.ArgumentParser, path: str = "main.py") -> Iterator[tuple]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from parsers(child, f"{path} {name}")


def undocumented(parser: argparse.ArgumentParser) -> list[str]:
    """Options, arguments and subcommands with no help text."""
    missing = [a.dest for a in parser._actions if not a.help]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            missing += [f"{c.dest} (command)" for c in action._choices_actions if not c.help]
    return missing


def test_every_option_argument_and_command_has_help() -> None:
    found = {path: undocumented(parser) for path, parser in parsers(build_parser())}
    assert len(found) >= 15  # the walk reached the sub-subcommands (export, user, import)
    assert {path: names for path, names in found.items() if names} == {}


def test_help_runs_from_a_checkout_and_lists_every_command() -> None:
    """`.venv/bin/python main.py --help`, as the README says."""
    done = subprocess.run(
        [sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    for command in ("demo", "search", "paths", "followups", "export", "import", "restore"):
        assert command in done.stdout


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["followups", "--date", "23/11/2026"], ["--date", "“23/11/2026”不是日期", "YYYY-MM-DD",
                                                 "例如 2026-12-01"]),
        (["followups", "--date", "2026-02-30"], ["不是日期", "YYYY-MM-DD"]),
        (["followups", "--date", "2100-01-01"], ["超出范围", "2000-01-01", "2099-12-31"]),
        (["followups"], ["缺少必需的参数", "--date"]),
        (["export", "key-customers", "--week", "2026-47"], ["--week", "不是周次",
                                                           "YYYY-Www", "例如 2026-W47"]),
        (["export", "key-customers", "--week", "2026-W54"], ["不是周次", "2026-W47"]),
        (["search", "王", "--limit", "abc"], ["--limit", "“abc”不是整数", "例如 50"]),
        (["search", "王", "--limit", "0"], ["--limit", "0 太小", "1 或更大的整数"]),
        (["demo", "--customers", "-3"], ["--customers", "太小"]),
        (["demo", "--seed", "x"], ["--seed", "不是整数", "例如 2026"]),
        (["import", "undo", "first"], ["BATCH", "不是整数"]),
        (["export", "handover"], ["必须给出以下参数之一", "--vin", "--order"]),
        (["search", "王", "--bogus"], ["无法识别的参数", "--bogus"]),
    ],
)  # fmt: skip
def test_a_bad_argument_is_one_chinese_line_naming_the_expected_form(
    argv: list[str], names: list[str], capsys
) -> None:
    assert main([*NO_DB, *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    for name in names:
        assert name in err
    english = re.sub(r"--[a-z-]+|YYYY-\w+|ISO|main\.py|BATCH|“[^”]*”", "", err)
    assert not re.search(r"[A-Za-z]{3,}", english), err  # argparse's own words translated
