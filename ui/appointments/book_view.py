"""What the appointment book shows for a day, read in one go on a worker (ui/jobs.py): on
PostgreSQL its reads took longer than the UI thread may wait. Touches no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.appointment_types import Advisor, AppointmentRow, DayPlan
from app.services.appointments import AppointmentService


@dataclass(frozen=True)
class BookView:
    plan: DayPlan
    advisors: list[Advisor]
    week: list[DayPlan] | None  # only for the week view
    expected_today: list[AppointmentRow]


def read_book(book: AppointmentService, day: date, week: bool) -> BookView:
    """The day's plan, the advisors, the week's plans if asked, today's arrivals: read
    by `book`'s own staff member (the service is bound to them)."""
    return BookView(
        plan=book.plan(day),
        advisors=book.advisors(),
        week=book.week_plans(day) if week else None,
        expected_today=book.expected_today(),
    )
