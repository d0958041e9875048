"""The store's staff and its catalogue of models: reused where the database has them,
added where it has none (a demo on a database whose staff were entered by hand keeps
those staff)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import CarModel, StaffRole, StaffUser
from ..pinyin import name_keys
from ..services.auth import hash_password
from . import data
from .context import Member, Model
from .writer import Writer


def model_name(spec: data.ModelSpec) -> str:
    return f"{spec.brand} {spec.series}"


def ensure_models(session: Session, out: Writer, since: datetime) -> list[Model]:
    known = {
        name: model_id for name, model_id in session.execute(select(CarModel.name, CarModel.id))
    }
    models = []
    for spec in data.CAR_MODELS:
        name = model_name(spec)
        model_id = known.get(name) or out.add_new(
            CarModel,
            since,
            brand=spec.brand,
            series=spec.series,
            name=name,
            is_new_energy=spec.energy is not None,
            guide_price=spec.guide_price,
        )
        models.append(Model(model_id, name, spec))
    return models


def ensure_staff(session: Session, out: Writer, since: datetime) -> dict[str, list[Member]]:
    """Active staff by role; every role gets the demo's people if it has nobody."""
    rows = session.execute(
        select(StaffUser.id, StaffUser.name, StaffUser.role, StaffUser.username, StaffUser.active)
    ).all()
    usernames = {row.username for row in rows}
    staff: dict[str, list[Member]] = {role.value: [] for role in StaffRole}
    for row in (r for r in rows if r.active):
        staff.setdefault(row.role, []).append(Member(row.id, row.name, row.role))
    password_hash = hash_password(data.DEMO_PASSWORD)  # one slow Argon2 hash for all of them
    for role, names in data.STAFF.items():
        if not staff[role]:
            staff[role] = [
                _add_member(out, name, role, usernames, since, password_hash) for name in names
            ]
    return staff


def _add_member(
    out: Writer, name: str, role: str, taken: set[str], since: datetime, password_hash: str
) -> Member:
    username = _free_username(name_keys(name)[1], taken)
    member_id = out.add_new(
        StaffUser, since, name=name, username=username, role=role, password_hash=password_hash
    )
    return Member(member_id, name, role)


def _free_username(base: str, taken: set[str]) -> str:
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}"
    taken.add(candidate)
    return candidate
