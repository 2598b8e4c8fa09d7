"""ORM models of bids (one per company and notice) and their checklist items copied from the templates."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tender_helper.storage.base import Base, utcnow


class BidRow(Base):
    """A company's bid for a notice (or some of its lots). Deadlines are ISO 8601 text so the offset survives."""

    __tablename__ = "bids"
    __table_args__ = (UniqueConstraint("company_id", "notice_id"), Index("ix_bids_notice_id", "notice_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    # A newer version of a notice replaces the row's content but keeps its id, so the bid follows corrections.
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"))
    lots: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(3))  # template language of the copied texts: fi, sv, nb, en
    status: Mapped[str] = mapped_column(String(20), default="considering")
    no_bid_reason: Mapped[str] = mapped_column(Text, default="")
    answers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # assessment question id -> option id
    assessment_version: Mapped[int | None] = mapped_column(Integer)
    recommendation: Mapped[str | None] = mapped_column(String(30))
    decision: Mapped[str | None] = mapped_column(String(30))  # the user's overrule, None when following it
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    tender_deadline: Mapped[str | None] = mapped_column(String(40))  # the user's, when the notice gives none
    question_deadline: Mapped[str | None] = mapped_column(String(40))
    award_expected: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class BidChecklistItemRow(Base):
    """One step of a bid's checklist, with the texts in the bid's language and the template version it came from."""

    __tablename__ = "bid_checklist_items"
    __table_args__ = (UniqueConstraint("bid_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bid_id: Mapped[int] = mapped_column(ForeignKey("bids.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    template_id: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str] = mapped_column(String(120))
    category: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(Text)
    help: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)  # document type ids the step needs
    due: Mapped[date | None] = mapped_column(Date)
    due_anchor: Mapped[str | None] = mapped_column(String(40))
    due_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="todo")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Document type id -> vault document id the user chose; types not named here use the best current document.
    document_links: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
