"""One customer's five years with the store: a walk-in who came, whether they bought (or
went elsewhere), their car's service visits, a complaint now and then; or an owner
whose car was bought elsewhere and comes for service (app.demo.owners)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..models import CustomerStage, KeyCustomerOutcome, TaskStatus
from ..rules import intent
from ..rules.dates import add_months
from ..rules.handover import last_day_covered
from ..rules.orders import describe_loss
from . import complaints, data, followups, owners, reminders, sales, showroom
from .context import HISTORY_DAYS, Demo, Member
from .customers import Person, add_consents, add_row, new_person
from .key_weeks import Decision
from .people import Weighted

SOURCES = Weighted(data.SOURCE_CHANNELS)
STAGES = Weighted(
    ((CustomerStage.DEAL, 42), (CustomerStage.PROSPECT, 40), (CustomerStage.LOST, 18))
)
VISIT_COUNTS = {
    CustomerStage.DEAL: Weighted(((1, 30), (2, 45), (3, 25))),
    CustomerStage.PROSPECT: Weighted(((1, 65), (2, 28), (3, 7))),
    CustomerStage.LOST: Weighted(((1, 50), (2, 40), (3, 10))),
}
SERVICE_OWNER_SHARE = 0.34  # customers known from the workshop only (bought elsewhere)
TODAY_DEAL_SHARE, TODAY_RETURNING_SHARE = 0.12, 0.3
ORDERED_DAYS_AGO = (8, 20)  # the customers waiting for their car ordered then
COMPLAINT_CHANCE = {True: 0.03, False: 0.005}  # with a car delivered / without
STALE_PROSPECT_DAYS = 90
LOST_AFTER_DAYS = (3, 30)  # the consultant records the loss this long after the last visit
# The sales desk's note on prospect follow-ups stopped by a deal or a loss.
STOPPED_FOLLOW_UPS = {
    CustomerStage.DEAL: "已成交，停止潜客跟进",
    CustomerStage.LOST: "战败，停止潜客跟进",
}


# In the showroom today; ordered, waiting for the car; complained in the last days.
TODAY, WAITING, COMPLAINING = "today", "waiting", "complaining"
COMPLAINED_DAYS = 2


def add_customer(demo: Demo, recent: str | None = None) -> None:
    if recent is None and demo.chance(SERVICE_OWNER_SHARE):
        owners.add_owner(demo)
    else:
        _add_walk_in(demo, recent)


def _add_walk_in(demo: Demo, recent: str | None) -> None:
    visits_today = recent == TODAY
    stage = CustomerStage.DEAL if recent == WAITING else _stage(demo, visits_today)
    person = new_person(demo, deal=stage == CustomerStage.DEAL)
    consultant = demo.member("sales_consultant")
    source, referred_by = _source(demo)
    interest = demo.model()
    days = _visit_days(demo, stage, recent)
    levels = showroom.visit_levels(demo, stage, len(days))
    visits = showroom.add_visits(demo, person.id, consultant, interest, days, levels, source)
    purchases = _purchases(demo, person, consultant, interest, visits[-1], stage, recent)
    decided = _decision(demo, stage, visits[-1], purchases)
    _add_follow_ups(demo, person, consultant, visits, purchases, stage, decided, interest.name)
    demo.key_weeks.add(person.id, consultant, visits, decided)
    open_complaint = _maybe_complain(demo, person, visits, purchases, recent == COMPLAINING)
    add_consents(demo, person.id, visits[0].arrived_at)
    seen = [v.arrived_at for v in visits] + [
        p.history.readings[-1].read_at for p in purchases if p.history
    ]
    add_row(
        demo, person, visits[0].arrived_at, stage, consultant,
        source_channel=source,
        referred_by_id=referred_by,
        intent_level=_level(demo, stage, visits[-1]),
        loss_reason=decided.reason if decided else None,
        has_open_complaint=open_complaint,
        last_visit_at=max(seen),
    )  # fmt: skip
    if stage == CustomerStage.DEAL:
        demo.referrers.append(person.id)


def _stage(demo: Demo, visits_today: bool) -> CustomerStage:
    if visits_today:
        return CustomerStage.DEAL if demo.chance(TODAY_DEAL_SHARE) else CustomerStage.PROSPECT
    return STAGES.draw(demo.rng)


def _source(demo: Demo) -> tuple[str, int | None]:
    source = SOURCES.draw(demo.rng)
    if source != data.REFERRAL_SOURCE:
        return source, None
    if not demo.referrers:
        return "自然到店", None
    return source, demo.pick(demo.referrers)


def _visit_days(demo: Demo, stage: CustomerStage, recent: str | None) -> list[date]:
    """Historical visits stop the day before the reference day; today's are apart."""
    if recent == TODAY:
        day = showroom.visitors_day(demo)
        if not demo.chance(TODAY_RETURNING_SHARE):
            return [day]
        return [day - timedelta(days=demo.between(3, 60)), day]
    if recent == WAITING:
        return [demo.days_ago(demo.between(*ORDERED_DAYS_AGO))]
    days = [demo.days_ago(demo.between(1, HISTORY_DAYS))]
    for _ in range(VISIT_COUNTS[stage].draw(demo.rng) - 1):
        later = days[-1] + timedelta(days=demo.between(2, 21))
        if later >= demo.today:
            break
        days.append(later)
    return days


def _purchases(
    demo: Demo, person: Person, consultant: Member, interest, closing: showroom.Visit,
    stage: CustomerStage, recent: str | None,
) -> list[sales.Purchase]:  # fmt: skip
    if stage != CustomerStage.DEAL:
        return []
    ordered_at = min(closing.departed_at or demo.now, demo.now)
    count = demo.between(2, 5) if person.company else 1
    models = [interest] + [demo.model() for _ in range(count - 1)]
    fleet, waiting = person.company, recent == WAITING
    return [
        sales.add_purchase(demo, person.id, consultant, m, ordered_at, fleet, waiting)
        for m in models
    ]


def _decision(
    demo: Demo, stage: CustomerStage, last: showroom.Visit, purchases: list[sales.Purchase]
) -> Decision | None:
    """The order (a deal) or the loss the consultant recorded after the last visit."""
    if stage == CustomerStage.DEAL:
        return Decision(KeyCustomerOutcome.DEAL, purchases[0].ordered_at)
    if stage == CustomerStage.PROSPECT:
        return None
    day = last.arrived_at.date() + timedelta(days=demo.between(*LOST_AFTER_DAYS))
    at = min(datetime.combine(min(day, demo.today), time(17)), demo.now)
    return Decision(KeyCustomerOutcome.LOST, max(at, last.arrived_at), _loss_reason(demo))


def _add_follow_ups(
    demo: Demo, person: Person, consultant: Member, visits: list[showroom.Visit],
    purchases: list[sales.Purchase], stage: CustomerStage, decided: Decision | None, model: str,
) -> None:  # fmt: skip
    stopped = None
    if decided is not None:
        stopped = followups.Closed(TaskStatus.SKIPPED, decided.at, STOPPED_FOLLOW_UPS[stage])
    subject = followups.Subject(demo, person.id, person.name, consultant, stopped)
    followups.add_visit_tasks(subject, visits, model, decided.at.date() if decided else None)
    for purchase in purchases:
        followups.add_handover_tasks(subject, purchase)
        facts = _car_facts(demo, purchase)
        if facts is not None:
            reminders.add_car_tasks(subject, facts)
    customer_since = purchases[0].ordered_at.date() if purchases else None
    since = visits[0].arrived_at.date()
    reminders.add_greetings(subject, since, person.birthday, person.lunar_birthday, customer_since)


def _car_facts(demo: Demo, purchase: sales.Purchase) -> reminders.CarFacts | None:
    if purchase.vehicle is None or purchase.delivered_at is None or purchase.history is None:
        return None
    delivered = purchase.delivered_at.date()
    return reminders.CarFacts(
        vehicle_id=purchase.vehicle.id,
        plate=purchase.vehicle.plate,
        model=purchase.model.name,
        known_since=delivered,
        history=purchase.history,
        insured_from=delivered,
        insurance_expiry=purchase.insurance_expiry,
        warranty_end=last_day_covered(delivered, demo.rules.warranty[0]),
        inspection_due=add_months(delivered, sales.FIRST_INSPECTION_MONTHS),
    )


def _maybe_complain(
    demo: Demo, person: Person, visits: list[showroom.Visit], purchases: list[sales.Purchase],
    lately: bool,
) -> bool:  # fmt: skip
    """Now and then a complaint (`lately`: one of the last days, for the complaint desk)."""
    delivered = [
        (p.vehicle.id, p.delivered_at.date())
        for p in purchases
        if p.vehicle is not None and p.delivered_at is not None
    ]
    if not lately and not demo.chance(COMPLAINT_CHANCE[bool(delivered)]):
        return False
    vehicle_id, since = demo.pick(delivered) if delivered else (None, visits[0].arrived_at.date())
    if lately:
        since = max(since, demo.days_ago(COMPLAINED_DAYS))
    return complaints.add_complaint(demo, person.id, vehicle_id, since)


def _loss_reason(demo: Demo) -> str:
    """As the sales desk keeps it: the reason's label, with words where it needs them."""
    reason = demo.pick(demo.rules.loss_reasons)
    words = data.LOSS_TEXTS.get(reason.code, data.LOSS_TEXTS["other"])
    return describe_loss(
        demo.rules.loss_reasons, reason.code, demo.pick(words) if reason.needs_text else None
    )


def _level(demo: Demo, stage: str, last: showroom.Visit) -> str:
    """Ordered, lost, or the last visit's level; a prospect not seen for months has cooled."""
    if stage == CustomerStage.DEAL:
        return intent.ORDERED
    if stage == CustomerStage.LOST:
        return intent.LOST
    if last.arrived_at.date() < demo.days_ago(STALE_PROSPECT_DAYS):
        return demo.pick(data.COLD_LEVELS)
    return last.intent_level
