"""Small aggregate queries for the start page: how much the cache holds and when it was last updated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from tender_helper.storage.notice_models import NoticeRow, SyncStateRow


@dataclass(frozen=True, slots=True)
class CacheOverview:
    notices: int
    open_notices: int
    samples: int
    last_sync: datetime | None
    last_sync_result: str


def cache_overview(session: Session, now: datetime | None = None) -> CacheOverview:
    moment = now or datetime.now(UTC).replace(tzinfo=None)
    total = session.execute(select(func.count(NoticeRow.id))).scalar_one()
    still_open = or_(
        NoticeRow.deadline_utc >= moment, NoticeRow.deadline_utc.is_(None) & (NoticeRow.kind == "planning")
    )
    open_count = session.execute(select(func.count(NoticeRow.id)).where(still_open, ~NoticeRow.cancelled)).scalar_one()
    samples = session.execute(select(func.count(NoticeRow.id)).where(NoticeRow.is_sample)).scalar_one()
    last = session.execute(select(SyncStateRow).order_by(SyncStateRow.last_run.desc()).limit(1)).scalar_one_or_none()
    return CacheOverview(
        notices=int(total),
        open_notices=int(open_count),
        samples=int(samples),
        last_sync=last.last_run if last else None,
        last_sync_result=last.last_result if last else "",
    )
