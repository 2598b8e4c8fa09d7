"""Matching: index documents, their words (FTS5 or pg_trgm index), notice summaries, matches, runs, demotions.

Revision ID: 20261126_03
Revises: 20261126_02
Create Date: 2026-11-26 14:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261126_03"
down_revision = "20261126_02"
branch_labels = None
depends_on = None

# The FTS5 index reads its text from match_terms (external content); triggers keep it in step, also when
# a notice's deletion cascades to its documents and their words. Trigram tokens let a stem match inside a
# compound word.
_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE match_text USING fts5(terms, content='match_terms', content_rowid='id', tokenize='trigram')",
    # FTS5 merges its index segments as it goes; at the default (4) a sync of 1,000 notices into an index of
    # 100,000 spends a second merging large segments, at 16 a tenth of that, for queries a few ms slower.
    "INSERT INTO match_text(match_text, rank) VALUES ('automerge', 16)",
    "CREATE TRIGGER match_terms_ai AFTER INSERT ON match_terms BEGIN "
    "INSERT INTO match_text(rowid, terms) VALUES (new.id, new.terms); END",
    "CREATE TRIGGER match_terms_ad AFTER DELETE ON match_terms BEGIN "
    "INSERT INTO match_text(match_text, rowid, terms) VALUES ('delete', old.id, old.terms); END",
    "CREATE TRIGGER match_terms_au AFTER UPDATE ON match_terms BEGIN "
    "INSERT INTO match_text(match_text, rowid, terms) VALUES ('delete', old.id, old.terms); "
    "INSERT INTO match_text(rowid, terms) VALUES (new.id, new.terms); END",
)


def upgrade() -> None:
    op.create_table(
        "match_docs",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.String(length=80), nullable=False),
        sa.Column("cpv", sa.Text(), nullable=False),
        sa.Column("nuts", sa.Text(), nullable=False),
        sa.Column("value_eur", sa.Float(), nullable=True),
        sa.Column("value_amount", sa.String(length=40), nullable=True),
        sa.Column("value_currency", sa.String(length=3), nullable=True),
        sa.Column("deadline_utc", sa.DateTime(), nullable=True),
        sa.Column("compounding", sa.Boolean(), nullable=False),
        sa.Column("unanalysed", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notices.id"], name=op.f("fk_match_docs_notice_id_notices"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_docs")),
    )
    with op.batch_alter_table("match_docs", schema=None) as batch_op:
        batch_op.create_index("ix_match_docs_notice_id", ["notice_id"], unique=False)

    op.create_table(
        "match_notices",
        sa.Column("notice_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("cpv", sa.Text(), nullable=False),
        sa.Column("nuts", sa.Text(), nullable=False),
        sa.Column("last_deadline", sa.DateTime(), nullable=True),
        sa.Column("undated", sa.Boolean(), nullable=False),
        sa.Column("compounding", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notices.id"], name=op.f("fk_match_notices_notice_id_notices"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("notice_id", name=op.f("pk_match_notices")),
    )

    op.create_table(
        "match_terms",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["id"], ["match_docs.id"], name=op.f("fk_match_terms_id_match_docs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_terms")),
    )

    op.create_table(
        "matches",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("found_run", sa.Integer(), nullable=True),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_matches_company_id_companies"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notices.id"], name=op.f("fk_matches_notice_id_notices"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("company_id", "notice_id", name=op.f("pk_matches")),
    )
    with op.batch_alter_table("matches", schema=None) as batch_op:
        batch_op.create_index("ix_matches_company_id_score", ["company_id", "score"], unique=False)

    op.create_table(
        "match_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("new_count", sa.Integer(), nullable=False),
        sa.Column("profile_stamp", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_match_runs_company_id_companies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_runs")),
    )
    with op.batch_alter_table("match_runs", schema=None) as batch_op:
        batch_op.create_index("ix_match_runs_company_id", ["company_id"], unique=False)

    op.create_table(
        "match_demotions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("main_cpv", sa.String(length=8), nullable=True),
        sa.Column("buyer_name", sa.String(length=400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["companies.id"], name=op.f("fk_match_demotions_company_id_companies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_demotions")),
    )
    with op.batch_alter_table("match_demotions", schema=None) as batch_op:
        batch_op.create_index("ix_match_demotions_company_id", ["company_id"], unique=False)

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_FTS:
            op.execute(statement)
    elif dialect == "postgresql":
        _postgres_trigrams()


def _postgres_trigrams() -> None:
    """A trigram index (pg_trgm) serves `terms LIKE '%stem%'`, the same test as FTS5's trigram phrases, so a
    stem is found inside a compound word on both databases. Without the extension (it needs the right to
    create it) the same queries still work, by reading every row."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first() is None:
        return
    try:
        with bind.begin_nested():
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return
    op.execute("CREATE INDEX ix_match_terms_trgm ON match_terms USING gin (terms gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("match_terms_au", "match_terms_ad", "match_terms_ai"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE match_text")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_match_terms_trgm")
    op.drop_table("match_terms")
    op.drop_table("match_notices")
    for table, index in (
        ("match_demotions", "ix_match_demotions_company_id"),
        ("match_runs", "ix_match_runs_company_id"),
        ("matches", "ix_matches_company_id_score"),
        ("match_docs", "ix_match_docs_notice_id"),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
        op.drop_table(table)
