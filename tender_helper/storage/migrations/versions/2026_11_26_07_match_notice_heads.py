"""Matching: the notice-wide facts scoring reads (kind, cancelled, buyer, main CPV) kept beside each summary.

A ranking reads them for every candidate; from the narrow summary row instead of the wide notice row (with
its data and XML) the read takes half the time.

Revision ID: 20261126_07
Revises: 20261126_06
Create Date: 2026-11-26 15:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261126_07"
down_revision = "20261126_06"
branch_labels = None
depends_on = None

COLUMNS = ("kind", "cancelled", "buyer_name", "buyer_country", "main_cpv")


def upgrade() -> None:
    with op.batch_alter_table("match_notices") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), nullable=False, server_default=""))
        batch.add_column(sa.Column("cancelled", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("buyer_name", sa.String(length=400), nullable=False, server_default=""))
        batch.add_column(sa.Column("buyer_country", sa.String(length=3), nullable=True))
        batch.add_column(sa.Column("main_cpv", sa.String(length=8), nullable=True))
    # The summaries already stored take their notices' values (both databases know correlated subqueries).
    assignments = ", ".join(
        f"{column} = (SELECT n.{column} FROM notices AS n WHERE n.id = match_notices.notice_id)" for column in COLUMNS
    )
    op.execute(f"UPDATE match_notices SET {assignments}")


def downgrade() -> None:
    with op.batch_alter_table("match_notices") as batch:
        for column in reversed(COLUMNS):
            batch.drop_column(column)
