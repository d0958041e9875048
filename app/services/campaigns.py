"""Campaign lists (活动邀约) and special-weather notices: from a segment (a select of
customer ids) to an invitation list, one follow-up call per invited customer (through
the task store, in bulk, in one transaction), the answers, and the list as Excel.
The rules of who is invited and who calls: app.rules.campaigns."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Row, Select, exists, func, insert, select
from sqlalchemy.orm import Session, aliased

from .. import audit, settings
from ..db import Database
from ..errors import NotFoundError, StaleRecordError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import (
    Campaign,
    CampaignInvitation,
    Channel,
    ContactConsent,
    Customer,
    FollowUpTask,
    ServiceVisit,
    StaffUser,
)
from ..models.base import table_of
from ..permissions import Actor, Permission, require_actor
from ..rules import campaigns as rules
from ..rules.campaigns import CampaignKind, Person, Rsvp
from ..rules.tasks import TaskDraft, render_template
from ..validation import clean_text
from .campaign_calls import set_answer
from .campaign_data import CampaignDraft, CampaignSheet, CampaignSummary, InvitationRow
from .segments import SegmentService
from .task_store import NO_CONSULTANT, Candidate, TaskStore

SOURCE = "campaign"
ALL_CUSTOMERS = QT_TRANSLATE_NOOP("Campaigns", "全部客户")
ENTITY = Campaign.__tablename__


class CampaignService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock

    # --- making ---------------------------------------------------------------------------
    def create(self, draft: CampaignDraft, customers: Select[int]) -> CampaignSummary:
        """The list from the segment, the refusals and the phoneless counted, one call per
        invited customer: all in one transaction (nothing half-made on an error)."""
        self.actor.require(Permission.RUN_CAMPAIGNS)
        now = self.clock()
        draft = _checked(draft, now)
        with self.db.transaction(self.actor) as session:
            campaign = _new_campaign(session, draft, self.actor, now)
            people = list(people_of(session, customers, rules.needed_consent(draft.kind)))
            invited = self._invite(session, campaign, people, now)
            refused = sum(rules.exclusion(p, draft.kind) == rules.Exclusion.REFUSED
                          for p, _name in people)  # fmt: skip
            campaign.invited, campaign.excluded_refused = invited, refused
            campaign.excluded_no_phone = len(people) - invited - refused
            audit.record(session, self.actor, "create", at=now, entity=ENTITY,
                         entity_id=campaign.id, detail=_created_detail(campaign))  # fmt: skip
            session.flush()
            return _summary(session, campaign.id)

    def create_from_segment(self, draft: CampaignDraft, expression: str) -> CampaignSummary:
        """The list of a customer filter (客户筛选), the filter kept with the campaign."""
        customers = SegmentService(self.db, self.actor, self.clock).customer_ids(expression)
        return self.create(replace(draft, segment_expression=expression), customers)

    def create_for_all(self, draft: CampaignDraft) -> CampaignSummary:
        """A notice to every customer (a typhoon warning): the segment is everyone (kept
        in the store's words, whatever the window's language)."""
        everyone = replace(draft, segment_label=ALL_CUSTOMERS, segment_expression="")
        return self.create(everyone, select(Customer.id))

    def _invite(
        self, session: Session, campaign: Campaign, people: list[tuple[Person, str]],
        now: datetime,
    ) -> int:  # fmt: skip
        kind = CampaignKind(campaign.kind)
        invited = [(p, name) for p, name in people if rules.exclusion(p, kind) is None]
        candidates = _candidates(session, campaign, invited)
        TaskStore(session, self.actor, now).make_in_bulk(candidates)
        calls = _calls_of(session, campaign.id)
        rows = [_invitation_row(campaign.id, p.customer_id, calls.get(p.customer_id), now)
                for p, _name in invited]  # fmt: skip
        if rows:  # Core, not the ORM's bulk insert: a fifth of the time for 20,000
            session.execute(insert(table_of(CampaignInvitation)), rows)
        return len(invited)

    # --- reading --------------------------------------------------------------------------
    def default_templates(self) -> dict[CampaignKind, str]:
        """The wording a new campaign starts from: its task kind's, as the manager set it
        in the reminder rules (提醒规则)."""
        with self.db.reading(self.actor) as session:
            return {k: settings.rule(session, rules.TASK_KINDS[k]).template for k in CampaignKind}

    def count(self) -> int:
        self.actor.require(Permission.RUN_CAMPAIGNS)
        with self.db.reading(self.actor) as session:
            return session.scalar(select(func.count()).select_from(Campaign)) or 0

    def campaigns(self, offset: int = 0, limit: int = 100) -> list[CampaignSummary]:
        """The newest first, with their answers counted."""
        self.actor.require(Permission.RUN_CAMPAIGNS)
        with self.db.reading(self.actor) as session:
            rows = session.execute(
                _summary_query().order_by(Campaign.id.desc()).offset(offset).limit(limit)
            ).all()
            return [_to_summary(r) for r in rows]

    def campaign(self, campaign_id: int) -> CampaignSummary:
        self.actor.require(Permission.RUN_CAMPAIGNS)
        with self.db.reading(self.actor) as session:
            return _summary(session, campaign_id)

    def invitation_count(self, campaign_id: int) -> int:
        self.actor.require(Permission.RUN_CAMPAIGNS)
        with self.db.reading(self.actor) as session:
            # One invitation per invited customer, counted when it was made.
            query = select(Campaign.invited).where(Campaign.id == campaign_id)
            return session.scalar(query) or 0

    def invitations(
        self, campaign_id: int, offset: int = 0, limit: int = 100
    ) -> list[InvitationRow]:
        """A page of the list, phones masked (a list on screen never shows a whole one)."""
        self.actor.require(Permission.RUN_CAMPAIGNS)
        with self.db.reading(self.actor) as session:
            query = _invitation_query(campaign_id).offset(offset).limit(limit)
            return [_to_row(r, self.actor.listed_mobile) for r in session.execute(query)]

    # --- answers --------------------------------------------------------------------------
    def record_rsvp(
        self, invitation_id: int, rsvp: str, version: int | None = None
    ) -> InvitationRow:
        """What the customer answered (accepted / declined / not reached), by whom, when."""
        self.actor.require(Permission.RUN_CAMPAIGNS)
        answer = _answer(rsvp)
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            invitation = _invitation(session, invitation_id, version)
            old = invitation.rsvp
            set_answer(session, invitation, answer, now, self.actor.staff_id)
            audit.record(session, self.actor, "edit", at=now, entity="campaign_invitations",
                         entity_id=invitation.id, field="rsvp", old=old, new=answer)  # fmt: skip
            session.flush()
            query = _invitation_query(invitation.campaign_id).where(
                CampaignInvitation.id == invitation.id
            )
            return _to_row(session.execute(query).one(), self.actor.listed_mobile)

    # --- export ---------------------------------------------------------------------------
    def export_list(self, campaign_id: int, write: Callable[[CampaignSheet], Path]) -> Path:
        """The whole list as a workbook, recorded as an export once the file exists;
        phones whole only for staff allowed to see them. Read and written outside the
        write transaction (200,000 rows take seconds: other desks must not wait for the
        file); the record is then saved on its own, and a file it could not be recorded
        for is taken away."""
        self.actor.require(Permission.RUN_CAMPAIGNS)
        with self.db.reading(self.actor) as session:
            sheet = _sheet(session, campaign_id, self.actor.exported_mobile)
        path = write(sheet)
        detail = f"活动名单“{sheet.campaign.name}”，{len(sheet.rows)} 位客户（含手机号）"
        try:
            with self.db.transaction(self.actor) as session:
                return audit.exported(
                    session, self.actor, lambda _sheet: path, sheet, at=self.clock(),
                    entity=ENTITY, entity_id=campaign_id, detail=detail,
                )  # fmt: skip
        except BaseException:
            path.unlink(missing_ok=True)
            raise


def _sheet(session: Session, campaign_id: int, phone: Callable[[str | None], str]) -> CampaignSheet:
    summary = _summary(session, campaign_id)
    template = session.scalar(select(Campaign.template).where(Campaign.id == campaign_id))
    rows = [_to_row(r, phone) for r in session.execute(_invitation_query(campaign_id))]
    return CampaignSheet(summary, template or "", rows)


# --- checking the draft -----------------------------------------------------------------------
def _checked(draft: CampaignDraft, now: datetime) -> CampaignDraft:
    name = clean_text(draft.name, "name", max_length=60)
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "请填写活动名称。"))
    rules.validate_campaign_template(draft.template)
    if draft.kind == CampaignKind.EVENT and draft.event_at is None:
        raise ValidationError("event_at", QT_TRANSLATE_NOOP("Errors", "活动邀约请填写活动时间。"))
    if not rules.calls_due_ok(draft.calls_due, now.date(), draft.event_at):
        raise ValidationError(
            "calls_due", QT_TRANSLATE_NOOP("Errors", "邀约日期应在今天和活动日期之间。")
        )
    place = clean_text(draft.place, "place", max_length=100) or None
    label = clean_text(draft.segment_label, "segment_label", max_length=100) or ""
    return CampaignDraft(name, CampaignKind(draft.kind), draft.template, draft.calls_due, label,
                         draft.segment_expression, draft.event_at, place)  # fmt: skip


def _new_campaign(session: Session, d: CampaignDraft, actor: Actor, now: datetime) -> Campaign:
    campaign = Campaign(
        name=d.name, kind=d.kind.value, template=d.template, event_at=d.event_at,
        place=d.place, segment_label=d.segment_label, segment_expression=d.segment_expression,
        calls_due=d.calls_due, created_by_id=actor.staff_id, created_at=now,
        invited=0, excluded_refused=0, excluded_no_phone=0, accepted=0, declined=0,
        not_reached=0,
    )  # fmt: skip
    session.add(campaign)
    session.flush()
    return campaign


def _created_detail(c: Campaign) -> str:
    return (f"{c.name}（{c.segment_label}）：邀约 {c.invited} 人，拒绝营销/提醒 "
            f"{c.excluded_refused} 人，无手机号 {c.excluded_no_phone} 人")  # fmt: skip


# --- who is on the list -----------------------------------------------------------------------
def people_of(
    session: Session, customers: Select[int], consent: str
) -> Iterator[tuple[Person, str]]:
    """The segment's customers with what the rules need (one statement)."""
    refused = exists().where(
        ContactConsent.customer_id == Customer.id,
        ContactConsent.kind == consent,
        ContactConsent.granted.is_(False),
    )
    last_advisor = (
        select(ServiceVisit.advisor_id)
        .where(ServiceVisit.customer_id == Customer.id, ServiceVisit.advisor_id.is_not(None))
        .order_by(ServiceVisit.checked_in_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = select(
        Customer.id, Customer.name, Customer.mobile, Customer.consultant_id,
        Customer.dedicated_advisor_id, last_advisor, refused,
    ).where(Customer.id.in_(customers.scalar_subquery())).order_by(Customer.id)  # fmt: skip
    for row in session.execute(query):
        refusals = frozenset({consent}) if row[6] else frozenset()
        yield Person(row[0], row[2], refusals, row[3], row[4], row[5]), row[1]


def _candidates(
    session: Session, campaign: Campaign, invited: list[tuple[Person, str]]
) -> list[Candidate]:
    kind = CampaignKind(campaign.kind)
    task_kind = rules.TASK_KINDS[kind]
    channel = Channel(settings.rule(session, task_kind).channel)
    owners = {p.customer_id: rules.owner(p) for p, _name in invited}
    names = _staff_names(session, {o.staff_id for o in owners.values() if o.staff_id is not None})
    event = rules.event_values(campaign.event_at, campaign.place, campaign.calls_due)
    found = []
    for p, name in invited:
        owner = owners[p.customer_id]
        values = {"姓名": name, "顾问": names.get(owner.staff_id or 0, NO_CONSULTANT), **event}
        draft = TaskDraft(
            kind=task_kind, dedupe_key=f"{task_kind}:campaign:{campaign.id}:{p.customer_id}",
            due_date=campaign.calls_due, due_at=None, channel=channel, owner_role=owner.role,
            message=render_template(campaign.template, values),
        )  # fmt: skip
        found.append(Candidate(draft, p.customer_id, owner_id=owner.staff_id,
                               source=(SOURCE, campaign.id)))  # fmt: skip
    return found


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.execute(select(StaffUser.id, StaffUser.name).where(StaffUser.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}


def _calls_of(session: Session, campaign_id: int) -> dict[int, int]:
    """The campaign's calls by customer (the task store made them in bulk)."""
    rows = session.execute(
        select(FollowUpTask.customer_id, FollowUpTask.id).where(
            FollowUpTask.source_type == SOURCE, FollowUpTask.source_id == campaign_id
        )
    )
    return {customer_id: task_id for customer_id, task_id in rows if customer_id is not None}


def _invitation_row(
    campaign_id: int, customer_id: int, task_id: int | None, now: datetime
) -> dict[str, object]:
    return {
        "campaign_id": campaign_id, "customer_id": customer_id, "follow_up_task_id": task_id,
        "rsvp": Rsvp.PENDING.value, "answered_at": None, "answered_by_id": None,
        "created_at": now, "updated_at": now, "version": 1,
    }  # fmt: skip


# --- summaries --------------------------------------------------------------------------------
def _summary_query() -> Select[Campaign, str]:
    return select(Campaign, StaffUser.name).outerjoin(
        StaffUser, StaffUser.id == Campaign.created_by_id
    )


def _summary(session: Session, campaign_id: int) -> CampaignSummary:
    row = session.execute(_summary_query().where(Campaign.id == campaign_id)).first()
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该活动。"))
    return _to_summary(row)


def _to_summary(row: Row[Campaign, str]) -> CampaignSummary:
    c: Campaign = row[0]
    return CampaignSummary(
        id=c.id, name=c.name, kind=CampaignKind(c.kind), event_at=c.event_at, place=c.place,
        segment_label=c.segment_label, calls_due=c.calls_due, created_at=c.created_at,
        created_by=row[1], invited=c.invited, excluded_refused=c.excluded_refused,
        excluded_no_phone=c.excluded_no_phone, accepted=c.accepted, declined=c.declined,
        not_reached=c.not_reached,
    )  # fmt: skip


# --- the list ---------------------------------------------------------------------------------
def _invitation_query(campaign_id: int) -> Select[*tuple[Any, ...]]:
    owner = aliased(StaffUser)
    i = CampaignInvitation
    return (
        select(i.id, i.version, i.customer_id, Customer.name, Customer.mobile, owner.name,
               FollowUpTask.status, FollowUpTask.due_date, i.rsvp, i.answered_at)
        .join(Customer, Customer.id == i.customer_id)
        .outerjoin(FollowUpTask, FollowUpTask.id == i.follow_up_task_id)
        .outerjoin(owner, owner.id == FollowUpTask.owner_id)
        .where(i.campaign_id == campaign_id)
        .order_by(i.customer_id)  # the unique index's order: no sort of 200,000
    )  # fmt: skip


def _to_row(row: Row[*tuple[Any, ...]], phone: Callable[[str | None], str]) -> InvitationRow:
    """Columns, not entities: an export reads 20,000 of them."""
    return InvitationRow(
        id=row[0], version=row[1], customer_id=row[2], customer=row[3], phone=phone(row[4]),
        owner=row[5], task_status=row[6], due_date=row[7], rsvp=row[8], answered_at=row[9],
    )  # fmt: skip


def _answer(rsvp: str) -> Rsvp:
    if rsvp not in {a.value for a in rules.ANSWERS}:
        raise ValidationError(
            "rsvp", QT_TRANSLATE_NOOP("Errors", "邀约结果“{rsvp}”无效。"), rsvp=rsvp
        )
    return Rsvp(rsvp)


def _invitation(session: Session, invitation_id: int, version: int | None) -> CampaignInvitation:
    invitation = session.get(CampaignInvitation, invitation_id)
    if invitation is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "找不到该邀约。"))
    if version is not None and invitation.version != version:
        raise StaleRecordError(QT_TRANSLATE_NOOP("Errors", "活动邀约"))
    return invitation
