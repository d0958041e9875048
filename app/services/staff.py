from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..db import Database
from ..models import CarModel, StaffRole, StaffUser


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str


@dataclass(frozen=True)
class ModelChoice:
    id: int
    name: str
    is_new_energy: bool


class DirectoryService:
    """Staff and the model catalogue: the short lists forms pick from. Read without a
    lock: a form built while a background job writes does not wait for it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def staff(self, role: StaffRole | None = None) -> list[StaffMember]:
        query = select(StaffUser).where(StaffUser.active).order_by(StaffUser.role, StaffUser.id)
        if role is not None:
            query = query.where(StaffUser.role == role)
        with self.db.reading() as session:
            return [StaffMember(s.id, s.name, s.role) for s in session.scalars(query)]

    def car_models(self) -> list[ModelChoice]:
        with self.db.reading() as session:
            rows = session.scalars(select(CarModel).order_by(CarModel.brand, CarModel.name))
            return [ModelChoice(m.id, m.name, m.is_new_energy) for m in rows]
