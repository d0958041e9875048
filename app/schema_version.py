"""Whether a database is already at this version's schema, found without Alembic.

Importing Alembic costs a command about as much as the work it came for (~0.7 s on the
store's PC), and a database that is already at the newest migration needs nothing from
it: the revision it stores is compared with the newest revision id written in the
migration files. Anything else (a new, older or newer database) goes to Alembic."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, inspect, text

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN = re.compile(
    r"""^down_revision(?:\s*:[^=]+)?\s*=\s*(?:["']([^"']+)["']|None)""", re.MULTILINE
)


@cache
def known_head(versions_dir: Path = VERSIONS_DIR) -> str | None:
    """The one revision no migration builds on; None when the files do not say plainly
    (several heads, a merge, a file we cannot read): Alembic then decides."""
    revisions, built_on = set(), set()
    for path in versions_dir.glob("[0-9]*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            built_on.add(down.group(1))
    heads = revisions - built_on
    return heads.pop() if len(heads) == 1 else None


def stored_revisions(connection: Connection) -> set[str] | None:
    """The revisions a database says it is at; None for a database with no schema yet."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def is_at_head(connection: Connection) -> bool:
    head = known_head()
    return head is not None and stored_revisions(connection) == {head}
