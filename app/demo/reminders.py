"""The reminders of the past years for a car and its owner, by the same rules as the
daily reminder run and the check-in desk: the next maintenance written at each handover,
declined work, insurance renewals, the warranty's end, 年审, dormant cars, birthdays
and holidays. Date-driven ones are made a window ahead of their due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..models import TaskStatus
from ..rules import birthdays, dormant, holidays_cn
from ..rules.dates import Window
from ..rules.handover import last_day_covered
from ..rules.maintenance import DECLINED_WORK, MAINTENANCE_DUE, declined_work_task
from ..rules.maintenance import maintenance_task as next_maintenance_task
from ..rules.tasks import TaskDraft, date_text
from ..rules.vehicle_dates import date_drafts
from ..services.reminders import BACK_IN_WORKSHOP
from .context import Demo
from .followups import Closed, Subject
from .service import History, Visit

WINDOW_DAYS = 14  # how far ahead the reminder run makes tasks (reminders.window_days)
WINDOW, SIX = timedelta(days=WINDOW_DAYS), time(6)


@dataclass(frozen=True)
class CarFacts:
    """What the reminders of one car read: its plate and model, its dates, its visits."""

    vehicle_id: int
    plate: str
    model: str
    known_since: date  # the handover here, or the first check-in
    history: History
    insured_from: date | None  # the first cover's start (None: not insured through us)
    insurance_expiry: date | None  # the current cover's last day
    warranty_end: date | None
    inspection_due: date | None


def add_car_tasks(subject: Subject, car: CarFacts) -> None:
    values = {**subject.values, "车牌": car.plate, "车型": car.model}
    _after_visits(subject, car, values)
    window = _window(subject.demo, car.known_since)
    for expiry in _covers(car):
        _dated(subject, car, "insurance_expiry", expiry, window)
    for key in ("pre_expiry_inspection", "warranty_expiry"):
        _dated(subject, car, key, car.warranty_end, window)
    _dated(subject, car, "annual_inspection", car.inspection_due, window)
    _dormant(subject, car)


def _window(demo: Demo, since: date) -> Window:
    return Window(since, demo.today + timedelta(days=WINDOW_DAYS))


def _made(due: date, since: date) -> datetime:
    """The run makes a date-driven reminder a window ahead (not before its subject)."""
    return datetime.combine(max(due - WINDOW, since), SIX)


# --- what each handover leaves ---------------------------------------------------------------
def _after_visits(subject: Subject, car: CarFacts, values: dict[str, str]) -> None:
    """The next maintenance written at each handover (the car back first: no longer
    needed), and the work the customer declined."""
    rules = subject.demo.rules.reminders
    visits = car.history.visits
    for n, visit in enumerate(visits):
        if visit.handed_over_at is None:
            continue
        back = visits[n + 1].checked_in_at if n + 1 < len(visits) else None
        if visit.next is not None and rules[MAINTENANCE_DUE].enabled:
            task = next_maintenance_task(visit.id, visit.next, rules[MAINTENANCE_DUE], values)
            _from_visit(subject, car, visit, task, back)
        if visit.declined and rules[DECLINED_WORK].enabled:
            day = visit.handed_over_at.date()
            task = declined_work_task(visit.id, day, visit.declined, rules[DECLINED_WORK], values)
            _from_visit(subject, car, visit, task, back)


def _from_visit(
    subject: Subject, car: CarFacts, visit: Visit, task: TaskDraft, back: datetime | None
) -> None:
    came_first = back is not None and back.date() < task.due_date
    closed = Closed(TaskStatus.SKIPPED, back, BACK_IN_WORKSHOP) if came_first and back else None
    made = visit.handed_over_at or visit.checked_in_at
    subject.add(task, made, car.vehicle_id, ("service_visit", visit.id), closed)


# --- the car's dates -------------------------------------------------------------------------
def _covers(car: CarFacts) -> list[date]:
    """The last day of each year's cover, from the first to the current one."""
    if car.insured_from is None or car.insurance_expiry is None:
        return []
    covers, years = [], 1
    while (end := last_day_covered(car.insured_from, years)) <= car.insurance_expiry:
        covers.append(end)
        years += 1
    return covers


def _dated(subject: Subject, car: CarFacts, key: str, event: date | None, window: Window) -> None:
    rule = subject.demo.rules.reminders[key]
    if not rule.enabled:
        return
    for task in date_drafts(rule, car.vehicle_id, event, window):
        made = _made(task.due_date, car.known_since)
        subject.add(task, made, car.vehicle_id, values={"日期": date_text(event or task.due_date)})


def _dormant(subject: Subject, car: CarFacts) -> None:
    """Not back for 6, 12, 24 months: after each long gap between visits (the car came
    back later) and since the last one."""
    demo = subject.demo
    keys = {months: dormant.rule_key(months) for months in demo.rules.dormant_months}
    rules = {
        months: demo.rules.reminders[key]
        for months, key in keys.items()
        if key in demo.rules.reminders and demo.rules.reminders[key].enabled
    }
    seen = [car.known_since, *(v.checked_in_at.date() for v in car.history.visits)]
    ends = [*(day - timedelta(days=1) for day in seen[1:]), _window(demo, seen[-1]).end]
    for last_seen, end in zip(seen, ends, strict=True):
        if end <= last_seen:
            continue
        window = Window(last_seen, end)
        for task in dormant.dormant_drafts(rules, car.vehicle_id, last_seen, window):
            subject.add(task, _made(task.due_date, last_seen), car.vehicle_id,
                        values={"日期": date_text(last_seen)})  # fmt: skip


# --- greetings -------------------------------------------------------------------------------
def add_greetings(
    subject: Subject, since: date, birthday: date | None, lunar: tuple[int, int] | None,
    customer_since: date | None,
) -> None:  # fmt: skip
    """Birthdays from the first contact; holidays once the customer bought
    (`customer_since`, None: not yet), as the reminder run greets them."""
    demo = subject.demo
    rule = demo.rules.reminders["birthday"]
    if rule.enabled and (birthday or lunar):
        window = _window(demo, since)
        for task in birthdays.birthday_drafts(rule, subject.customer_id, window, birthday, lunar):
            on = {"日期": date_text(task.due_date)}
            subject.add(task, _made(task.due_date, since), values=on)
    holiday = demo.rules.reminders["holiday_greeting"]
    if holiday.enabled and customer_since is not None:
        window = _window(demo, customer_since)
        names = demo.rules.greeting_holidays
        for name, task in holidays_cn.holiday_drafts(holiday, subject.customer_id, window, names):
            subject.add(task, _made(task.due_date, customer_since), values={"日期": name})
