"""store setup: each car model's maintenance plan, its configurations and colours; the
store's logo

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 02:39:19.078201

The plan columns are empty for models already in the catalogue: an empty figure is the
store's default (settings service.* and delivery.warranty_*), as before. The logo lives in
the database (at most app.services.store_profile.MAX_LOGO_BYTES) so that every workstation
on a shared database prints the same one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_logo",
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("media_type", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_logo")),
    )
    op.create_table(
        "car_colours",
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["car_models.id"],
            name=op.f("fk_car_colours_model_id_car_models"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_car_colours")),
        sa.UniqueConstraint("model_id", "name", name=op.f("uq_car_colours_model_id")),
    )
    op.create_table(
        "car_configurations",
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["car_models.id"],
            name=op.f("fk_car_configurations_model_id_car_models"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_car_configurations")),
        sa.UniqueConstraint("model_id", "name", name=op.f("uq_car_configurations_model_id")),
    )
    with op.batch_alter_table("car_models", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_service_km", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("first_service_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("service_interval_km", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("service_interval_months", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("warranty_years", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("warranty_km", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("car_models", schema=None) as batch_op:
        batch_op.drop_column("warranty_km")
        batch_op.drop_column("warranty_years")
        batch_op.drop_column("service_interval_months")
        batch_op.drop_column("service_interval_km")
        batch_op.drop_column("first_service_months")
        batch_op.drop_column("first_service_km")

    op.drop_table("car_configurations")
    op.drop_table("car_colours")
    op.drop_table("store_logo")
