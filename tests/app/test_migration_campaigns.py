"""Migration 0014: the campaign tables come and go (downgrade on both engines)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from app.db import Database, alembic_config, current_revision, head_revision

TABLES = {"campaigns", "campaign_invitations"}


def test_the_campaign_tables_are_taken_away_and_made_again(db: Database) -> None:
    config = alembic_config(db.engine)
    command.downgrade(config, "0013")
    assert not TABLES & set(inspect(db.engine).get_table_names())
    command.upgrade(config, "head")
    assert set(inspect(db.engine).get_table_names()) >= TABLES
    assert current_revision(db.engine) == head_revision()
