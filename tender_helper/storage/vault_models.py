"""ORM models of the company documents' metadata (the files live in the vault) and of the VSME statements."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tender_helper.storage.base import Base, utcnow


class DocumentRow(Base):
    """One version of a company document. A newer version points back through `replaced_by_id` of the older one."""

    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_company_id", "company_id"),
        Index("ix_documents_sha256", "sha256"),
        Index("ix_documents_valid_until", "valid_until"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    type_id: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    original_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    issued: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The version that replaced this one; NULL for the current version. SET NULL keeps history readable if a
    # newer version is ever removed on its own.
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class SustainabilityStatementRow(Base):
    """A company's VSME statement for one reporting year, stored as the versioned JSON of serialise.py."""

    __tablename__ = "sustainability_statements"
    __table_args__ = (UniqueConstraint("company_id", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    format_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
