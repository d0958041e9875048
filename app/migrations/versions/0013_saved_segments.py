"""saved segments (客户筛选): a segment's expression kept by name

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 09:00:00

The segment builder's counts at 200,000 customers (benchmarks/bench_segments.py): cars
by brand go through their model (an index on vehicles.model_id, else SQLite builds a
temporary one for every count: 243 ms instead of 117-147 ms, on a loaded 2-core PC), and
a car's highest odometer reading comes from an index on (vehicle_id, km) (km>=60000:
~170 ms, not ~290).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_segments",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("expression", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["staff_users.id"],
            name=op.f("fk_saved_segments_created_by_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_segments")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_segments_name")),
    )
    op.create_index("ix_vehicles_model_id", "vehicles", ["model_id"], unique=False)
    op.create_index(
        "ix_odometer_readings_vehicle_km", "odometer_readings", ["vehicle_id", "km"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_odometer_readings_vehicle_km", table_name="odometer_readings")
    op.drop_index("ix_vehicles_model_id", table_name="vehicles")
    op.drop_table("saved_segments")
