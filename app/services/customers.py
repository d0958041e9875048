"""Editing a customer's profile safely when two workstations edit the same customer, and
setting a prospect's intent level from their card."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit, settings
from ..db import Database
from ..errors import NotFoundError, StaleRecordError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Customer, FollowUpTask, TaskStatus
from ..permissions import Actor, Permission, require_actor
from ..rules import intent, prospects
from ..search_keys import customer_search_keys
from ..validation import clean_text, mask_mobile, validate_mobile, validate_name
from .calendar import TaskAction, repace
from .task_store import TaskStore

CUSTOMER_PROFILE = QT_TRANSLATE_NOOP("Errors", "客户资料")


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    version: int
    name: str
    mobile: str | None
    district: str | None
    occupation: str | None
    notes: str | None


@dataclass(frozen=True)
class IntentChoice:
    """A customer's intent level as their card shows it, with the levels it may be set to
    (the prospect levels; O and F come from orders and losses, never from the card)."""

    customer_id: int
    version: int
    level: str
    levels: list[intent.IntentLevel]
    settable: bool  # a prospect's level only


class CustomerService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

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
                raise StaleRecordError(CUSTOMER_PROFILE)
            _apply(customer, _unmasked(clean, customer))
            session.flush()  # UPDATE … WHERE version = old: a racing save fails here
            return _profile(customer)

    def intent_choice(self, customer_id: int) -> IntentChoice:
        with self.db.transaction(self.actor) as session:
            return _intent_choice(session, _get(session, customer_id))

    def set_intent_level(self, customer_id: int, level: str, version: int) -> IntentChoice:
        """Set a prospect's level as shown at `version` (a newer one: StaleRecordError).
        The change is audited; an open paced follow-up is re-paced to the new level from
        today by the calendar's own rule (the others skipped as 意向级别调整)."""
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            customer = _get(session, customer_id)
            if customer.version != version:
                raise StaleRecordError(CUSTOMER_PROFILE)
            choice = _intent_choice(session, customer)
            _check_level(choice, customer.name, level)
            if level != customer.intent_level:
                customer.intent_level = level
                session.flush()  # UPDATE … WHERE version = old: a racing save fails here
                _repace_follow_up(TaskStore(session, self.actor, now), customer)
            return _intent_choice(session, customer)


def _intent_choice(session: Session, customer: Customer) -> IntentChoice:
    levels = intent.levels_from_setting(settings.get(session, "sales.intent_levels"))
    return IntentChoice(
        customer_id=customer.id,
        version=customer.version,
        level=customer.intent_level,
        levels=intent.prospect_levels(levels),
        settable=prospects.still_prospect(customer.stage, customer.intent_level),
    )


def _check_level(choice: IntentChoice, name: str, level: str) -> None:
    if not choice.settable:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name}已订车或已战败，意向级别随订单和战败登记变化，不在此调整。"
            ),
            name=name,
        )
    if not intent.is_known(level, choice.levels):
        raise ValidationError(
            "intent_level", QT_TRANSLATE_NOOP("Errors", "意向级别“{level}”无效。"), level=level
        )


def _repace_follow_up(store: TaskStore, customer: Customer) -> None:
    """The open paced follow-up, if any, moves to the new level's pace (calendar.repace,
    the rule a callback's level change follows)."""
    open_paced = store.session.scalar(
        select(FollowUpTask)
        .where(
            FollowUpTask.customer_id == customer.id,
            FollowUpTask.kind == prospects.PACED,
            FollowUpTask.status == TaskStatus.OPEN,
        )
        .order_by(FollowUpTask.due_date, FollowUpTask.id)
        .limit(1)
    )
    if open_paced is not None:
        repace(store, open_paced, customer, TaskAction(open_paced.id, TaskStatus.REACHED))


def _get(session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该客户。"))
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
        raise ValidationError("mobile", QT_TRANSLATE_NOOP("Errors", "请输入完整的 11 位手机号码。"))
    return replace(clean, mobile=customer.mobile)


def _apply(customer: Customer, clean: CustomerProfile) -> None:
    customer.name = clean.name
    customer.mobile = clean.mobile
    for field, key in customer_search_keys(clean.name, clean.mobile).items():
        setattr(customer, field, key)
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
