"""What every benchmark gets: the database under measurement, who acts, where files go."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.db import Database  # noqa: E402 (the repository root goes on sys.path first)
from app.demo.data import DEMO_PASSWORD  # noqa: E402
from app.permissions import Actor  # noqa: E402

__all__ = ["DEMO_PASSWORD", "Run", "child_env", "main_py"]


@dataclass
class Run:
    db: Database
    url: str
    customers: int  # asked for; a --db database has what it has
    seed: int
    user: str  # signs in to the window and the command line
    password: str
    actor: Actor  # that person, signed in once for the in-process figures
    folder: Path  # scratch files (workbooks, PDFs, probe output)

    @property
    def python(self) -> str:
        return sys.executable

    def child_env(self) -> dict[str, str]:
        return child_env(self.password)

    def main_py(self, *args: str) -> list[str]:
        return main_py(self.url, *args)


def child_env(password: str) -> dict[str, str]:
    """A subprocess of ours: the password as main.py reads it, Qt without a screen."""
    env = dict(os.environ, DEALERDESK_PASSWORD=password)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def main_py(url: str, *args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", url, *args]
