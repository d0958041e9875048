"""Customer lists brought in from Excel: one batch per import, and what each created."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Entity

IMPORTED, UNDONE = "imported", "undone"


class ImportBatch(Entity):
    """Who imported which file when, with its counts; undone as a whole or not at all."""

    __tablename__ = "import_batches"

    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    sheet_name: Mapped[str | None] = mapped_column(String(100))
    imported_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    rows: Mapped[int] = mapped_column(Integer, default=0)
    imported_rows: Mapped[int] = mapped_column(Integer, default=0)
    error_rows: Mapped[int] = mapped_column(Integer, default=0)
    duplicate_rows: Mapped[int] = mapped_column(Integer, default=0)
    customers_created: Mapped[int] = mapped_column(Integer, default=0)
    vehicles_created: Mapped[int] = mapped_column(Integer, default=0)
    service_records_created: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(12), default=IMPORTED)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class ImportRecord(Base):
    """One row a batch created (customers, vehicles, service_visits, odometer_readings):
    a link table, so that importing never rewrites the customers and vehicles tables."""

    __tablename__ = "import_batch_records"
    __table_args__ = (Index("ix_import_batch_records_batch_table", "batch_id", "table_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
