"""The repair record for the customer (电子维修档案): at handover, a PDF of the work done,
the parts replaced, the amounts, the km and the next service date and km. Written by the
caller's writer (reports/ renders it), recorded as an export once the file exists, and
the first one kept with the repair order (attachments: beside the SQLite file, or in
PostgreSQL) so the same record can be printed again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from .. import audit, settings
from ..db import Database
from ..errors import EnvironmentProblem, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..models import RepairOrderStatus, ServiceVisit
from ..permissions import Actor, require_actor
from .attachments import NewFile, attach, attachments_of, file_store_for, pdf_kind
from .checkin_orders import get_visit, order_copy
from .checkin_types import RepairOrder
from .store_profile import printed_logo

OWNER = ServiceVisit.__tablename__
MAX_RECORD_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class RepairRecordDocument:
    store_name: str
    store_address: str
    store_phone: str
    logo: bytes | None
    order: RepairOrder
    printed_at: datetime


def record_file_name(order_no: str) -> str:
    return f"电子维修档案_{order_no}.pdf"


class RepairRecordService:
    def __init__(
        self, db: Database, actor: Actor, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.db = db
        self.actor = require_actor(actor)
        self.clock = clock
        self.files = file_store_for(db)

    def export(self, order_id: int, write: Callable[[RepairRecordDocument], Path]) -> Path:
        """The record of a handed-over order, written by `write`; the first one is kept
        with the order."""
        now = self.clock()
        with self.db.transaction(self.actor) as session:
            visit = get_visit(session, order_id)
            if visit.status != RepairOrderStatus.HANDED_OVER:
                raise UserError(QT_TRANSLATE_NOOP("Errors", "交车结算后才能生成电子维修档案。"))
            document = RepairRecordDocument(
                store_name=settings.get(session, "store.name"),
                store_address=settings.get(session, "store.address"),
                store_phone=settings.get(session, "store.phone"),
                logo=printed_logo(session),
                order=order_copy(session, visit),
                printed_at=now,
            )
            path = audit.exported(
                session, self.actor, write, document, at=now, entity=OWNER,
                entity_id=order_id, detail=f"电子维修档案 {visit.order_no}",
            )  # fmt: skip
            if not attachments_of(session, OWNER, [order_id]):
                self._keep(session, visit, path)
            return path

    def _keep(self, session: Session, visit: ServiceVisit, path: Path) -> None:
        """Kept with the order; if it cannot be, the file goes too (its export record is
        rolled back with this transaction)."""
        try:
            content = _read(path)
            new = NewFile(OWNER, visit.id, record_file_name(visit.order_no), content)
            attach(session, self.files, new, pdf_kind(content))
        except BaseException:
            path.unlink(missing_ok=True)
            raise

    def kept(self, order_id: int) -> bytes | None:
        """The record kept with the order at its first printing, if any."""
        with self.db.transaction(self.actor) as session:
            get_visit(session, order_id)
            rows = attachments_of(session, OWNER, [order_id])
            return self.files.read(rows[0]) if rows else None


def _read(path: Path) -> bytes:
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise EnvironmentProblem(
            QT_TRANSLATE_NOOP("Errors", "无法读取刚生成的维修档案 {path}：{strerror}"),
            path=path,
            strerror=exc.strerror,
        ) from exc
    if len(content) > MAX_RECORD_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "维修档案文件过大，未保存。"))
    return content
