"""Customer search: name (also pinyin initials), mobile (full, prefix, last four),
plate, VIN (full or last six). Every mode is an index lookup or an index range."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..models import Customer, StaffUser, Vehicle
from ..permissions import Actor, Permission, require_actor
from ..validation import PROVINCES, digits_only, mask_mobile, normalize_plate

MAX_QUERY_LENGTH = 60
_LATIN = re.compile(r"^[a-z]+$")
_VIN_TAIL = re.compile(r"^[A-HJ-NPR-Z0-9]{6}$")
_VIN_FULL = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


@dataclass(frozen=True)
class CustomerHit:
    id: int
    name: str
    mobile: str | None
    stage: str
    intent_level: str
    consultant: str | None
    plates: list[str] = field(default_factory=list)
    vins: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
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


def _next_prefix(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _starts_with(column, prefix: str) -> ColumnElement[bool]:
    return (column >= prefix) & (column < _next_prefix(prefix))


def _customers_where(condition) -> Select:
    return select(Customer.id).where(condition)


def _owners_of_vehicles(condition) -> Select:
    return select(Vehicle.owner_id).where(condition)


def search_plans(query: str, phone_prefixes: bool = False) -> list[Select]:
    """The index lookups a query means, most specific first.

    Phone numbers are shown masked (138****5678): a search by a number's other prefixes
    would recover it digit by digit, so only staff who may see whole numbers get them
    (`phone_prefixes`); everyone else finds a number whole or by its last four digits."""
    text = "".join(
        ch for ch in unicodedata.normalize("NFKC", query) if unicodedata.category(ch)[0] != "C"
    ).strip()[:MAX_QUERY_LENGTH]
    if not text:
        return []
    compact = re.sub(r"[\s\-·.]", "", text).upper()
    digits = digits_only(text)
    plans: list[Select] = []
    if digits and digits == re.sub(r"[\s\-+]", "", text):
        plans += _phone_plans(digits, phone_prefixes)
    if _VIN_FULL.match(compact):
        plans.append(_owners_of_vehicles(Vehicle.vin == compact))
    if _VIN_TAIL.match(compact):
        plans.append(_owners_of_vehicles(Vehicle.vin_last6 == compact))
    if len(compact) >= 2 and compact[0] in PROVINCES:
        plans.append(_owners_of_vehicles(_starts_with(Vehicle.plate, normalize_plate(text))))
    if _LATIN.match(compact.lower()):
        latin = compact.lower()
        plans.append(_customers_where(_starts_with(Customer.name_initials, latin)))
        plans.append(_customers_where(_starts_with(Customer.name_pinyin, latin)))
    if not digits or not text.isascii():
        plans.append(_customers_where(_starts_with(Customer.name, text)))
    return plans


def _phone_plans(digits: str, prefixes: bool) -> list[Select]:
    plans: list[Select] = []
    if len(digits) == 4:
        plans.append(_customers_where(Customer.mobile_last4 == digits))
    if len(digits) == 11:
        plans.append(_customers_where(Customer.mobile == digits))
    elif len(digits) >= 3 and prefixes:
        plans.append(_customers_where(_starts_with(Customer.mobile, digits)))
    return plans


def phone_query(query: str) -> str | None:
    """The number a query searches by, as the audit trail keeps it (masked), or None."""
    digits = digits_only(query)
    if not digits or digits != re.sub(r"[\s\-+]", "", query.strip()) or len(digits) < 3:
        return None
    return mask_mobile(digits) if len(digits) >= 8 else "*" * max(0, 4 - len(digits)) + digits


def find_customer_ids(session: Session, query: str, limit: int, actor: Actor) -> list[int]:
    """Customers a query finds, as `actor` may search; a search by phone is audited."""
    phone = phone_query(query)
    if phone is not None:
        audit.record(session, actor, "search", at=datetime.now(), entity="customers",
                     field="mobile", detail=phone)  # fmt: skip
    prefixes = actor.can(Permission.SEE_FULL_CONTACT)
    found: list[int] = []
    for plan in search_plans(query, prefixes):
        remaining = limit - len(found)
        if remaining <= 0:
            break
        ids = session.scalars(plan.limit(remaining + len(found))).all()
        found += [i for i in dict.fromkeys(ids) if i not in found][:remaining]
    return found


def load_hits(session: Session, ids: list[int]) -> list[CustomerHit]:
    if not ids:
        return []
    rows = session.execute(
        select(Customer, StaffUser.name)
        .outerjoin(StaffUser, StaffUser.id == Customer.consultant_id)
        .where(Customer.id.in_(ids))
    ).all()
    vehicles = session.execute(
        select(Vehicle.owner_id, Vehicle.plate, Vehicle.vin)
        .where(Vehicle.owner_id.in_(ids))
        .order_by(Vehicle.id)
    ).all()
    by_id = {customer.id: (customer, consultant) for customer, consultant in rows}
    hits = []
    for customer_id in ids:
        customer, consultant = by_id[customer_id]
        own = [v for v in vehicles if v.owner_id == customer_id]
        hits.append(
            CustomerHit(
                id=customer.id,
                name=customer.name,
                mobile=mask_mobile(customer.mobile),
                stage=customer.stage,
                intent_level=customer.intent_level,
                consultant=consultant,
                plates=[v.plate for v in own if v.plate],
                vins=[v.vin for v in own],
            )
        )
    return hits


class SearchService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = require_actor(actor)

    def search(self, query: str, limit: int = 50) -> list[CustomerHit]:
        limit = max(1, min(limit, 500))
        with self.db.transaction(self.actor) as session:
            return load_hits(session, find_customer_ids(session, query, limit, self.actor))
