"""indexes for an incremental reminder run and the calendar's display order

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 05:15:53

- The reminder run reads only what changed since its watermark: an index on updated_at
  of every table it follows (customers, consents, cars, showroom and service visits,
  handovers), and on the cars' warranty, insurance and 年审 dates for the new days of
  its window.
- follow_up_tasks(source_type, source_id): a complaint's deadline tasks are found by
  their case (an UPDATE per case read every task without it); follow_up_tasks(vehicle_id):
  a car back in the workshop has its maintenance and dormant reminders skipped by car.
- The calendar's lists in display order (due_date, due_at, id), for all owners, one owner
  and the overdue ones, replace (due_date, owner_id) and (status, due_date); status (and
  the owner's role) at the end of the first two let the month counts be read from the
  index alone.
- SQLite keeps no statistics for a new index until ANALYZE, and dropping an index drops
  its statistics: without them "status = 'open'" looks as selective as a customer's id
  and an UPDATE of a few cars' tasks read every open task. The touched tables are
  analysed (sampled: quick on a large file). PostgreSQL's autovacuum keeps its own.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NEW = {
    "contact_consents": {"ix_contact_consents_updated_at": ["updated_at"]},
    "customers": {"ix_customers_updated_at": ["updated_at"]},
    "deliveries": {"ix_deliveries_updated_at": ["updated_at"]},
    "service_visits": {"ix_service_visits_updated_at": ["updated_at"]},
    "showroom_visits": {"ix_showroom_visits_updated_at": ["updated_at"]},
    "vehicles": {
        "ix_vehicles_updated_at": ["updated_at"],
        "ix_vehicles_warranty_end_date": ["warranty_end_date"],
        "ix_vehicles_insurance_expiry": ["insurance_expiry"],
        "ix_vehicles_annual_inspection_due": ["annual_inspection_due"],
    },
    "follow_up_tasks": {
        "ix_follow_up_tasks_day_order": ["due_date", "due_at", "id", "status"],
        "ix_follow_up_tasks_owner_day_order": [
            "owner_id", "due_date", "due_at", "id", "owner_role", "status",
        ],
        "ix_follow_up_tasks_status_day_order": ["status", "due_date", "due_at", "id"],
        "ix_follow_up_tasks_source": ["source_type", "source_id"],
        "ix_follow_up_tasks_vehicle_id": ["vehicle_id"],
    },
}  # fmt: skip
REPLACED = {
    "follow_up_tasks": {
        "ix_follow_up_tasks_due_owner": ["due_date", "owner_id"],
        "ix_follow_up_tasks_status_due": ["status", "due_date"],
    }
}


SAMPLED_ROWS = 1000  # SQLite's analysis_limit: rows read per index


def upgrade() -> None:
    _drop(REPLACED)
    _create(NEW)
    _analyse(NEW)


def downgrade() -> None:
    _drop(NEW)
    _create(REPLACED)


def _create(indexes: dict[str, dict[str, list[str]]]) -> None:
    for table, named in indexes.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, columns in named.items():
                batch_op.create_index(name, columns, unique=False)


def _drop(indexes: dict[str, dict[str, list[str]]]) -> None:
    for table, named in indexes.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in named:
                batch_op.drop_index(name)


def _analyse(indexes: dict[str, dict[str, list[str]]]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"PRAGMA analysis_limit = {SAMPLED_ROWS}")
    for table in indexes:
        op.execute(f"ANALYZE {table}")
