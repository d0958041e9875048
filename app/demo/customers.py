"""Who a customer is (a person or a company, what the desk learns of them) and their row,
with the search keys every writer of the app stores (app.search_keys) and their
consent per kind of contact."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ..models import (
    ConsentKind,
    ContactConsent,
    Customer,
    CustomerStage,
    CustomerType,
    Gender,
    OwnerType,
)
from ..search_keys import mobile_search_keys
from . import data
from .context import Demo, Member
from .people import DISTRICTS, Weighted, between, id_number, pick

FLEET_SHARE, DEALER_SHARE = 0.03, 0.01
MARKETING_REFUSED, GREETINGS_REFUSED = 0.15, 0.08
CHANNELS = Weighted((("phone", 50), ("wechat", 35), ("sms", 15)))


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    owner_type: str
    company: bool
    female: bool
    personal: dict[str, Any] = field(default_factory=dict)  # a person's details

    @property
    def birthday(self) -> date | None:
        return self.personal.get("birthday")

    @property
    def lunar_birthday(self) -> tuple[int, int] | None:
        month, day = (
            self.personal.get("lunar_birthday_month"),
            self.personal.get("lunar_birthday_day"),
        )
        return (month, day) if month and day else None


def new_person(demo: Demo, deal: bool) -> Person:
    """A person (most) or a company; `deal`: buying, so the ID number is on file."""
    draw, female = demo.rng.random(), demo.chance(0.42)
    company = draw < FLEET_SHARE
    owner_type = OwnerType.FLEET if company else OwnerType.PRIVATE
    if FLEET_SHARE <= draw < FLEET_SHARE + DEALER_SHARE:
        owner_type = OwnerType.USED_CAR_DEALER
    trades = data.COMPANY_TRADES if company else data.USED_CAR_TRADES
    name = demo.people.company_name(trades) if company else demo.people.person_name(female)
    customer_id = demo.out.new_id(Customer)
    personal = {} if company else _personal(demo, female, deal)
    return Person(customer_id, name, owner_type, company, female, personal)


def _personal(demo: Demo, female: bool, deal: bool) -> dict[str, Any]:
    """What the desk learns of a person; not everyone tells everything."""
    rng = demo.rng
    birthday = demo.today - timedelta(days=between(rng, 22 * 365, 65 * 365))
    district, area = DISTRICTS.draw(rng)
    lunar = rng.random() < 0.3
    known = rng.random() < 0.7
    return {
        "gender": Gender.FEMALE if female else Gender.MALE,
        "birthday": birthday if known and not lunar else None,
        "lunar_birthday_month": between(rng, 1, 12) if lunar else None,
        "lunar_birthday_day": between(rng, 1, 29) if lunar else None,
        "id_number": (
            id_number(area, birthday, int(rng.random() * 500) * 2 + (0 if female else 1))
            if deal
            else None
        ),
        "occupation": pick(rng, data.OCCUPATIONS) if rng.random() < 0.6 else None,
        "hobbies": "、".join(rng.sample(data.HOBBIES, between(rng, 1, 3))) if known else None,
        "district": district,
        "address": f"深圳市{district}{pick(rng, data.STREETS)}{between(rng, 1, 999)}号",
        "driving_years": max(0, min(between(rng, 0, 25), (demo.today - birthday).days // 365 - 18)),
    }


def add_consents(demo: Demo, customer_id: int, since: datetime) -> None:
    """PIPL: some refuse marketing; service-necessary contact is always agreed."""
    refused = {
        ConsentKind.MARKETING: demo.chance(MARKETING_REFUSED),
        ConsentKind.GREETINGS: demo.chance(GREETINGS_REFUSED),
        ConsentKind.SERVICE: False,
    }
    for kind, no in refused.items():
        demo.out.add_new(
            ContactConsent,
            since,
            customer_id=customer_id,
            kind=kind,
            granted=not no,
            changed_at=since,
            reason="客户表示不希望接收此类信息" if no else None,
        )


def add_row(
    demo: Demo, person: Person, since: datetime, stage: CustomerStage,
    consultant: Member | None, **values: Any,
) -> None:  # fmt: skip
    """The customer's row as the desks write it; `values`: what their story decided."""
    mobile = demo.people.mobile()
    demo.out.add(
        Customer,
        person.id,
        since,
        customer_type=CustomerType.COMPANY if person.company else CustomerType.PERSON,
        owner_type=person.owner_type,
        stage=stage,
        name=person.name,
        contact_name=demo.people.person_name(person.female) if person.company else None,
        mobile=mobile,
        **demo.people.name_search_keys(person.name),
        **mobile_search_keys(mobile),
        consultant_id=consultant.id if consultant else None,
        preferred_channel=CHANNELS.draw(demo.rng),
        **person.personal,
        **values,
    )
