"""Adviser work: clients' advice allowances, advice sessions with a persisted timer, and follow-ups.

Revision ID: 20261126_06
Revises: 20261126_05
Create Date: 2026-11-26 14:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261126_06"
down_revision = "20261126_05"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adviser_clients",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("allowance_minutes", sa.Integer(), nullable=True),
        sa.Column("programme", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_adviser_clients_company_id_companies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("company_id", name=op.f("pk_adviser_clients")),
    )
    op.create_table(
        "advice_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("running_since", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_advice_sessions_company_id_companies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advice_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_advice_sessions_uuid")),
    )
    with op.batch_alter_table("advice_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_advice_sessions_company_id", ["company_id"], unique=False)
    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_follow_ups_company_id_companies"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["advice_sessions.id"],
            name=op.f("fk_follow_ups_session_id_advice_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
        sa.UniqueConstraint("uuid", name=op.f("uq_follow_ups_uuid")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index("ix_follow_ups_company_id", ["company_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_company_id")
    op.drop_table("follow_ups")
    with op.batch_alter_table("advice_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_advice_sessions_company_id")
    op.drop_table("advice_sessions")
    op.drop_table("adviser_clients")
