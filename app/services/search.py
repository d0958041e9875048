"""Customer search: name (also pinyin initials), mobile (full, prefix, last four), plate,
VIN (full or last six). The query's shape says which lookups it means
(app.rules.search_modes); each is one SQL statement, an index lookup or range that
selects only the columns a hit shows, with the consultant and the vehicles joined in.
A search runs its statements, compiled once, on the driver's cursor: one that writes
nothing (any but by phone number) outside any transaction (app.driver_reads), one by
phone number in a transaction with its audit entry (app.driver_writes)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, bindparam, select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..driver_reads import driver_read
from ..driver_writes import driver_write
from ..models import Customer, StaffUser, Vehicle
from ..models.base import table_of
from ..permissions import Actor, Permission, require_actor
from ..rules.search_modes import VEHICLE_MODES, Lookup, Mode, lookups, phone_query
from ..validation import mask_mobile

CUSTOMERS = table_of(Customer)
VEHICLES = table_of(Vehicle)
STAFF = table_of(StaffUser)
MAX_LIMIT = 500


@dataclass(slots=True)  # not frozen: its lists fill as rows come, and a frozen
class CustomerHit:  # dataclass takes 3x as long to make (~2 µs a hit, at 50 hits a search)
    id: int
    name: str
    mobile: str | None
    stage: str
    intent_level: str
    consultant: str | None
    plates: list[str] = field(default_factory=list)
    vins: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "phone": self.mobile,
            "stage": self.stage,
            "intent_level": self.intent_level,
            "consultant": self.consultant,
            "plates": self.plates,
            "vins": self.vins,
        }


# --- conditions ---------------------------------------------------------------------------
def _equals(column: ColumnElement[Any]) -> ColumnElement[bool]:
    return column == bindparam("key")


def _starts_with(column: ColumnElement[Any]) -> ColumnElement[bool]:
    """A prefix as an index range (col >= 'zs' AND col < 'zt'): no LIKE, no escaping."""
    return (column >= bindparam("key")) & (column < bindparam("following"))


def parameters(lookup: Lookup) -> dict[str, str]:
    """The values of a lookup's statement: its key, and the first text after every
    text that begins with it (the end of a prefix's range)."""
    key = lookup.key
    return {"key": key, "following": key[:-1] + chr(ord(key[-1]) + 1)}


def condition(mode: Mode) -> ColumnElement[bool]:
    customers, vehicles = CUSTOMERS.c, VEHICLES.c
    conditions: dict[Mode, Callable[[], ColumnElement[bool]]] = {
        Mode.MOBILE: lambda: _equals(customers.mobile),
        Mode.MOBILE_LAST4: lambda: _equals(customers.mobile_last4),
        Mode.MOBILE_PREFIX: lambda: _starts_with(customers.mobile),
        Mode.NAME: lambda: _starts_with(customers.name),
        Mode.INITIALS: lambda: _starts_with(customers.name_initials),
        Mode.PINYIN: lambda: _starts_with(customers.name_pinyin),
        Mode.VIN: lambda: _equals(vehicles.vin),
        Mode.VIN_LAST6: lambda: _equals(vehicles.vin_last6),
        Mode.PLATE: lambda: _starts_with(vehicles.plate),
    }
    return conditions[mode]()


def order(mode: Mode) -> tuple[ColumnElement[Any], ...]:
    """The order the lookup's index keeps already (no sort): the searched column, then
    the row's id where the column is not unique."""
    customers, vehicles = CUSTOMERS.c, VEHICLES.c
    by_mode: dict[Mode, tuple[ColumnElement[Any], ...]] = {
        Mode.MOBILE: (customers.id,),
        Mode.MOBILE_LAST4: (customers.id,),
        Mode.MOBILE_PREFIX: (customers.mobile,),
        Mode.NAME: (customers.name, customers.id),
        Mode.INITIALS: (customers.name_initials, customers.id),
        Mode.PINYIN: (customers.name_pinyin, customers.id),
        Mode.VIN: (vehicles.id,),
        Mode.VIN_LAST6: (vehicles.id,),
        Mode.PLATE: (vehicles.plate,),
    }
    return by_mode[mode]


# --- statements (built once per mode and limit: building costs more than running) -------
def found_customers(mode: Mode, limit: int) -> Select[Any]:
    """The first `limit` customers a lookup finds (by a vehicle: one row per vehicle
    found), with the columns a hit shows and what they are found in the order of."""
    c, keys = CUSTOMERS.c, order(mode)
    statement = select(
        c.id, c.name, c.mobile, c.stage, c.intent_level, c.consultant_id,
        *(key.label(f"found_by_{n}") for n, key in enumerate(keys)),
    )  # fmt: skip
    if mode in VEHICLE_MODES:
        statement = statement.select_from(VEHICLES.join(CUSTOMERS, c.id == VEHICLES.c.owner_id))
    return statement.where(condition(mode)).order_by(*keys).limit(limit)


def with_hit_columns(source: FromClause) -> Select[Any]:
    """What a hit shows of the customers in `source`: their columns, the consultant's
    name, and a row per vehicle (plate and VIN; none for a customer without one)."""
    c = source.c
    shown = (c.id, c.name, c.mobile, c.stage, c.intent_level, STAFF.c.name.label("consultant"))
    return (
        select(*shown, VEHICLES.c.plate, VEHICLES.c.vin)
        .select_from(source)
        .outerjoin(STAFF, STAFF.c.id == c.consultant_id)
        .outerjoin(VEHICLES, VEHICLES.c.owner_id == c.id)
    )


@lru_cache(maxsize=128)
def hits_statement(mode: Mode, limit: int) -> Select[Any]:
    """One statement per lookup: the customers found, their consultant and vehicles."""
    found = found_customers(mode, limit).subquery("found")
    found_by = [found.c[f"found_by_{n}"] for n in range(len(order(mode)))]
    return with_hit_columns(found).order_by(*found_by, VEHICLES.c.id)


def search_plans(query: str, phone_prefixes: bool = False, limit: int = 50) -> list[Select[Any]]:
    """The statements a query runs, in order, with its values (the benchmarks explain
    them)."""
    return [
        hits_statement(lookup.mode, limit).params(parameters(lookup))
        for lookup in lookups(query, phone_prefixes)
    ]


# --- rows to hits -------------------------------------------------------------------------
def fold_hits(rows: Iterable[Any], listed: Callable[[str | None], str]) -> list[CustomerHit]:
    """Rows of (customer, consultant, plate, vin), a customer's rows together, into one
    hit per customer in the order they first appear."""
    hits: dict[int, CustomerHit] = {}
    for row in rows:
        hit = hits.get(row.id)
        if hit is None:
            hit = hits[row.id] = CustomerHit(
                id=row.id, name=row.name, mobile=listed(row.mobile), stage=row.stage,
                intent_level=row.intent_level, consultant=row.consultant,
            )  # fmt: skip
        if row.vin is not None and row.vin not in hit.vins:
            hit.vins.append(row.vin)
            if row.plate:
                hit.plates.append(row.plate)
    return list(hits.values())


def load_hits(
    session: Session, ids: Sequence[int], actor: Actor | None = None
) -> list[CustomerHit]:
    """Customers by id, in that order, as hits (phones listed as `actor` may see them:
    masked, as for everyone without one)."""
    if not ids:
        return []
    statement = with_hit_columns(CUSTOMERS).where(CUSTOMERS.c.id.in_(ids))
    rows = session.execute(statement.order_by(CUSTOMERS.c.id, VEHICLES.c.id))
    by_id = {hit.id: hit for hit in fold_hits(rows, _listing(actor))}
    return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]


def _listing(actor: Actor | None) -> Callable[[str | None], str]:
    return actor.listed_mobile if actor is not None else mask_mobile


def audit_phone_search(session: Session, actor: Actor, query: str) -> None:
    """A search by phone number is recorded (the number masked), found or not."""
    phone = phone_query(query)
    if phone is not None:
        audit.record(session, actor, "search", at=datetime.now(), entity="customers",
                     field="mobile", detail=phone)  # fmt: skip


RowsOf = Callable[[Lookup, int], Iterable[Any]]


def first_hits(
    found: list[Lookup], rows_of: RowsOf, limit: int, listed: Callable[[str | None], str]
) -> list[CustomerHit]:
    """The hits of the lookups in turn: one after the first runs only while the limit is
    not reached (a shape with two meanings, e.g. zs, zhangsan)."""
    hits: dict[int, CustomerHit] = {}
    for lookup in found:
        if len(hits) >= limit:
            break
        for hit in fold_hits(rows_of(lookup, limit), listed):
            hits.setdefault(hit.id, hit)
    return list(hits.values())[:limit]


def read_hits(db: Database, query: str, limit: int, actor: Actor) -> list[CustomerHit]:
    """Customers a query that writes nothing finds (no phone number: app.driver_reads)."""
    found = lookups(query, actor.can(Permission.SEE_FULL_CONTACT))
    if not found:
        return []
    with driver_read(db) as reader:

        def rows_of(lookup: Lookup, limit: int) -> Iterable[Any]:
            return reader.rows(hits_statement(lookup.mode, limit), parameters(lookup))

        return first_hits(found, rows_of, limit, actor.listed_mobile)


def audited_hits(
    db: Database, query: str, phone: str, limit: int, actor: Actor
) -> list[CustomerHit]:
    """Customers a search by phone number finds, and its audit entry (`phone`: the
    number masked), found or not, in one transaction."""
    found = lookups(query, actor.can(Permission.SEE_FULL_CONTACT))
    with driver_write(db) as writer:
        audit.record_on(writer, actor, "search", at=datetime.now(), entity="customers",
                        field="mobile", detail=phone)  # fmt: skip

        def rows_of(lookup: Lookup, limit: int) -> Iterable[Any]:
            return writer.rows(hits_statement(lookup.mode, limit), parameters(lookup))

        return first_hits(found, rows_of, limit, actor.listed_mobile)


class SearchService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = require_actor(actor)

    def search(self, query: str, limit: int = 50) -> list[CustomerHit]:
        limit = max(1, min(limit, MAX_LIMIT))
        phone = phone_query(query)
        if phone is None:
            return read_hits(self.db, query, limit, self.actor)
        return audited_hits(self.db, query, phone, limit, self.actor)
