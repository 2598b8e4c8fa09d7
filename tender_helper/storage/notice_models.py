"""ORM models of the notice cache: notices with their original XML, lots, CPV index and sync state."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tender_helper.storage.base import Base, utcnow


class NoticeRow(Base):
    """One notice, newest version. Columns the list view sorts and filters on are denormalised."""

    __tablename__ = "notices"
    __table_args__ = (
        UniqueConstraint("source", "source_id"),
        Index("ix_notices_deadline_utc", "deadline_utc"),
        Index("ix_notices_publication_date", "publication_date"),
        Index("ix_notices_buyer_country", "buyer_country"),
        Index("ix_notices_procedure_id", "procedure_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[str | None] = mapped_column(String(20))
    procedure_id: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    form_type: Mapped[str | None] = mapped_column(String(20))
    notice_type: Mapped[str | None] = mapped_column(String(30))
    subtype: Mapped[str | None] = mapped_column(String(10))
    title_sort: Mapped[str] = mapped_column(String(400), default="")
    titles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    buyer_name: Mapped[str] = mapped_column(String(400), default="")
    buyer_country: Mapped[str | None] = mapped_column(String(3))
    main_cpv: Mapped[str | None] = mapped_column(String(8))
    contract_nature: Mapped[str | None] = mapped_column(String(20))
    procedure_type: Mapped[str | None] = mapped_column(String(30))
    publication_date: Mapped[date | None] = mapped_column(Date)
    deadline_utc: Mapped[datetime | None] = mapped_column()  # for sorting and "still open"; the original is in data
    value_amount: Mapped[float | None] = mapped_column(Float)  # for sorting only; the exact amount is in data
    value_currency: Mapped[str | None] = mapped_column(String(3))
    lot_count: Mapped[int] = mapped_column(Integer, default=0)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    change_kinds: Mapped[str] = mapped_column(String(200), default="")  # e.g. "deadline_moved,lot_added", for the list
    # The large columns last (see the migration): list queries never read past them.
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # what newer versions changed
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # the normalised notice (DESIGN.md)
    xml: Mapped[bytes | None] = mapped_column(LargeBinary)  # the original XML, zlib-compressed

    cpv_codes: Mapped[list[NoticeCpvRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class NoticeCpvRow(Base):
    """Every CPV code of a notice and its lots, so a CPV branch filters with an indexed prefix search."""

    __tablename__ = "notice_cpv"
    __table_args__ = (Index("ix_notice_cpv_code", "code"),)

    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)


class SyncStateRow(Base):
    """Where the last sync of a source stopped, so the next one asks only for what is new."""

    __tablename__ = "sync_state"

    source: Mapped[str] = mapped_column(String(20), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_run: Mapped[datetime | None] = mapped_column()
    last_result: Mapped[str] = mapped_column(Text, default="")
