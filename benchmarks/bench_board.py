"""The managers' board's load (issue 14): `BoardService.snapshot` of today, against the
same SQL replayed on a bare DB-API connection (its floor). Goal: ≤ 2× the floor — the board
sends grouped statements only, so what we add (the ORM, settings, the plain records) must
stay small beside the database's own work."""

from __future__ import annotations

from datetime import date
from statistics import median

from bare_sql import BareConnection, capture, dml_only
from figures import Figure, Goal, elapsed_ms
from run import Run

from app.services.board import BoardService

ROUNDS = 5


def board_figures(run: Run) -> list[Figure]:
    board = BoardService(run.db, run.actor)
    today = date.today()
    with capture(run.db.engine) as seen:
        board.snapshot(today)  # warms the caches up and shows which SQL the board sends
    statements = dml_only(seen)
    bare = BareConnection(run.url)
    try:
        bare.replay(statements)
        ours, floor = [], []
        for _round in range(ROUNDS):
            ours.append(elapsed_ms(lambda: board.snapshot(today)))
            floor.append(elapsed_ms(lambda: bare.replay(statements)))
    finally:
        bare.close()
    queries = sum(1 for s in statements if s.sql.lstrip().upper().startswith("SELECT"))
    return [Figure("board_load", median(ours), median(floor), Goal(times_floor=2),
                   "the board's SQL replayed bare", f"{queries} SELECTs")]  # fmt: skip
