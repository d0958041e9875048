"""What other workstations added: a cheap poll of the newest ids (primary-key lookups)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..db import Database
from ..models import Complaint, ServiceVisit, ShowroomVisit


@dataclass(frozen=True)
class ChangeStamp:
    walk_ins: int
    check_ins: int
    complaints: int


class ChangeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stamp(self) -> ChangeStamp:
        # Polled every few seconds (on a worker): a read that never waits for a writer
        # (the reminder run on another worker holds the write lock for a while).
        with self.db.reading() as session:
            newest = session.execute(
                select(
                    select(func.max(ShowroomVisit.id)).scalar_subquery(),
                    select(func.max(ServiceVisit.id)).scalar_subquery(),
                    select(func.max(Complaint.id)).scalar_subquery(),
                )
            ).one()
        return ChangeStamp(*(value or 0 for value in newest))
