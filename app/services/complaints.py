"""The complaint desk: intake, the 2h / 24h / 48h clock, the feedback loop, analysis."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, exists, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..models import (
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    Customer,
    SalesOrder,
    ServiceVisit,
    StaffUser,
    Vehicle,
)
from ..permissions import Actor, Permission, require_actor
from ..rules import complaints as rules
from ..rules.complaints import Step
from ..rules.complaints_analysis import MonthAnalysis, analyse, month_bounds
from ..validation import clean_text, validate_mobile
from . import complaints_calendar as calendar
from .complaints_data import (
    BACKDATE_TOLERANCE,
    MAX_SCORE,
    NEXT_DUE,
    OPEN_STATES,
    ArchiveQuery,
    CaseDetail,
    ComplaintForm,
    ComplaintRow,
    CustomerLinks,
    EventRow,
    IntakeOptions,
    Policy,
    add_event,
    analysis_case,
    archive_filter,
    deadlines_of,
    joined,
    load_policy,
    required,
    rows_query,
    store_deadlines,
    to_row,
)
from .task_store import TaskStore

S = ComplaintStatus
CASE_NO_ATTEMPTS = 3
__all__ = ["ArchiveQuery", "CaseDetail", "ComplaintForm", "ComplaintRow", "ComplaintService",
           "CustomerLinks", "EventRow", "IntakeOptions"]  # fmt: skip


@dataclass(frozen=True)
class MonthExport:
    analysis: MonthAnalysis
    cases: list[ComplaintRow]


class ComplaintService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- choices for the form -------------------------------------------------------------
    def options(self) -> IntakeOptions:
        with self.db.reading(self.actor) as session:
            policy = load_policy(session)
        return IntakeOptions(
            dict(rules.CHANNELS),
            policy.classes,
            policy.causes,
            policy.severities,
            policy.departments,
        )

    def customer_links(self, customer_id: int, limit: int = 20) -> CustomerLinks:
        """The customer's vehicles and latest orders, for the complaint to point at."""
        with self.db.reading(self.actor) as session:
            vehicles = session.execute(
                select(Vehicle.id, Vehicle.plate, Vehicle.vin)
                .where(Vehicle.owner_id == customer_id)
                .order_by(Vehicle.id)
                .limit(limit)
            ).all()
            orders = session.execute(
                select(SalesOrder.id, SalesOrder.order_no)
                .where(SalesOrder.customer_id == customer_id)
                .order_by(SalesOrder.id.desc())
                .limit(limit)
            ).all()
            repairs = session.execute(
                select(ServiceVisit.id, ServiceVisit.order_no)
                .where(ServiceVisit.customer_id == customer_id)
                .order_by(ServiceVisit.id.desc())
                .limit(limit)
            ).all()
        return CustomerLinks(
            [(v.id, v.plate or v.vin) for v in vehicles],
            [(o.id, o.order_no) for o in orders],
            [(r.id, r.order_no) for r in repairs],
        )

    # --- intake ---------------------------------------------------------------------------
    def intake(self, form: ComplaintForm) -> int:
        """Record a complaint and start its clock; returns the case id.

        Two workstations may draw the same case number at once: the unique index refuses
        the second, which then draws again."""
        for attempt in range(1, CASE_NO_ATTEMPTS + 1):
            try:
                return self._intake_once(form)
            except IntegrityError as exc:
                if attempt == CASE_NO_ATTEMPTS or "case_no" not in str(exc.orig):
                    raise
        raise AssertionError("unreachable")

    def _intake_once(self, form: ComplaintForm) -> int:
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            policy = load_policy(session)
            case = self._new_case(session, form, policy, now)
            session.add(case)
            session.flush()
            text = f"{rules.CHANNELS[case.channel]}：{case.content}"
            add_event(session, case, "intake", form.staff_id or self.actor.staff_id, text, at=now)
            self._refresh_customer_flag(session, case.customer_id)
            calendar.sync_tasks(TaskStore(session, self.actor, now), case, policy)
            return case.id

    def _new_case(
        self, session: Session, form: ComplaintForm, policy: Policy, now: datetime
    ) -> Complaint:
        received = self._received_at(form, now)
        self._check_intake(session, form, policy)
        customer_id = self._customer_of(session, form)
        return Complaint(
            case_no=self._next_case_no(session, policy.prefix, now),
            customer_id=customer_id,
            vehicle_id=form.vehicle_id,
            sales_order_id=form.sales_order_id,
            service_visit_id=form.service_visit_id,
            channel=form.channel,
            category=form.category,
            cause=form.cause,
            severity=form.severity,
            content=required(form.content, "content", "请填写投诉内容（客户原话）。"),
            received_at=received,
            backdate_reason=self._backdate_reason(form, received, now),
            department=clean_text(form.department, "department", max_length=30),
            owner_id=form.owner_id,
            contact_phone=validate_mobile(form.contact_phone, "contact_phone")
            if form.contact_phone
            else None,
            status=S.RECEIVED,
            paused_total_seconds=0,
            reopened_count=0,
            extra_rounds=0,
            **self._initial_due(received, policy),
        )

    def _initial_due(self, received: datetime, policy: Policy) -> dict[str, datetime]:
        due = rules.initial_deadlines(received, policy.hours, policy.clock)
        return {f"{step.value}_due_at": due.of(step) for step in Step}

    def _received_at(self, form: ComplaintForm, now: datetime) -> datetime:
        received = (form.received_at or now).replace(microsecond=0)
        if received > now + BACKDATE_TOLERANCE:
            raise ValidationError("received_at", "受理时间不能晚于现在。")
        return received

    def _backdate_reason(
        self, form: ComplaintForm, received: datetime, now: datetime
    ) -> str | None:
        if received >= now - BACKDATE_TOLERANCE:
            return None
        return required(
            form.backdate_reason,
            "backdate_reason",
            "受理时间早于现在，请填写补录原因。",
            max_length=200,
        )

    def _check_intake(self, session: Session, form: ComplaintForm, policy: Policy) -> None:
        if form.channel not in rules.CHANNELS:
            raise ValidationError("channel", "请选择投诉渠道。")
        rules.validate_class_and_cause(form.category, form.cause, policy.classes, policy.causes)
        if form.severity not in {s["level"] for s in policy.severities}:
            raise ValidationError("severity", "请选择严重程度。")
        if form.owner_id is not None and session.get(StaffUser, form.owner_id) is None:
            raise ValidationError("owner", "找不到该负责人。")

    def _customer_of(self, session: Session, form: ComplaintForm) -> int | None:
        """The customer, checked against the vehicle and orders named with the complaint."""
        customer_id = form.customer_id
        if customer_id is not None and session.get(Customer, customer_id) is None:
            raise NotFoundError("找不到该客户。")
        for model, key, label in (
            (Vehicle, form.vehicle_id, "车辆"),
            (SalesOrder, form.sales_order_id, "销售订单"),
            (ServiceVisit, form.service_visit_id, "维修委托书"),
        ):
            customer_id = self._owner_check(session, model, key, label, customer_id)
        return customer_id

    def _owner_check(self, session, model, key, label: str, customer_id: int | None) -> int | None:
        if key is None:
            return customer_id
        row = session.get(model, key)
        if row is None:
            raise NotFoundError(f"找不到该{label}。")
        owner = row.owner_id if model is Vehicle else row.customer_id
        if customer_id is not None and owner != customer_id:
            raise ValidationError(model.__tablename__, f"该{label}不属于此客户。")
        return owner

    def _next_case_no(self, session: Session, prefix: str, now: datetime) -> str:
        stem = rules.case_number(prefix, now, 0)[:-4]
        last = session.scalar(
            select(func.max(Complaint.case_no)).where(
                Complaint.case_no.between(stem + "0000", stem + "9999")  # the unique index
            )
        )
        return rules.case_number(prefix, now, int(last[-4:]) + 1 if last else 1)

    # --- the steps ------------------------------------------------------------------------
    def respond(self, case_id: int, text: str) -> None:
        said = required(text, "text", "请填写向客户说明的内容。")
        self._move(case_id, lambda _case: (S.RESPONDED, "respond"), said)

    def propose(self, case_id: int, text: str) -> str:
        """The first proposal, or after reinvestigation the final one; returns the new status."""
        proposal = required(text, "text", "请填写处理方案。")

        def step(case: Complaint) -> tuple[ComplaintStatus, str]:
            target = rules.proposal_target(case.status)
            return target, "first_proposal" if target == S.FIRST_PROPOSAL else "final_proposal"

        return self._move(case_id, step, proposal)

    def customer_feedback(
        self,
        case_id: int,
        satisfied: bool,
        score: int | None = None,
        text: str | None = None,
    ) -> str:
        note = clean_text(text, "text")
        if satisfied and (score is None or not 1 <= score <= MAX_SCORE):
            raise ValidationError("score", f"请填写客户满意度评分（1 到 {MAX_SCORE} 分）。")
        kind = "satisfied" if satisfied else "not_satisfied"
        target = rules.feedback_target(satisfied)
        summary = f"满意度 {score} 分" if satisfied else None
        self._move(case_id, lambda _case: (target, kind), joined(summary, note), score=score)
        return target

    def reopen(self, case_id: int, reason: str) -> None:
        """An archived case comes back for reinvestigation: a manager's decision, with a reason."""
        self.actor.require(Permission.REOPEN_COMPLAINT)
        why = required(reason, "reason", "重新打开已结案的投诉必须填写原因。", max_length=200)

        def step(case: Complaint) -> tuple[ComplaintStatus, str]:
            if case.status != S.CLOSED:
                raise ValidationError("status", "只有已结案的投诉才能重新打开。")
            return S.REINVESTIGATING, "reopen"

        self._move(case_id, step, why)

    def _move(
        self,
        case_id: int,
        step: Callable[[Complaint], tuple[ComplaintStatus, str]],
        text: str | None,
        score: int | None = None,
    ) -> ComplaintStatus:
        """One transaction: read the case, decide the step from it, apply, record."""
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            case = self._case(session, case_id)
            target, kind = step(case)
            rules.check_transition(case.status, target)
            policy = load_policy(session)
            if case.paused_since is not None:  # the customer is back: the clock runs again
                self._restart_clock(session, case, policy, now)
            self._apply(case, target, kind, now, policy, score)
            add_event(session, case, kind, self.actor.staff_id, text, at=now)
            self._refresh_customer_flag(session, case.customer_id)
            calendar.sync_tasks(TaskStore(session, self.actor, now), case, policy)
            return target

    def _apply(
        self,
        case: Complaint,
        target: ComplaintStatus,
        kind: str,
        now: datetime,
        policy: Policy,
        score: int | None,
    ) -> None:
        stamp = {"respond": "responded_at", "first_proposal": "first_proposal_at"}
        if kind in stamp:
            setattr(case, stamp[kind], now)
        if kind == "final_proposal":
            case.final_proposal_at = now
        if target == S.CLOSED:
            case.closed_at, case.satisfaction_score = now, score
        if kind == "reopen":
            case.reopened_count += 1
            case.closed_at = None
        if target == S.REINVESTIGATING and (kind == "reopen" or case.status == S.FINAL_PROPOSAL):
            case.extra_rounds += 1  # a new round: a fresh allowance for the next proposal
            case.final_proposal_due_at = rules.new_round_deadline(now, policy.hours, policy.clock)
        case.status = target

    # --- the clock ------------------------------------------------------------------------
    def pause(self, case_id: int, reason: str) -> None:
        why = required(reason, "reason", "暂停计时必须填写原因（如客户联系不上、等待资料）。", 200)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            case = self._case(session, case_id)
            if case.status == S.CLOSED:
                raise ValidationError("status", "已结案的投诉不能暂停计时。")
            if case.paused_since is not None:
                raise ValidationError("status", "该投诉已在暂停中。")
            case.paused_since, case.pause_reason = now, why
            add_event(session, case, "pause", self.actor.staff_id, why, at=now)

    def resume(self, case_id: int) -> None:
        """Restart the clock: the steps still pending move later by the time paused."""
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            case = self._case(session, case_id)
            if case.paused_since is None:
                raise ValidationError("status", "该投诉没有暂停，无需恢复。")
            policy = load_policy(session)
            self._restart_clock(session, case, policy, now)
            calendar.sync_tasks(TaskStore(session, self.actor, now), case, policy)

    def _restart_clock(
        self, session: Session, case: Complaint, policy: Policy, now: datetime
    ) -> None:
        assert case.paused_since is not None
        paused = max(0.0, policy.clock.between(case.paused_since, now))
        pending = rules.pending_steps(self._steps_done(case))
        store_deadlines(case, deadlines_of(case).shifted(pending, paused, policy.clock))
        case.paused_total_seconds += int(paused)
        case.paused_since, case.pause_reason = None, None
        add_event(
            session, case, "resume", self.actor.staff_id, f"暂停 {int(paused // 60)} 分钟", at=now
        )

    def _steps_done(self, case: Complaint) -> dict[Step, bool]:
        return {
            Step.RESPONSE: case.responded_at is not None,
            Step.FIRST_PROPOSAL: case.first_proposal_at is not None,
            Step.FINAL_PROPOSAL: case.final_proposal_at is not None
            and case.status != S.REINVESTIGATING,
        }

    # --- anonymous cases ------------------------------------------------------------------
    def link_customer(self, case_id: int, customer_id: int) -> None:
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            case = self._case(session, case_id)
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("找不到该客户。")
            if case.customer_id is not None:
                raise ValidationError("customer", "该投诉已关联客户。")
            case.customer_id = customer_id
            add_event(session, case, "link_customer", self.actor.staff_id, customer.name, at=now)
            self._refresh_customer_flag(session, customer_id)
            calendar.retarget_tasks(TaskStore(session, self.actor, now), case)

    # --- lists ----------------------------------------------------------------------------
    def count_open(self) -> int:
        with self.db.reading(self.actor) as session:
            return session.execute(
                select(func.count(Complaint.id)).where(Complaint.status.in_(OPEN_STATES))
            ).scalar_one()

    def list_open(self, offset: int = 0, limit: int = 100) -> list[ComplaintRow]:
        """Open cases, most urgent first: running clocks by next deadline, then paused ones."""
        paused = sql_case((Complaint.paused_since.is_(None), 0), else_=1)
        query = (
            rows_query()
            .where(Complaint.status.in_(OPEN_STATES))
            .order_by(paused, NEXT_DUE.asc().nulls_last(), Complaint.id)
        )
        return self._rows(query.offset(offset).limit(limit))

    def count(self, query: ArchiveQuery) -> int:
        base = select(func.count(Complaint.id)).outerjoin(
            Customer, Customer.id == Complaint.customer_id
        )
        with self.db.reading(self.actor) as session:
            return session.scalar(archive_filter(base, query)) or 0

    def page(self, query: ArchiveQuery, offset: int = 0, limit: int = 100) -> list[ComplaintRow]:
        ordered = archive_filter(rows_query(), query).order_by(
            Complaint.received_at.desc(), Complaint.id.desc()
        )
        return self._rows(ordered.offset(offset).limit(limit))

    def all_cases(self, open_only: bool = False) -> list[ComplaintRow]:
        """Every case (or every open one), for the command line and exports."""
        if open_only:
            return self.list_open(0, self.count_open() or 1)
        query = ArchiveQuery()
        return self.page(query, 0, self.count(query) or 1)

    def escalations(self) -> list[ComplaintRow]:
        """Overdue cases whose clock is running: the store manager must act."""
        query = rows_query().where(*self._overdue_conditions()).order_by(NEXT_DUE, Complaint.id)
        return self._rows(query)

    def count_escalations(self) -> int:
        with self.db.reading(self.actor) as session:
            query = select(func.count(Complaint.id)).where(*self._overdue_conditions())
            return session.scalar(query) or 0

    def _overdue_conditions(self) -> list:
        return [
            Complaint.status.in_(OPEN_STATES),
            Complaint.paused_since.is_(None),
            NEXT_DUE.is_not(None),
            self.clock() > NEXT_DUE,
        ]

    def escalate_overdue(self) -> list[ComplaintRow]:
        """Put each overdue case on the manager's calendar, once per step and round."""
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            rows = session.execute(
                rows_query().where(*self._overdue_conditions()).order_by(NEXT_DUE)
            ).all()
            policy, store = load_policy(session), TaskStore(session, self.actor, now)
            for row in rows:
                calendar.escalate(store, row[0], policy)
            return [to_row(row, policy, now) for row in rows]

    # --- one case -------------------------------------------------------------------------
    def detail(self, case_id: int) -> CaseDetail:
        now = self.clock()
        with self.db.reading(self.actor) as session:
            row = session.execute(rows_query().where(Complaint.id == case_id)).one_or_none()
            if row is None:
                raise NotFoundError("找不到该投诉。")
            case = row[0]
            return CaseDetail(
                row=to_row(row, load_policy(session), now),
                content=case.content,
                backdate_reason=case.backdate_reason,
                pause_reason=case.pause_reason,
                contact_phone=case.contact_phone,
                vehicle_plate=self._scalar(session, Vehicle.plate, case.vehicle_id),
                sales_order_no=self._scalar(session, SalesOrder.order_no, case.sales_order_id),
                repair_order_no=self._scalar(session, ServiceVisit.order_no, case.service_visit_id),
                reopened_count=case.reopened_count,
                events=self._events(session, case_id),
            )

    def _scalar(self, session: Session, column, key: int | None):
        if key is None:
            return None
        return session.scalar(select(column).where(column.table.c.id == key))

    def _events(self, session: Session, case_id: int) -> list[EventRow]:
        rows = session.execute(
            select(ComplaintEvent, StaffUser.name)
            .outerjoin(StaffUser, StaffUser.id == ComplaintEvent.staff_id)
            .where(ComplaintEvent.complaint_id == case_id)
            .order_by(ComplaintEvent.at, ComplaintEvent.id)
        ).all()
        return [EventRow(e.kind, e.at, name, e.text) for e, name in rows]

    # --- analysis -------------------------------------------------------------------------
    def analysis(self, year: int, month: int) -> MonthAnalysis:
        start, end = month_bounds(year, month)
        with self.db.reading(self.actor) as session:
            policy = load_policy(session)
            rows = session.execute(
                rows_query()
                .where(Complaint.received_at >= start, Complaint.received_at < end)
                .order_by(Complaint.received_at)
            ).all()
            cases = [analysis_case(row[0], row.name) for row in rows]
        return analyse(cases, start.date(), self.clock(), policy.class_labels)

    def export_month(self, year: int, month: int, write: Callable[[MonthExport], Path]) -> Path:
        """The month's analysis and cases for the Excel workbook, read, written by `write`
        and recorded as an export (who, when, what, how many rows) in one transaction;
        phones whole only for staff allowed to see them."""
        analysis = self.analysis(year, month)
        start, _end = month_bounds(year, month)
        ordered = archive_filter(rows_query(), ArchiveQuery(month=start.date())).order_by(
            Complaint.received_at, Complaint.id
        )
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            policy = load_policy(session)
            phone = self.actor.exported_mobile
            cases = [to_row(row, policy, now, phone) for row in session.execute(ordered).all()]
            return audit.exported(
                session, self.actor, write, MonthExport(analysis, cases), at=now,
                entity="complaints", detail=f"投诉分析 {year}-{month:02d}，{len(cases)} 条",
            )  # fmt: skip

    # --- helpers --------------------------------------------------------------------------
    def _case(self, session: Session, case_id: int) -> Complaint:
        case = session.get(Complaint, case_id)
        if case is None:
            raise NotFoundError("找不到该投诉。")
        return case

    def _rows(self, query: Select) -> list[ComplaintRow]:
        now = self.clock()
        with self.db.reading(self.actor) as session:
            policy = load_policy(session)
            return [to_row(row, policy, now) for row in session.execute(query).all()]

    def _refresh_customer_flag(self, session: Session, customer_id: int | None) -> None:
        """The customer is a complaining customer exactly while one of their cases is open."""
        if customer_id is None:
            return
        session.flush()
        has_open = session.scalar(
            select(
                exists().where(
                    Complaint.customer_id == customer_id, Complaint.status.in_(OPEN_STATES)
                )
            )
        )
        customer = session.get(Customer, customer_id)
        if customer is not None and customer.has_open_complaint != bool(has_open):
            customer.has_open_complaint = bool(has_open)
