#!/usr/bin/env python3
"""Set up DealerDesk in ./.venv and run it or its tests. Standard library only.

python3 dev.py start   # set up, fill a demo database if empty, open the window
python3 dev.py test    # set up, lint, type-check, run the whole test suite
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".dealerdesk-installed"
DEMO_CUSTOMERS = "3000"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    exe = "python.exe" if os.name == "nt" else "python"
    return VENV / scripts / exe


def requirements_fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def set_up() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by any python3
        sys.exit("DealerDesk needs Python 3.11 or newer.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != requirements_fingerprint():
        print("Installing DealerDesk and its dependencies into .venv …", flush=True)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
        STAMP.write_text(requirements_fingerprint())
    return python


def start(python: Path, extra: list[str]) -> int:
    demo_db = subprocess.run(
        [str(python), "main.py", "paths", "--demo-db"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    db = ["--db", demo_db]
    subprocess.run(
        [str(python), "main.py", *db, "demo", "--customers", DEMO_CUSTOMERS, "--if-empty"],
        cwd=ROOT,
        check=True,
    )
    return subprocess.call([str(python), "main.py", *db, *extra], cwd=ROOT)


def test(python: Path, extra: list[str]) -> int:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT, env=env)
    types = subprocess.call([str(python), "-m", "mypy"], cwd=ROOT, env=env)  # [tool.mypy]
    tests = subprocess.call([str(python), "-m", "pytest", *extra], cwd=ROOT, env=env)
    return tests or lint or types


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("start", "test"):
        print(__doc__)
        return 2
    python = set_up()
    command, extra = sys.argv[1], sys.argv[2:]
    return start(python, extra) if command == "start" else test(python, extra)


if __name__ == "__main__":
    sys.exit(main())
