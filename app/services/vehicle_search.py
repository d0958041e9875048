"""Finding the car at the service desk: by plate, VIN (or its last six) directly, else by
its owner (phone, last four, name, pinyin). The same lookups as the customer search
(app.rules.search_modes), one statement each, selecting only what a hit shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..db import Database
from ..driver_reads import driver_read
from ..models import CarModel
from ..models.base import table_of
from ..permissions import Actor, Permission
from ..rules.search_modes import Lookup, Mode, lookups
from .checkin_types import VehicleHit
from .search import CUSTOMERS, VEHICLES, audit_phone_search, condition, order, parameters

MODELS = table_of(CarModel)
Statement = Callable[[Mode, int], Select[Any]]
RowsOf = Callable[[Select[Any], Lookup], Iterable[Any]]


def _hit_columns() -> Select[Any]:
    v, c = VEHICLES.c, CUSTOMERS.c
    return select(v.id, v.plate, v.vin, MODELS.c.name.label("model"), v.colour,
                  c.name.label("owner_name"), c.mobile.label("owner_mobile"))  # fmt: skip


@lru_cache(maxsize=64)
def direct_statement(mode: Mode, limit: int) -> Select[Any]:
    """Cars a plate or VIN lookup finds, in the order of its index."""
    v = VEHICLES.c
    return (
        _hit_columns()
        .select_from(VEHICLES.join(CUSTOMERS, CUSTOMERS.c.id == v.owner_id))
        .outerjoin(MODELS, MODELS.c.id == v.model_id)
        .where(condition(mode))
        .order_by(*order(mode))
        .limit(limit)
    )


@lru_cache(maxsize=64)
def owners_statement(mode: Mode, limit: int) -> Select[Any]:
    """The cars of the first `limit` customers an owner lookup finds, owner by owner."""
    keys = order(mode)
    found = (
        select(CUSTOMERS.c.id, *(key.label(f"found_by_{n}") for n, key in enumerate(keys)))
        .where(condition(mode))
        .order_by(*keys)
        .limit(limit)
        .subquery("found")
    )
    v = VEHICLES.c
    return (
        _hit_columns()
        .select_from(found.join(VEHICLES, v.owner_id == found.c.id))
        .join(CUSTOMERS, CUSTOMERS.c.id == found.c.id)
        .outerjoin(MODELS, MODELS.c.id == v.model_id)
        .order_by(*(found.c[f"found_by_{n}"] for n in range(len(keys))), v.id)
        .limit(limit)
    )


def vehicle_hits(rows: Iterable[Any], actor: Actor) -> list[VehicleHit]:
    return [
        VehicleHit(id=row.id, plate=row.plate, vin=row.vin, model=row.model, colour=row.colour,
                   owner_name=row.owner_name, owner_phone=actor.listed_mobile(row.owner_mobile))
        for row in rows
    ]  # fmt: skip


def session_rows(session: Session) -> RowsOf:
    return lambda statement, lookup: session.execute(statement, parameters(lookup))


def _first_found(
    rows_of: RowsOf, found: list[Lookup], statement: Statement, limit: int, actor: Actor
) -> list[VehicleHit]:
    hits: dict[int, VehicleHit] = {}
    for lookup in found:
        if len(hits) >= limit:
            break
        rows = rows_of(statement(lookup.mode, limit), lookup)
        for hit in vehicle_hits(rows, actor):
            hits.setdefault(hit.id, hit)
    return list(hits.values())[:limit]


def find_vehicles(session: Session, query: str, limit: int, actor: Actor) -> list[VehicleHit]:
    """By the car first; only when no car is found, by its owner (a search by phone is
    then recorded in the audit trail, as at the reception desk)."""
    meant = lookups(query, actor.can(Permission.SEE_FULL_CONTACT))
    direct = [lookup for lookup in meant if lookup.finds_vehicles]
    rows_of = session_rows(session)
    hits = _first_found(rows_of, direct, direct_statement, limit, actor)
    if hits:
        return hits
    audit_phone_search(session, actor, query)
    by_owner = [lookup for lookup in meant if not lookup.finds_vehicles]
    return _first_found(rows_of, by_owner, owners_statement, limit, actor)


def read_vehicles(db: Database, query: str, limit: int, actor: Actor) -> list[VehicleHit]:
    """find_vehicles for a query that is no phone number (nothing to audit), on the
    driver's cursor (app.driver_reads)."""
    meant = lookups(query, actor.can(Permission.SEE_FULL_CONTACT))
    if not meant:
        return []
    direct = [lookup for lookup in meant if lookup.finds_vehicles]
    by_owner = [lookup for lookup in meant if not lookup.finds_vehicles]
    with driver_read(db) as reader:

        def rows_of(statement: Select[Any], lookup: Lookup) -> Iterable[Any]:
            return reader.rows(statement, parameters(lookup))

        hits = _first_found(rows_of, direct, direct_statement, limit, actor)
        return hits or _first_found(rows_of, by_owner, owners_statement, limit, actor)


def find_direct(session: Session, plate_or_vin: str, limit: int, actor: Actor) -> list[VehicleHit]:
    """Cars by plate or VIN only (the owner's phone or name never finds them here)."""
    direct = [lookup for lookup in lookups(plate_or_vin) if lookup.finds_vehicles]
    return _first_found(session_rows(session), direct, direct_statement, limit, actor)
