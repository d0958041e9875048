"""Autogenerate a migration from the models: python scripts/new_migration.py "message" [rev-id]."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command

from app.db import MIGRATIONS_DIR, alembic_config, make_engine, upgrade


def main() -> None:
    message = sys.argv[1]
    rev_id = sys.argv[2] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'schema.sqlite3'}")
        upgrade(engine)
        command.revision(alembic_config(engine), message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()
    subprocess.run([sys.executable, "-m", "ruff", "format", str(MIGRATIONS_DIR / "versions")])
    subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "-q", str(MIGRATIONS_DIR)])


if __name__ == "__main__":
    main()
