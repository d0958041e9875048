"""customers sharing another customer's mobile: a column instead of only a note

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 06:00:00

Until now a family member or colleague registered on another customer's phone was linked
by a note (app.services.reception.shared_phone_note: "与客户“X”（编号 N）共用手机号 …").
The link becomes a column, so the customer's 360° card shows the household both ways;
customers already linked by that note are linked by the column too (the note stays).
The column is added in place (SQLite's ADD COLUMN … REFERENCES), as in 0011.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COLUMN = "shares_mobile_with_id"
FOREIGN_KEY = "fk_customers_shares_mobile_with_id_customers"
INDEX = "ix_customers_shares_mobile_with_id"
NOTED = re.compile(r"（编号 (\d+)）共用手机号")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE customers ADD COLUMN {COLUMN} INTEGER "
            f"CONSTRAINT {FOREIGN_KEY} REFERENCES customers (id)"
        )
    else:
        op.add_column("customers", sa.Column(COLUMN, sa.Integer(), nullable=True))
        op.create_foreign_key(FOREIGN_KEY, "customers", "customers", [COLUMN], ["id"])
    op.create_index(INDEX, "customers", [COLUMN], unique=False)
    _link_noted_customers()


def _link_noted_customers() -> None:
    connection = op.get_bind()
    customers = sa.table(
        "customers",
        sa.column("id", sa.Integer),
        sa.column("notes", sa.Text),
        sa.column(COLUMN, sa.Integer),
    )
    noted = connection.execute(
        sa.select(customers.c.id, customers.c.notes).where(customers.c.notes.like("%共用手机号%"))
    ).all()
    links: dict[int, int] = {}
    for row in noted:
        customer_id, found = int(row.id), NOTED.search(row.notes or "")
        if found and int(found.group(1)) != customer_id:
            links[customer_id] = int(found.group(1))
    existing: set[int] = set(
        connection.scalars(sa.select(customers.c.id).where(customers.c.id.in_(links.values())))
    )
    for customer_id, owner_id in links.items():
        if owner_id in existing:
            connection.execute(
                customers.update().where(customers.c.id == customer_id).values({COLUMN: owner_id})
            )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="customers")
    if op.get_bind().dialect.name == "sqlite":
        # The constraint was declared inline; a batch copy drops it with its column.
        with op.batch_alter_table("customers", schema=None) as batch_op:
            batch_op.drop_column(COLUMN)
    else:
        op.drop_constraint(FOREIGN_KEY, "customers", type_="foreignkey")
        op.drop_column("customers", COLUMN)
