"""customer value: RFM scores, segment and level per customer; a high-value customer's
dedicated advisor

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 05:06:29.472703

The advisor column is added in place (SQLite's ADD COLUMN … REFERENCES), not by copying
the customers table: a store group's 200,000 customers upgrade in a moment.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_values",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("last_paid_at", sa.DateTime(), nullable=True),
        sa.Column("frequency", sa.Integer(), nullable=False),
        sa.Column("monetary", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("year_spend", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("r_score", sa.Integer(), nullable=False),
        sa.Column("f_score", sa.Integer(), nullable=False),
        sa.Column("m_score", sa.Integer(), nullable=False),
        sa.Column("segment", sa.String(length=12), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_values_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_values")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_customer_values_customer_id")),
    )
    with op.batch_alter_table("customer_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_values_level"), ["level"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_values_segment"), ["segment"], unique=False)

    name = "fk_customers_dedicated_advisor_id_staff_users"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE customers ADD COLUMN dedicated_advisor_id INTEGER "
            f"CONSTRAINT {name} REFERENCES staff_users (id)"
        )
    else:
        op.add_column("customers", sa.Column("dedicated_advisor_id", sa.Integer(), nullable=True))
        op.create_foreign_key(name, "customers", "staff_users", ["dedicated_advisor_id"], ["id"])


def downgrade() -> None:
    name = "fk_customers_dedicated_advisor_id_staff_users"
    if op.get_bind().dialect.name == "sqlite":
        # The constraint was declared inline; a batch copy drops it with its column.
        with op.batch_alter_table("customers", schema=None) as batch_op:
            batch_op.drop_column("dedicated_advisor_id")
    else:
        op.drop_constraint(name, "customers", type_="foreignkey")
        op.drop_column("customers", "dedicated_advisor_id")

    with op.batch_alter_table("customer_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_values_segment"))
        batch_op.drop_index(batch_op.f("ix_customer_values_level"))

    op.drop_table("customer_values")
