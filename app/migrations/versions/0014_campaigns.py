"""campaigns (活动邀约, special-weather notices) and their invitations

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 09:00:00

Two new tables (op.create_table, as 0011): nothing existing is copied.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _entity_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("event_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(length=100), nullable=True),
        sa.Column("segment_label", sa.String(length=100), nullable=False),
        sa.Column("segment_expression", sa.Text(), nullable=False),
        sa.Column("calls_due", sa.Date(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("invited", sa.Integer(), nullable=False),
        sa.Column("excluded_refused", sa.Integer(), nullable=False),
        sa.Column("excluded_no_phone", sa.Integer(), nullable=False),
        sa.Column("accepted", sa.Integer(), nullable=False),
        sa.Column("declined", sa.Integer(), nullable=False),
        sa.Column("not_reached", sa.Integer(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_users.id"],
            name=op.f("fk_campaigns_created_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "campaign_invitations",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_task_id", sa.Integer(), nullable=True),
        sa.Column("rsvp", sa.String(length=12), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"],
            name=op.f("fk_campaign_invitations_campaign_id_campaigns"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"],
            name=op.f("fk_campaign_invitations_customer_id_customers"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_task_id"], ["follow_up_tasks.id"],
            name=op.f("fk_campaign_invitations_follow_up_task_id_follow_up_tasks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["answered_by_id"], ["staff_users.id"],
            name=op.f("fk_campaign_invitations_answered_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_invitations")),
        sa.UniqueConstraint(
            "campaign_id", "customer_id", name=op.f("uq_campaign_invitations_campaign_id")
        ),
    )  # fmt: skip
    with op.batch_alter_table("campaign_invitations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_invitations_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_campaign_invitations_follow_up_task_id"),
            ["follow_up_task_id"], unique=False,
        )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("campaign_invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_invitations_follow_up_task_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_invitations_customer_id"))
    op.drop_table("campaign_invitations")
    op.drop_table("campaigns")
