"""Editing a customer's profile safely when two workstations edit the same customer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from .. import audit
from ..db import Database
from ..errors import NotFoundError, StaleRecordError, ValidationError
from ..models import Customer
from ..permissions import Actor, Permission, require_actor
from ..pinyin import name_keys
from ..validation import clean_text, mask_mobile, validate_mobile, validate_name


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    version: int
    name: str
    mobile: str | None
    district: str | None
    occupation: str | None
    notes: str | None


class CustomerService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = require_actor(actor)

    def profile(self, customer_id: int) -> CustomerProfile:
        with self.db.transaction(self.actor) as session:
            return _profile(_get(session, customer_id))

    def reveal_mobile(self, customer_id: int) -> str | None:
        """The whole number, for staff allowed to see it; each reveal is audited."""
        self.actor.require(Permission.SEE_FULL_CONTACT)
        with self.db.transaction(self.actor) as session:
            customer = _get(session, customer_id)
            audit.record(session, self.actor, "reveal", at=datetime.now(), entity="customers",
                         entity_id=customer_id, field="mobile")  # fmt: skip
            return customer.mobile

    def save_profile(self, edited: CustomerProfile) -> CustomerProfile:
        """Save what was edited from `edited.version`. If someone saved the customer in
        the meantime, StaleRecordError: the caller offers to reload, nothing is overwritten."""
        clean = _validated(edited)
        with self.db.transaction(self.actor) as session:
            customer = _get(session, clean.id)
            if customer.version != clean.version:
                raise StaleRecordError("客户资料")
            _apply(customer, _unmasked(clean, customer))
            session.flush()  # UPDATE … WHERE version = old: a racing save fails here
            return _profile(customer)


def _get(session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError("找不到该客户。")
    return customer


def _validated(edited: CustomerProfile) -> CustomerProfile:
    masked = edited.mobile is not None and "*" in edited.mobile
    return replace(
        edited,
        name=validate_name(edited.name),
        mobile=validate_mobile(edited.mobile) if edited.mobile and not masked else edited.mobile,
        district=clean_text(edited.district, "district", max_length=60),
        occupation=clean_text(edited.occupation, "occupation", max_length=40),
        notes=clean_text(edited.notes, "notes"),
    )


def _unmasked(clean: CustomerProfile, customer: Customer) -> CustomerProfile:
    """A number left as it was shown (138****5678) keeps the stored one."""
    if not clean.mobile or "*" not in clean.mobile:
        return clean
    if clean.mobile != mask_mobile(customer.mobile):
        raise ValidationError("mobile", "请输入完整的 11 位手机号码。")
    return replace(clean, mobile=customer.mobile)


def _apply(customer: Customer, clean: CustomerProfile) -> None:
    customer.name = clean.name
    customer.name_initials, customer.name_pinyin = name_keys(clean.name)
    customer.mobile = clean.mobile
    customer.mobile_last4 = clean.mobile[-4:] if clean.mobile else None
    customer.district = clean.district
    customer.occupation = clean.occupation
    customer.notes = clean.notes


def _profile(customer: Customer) -> CustomerProfile:
    return CustomerProfile(
        id=customer.id,
        version=customer.version,
        name=customer.name,
        mobile=mask_mobile(customer.mobile),
        district=customer.district,
        occupation=customer.occupation,
        notes=customer.notes,
    )
