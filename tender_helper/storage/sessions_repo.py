"""Reads and writes advice sessions, follow-ups and client allowances, returning plain frozen values."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tender_helper.core.errors import QT_TRANSLATE_NOOP, NotFound
from tender_helper.storage.companies_repo import CompanyRepository
from tender_helper.storage.models import CompanyRow, SearchProfileRow, json_list
from tender_helper.storage.session_models import AdviceSessionRow, AdviserClientRow, FollowUpRow


class Topic(StrEnum):
    """What an advice session can cover; the labels live in the GUI, the CLI and reports/session_labels.py."""

    FINDING_TENDERS = "finding_tenders"
    READING_TENDER = "reading_tender"
    ESPD = "espd"
    PRICING = "pricing"
    SUSTAINABILITY = "sustainability"
    E_TENDERING = "e_tendering"
    DOCUMENTS = "documents"


def new_uuid() -> str:
    return str(uuid_module.uuid4())


@dataclass(frozen=True)
class AdviserClient:
    """The advice a company's programme allows; `allowance_minutes` None means no limit was agreed."""

    company_id: int
    allowance_minutes: int | None = None
    programme: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class AdviceSession:
    """One advice session. Times are naive UTC; `running_since` is set while its timer runs."""

    company_id: int
    started_at: datetime
    minutes: int = 0
    topics: tuple[Topic, ...] = ()
    notes: str = ""
    running_since: datetime | None = None
    id: int | None = None
    uuid: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class FollowUp:
    """Something agreed in a session, with who does it and by when."""

    company_id: int
    text: str
    owner: str = ""
    due: date | None = None
    done: bool = False
    session_id: int | None = None
    id: int | None = None
    uuid: str = ""
    updated_at: datetime | None = None


def _topics(value: object) -> tuple[Topic, ...]:
    known = {topic.value for topic in Topic}
    return tuple(Topic(item) for item in json_list(value) if item in known)


def session_from_row(row: AdviceSessionRow) -> AdviceSession:
    return AdviceSession(
        id=row.id,
        uuid=row.uuid,
        company_id=row.company_id,
        started_at=row.started_at,
        minutes=row.minutes,
        topics=_topics(row.topics),
        notes=row.notes,
        running_since=row.running_since,
        updated_at=row.updated_at,
    )


def follow_up_from_row(row: FollowUpRow) -> FollowUp:
    return FollowUp(
        id=row.id,
        uuid=row.uuid,
        company_id=row.company_id,
        session_id=row.session_id,
        text=row.text,
        owner=row.owner,
        due=row.due,
        done=row.done,
        updated_at=row.updated_at,
    )


class SessionRepository:
    """Advice sessions, follow-ups and client allowances, in one session. `stamp` keeps a given edit time."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- clients ---------------------------------------------------------------------------------------------------

    def client(self, company_id: int) -> AdviserClient:
        row = self.session.get(AdviserClientRow, company_id)
        if row is None:
            CompanyRepository(self.session).get(company_id)  # NotFound for a missing company
            return AdviserClient(company_id=company_id)
        return AdviserClient(row.company_id, row.allowance_minutes, row.programme, row.updated_at)

    def save_client(self, client: AdviserClient, stamp: datetime | None = None) -> AdviserClient:
        row = self.session.get(AdviserClientRow, client.company_id)
        if row is None:
            CompanyRepository(self.session).get(client.company_id)
            row = AdviserClientRow(company_id=client.company_id)
            self.session.add(row)
        row.allowance_minutes = client.allowance_minutes
        row.programme = client.programme
        if stamp is not None:
            row.updated_at = stamp
        self.session.flush()
        return self.client(client.company_id)

    def minutes_used(self) -> dict[int, int]:
        """Minutes of advice recorded per company."""
        query = select(AdviceSessionRow.company_id, func.sum(AdviceSessionRow.minutes)).group_by(
            AdviceSessionRow.company_id
        )
        return {company_id: int(total or 0) for company_id, total in self.session.execute(query)}

    def allowances(self) -> dict[int, AdviserClient]:
        rows = self.session.execute(select(AdviserClientRow)).scalars()
        return {r.company_id: AdviserClient(r.company_id, r.allowance_minutes, r.programme, r.updated_at) for r in rows}

    # -- sessions --------------------------------------------------------------------------------------------------

    def sessions(self, company_id: int) -> list[AdviceSession]:
        query = (
            select(AdviceSessionRow)
            .where(AdviceSessionRow.company_id == company_id)
            .order_by(AdviceSessionRow.started_at.desc(), AdviceSessionRow.id.desc())
        )
        return [session_from_row(row) for row in self.session.execute(query).scalars()]

    def get(self, session_id: int) -> AdviceSession:
        return session_from_row(self._session_row(session_id))

    def by_uuid(self, uuid: str) -> AdviceSession | None:
        row = self.session.execute(select(AdviceSessionRow).where(AdviceSessionRow.uuid == uuid)).scalar_one_or_none()
        return None if row is None else session_from_row(row)

    def running(self) -> list[AdviceSession]:
        query = select(AdviceSessionRow).where(AdviceSessionRow.running_since.is_not(None))
        return [session_from_row(row) for row in self.session.execute(query.order_by(AdviceSessionRow.id)).scalars()]

    def save(self, advice: AdviceSession, stamp: datetime | None = None) -> AdviceSession:
        """Adds (no id) or updates a session; a new one without a uuid gets one."""
        if advice.id is None:
            CompanyRepository(self.session).get(advice.company_id)
            row = AdviceSessionRow(uuid=advice.uuid or new_uuid(), company_id=advice.company_id)
            self.session.add(row)
        else:
            row = self._session_row(advice.id)
        row.started_at = advice.started_at
        row.minutes = advice.minutes
        row.topics = [topic.value for topic in advice.topics]
        row.notes = advice.notes
        row.running_since = advice.running_since
        if stamp is not None:
            row.updated_at = stamp
        self.session.flush()
        return session_from_row(row)

    def delete(self, session_id: int) -> None:
        self.session.delete(self._session_row(session_id))
        self.session.flush()

    def _session_row(self, session_id: int) -> AdviceSessionRow:
        row = self.session.get(AdviceSessionRow, session_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no advice session {value}."), field="session", value=session_id
            )
        return row

    # -- follow-ups ------------------------------------------------------------------------------------------------

    def follow_ups(self, company_id: int, *, session_id: int | None = None, open_only: bool = False) -> list[FollowUp]:
        query = select(FollowUpRow).where(FollowUpRow.company_id == company_id)
        if session_id is not None:
            query = query.where(FollowUpRow.session_id == session_id)
        if open_only:
            query = query.where(FollowUpRow.done.is_(False))
        query = query.order_by(FollowUpRow.done, FollowUpRow.due.is_(None), FollowUpRow.due, FollowUpRow.id)
        return [follow_up_from_row(row) for row in self.session.execute(query).scalars()]

    def open_follow_ups(self) -> list[FollowUp]:
        query = select(FollowUpRow).where(FollowUpRow.done.is_(False)).order_by(FollowUpRow.due, FollowUpRow.id)
        return [follow_up_from_row(row) for row in self.session.execute(query).scalars()]

    def follow_up(self, follow_up_id: int) -> FollowUp:
        return follow_up_from_row(self._follow_up_row(follow_up_id))

    def follow_up_by_uuid(self, uuid: str) -> FollowUp | None:
        row = self.session.execute(select(FollowUpRow).where(FollowUpRow.uuid == uuid)).scalar_one_or_none()
        return None if row is None else follow_up_from_row(row)

    def save_follow_up(self, item: FollowUp, stamp: datetime | None = None) -> FollowUp:
        if item.id is None:
            CompanyRepository(self.session).get(item.company_id)
            row = FollowUpRow(uuid=item.uuid or new_uuid(), company_id=item.company_id)
            self.session.add(row)
        else:
            row = self._follow_up_row(item.id)
        row.session_id = item.session_id
        row.text = item.text
        row.owner = item.owner
        row.due = item.due
        row.done = item.done
        if stamp is not None:
            row.updated_at = stamp
        self.session.flush()
        return follow_up_from_row(row)

    def delete_follow_up(self, follow_up_id: int) -> None:
        self.session.delete(self._follow_up_row(follow_up_id))
        self.session.flush()

    def _follow_up_row(self, follow_up_id: int) -> FollowUpRow:
        row = self.session.get(FollowUpRow, follow_up_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no follow-up {value}."), field="follow_up", value=follow_up_id
            )
        return row


def restamp_company(
    session: Session, company_id: int, updated_at: datetime | None, profile_updated_at: datetime | None
) -> None:
    """Gives a company and its profile the edit times of the installation they came from.

    A hand-off import keeps the sender's edit times, so that a later import can tell which side edited last.
    """
    company = session.get(CompanyRow, company_id)
    if company is not None and updated_at is not None:
        company.updated_at = updated_at
    profile = session.get(SearchProfileRow, company_id)
    if profile is not None and profile_updated_at is not None:
        profile.updated_at = profile_updated_at
    session.flush()
