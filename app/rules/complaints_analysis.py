"""Monthly complaint analysis over plain records: counts, deadlines kept, medians, repeats."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from statistics import median

from ..i18n import QT_TRANSLATE_NOOP
from ..models.enums import ComplaintStatus
from .complaints import STEP_LABELS, Step

TOP_CAUSES = 5


@dataclass(frozen=True)
class AnalysisCase:
    customer_id: int | None
    customer_name: str | None
    category: str
    cause: str | None
    status: str
    received_at: datetime
    response_due_at: datetime
    first_proposal_due_at: datetime
    final_proposal_due_at: datetime
    responded_at: datetime | None
    first_proposal_at: datetime | None
    final_proposal_at: datetime | None
    closed_at: datetime | None

    def done_at(self, step: Step) -> datetime | None:
        return {
            Step.RESPONSE: self.responded_at,
            Step.FIRST_PROPOSAL: self.first_proposal_at,
            Step.FINAL_PROPOSAL: self.final_proposal_at,
        }[step]

    def due_at(self, step: Step) -> datetime:
        return getattr(self, f"{step.value}_due_at")

    def needs(self, step: Step) -> bool:
        """The final proposal is owed only once the customer refused the first."""
        if step != Step.FINAL_PROPOSAL:
            return True
        return self.final_proposal_at is not None or self.status == ComplaintStatus.REINVESTIGATING


@dataclass(frozen=True)
class StepKept:
    step: str
    label: str
    kept: int
    decided: int  # done, or not done and already overdue

    @property
    def share(self) -> float | None:
        return self.kept / self.decided if self.decided else None


@dataclass(frozen=True)
class MonthAnalysis:
    month: date
    total: int
    by_class: list[tuple[str, int]]
    by_cause: list[tuple[str, str, int]]
    deadlines: list[StepKept]
    median_response_minutes: float | None
    median_close_hours: float | None
    repeat_complainers: list[tuple[str, int]]
    top_causes: list[tuple[str, str, int]]


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1)
    end = datetime(year + month // 12, month % 12 + 1, 1)
    return start, end


def step_kept(cases: list[AnalysisCase], step: Step, now: datetime) -> StepKept:
    kept = decided = 0
    for case in cases:
        if not case.needs(step):
            continue
        done, due = case.done_at(step), case.due_at(step)
        if done is None and due >= now:
            continue  # still running: neither kept nor missed yet
        decided += 1
        kept += done is not None and done <= due
    return StepKept(step.value, STEP_LABELS[step], kept, decided)


def _median_of(values: list[float]) -> float | None:
    return round(median(values), 1) if values else None


def median_response_minutes(cases: list[AnalysisCase]) -> float | None:
    waits = [(c.responded_at - c.received_at).total_seconds() / 60 for c in cases if c.responded_at]
    return _median_of(waits)


def median_close_hours(cases: list[AnalysisCase]) -> float | None:
    spans = [(c.closed_at - c.received_at).total_seconds() / 3600 for c in cases if c.closed_at]
    return _median_of(spans)


def repeat_complainers(cases: list[AnalysisCase]) -> list[tuple[str, int]]:
    counts = Counter(c.customer_id for c in cases if c.customer_id is not None)
    names = {c.customer_id: c.customer_name or "" for c in cases}
    repeats = [(names[cid], n) for cid, n in counts.items() if n > 1]
    return sorted(repeats, key=lambda item: (-item[1], item[0]))


NO_CAUSE = QT_TRANSLATE_NOOP("Complaints", "（未填）")


def analyse(
    cases: list[AnalysisCase], month: date, now: datetime, class_labels: dict[str, str]
) -> MonthAnalysis:
    def label(code: str) -> str:
        return class_labels.get(code, code)

    classes = Counter(label(c.category) for c in cases)
    causes = Counter((label(c.category), c.cause or NO_CAUSE) for c in cases)
    by_cause = sorted(((k[0], k[1], n) for k, n in causes.items()), key=lambda r: (-r[2], r[:2]))
    return MonthAnalysis(
        month=month,
        total=len(cases),
        by_class=sorted(classes.items(), key=lambda item: (-item[1], item[0])),
        by_cause=by_cause,
        deadlines=[step_kept(cases, step, now) for step in Step],
        median_response_minutes=median_response_minutes(cases),
        median_close_hours=median_close_hours(cases),
        repeat_complainers=repeat_complainers(cases),
        top_causes=by_cause[:TOP_CAUSES],
    )
