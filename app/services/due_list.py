"""The month-end due list (月底应到未到) and the recall list (上月应到未到), per advisor.

Each list is one statement over vehicles (the due date is kept on the car; a correlated
subquery per column, no query per car). Who may read: a service advisor their own
customers; customer service, the appointment officers, the directors and the manager
everyone's (they call and book for all advisors). Lists show phones masked; the Excel
export holds them whole only for staff allowed to see them, and is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session

from .. import audit, settings
from ..db import Database
from ..errors import NotFoundError, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Appointment,
    CarModel,
    Customer,
    RepairOrderStatus,
    ServiceType,
    ServiceVisit,
    StaffRole,
    StaffUser,
    Vehicle,
)
from ..permissions import Actor, Permission, PermissionDenied, require_actor
from ..rules import due_list as rules

_SEES_ALL_ROLES = {StaffRole.CUSTOMER_SERVICE, StaffRole.APPOINTMENT_OFFICER}


@dataclass(frozen=True)
class DueRow:
    customer_id: int
    customer: str
    phone: str
    vehicle: str
    plate: str | None
    due_kind: str  # 首保 / 二保 / 三保 / 定保
    due_date: date
    due_km: int | None
    last_visit: date | None
    advisor_id: int | None
    advisor: str | None

    def as_json(self) -> dict[str, Any]:
        """The shape `due-list --json` promises to scripts: exactly these keys."""
        return {
            "customer_id": self.customer_id,
            "customer": self.customer,
            "vehicle": self.vehicle,
            "plate": self.plate,
            "due_kind": self.due_kind,
            "due_date": self.due_date.isoformat(),
            "due_km": self.due_km,
            "last_visit": self.last_visit.isoformat() if self.last_visit else None,
            "advisor": self.advisor,
        }


@dataclass(frozen=True)
class AdvisorCount:
    advisor_id: int | None
    advisor: str | None  # None: nobody received the car yet and no dedicated advisor
    due: int
    not_come: int


@dataclass(frozen=True)
class DueSheet:
    """What the Excel workbook shows for one month."""

    month: str
    counts: list[AdvisorCount]
    due: list[DueRow]
    not_come: list[DueRow]


class DueListService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    @property
    def may_read(self) -> bool:
        """Whether this actor may read any due list (the window greys the button out)."""
        return _sees_all(self.actor) or (
            self.actor.role == StaffRole.SERVICE_ADVISOR and self.actor.staff_id is not None
        )

    def next_month(self) -> str:
        """The month the month-end list is made for."""
        this_month = self.clock().date().replace(day=1)
        return rules.month_text(rules.month_span(this_month)[1])

    def due(
        self, month: str, advisor_id: int | None = None, offset: int = 0, limit: int | None = 200
    ) -> list[DueRow]:
        """Cars due in `month` that have not come in and are not booked."""
        return self._page(month, advisor_id, offset, limit, recall=False)

    def not_come(
        self, month: str, advisor_id: int | None = None, offset: int = 0, limit: int | None = 200
    ) -> list[DueRow]:
        """The recall list: cars due in the month before `month` that have not come since."""
        return self._page(month, advisor_id, offset, limit, recall=True)

    def count(self, month: str, advisor_id: int | None = None, *, recall: bool = False) -> int:
        scope = self._scope(advisor_id)
        with self.db.reading(self.actor) as session:
            return session.scalar(_counted(_windows(session, month)[recall], scope)) or 0

    def per_advisor(self, month: str) -> list[AdvisorCount]:
        """How many cars each advisor has on the two lists."""
        scope = self._scope(None)
        with self.db.reading(self.actor) as session:
            return _per_advisor(session, _windows(session, month), scope)

    def advisors(self) -> list[tuple[int, str]]:
        """The advisors this actor may filter by (an advisor: only themselves)."""
        scope = self._scope(None)
        query = select(StaffUser.id, StaffUser.name).where(
            StaffUser.role == StaffRole.SERVICE_ADVISOR, StaffUser.active
        )
        if scope is not None:
            query = query.where(StaffUser.id == scope)
        with self.db.reading(self.actor) as session:
            return [(sid, name) for sid, name in session.execute(query.order_by(StaffUser.name))]

    def advisor_named(self, name: str) -> int:
        """An advisor by name or username (the command line's --advisor)."""
        with self.db.reading(self.actor) as session:
            found = session.scalar(
                select(StaffUser.id).where(
                    (StaffUser.name == name) | (StaffUser.username == name),
                    StaffUser.role == StaffRole.SERVICE_ADVISOR,
                )
            )
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到服务顾问“{name}”。"), name=name)
        return found

    def export_sheet(
        self, month: str, write: Callable[[DueSheet], Path], advisor_id: int | None = None
    ) -> Path:
        """Both lists and the counts as one workbook, recorded as an export once written."""
        scope = self._scope(advisor_id)
        with self.db.transaction(self.actor) as session:
            windows = _windows(session, month)
            phone = self.actor.exported_mobile
            sheet = DueSheet(
                month=rules.month_text(rules.parse_month(month)),
                counts=_per_advisor(session, windows, scope),
                due=_rows(session, _listed(windows[0], scope), phone),
                not_come=_rows(session, _listed(windows[1], scope), phone),
            )
            return audit.exported(
                session, self.actor, write, sheet, at=self.clock(), entity="due_list",
                detail=f"月底应到未到 {sheet.month}：应到 {len(sheet.due)} 辆，"
                f"上月未到 {len(sheet.not_come)} 辆（含手机号）",
            )  # fmt: skip

    # --- helpers ------------------------------------------------------------------------------
    def _page(
        self, month: str, advisor_id: int | None, offset: int, limit: int | None, *, recall: bool
    ) -> list[DueRow]:
        scope = self._scope(advisor_id)
        with self.db.reading(self.actor) as session:
            query = _listed(_windows(session, month)[recall], scope)
            return _rows(session, query.offset(offset).limit(limit), self.actor.listed_mobile)

    def _scope(self, advisor_id: int | None) -> int | None:
        """The advisor whose customers the list holds (None: everyone's), as allowed."""
        if _sees_all(self.actor):
            return advisor_id
        own = self.actor.staff_id
        if self.actor.role != StaffRole.SERVICE_ADVISOR or own is None:
            raise DueListRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "月底应到未到名单由服务顾问、客服、预约专员、总监和店长查看。"
                )
            )
        if advisor_id not in (None, own):
            raise DueListRefused(
                QT_TRANSLATE_NOOP("Errors", "服务顾问只能查看自己名下客户的月底应到未到名单。")
            )
        return own



def _windows(session: Session, month: str) -> tuple[Window, Window]:
    """The month's due list, then the recall list of the month before."""
    first = rules.parse_month(month)
    early = settings.get(session, "service.due_list_early_days")
    return Window(first, early), Window(rules.previous_month(first), early)


class DueListRefused(PermissionDenied):
    """Refused in words that say who reads the list (no single permission names it)."""

    def __init__(self, message: str) -> None:
        UserError.__init__(self, message)
        self.permission = Permission.VIEW_BOARD


def _sees_all(actor: Actor) -> bool:
    return (
        actor.can(Permission.VIEW_BOARD)
        or actor.can(Permission.RUN_CAMPAIGNS)
        or actor.role in _SEES_ALL_ROLES
    )


@dataclass(frozen=True)
class Window:
    """Cars due in the month starting `first`, not come since `early_days` before it."""

    first: date
    early_days: int

    @property
    def since(self) -> date:
        return rules.came_in_since(self.first, self.early_days)


# --- the statement ----------------------------------------------------------------------------
def _last_visit() -> Any:
    return (
        select(func.max(ServiceVisit.checked_in_at))
        .where(ServiceVisit.vehicle_id == Vehicle.id)
        .scalar_subquery()
    )


def _last_visit_advisor() -> Any:
    return (
        select(ServiceVisit.advisor_id)
        .where(ServiceVisit.vehicle_id == Vehicle.id)
        .order_by(ServiceVisit.checked_in_at.desc(), ServiceVisit.id.desc())
        .limit(1)
        .correlate(Vehicle)  # also inside the advisor's name subquery
        .scalar_subquery()
    )


def _maintenances_done() -> Any:
    # coalesce() keeps SQLite on the car's (vehicle, checked-in) index: on `status = …`
    # alone it picks the status index and reads every handed-over order of the store.
    return (
        select(func.count(ServiceVisit.id))
        .where(
            ServiceVisit.vehicle_id == Vehicle.id,
            ServiceVisit.service_type == ServiceType.MAINTENANCE,
            func.coalesce(ServiceVisit.status, "") == RepairOrderStatus.HANDED_OVER,
        )
        .scalar_subquery()
    )


def _advisor() -> ColumnElement[Any]:
    return func.coalesce(Customer.dedicated_advisor_id, _last_visit_advisor())


def _not_come_nor_booked(window: Window) -> ColumnElement[Any]:
    since = datetime.combine(window.since, datetime.min.time())
    came = exists().where(
        ServiceVisit.vehicle_id == Vehicle.id, ServiceVisit.checked_in_at >= since
    )
    booked = exists().where(
        Appointment.vehicle_id == Vehicle.id,
        Appointment.status.in_(rules.BOOKED_STATUSES),
        Appointment.start_at >= since,
    )
    return and_(~came, ~booked)


def _due_in(window: Window) -> list[ColumnElement[Any]]:
    """The window's cars: due in its month, neither come in nor booked since."""
    start, end = rules.month_span(window.first)
    return [
        Vehicle.next_service_date >= start,
        Vehicle.next_service_date < end,
        _not_come_nor_booked(window),
    ]


def _counted(window: Window, advisor_id: int | None) -> Select[Any]:
    """How many: only what the count needs (no names, no kind, no last visit)."""
    query = select(func.count()).select_from(Vehicle).where(*_due_in(window))
    if advisor_id is None:
        return query
    return query.join(Customer, Customer.id == Vehicle.owner_id).where(_advisor() == advisor_id)


def _listed(window: Window, advisor_id: int | None) -> Select[Any]:
    advisor = _advisor()
    advisor_name = (
        select(StaffUser.name).where(StaffUser.id == advisor).correlate(Vehicle, Customer)
    ).scalar_subquery()
    query = (
        select(
            Customer.id, Customer.name, Customer.mobile, CarModel.name, Vehicle.plate,
            Vehicle.delivery_date, _maintenances_done(), Vehicle.next_service_date,
            Vehicle.next_service_km, _last_visit(), advisor, advisor_name,
        )
        .select_from(Vehicle)
        .join(Customer, Customer.id == Vehicle.owner_id)
        .outerjoin(CarModel, CarModel.id == Vehicle.model_id)
        .where(*_due_in(window))
        .order_by(Vehicle.next_service_date, Vehicle.id)
    )  # fmt: skip
    return query if advisor_id is None else query.where(advisor == advisor_id)


def _rows(session: Session, query: Select[Any], phone: Callable[[str | None], str]) -> list[DueRow]:
    return [_row(row, phone) for row in session.execute(query)]


def _row(row: Any, phone: Callable[[str | None], str]) -> DueRow:
    (customer_id, name, mobile, model, plate, delivered, done, due_date, due_km,
     last_visit, advisor_id, advisor) = row  # fmt: skip
    return DueRow(
        customer_id=customer_id, customer=name, phone=phone(mobile), vehicle=model or "",
        plate=plate, due_kind=rules.due_kind(done or 0, delivered is not None),
        due_date=due_date, due_km=due_km, last_visit=_day(last_visit),
        advisor_id=advisor_id, advisor=advisor,
    )  # fmt: skip


def _day(value: datetime | date | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _per_advisor(
    session: Session, windows: tuple[Window, Window], advisor_id: int | None
) -> list[AdvisorCount]:
    counted: dict[Any, list[Any]] = {}
    for slot, window in enumerate(windows):
        advisor = _advisor()
        query = (
            select(advisor, func.count())
            .select_from(Vehicle)
            .join(Customer, Customer.id == Vehicle.owner_id)
            .where(*_due_in(window))
            .group_by(advisor)
        )
        if advisor_id is not None:
            query = query.where(advisor == advisor_id)
        for advisor_id_, count in session.execute(query):
            counted.setdefault(advisor_id_, [0, 0])[slot] = count
    names = _staff_names(session, [key for key in counted if key is not None])
    return sorted(
        (AdvisorCount(key, names.get(key) if key else None, due, recall)
         for key, (due, recall) in counted.items()),
        key=lambda c: (c.advisor is None, c.advisor or ""),
    )  # fmt: skip


def _staff_names(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(StaffUser.id, StaffUser.name).where(StaffUser.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}
