"""One customer's three years with the store: who they are, when they came, whether they
bought (or went elsewhere), their car's service visits, a complaint now and then."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..models import (
    ConsentKind,
    ContactConsent,
    Customer,
    CustomerStage,
    CustomerType,
    Gender,
    OwnerType,
)
from ..rules import intent
from ..rules.orders import describe_loss
from . import complaints, data, followups, sales, showroom
from .context import HISTORY_DAYS, Demo, Member
from .people import DISTRICTS, Weighted, id_number

SOURCES = Weighted(data.SOURCE_CHANNELS)
STAGES = Weighted(
    ((CustomerStage.DEAL, 42), (CustomerStage.PROSPECT, 40), (CustomerStage.LOST, 18))
)
VISIT_COUNTS = {
    CustomerStage.DEAL: Weighted(((1, 30), (2, 45), (3, 25))),
    CustomerStage.PROSPECT: Weighted(((1, 65), (2, 28), (3, 7))),
    CustomerStage.LOST: Weighted(((1, 50), (2, 40), (3, 10))),
}
TODAY_DEAL_SHARE, TODAY_RETURNING_SHARE = 0.12, 0.3
FLEET_SHARE, DEALER_SHARE = 0.03, 0.01
COMPLAINT_CHANCE = {True: 0.03, False: 0.005}  # with a car delivered / without
MARKETING_REFUSED, GREETINGS_REFUSED = 0.15, 0.08
STALE_PROSPECT_DAYS = 90
# The sales desk's note on prospect follow-ups stopped by a deal or a loss.
STOPPED_FOLLOW_UPS = {
    CustomerStage.DEAL: "已成交，停止潜客跟进",
    CustomerStage.LOST: "战败，停止潜客跟进",
}
CHANNELS = Weighted((("phone", 50), ("wechat", 35), ("sms", 15)))


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    stage: CustomerStage
    owner_type: str
    company: bool
    female: bool
    consultant: Member
    source: str
    referred_by: int | None


def add_customer(demo: Demo, visits_today: bool) -> None:
    person = _person(demo, visits_today)
    days = _visit_days(demo, person.stage, visits_today)
    interest = demo.model()
    levels = showroom.visit_levels(demo, person.stage, len(days))
    visits = showroom.add_visits(
        demo, person.id, person.consultant, interest, days, levels, person.source
    )
    purchases = _purchases(demo, person, interest, visits[-1])
    subject = followups.Subject(
        demo, person.id, person.name, person.consultant, STOPPED_FOLLOW_UPS.get(person.stage)
    )
    followups.add_visit_tasks(subject, visits, interest.name, person.stage == "prospect")
    for purchase in purchases:
        followups.add_purchase_tasks(subject, purchase)
    open_complaint = _maybe_complain(demo, person, visits, purchases)
    _add_consents(demo, person.id, visits[0].arrived_at)
    _add_row(demo, person, visits, open_complaint)
    if person.stage == CustomerStage.DEAL:
        demo.referrers.append(person.id)


def _person(demo: Demo, visits_today: bool) -> Person:
    stage = STAGES.draw(demo.rng)
    if visits_today:
        stage = CustomerStage.DEAL if demo.chance(TODAY_DEAL_SHARE) else CustomerStage.PROSPECT
    draw, female = demo.rng.random(), demo.chance(0.42)
    company = draw < FLEET_SHARE
    owner_type = OwnerType.FLEET if company else OwnerType.PRIVATE
    if FLEET_SHARE <= draw < FLEET_SHARE + DEALER_SHARE:
        owner_type = OwnerType.USED_CAR_DEALER
    trades = data.COMPANY_TRADES if company else data.USED_CAR_TRADES
    name = demo.people.company_name(trades) if company else demo.people.person_name(female)
    source = SOURCES.draw(demo.rng)
    referred_by = demo.rng.choice(demo.referrers) if demo.referrers else None
    if source == data.REFERRAL_SOURCE and referred_by is None:
        source = "自然到店"
    return Person(
        demo.out.new_id(Customer), name, stage, owner_type, company, female,
        demo.member("sales_consultant"), source,
        referred_by if source == data.REFERRAL_SOURCE else None,
    )  # fmt: skip


def _visit_days(demo: Demo, stage: CustomerStage, visits_today: bool) -> list[date]:
    """Historical visits stop the day before the reference day; today's are apart."""
    if visits_today:
        if not demo.chance(TODAY_RETURNING_SHARE):
            return [demo.today]
        return [demo.days_ago(demo.rng.randint(3, 60)), demo.today]
    days = [demo.days_ago(demo.rng.randint(1, HISTORY_DAYS))]
    for _ in range(VISIT_COUNTS[stage].draw(demo.rng) - 1):
        later = days[-1] + timedelta(days=demo.rng.randint(2, 21))
        if later >= demo.today:
            break
        days.append(later)
    return days


def _purchases(
    demo: Demo, person: Person, interest, closing: showroom.Visit
) -> list[sales.Purchase]:
    if person.stage != CustomerStage.DEAL:
        return []
    ordered_at = min(closing.departed_at or demo.now, demo.now)
    count = demo.rng.randint(2, 5) if person.company else 1
    models = [interest] + [demo.model() for _ in range(count - 1)]
    return [sales.add_purchase(demo, person.id, person.consultant, m, ordered_at) for m in models]


def _maybe_complain(
    demo: Demo, person: Person, visits: list[showroom.Visit], purchases: list[sales.Purchase]
) -> bool:
    delivered = [
        (p.vehicle.id, p.delivered_at.date())
        for p in purchases
        if p.vehicle is not None and p.delivered_at is not None
    ]
    if not demo.chance(COMPLAINT_CHANCE[bool(delivered)]):
        return False
    if delivered:
        vehicle_id, day = demo.rng.choice(delivered)
        return complaints.add_complaint(demo, person.id, vehicle_id, day)
    return complaints.add_complaint(demo, person.id, None, visits[0].arrived_at.date())


def _add_consents(demo: Demo, customer_id: int, since: datetime) -> None:
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


def _add_row(demo: Demo, person: Person, visits: list[showroom.Visit], complaint: bool) -> None:
    initials, full = demo.people.name_keys(person.name)
    mobile = demo.people.mobile()
    demo.out.add(
        Customer,
        person.id,
        visits[0].arrived_at,
        customer_type=CustomerType.COMPANY if person.company else CustomerType.PERSON,
        owner_type=person.owner_type,
        stage=person.stage,
        name=person.name,
        contact_name=demo.people.person_name(person.female) if person.company else None,
        name_initials=initials,
        name_pinyin=full,
        mobile=mobile,
        mobile_last4=mobile[-4:],
        source_channel=person.source,
        referred_by_id=person.referred_by,
        consultant_id=person.consultant.id,
        intent_level=_level(demo, person.stage, visits[-1]),
        loss_reason=_loss_reason(demo) if person.stage == CustomerStage.LOST else None,
        has_open_complaint=complaint,
        last_visit_at=visits[-1].arrived_at,
        preferred_channel=CHANNELS.draw(demo.rng),
        **({} if person.company else _personal(demo, person)),
    )


def _loss_reason(demo: Demo) -> str:
    """As the sales desk keeps it: the reason's label, with words where it needs them."""
    reason = demo.rng.choice(demo.rules.loss_reasons)
    words = data.LOSS_TEXTS.get(reason.code, data.LOSS_TEXTS["other"])
    return describe_loss(
        demo.rules.loss_reasons, reason.code, demo.rng.choice(words) if reason.needs_text else None
    )


def _level(demo: Demo, stage: str, last: showroom.Visit) -> str:
    """Ordered, lost, or the last visit's level; a prospect not seen for months has cooled."""
    if stage == CustomerStage.DEAL:
        return intent.ORDERED
    if stage == CustomerStage.LOST:
        return intent.LOST
    if last.arrived_at.date() < demo.days_ago(STALE_PROSPECT_DAYS):
        return demo.rng.choice(data.COLD_LEVELS)
    return last.intent_level


def _personal(demo: Demo, person: Person) -> dict:
    """What the desk learns of a person; not everyone tells everything."""
    rng = demo.rng
    birthday = demo.today - timedelta(days=rng.randint(22 * 365, 65 * 365))
    district, area = DISTRICTS.draw(rng)
    lunar = rng.random() < 0.3
    known = rng.random() < 0.7
    return {
        "gender": Gender.FEMALE if person.female else Gender.MALE,
        "birthday": birthday if known and not lunar else None,
        "lunar_birthday_month": rng.randint(1, 12) if lunar else None,
        "lunar_birthday_day": rng.randint(1, 29) if lunar else None,
        "id_number": (
            id_number(area, birthday, rng.randrange(500) * 2 + (0 if person.female else 1))
            if person.stage == CustomerStage.DEAL
            else None
        ),
        "occupation": rng.choice(data.OCCUPATIONS) if rng.random() < 0.6 else None,
        "hobbies": "、".join(rng.sample(data.HOBBIES, rng.randint(1, 3))) if known else None,
        "district": district,
        "address": f"深圳市{district}{rng.choice(data.STREETS)}{rng.randint(1, 999)}号",
        "driving_years": max(0, min(rng.randint(0, 25), (demo.today - birthday).days // 365 - 18)),
    }
