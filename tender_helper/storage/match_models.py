"""ORM models of matching: the analysed index documents, stored matches with their state, runs, demotions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from tender_helper.storage.base import Base, utcnow

# A document's id is notice_id * SLOTS + position (0 = the notice itself, 1.. = its lots), so the documents
# of a notice lie in one id range and a full-text hit tells its notice without a lookup.
SLOTS = 1024


class MatchDocRow(Base):
    """A notice (position 0) or one of its lots, analysed for matching: the facts scoring reads.

    The analysed text lives apart (MatchTermsRow), so that reading the facts of every candidate of a
    ranking reads narrow rows and leaves the text of those that cannot reach the top unread."""

    __tablename__ = "match_docs"
    __table_args__ = (Index("ix_match_docs_notice_id", "notice_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # notice_id * 1024 + position
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    lot_id: Mapped[str] = mapped_column(String(80), default="")
    cpv: Mapped[str] = mapped_column(Text, default="")  # space-separated codes
    nuts: Mapped[str] = mapped_column(Text, default="")
    value_eur: Mapped[float | None] = mapped_column(Float)
    value_amount: Mapped[str | None] = mapped_column(String(40))
    value_currency: Mapped[str | None] = mapped_column(String(3))
    deadline_utc: Mapped[datetime | None] = mapped_column()
    compounding: Mapped[bool] = mapped_column(Boolean, default=False)
    unanalysed: Mapped[str] = mapped_column(String(200), default="")  # languages no stemmer knows


class MatchNoticeRow(Base):
    """What all lots of an indexed notice have together (matching.bound.NoticeSummary): one narrow row per
    notice gives a ranking a coarse bound of its score before any of its lots is read."""

    __tablename__ = "match_notices"

    notice_id: Mapped[int] = mapped_column(
        ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    cpv: Mapped[str] = mapped_column(Text, default="")  # space-separated codes of all lots
    nuts: Mapped[str] = mapped_column(Text, default="")
    last_deadline: Mapped[datetime | None] = mapped_column()
    undated: Mapped[bool] = mapped_column(Boolean, default=False)  # some lot has no deadline
    compounding: Mapped[bool] = mapped_column(Boolean, default=False)  # all its text in compounding languages
    # The notice's own columns that scoring reads, copied when it is indexed (and cancelled when it is):
    # a ranking reads them for every candidate, cheaper here than from the wide notice row.
    kind: Mapped[str] = mapped_column(String(20), default="", server_default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    buyer_name: Mapped[str] = mapped_column(String(400), default="", server_default="")
    buyer_country: Mapped[str | None] = mapped_column(String(3))
    main_cpv: Mapped[str | None] = mapped_column(String(8))


class MatchTermsRow(Base):
    """The analysed words of a document (same id); the full-text index (FTS5 or pg_trgm) indexes `terms`."""

    __tablename__ = "match_terms"

    id: Mapped[int] = mapped_column(
        ForeignKey("match_docs.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    terms: Mapped[str] = mapped_column(Text, default="")  # analysed words (stems, folded), space-separated


class MatchRow(Base):
    """A notice ranked for a company, with the parts its score came from and what the user did with it."""

    __tablename__ = "matches"
    __table_args__ = (Index("ix_matches_company_id_score", "company_id", "score"),)

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    percent: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="new")  # new, seen, starred, dismissed
    found_run: Mapped[int | None] = mapped_column(Integer)  # the run that first found it
    parts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the NoticeMatch, as JSON
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MatchRunRow(Base):
    """One ranking pass for a company: a full one (profile changed) or one after an import or sync."""

    __tablename__ = "match_runs"
    __table_args__ = (Index("ix_match_runs_company_id", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # "full" or "sync"
    at: Mapped[datetime] = mapped_column(default=utcnow)
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    profile_stamp: Mapped[str] = mapped_column(String(40), default="")  # the profile the run ranked for


class MatchDemotionRow(Base):
    """ "Don't show similar": the buyer and main CPV of a dismissed notice, demoted from then on."""

    __tablename__ = "match_demotions"
    __table_args__ = (Index("ix_match_demotions_company_id", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    main_cpv: Mapped[str | None] = mapped_column(String(8))
    buyer_name: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
