"""What the campaign service hands out: plain objects (the window and the Excel sheet
never see a live row)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..rules.campaigns import CampaignKind, response_rate


@dataclass(frozen=True)
class CampaignDraft:
    """A new campaign as the manager fills it in; the segment's label and expression are
    kept with it for the record (the list itself comes as a select of customer ids)."""

    name: str
    kind: CampaignKind
    template: str
    calls_due: date
    segment_label: str
    segment_expression: str = ""
    event_at: datetime | None = None
    place: str | None = None


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    name: str
    kind: CampaignKind
    event_at: datetime | None
    place: str | None
    segment_label: str
    calls_due: date
    created_at: datetime
    created_by: str | None
    invited: int
    excluded_refused: int
    excluded_no_phone: int
    accepted: int = 0
    declined: int = 0
    not_reached: int = 0

    @property
    def excluded(self) -> int:
        return self.excluded_refused + self.excluded_no_phone

    @property
    def response_rate(self) -> float | None:
        return response_rate(self.invited, self.accepted, self.declined)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id, "name": self.name, "kind": str(self.kind),
            "invited": self.invited, "excluded_refused": self.excluded_refused,
            "excluded_no_phone": self.excluded_no_phone, "accepted": self.accepted,
            "declined": self.declined, "not_reached": self.not_reached,
            "response_rate": self.response_rate,
        }  # fmt: skip


@dataclass(frozen=True)
class InvitationRow:
    id: int
    version: int
    customer_id: int
    customer: str
    phone: str  # masked on screen; whole in an export only for staff allowed to see it
    owner: str | None
    task_status: str | None
    due_date: date | None
    rsvp: str
    answered_at: datetime | None


@dataclass(frozen=True)
class CampaignSheet:
    """What the Excel writer needs: the campaign and its whole list."""

    campaign: CampaignSummary
    template: str
    rows: list[InvitationRow]
