"""Sales desk: a prospect becomes an order (or is lost), the order gets its car (VIN)
and its value-added services move on. Deliveries live in app.services.delivery."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import settings
from ..db import Database
from ..errors import NotFoundError, UserError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    CarModel,
    Customer,
    CustomerStage,
    Delivery,
    FollowUpTask,
    KeyCustomerEntry,
    KeyCustomerOutcome,
    OrderService,
    OrderStatus,
    PaymentMethod,
    Progress,
    SalesOrder,
    StaffUser,
    Vehicle,
)
from ..permissions import Actor, require_actor
from ..rules import intent, orders
from ..search_keys import vehicle_search_keys
from ..validation import clean_text, validate_vin
from .task_store import TaskStore

MAX_PRICE = 100_000_000
MAX_LOAN_TERM_MONTHS = 120
ORDER_NO_ATTEMPTS = 3


@dataclass
class OrderForm:
    """What the consultant fills in when the customer signs."""

    customer_id: int
    model_id: int
    price: int
    consultant_id: int | None = None
    configuration: str | None = None
    colour: str | None = None
    deposit: int = 0
    payment_method: str = PaymentMethod.CASH
    loan_bank: str | None = None
    loan_term_months: int | None = None
    planned_delivery_date: date | None = None
    services: list[str] = field(default_factory=list)  # codes from sales.order_services


class CheckDigitWarning(UserError):
    """The VIN's check digit does not add up: the consultant confirms it was read right."""

    def __init__(self, vin: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "车架号 {vin} 的校验位不符，请核对车辆合格证；确认无误后再次提交。"
            ),
            vin=vin,
        )
        self.vin = vin


@dataclass(frozen=True)
class ServiceProgress:
    kind: str
    label: str
    progress: str
    progress_label: str
    note: str | None


@dataclass(frozen=True)
class OrderRow:
    id: int
    order_no: str
    customer_id: int
    customer_name: str
    model: str
    colour: str | None
    vin: str | None
    status: str
    ordered_at: datetime
    planned_delivery_date: date | None
    price: int
    consultant: str | None

    @property
    def status_label(self) -> str:
        return orders.STATUS_LABELS[OrderStatus(self.status)]


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    model_id: int
    is_new_energy: bool
    configuration: str | None
    deposit: int
    payment_method: str
    loan_bank: str | None
    loan_term_months: int | None
    services: list[ServiceProgress]
    delivery_id: int | None


@dataclass(frozen=True)
class OrderFilter:
    status: str | None = None
    consultant_id: int | None = None
    customer_id: int | None = None


class SalesService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    def _tasks(self, session: Session, now: datetime) -> TaskStore:
        return TaskStore(session, self.actor, now)

    # --- choices ---------------------------------------------------------------------
    def loss_reasons(self) -> list[orders.LossReason]:
        with self.db.transaction(self.actor) as session:
            return orders.loss_reasons_from_setting(settings.get(session, "sales.loss_reasons"))

    def service_kinds(self) -> list[dict]:
        with self.db.transaction(self.actor) as session:
            return list(settings.get(session, "sales.order_services"))

    # --- the deal ----------------------------------------------------------------------
    def create_order(self, form: OrderForm) -> OrderDetail:
        """Sign the order: the customer becomes a deal customer (O), prospect follow-ups
        stop, this week's key-customer entry closes as a deal.

        Two workstations may draw the same order number at once: the unique index
        refuses the second, which draws again (the whole action, in a new transaction)."""
        for attempt in range(ORDER_NO_ATTEMPTS):
            try:
                return self._create_order(form)
            except IntegrityError as exc:
                if "order_no" not in str(exc.orig) or attempt == ORDER_NO_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    def _create_order(self, form: OrderForm) -> OrderDetail:
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            _check_order_form(session, form)
            customer = _customer(session, form.customer_id)
            order = _new_order(session, form, now)
            customer.stage = CustomerStage.DEAL
            customer.intent_level = intent.ORDERED
            customer.loss_reason = None
            customer.consultant_id = customer.consultant_id or form.consultant_id
            _stop_prospect_tasks(self._tasks(session, now), customer.id, "已成交，停止潜客跟进")
            _close_key_customer_week(session, customer.id, now, KeyCustomerOutcome.DEAL, None)
            session.flush()
            return _detail(session, order.id)

    def mark_lost(self, customer_id: int, reason_code: str, text: str | None = None) -> str:
        """战败: keep the reason, stop the follow-ups, close this week's key-customer entry.
        Returns the reason as kept."""
        now = self.clock()
        clean = clean_text(text, "loss_text", max_length=150)
        with self.db.transaction(self.actor) as session:
            reasons = orders.loss_reasons_from_setting(settings.get(session, "sales.loss_reasons"))
            described = orders.describe_loss(reasons, reason_code, clean)
            customer = _customer(session, customer_id)
            _check_can_lose(session, customer)
            customer.stage = CustomerStage.LOST
            customer.intent_level = intent.LOST
            customer.loss_reason = described
            _stop_prospect_tasks(self._tasks(session, now), customer.id, f"战败：{described}")
            _close_key_customer_week(session, customer.id, now, KeyCustomerOutcome.LOST, described)
            return described

    # --- the order's life --------------------------------------------------------------
    def allocate_vin(self, order_id: int, vin: str, confirmed: bool = False) -> OrderDetail:
        """Give the order its car. A VIN already on file is refused; a wrong check digit
        needs `confirmed` (not every maker uses it)."""
        checked = validate_vin(vin)
        if not checked.check_digit_ok and not confirmed:
            raise CheckDigitWarning(checked.vin)
        with self.db.transaction(self.actor) as session:
            order = _order(session, order_id)
            orders.check_transition(order.status, OrderStatus.ALLOCATED)
            if session.scalar(select(Vehicle.id).where(Vehicle.vin == checked.vin)):
                raise ValidationError(
                    "vin",
                    QT_TRANSLATE_NOOP("Errors", "车架号 {vin} 已登记在档，不能重复配车。"),
                    vin=checked.vin,
                )
            vehicle = Vehicle(
                owner_id=order.customer_id,
                model_id=order.model_id,
                vin=checked.vin,
                **vehicle_search_keys(checked.vin),
                colour=order.colour,
            )
            session.add(vehicle)
            session.flush()
            order.vehicle_id = vehicle.id
            order.status = OrderStatus.ALLOCATED
            delivery = session.scalar(select(Delivery).where(Delivery.order_id == order.id))
            if delivery is not None:  # PDI started before the car was known
                delivery.vehicle_id = vehicle.id
            return _detail(session, order.id)

    def set_service_progress(
        self, order_id: int, kind: str, progress: str, note: str | None = None
    ) -> OrderDetail:
        if progress not in set(Progress):
            raise ValidationError("progress", QT_TRANSLATE_NOOP("Errors", "办理进度无效。"))
        clean = clean_text(note, "note", max_length=200)
        with self.db.transaction(self.actor) as session:
            order = _order(session, order_id)
            if order.status == OrderStatus.CANCELLED:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "订单已取消，不能再更新增值服务进度。"))
            service = next((s for s in order.services if s.kind == kind), None)
            if service is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该订单没有这项增值服务。"))
            service.progress = Progress(progress)
            service.note = clean
            return _detail(session, order.id)

    def cancel_order(self, order_id: int) -> OrderDetail:
        """Cancel before handover: the allocated car goes back to stock (its record is
        removed), and a customer with no other order is a prospect again."""
        with self.db.transaction(self.actor) as session:
            order = _order(session, order_id)
            orders.check_transition(order.status, OrderStatus.CANCELLED)
            _release_car(session, order)
            order.status = OrderStatus.CANCELLED
            session.flush()
            if not _live_orders(session, order.customer_id):
                customer = _customer(session, order.customer_id)
                customer.stage = CustomerStage.PROSPECT
                customer.intent_level = intent.UNKNOWN
            return _detail(session, order.id)

    # --- lookups -----------------------------------------------------------------------
    def order(self, order_id: int) -> OrderDetail:
        with self.db.transaction(self.actor) as session:
            return _detail(session, _order(session, order_id).id)

    def orders(self, filters: OrderFilter, offset: int = 0, limit: int = 100) -> list[OrderRow]:
        query = _filtered(_order_rows(), filters).order_by(
            SalesOrder.ordered_at.desc(), SalesOrder.id.desc()
        )
        with self.db.transaction(self.actor) as session:
            return [_to_row(r) for r in session.execute(query.offset(offset).limit(limit))]

    def count_orders(self, filters: OrderFilter) -> int:
        with self.db.transaction(self.actor) as session:
            return (
                session.scalar(_filtered(select(func.count()).select_from(SalesOrder), filters))
                or 0
            )


# --- helpers -------------------------------------------------------------------------------
def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该客户。"))
    return customer


def _order(session: Session, order_id: int) -> SalesOrder:
    order = session.get(SalesOrder, order_id)
    if order is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该订单。"))
    return order


def _check_order_form(session: Session, form: OrderForm) -> None:
    if session.get(CarModel, form.model_id) is None:
        raise ValidationError("model", QT_TRANSLATE_NOOP("Errors", "请选择车型。"))
    if not 0 < form.price <= MAX_PRICE:
        raise ValidationError("price", QT_TRANSLATE_NOOP("Errors", "成交价格不合理。"))
    if not 0 <= form.deposit <= form.price:
        raise ValidationError("deposit", QT_TRANSLATE_NOOP("Errors", "定金应在 0 与成交价格之间。"))
    if form.payment_method not in set(PaymentMethod):
        raise ValidationError("payment_method", QT_TRANSLATE_NOOP("Errors", "付款方式无效。"))
    if form.payment_method == PaymentMethod.LOAN:
        _check_loan(form)
    known = {s["code"] for s in settings.get(session, "sales.order_services")}
    unknown = [code for code in form.services if code not in known]
    if unknown:
        raise ValidationError(
            "services",
            QT_TRANSLATE_NOOP("Errors", "增值服务“{code}”不在可选范围内。"),
            code=unknown[0],
        )


def _check_loan(form: OrderForm) -> None:
    if not clean_text(form.loan_bank, "loan_bank", max_length=40):
        raise ValidationError("loan_bank", QT_TRANSLATE_NOOP("Errors", "贷款购车请填写贷款银行。"))
    term = form.loan_term_months
    if term is None or not 1 <= term <= MAX_LOAN_TERM_MONTHS:
        raise ValidationError(
            "loan_term",
            QT_TRANSLATE_NOOP("Errors", "贷款期限应为 1 到 {longest} 个月。"),
            longest=MAX_LOAN_TERM_MONTHS,
        )


def _new_order(session: Session, form: OrderForm, now: datetime) -> SalesOrder:
    loan = form.payment_method == PaymentMethod.LOAN
    order = SalesOrder(
        order_no=_next_order_no(session, now),
        customer_id=form.customer_id,
        consultant_id=form.consultant_id,
        model_id=form.model_id,
        configuration=clean_text(form.configuration, "configuration", max_length=80),
        colour=clean_text(form.colour, "colour", max_length=20),
        price=form.price,
        deposit=form.deposit,
        payment_method=PaymentMethod(form.payment_method),
        loan_bank=clean_text(form.loan_bank, "loan_bank", max_length=40) if loan else None,
        loan_term_months=form.loan_term_months if loan else None,
        ordered_at=now,
        planned_delivery_date=form.planned_delivery_date,
        status=OrderStatus.OPEN,
        services=[OrderService(kind=code) for code in dict.fromkeys(form.services)],
    )
    session.add(order)
    session.flush()
    return order


def _next_order_no(session: Session, now: datetime) -> str:
    """XS202611230001: prefix, date, the day's sequence. The day's orders are found by
    the indexed ordered_at; a string range on order_no would follow PostgreSQL's locale
    collation, where "~" need not sort after the digits. A number already taken by an
    order dated otherwise (a workstation with a skewed clock) is stepped over."""
    prefix = f"{settings.get(session, 'sales.order_prefix')}{now:%Y%m%d}"
    start = datetime.combine(now.date(), time.min)
    numbers = session.scalars(
        select(SalesOrder.order_no).where(
            SalesOrder.ordered_at >= start,
            SalesOrder.ordered_at < start + timedelta(days=1),
            SalesOrder.order_no.startswith(prefix, autoescape=True),
        )
    )
    used = [int(n[len(prefix) :]) for n in numbers if n[len(prefix) :].isdigit()]
    sequence = max(used, default=0) + 1
    while _order_no_taken(session, f"{prefix}{sequence:04d}"):
        sequence += 1
    return f"{prefix}{sequence:04d}"


def _order_no_taken(session: Session, order_no: str) -> bool:
    return session.scalar(select(SalesOrder.id).where(SalesOrder.order_no == order_no)) is not None


def _stop_prospect_tasks(store: TaskStore, customer_id: int, why: str) -> None:
    store.skip(
        (FollowUpTask.customer_id == customer_id)
        & FollowUpTask.kind.in_(orders.PROSPECT_TASK_KINDS),
        why,
    )


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _close_key_customer_week(
    session: Session, customer_id: int, now: datetime, outcome: str, reason: str | None
) -> None:
    entry = session.scalar(
        select(KeyCustomerEntry).where(
            KeyCustomerEntry.customer_id == customer_id,
            KeyCustomerEntry.week == iso_week(now.date()),
        )
    )
    if entry is not None:
        entry.outcome = KeyCustomerOutcome(outcome)
        entry.outcome_reason = reason


def _live_orders(session: Session, customer_id: int) -> int:
    return session.execute(
        select(func.count(SalesOrder.id)).where(
            SalesOrder.customer_id == customer_id, SalesOrder.status != OrderStatus.CANCELLED
        )
    ).scalar_one()


def _check_can_lose(session: Session, customer: Customer) -> None:
    if customer.stage == CustomerStage.LOST:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "该客户已标记为战败。"))
    if _live_orders(session, customer.id):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "该客户有未取消的订单，请先取消订单再标记战败。")
        )


def _release_car(session: Session, order: SalesOrder) -> None:
    delivery = session.scalar(select(Delivery).where(Delivery.order_id == order.id))
    if delivery is not None:
        session.delete(delivery)
    if order.vehicle_id is not None:
        vehicle = session.get(Vehicle, order.vehicle_id)
        order.vehicle_id = None
        session.flush()
        session.delete(vehicle)


def _order_rows() -> Select:
    return (
        select(
            SalesOrder,
            Customer.name.label("customer_name"),
            CarModel.name.label("model_name"),
            Vehicle.vin,
            StaffUser.name.label("consultant"),
        )
        .join(Customer, Customer.id == SalesOrder.customer_id)
        .join(CarModel, CarModel.id == SalesOrder.model_id)
        .outerjoin(Vehicle, Vehicle.id == SalesOrder.vehicle_id)
        .outerjoin(StaffUser, StaffUser.id == SalesOrder.consultant_id)
    )


def _filtered(query: Select, filters: OrderFilter) -> Select:
    if filters.status:
        query = query.where(SalesOrder.status == filters.status)
    if filters.consultant_id is not None:
        query = query.where(SalesOrder.consultant_id == filters.consultant_id)
    if filters.customer_id is not None:
        query = query.where(SalesOrder.customer_id == filters.customer_id)
    return query


def _to_row(row) -> OrderRow:
    order: SalesOrder = row[0]
    return OrderRow(
        id=order.id,
        order_no=order.order_no,
        customer_id=order.customer_id,
        customer_name=row.customer_name,
        model=row.model_name,
        colour=order.colour,
        vin=row.vin,
        status=order.status,
        ordered_at=order.ordered_at,
        planned_delivery_date=order.planned_delivery_date,
        price=order.price,
        consultant=row.consultant,
    )


def _detail(session: Session, order_id: int) -> OrderDetail:
    row = session.execute(_order_rows().where(SalesOrder.id == order_id)).one()
    order: SalesOrder = row[0]
    labels = settings.get(session, "sales.order_services")
    delivery_id = session.scalar(select(Delivery.id).where(Delivery.order_id == order_id))
    return OrderDetail(
        row=_to_row(row),
        model_id=order.model_id,
        is_new_energy=order.model.is_new_energy,
        configuration=order.configuration,
        deposit=order.deposit,
        payment_method=order.payment_method,
        loan_bank=order.loan_bank,
        loan_term_months=order.loan_term_months,
        services=[_progress(s, labels) for s in sorted(order.services, key=lambda s: s.id)],
        delivery_id=delivery_id,
    )


def _progress(service: OrderService, labels: list[dict]) -> ServiceProgress:
    return ServiceProgress(
        kind=service.kind,
        label=orders.service_label(labels, service.kind),
        progress=service.progress,
        progress_label=orders.PROGRESS_LABELS[Progress(service.progress)],
        note=service.note,
    )
