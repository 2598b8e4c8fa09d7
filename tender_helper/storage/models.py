"""ORM models of the database; only repositories touch them, and they never leave the storage layer."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tender_helper.storage.base import Base, utcnow


class CompanyRow(Base):
    __tablename__ = "companies"
    __table_args__ = (UniqueConstraint("country", "business_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    business_id: Mapped[str] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(String(2))
    size_class: Mapped[str | None] = mapped_column(String(10))
    turnover: Mapped[str | None] = mapped_column(String(32))  # decimal text: exact on SQLite and PostgreSQL
    employees: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)  # the demo company, removed with the samples
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    profile: Mapped[SearchProfileRow | None] = relationship(
        back_populates="company", cascade="all, delete-orphan", uselist=False
    )


class SearchProfileRow(Base):
    __tablename__ = "search_profiles"

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True)
    cpv: Mapped[list[str]] = mapped_column(JSON, default=list)
    nuts: Mapped[list[str]] = mapped_column(JSON, default=list)
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    excluded_words: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_value: Mapped[str | None] = mapped_column(String(32))
    max_value: Mapped[str | None] = mapped_column(String(32))
    min_days: Mapped[int | None] = mapped_column(Integer)
    notice_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    company: Mapped[CompanyRow] = relationship(back_populates="profile")


def json_list(value: Any) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []
