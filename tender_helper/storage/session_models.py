"""ORM models of adviser work: clients' advice allowances, advice sessions and their follow-ups."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tender_helper.storage.base import Base, utcnow


class AdviserClientRow(Base):
    """A company as an adviser's client: the advice hours its programme allows."""

    __tablename__ = "adviser_clients"

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True)
    allowance_minutes: Mapped[int | None] = mapped_column(Integer)  # None: no limit agreed
    programme: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AdviceSessionRow(Base):
    """One advice session; `uuid` identifies it across installations (hand-off packages merge by it)."""

    __tablename__ = "advice_sessions"
    __table_args__ = (Index("ix_advice_sessions_company_id", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column()  # UTC
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    running_since: Mapped[datetime | None] = mapped_column()  # UTC; set while the timer runs, kept over a restart
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FollowUpRow(Base):
    """Something agreed in a session: what, who does it, by when, and whether it is done."""

    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_company_id", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("advice_sessions.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
