"""Regenerate the single initial migration from the models (allowed until the first release).

After the first release, add new migrations with scripts/new_migration.py instead.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

VERSIONS = Path(__file__).resolve().parent.parent / "app" / "migrations" / "versions"


def main() -> None:
    for old in VERSIONS.glob("0001_*.py"):
        old.unlink()
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("new_migration.py")),
            "initial schema: the whole domain",
            "0001",
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
