"""Adviser use cases: clients and their advice hours, sessions with a timer, follow-ups, the session PDF."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from tender_helper.core.company import Company
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.reports.session_labels import report_language
from tender_helper.reports.session_pdf import SessionReportData, build_session_pdf
from tender_helper.services.bid_views import ACTIVE_STATUSES
from tender_helper.storage.base import utcnow
from tender_helper.storage.bids_repo import BidRepository
from tender_helper.storage.companies_repo import CompanyRepository
from tender_helper.storage.database import Database
from tender_helper.storage.sessions_repo import AdviceSession, AdviserClient, FollowUp, SessionRepository, Topic
from tender_helper.storage.vault_repo import DocumentRepository
from tender_helper.vault.validity import DEFAULT_WARN_DAYS

MAX_SESSION_MINUTES = 24 * 60
MAX_ALLOWANCE_MINUTES = 1000 * 60


@dataclass(frozen=True)
class ClientSummary:
    """One line of the adviser's client list."""

    company: Company
    minutes_used: int
    allowance_minutes: int | None
    programme: str
    open_follow_ups: int
    next_due: date | None
    running: bool
    # None shows as "not available" (a summary built without the bids and documents counts).
    active_bids: int | None = None
    expiring_documents: int | None = None  # current documents expired or expiring within the warning period

    @property
    def minutes_left(self) -> int | None:
        return None if self.allowance_minutes is None else self.allowance_minutes - self.minutes_used


def parse_topics(text: str) -> tuple[Topic, ...]:
    """'espd, pricing' -> (Topic.ESPD, Topic.PRICING); raises InvalidInput naming an unknown topic."""
    topics: list[Topic] = []
    for part in text.replace(";", ",").split(","):
        name = part.strip().lower().replace("-", "_")
        if not name:
            continue
        try:
            topic = Topic(name)
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown topic {value}; use one of {choices}."),
                field="topics",
                value=part.strip(),
                choices=", ".join(t.value for t in Topic),
            ) from None
        if topic not in topics:
            topics.append(topic)
    return tuple(topics)


def validated_session(advice: AdviceSession) -> AdviceSession:
    if not 0 <= advice.minutes <= MAX_SESSION_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A session lasts between 0 and {value} minutes."),
            field="minutes",
            value=MAX_SESSION_MINUTES,
        )
    return replace(advice, topics=tuple(dict.fromkeys(advice.topics)), notes=advice.notes.strip())


def validated_follow_up(item: FollowUp) -> FollowUp:
    text = " ".join(item.text.split())
    if not text:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A follow-up needs a text."), field="follow_up")
    return replace(item, text=text, owner=item.owner.strip())


def elapsed_minutes(since: datetime, now: datetime) -> int:
    """Whole minutes a timer has run, a started minute counting as one; never negative."""
    return max(0, math.ceil((now - since).total_seconds() / 60))


class SessionService:
    """Everything the Sessions page and the `session` commands do; `clock` gives naive UTC now."""

    def __init__(
        self, database: Database, clock: Callable[[], datetime] = utcnow, *, warn_days: int = DEFAULT_WARN_DAYS
    ) -> None:
        self.database = database
        self.clock = clock
        self.warn_days = warn_days  # as DocumentService: how early a document counts as expiring

    # -- clients ---------------------------------------------------------------------------------------------------

    def clients(self) -> list[ClientSummary]:
        with self.database.session() as session:
            repo = SessionRepository(session)
            companies = CompanyRepository(session).list()
            used, allowances = repo.minutes_used(), repo.allowances()
            open_items = repo.open_follow_ups()
            running = {advice.company_id for advice in repo.running()}
            bids, expiring = self._bid_and_document_counts(session)
        summaries = []
        for company in companies:
            assert company.id is not None
            client = allowances.get(company.id, AdviserClient(company.id))
            mine = [item for item in open_items if item.company_id == company.id]
            dues = [item.due for item in mine if item.due is not None]
            summaries.append(
                ClientSummary(
                    company=company,
                    minutes_used=used.get(company.id, 0),
                    allowance_minutes=client.allowance_minutes,
                    programme=client.programme,
                    open_follow_ups=len(mine),
                    next_due=min(dues) if dues else None,
                    running=company.id in running,
                    active_bids=bids[company.id],
                    expiring_documents=expiring[company.id],
                )
            )
        return summaries

    def _bid_and_document_counts(self, session: Session) -> tuple[Counter[int], Counter[int]]:
        """Active bids per company (as the Bids page counts them) and documents DocumentService.expiring lists."""
        listings = BidRepository(session).listings()
        bids = Counter(listing.bid.company_id for listing in listings if listing.bid.status in ACTIVE_STATUSES)
        today = self.clock().replace(tzinfo=UTC).astimezone().date()  # the local day, as DocumentService has it
        last_day = today + timedelta(days=self.warn_days)
        held = DocumentRepository(session).current_until(last_day)
        return bids, Counter(item.document.company_id for item in held)

    def client(self, company_id: int) -> AdviserClient:
        with self.database.session() as session:
            return SessionRepository(session).client(company_id)

    def set_allowance(self, company_id: int, allowance_minutes: int | None, programme: str = "") -> AdviserClient:
        if allowance_minutes is not None and not 0 <= allowance_minutes <= MAX_ALLOWANCE_MINUTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The advice allowance must be between 0 and 1000 hours."),
                field="allowance",
            )
        with self.database.session() as session:
            return SessionRepository(session).save_client(
                AdviserClient(company_id, allowance_minutes, " ".join(programme.split()))
            )

    def minutes_used(self, company_id: int) -> int:
        with self.database.session() as session:
            return SessionRepository(session).minutes_used().get(company_id, 0)

    # -- sessions --------------------------------------------------------------------------------------------------

    def sessions(self, company_id: int) -> list[AdviceSession]:
        with self.database.session() as session:
            CompanyRepository(session).get(company_id)
            return SessionRepository(session).sessions(company_id)

    def get(self, session_id: int) -> AdviceSession:
        with self.database.session() as session:
            return SessionRepository(session).get(session_id)

    def save(self, advice: AdviceSession) -> AdviceSession:
        """Validates and stores a session (new when it has no id); raises InvalidInput, storing nothing."""
        valid = validated_session(advice)
        with self.database.session() as session:
            return SessionRepository(session).save(valid)

    def start(self, company_id: int, *, timer: bool = True) -> AdviceSession:
        """A new session starting now, its timer running unless `timer` is False."""
        now = self.clock()
        return self.save(AdviceSession(company_id=company_id, started_at=now, running_since=now if timer else None))

    def delete(self, session_id: int) -> None:
        with self.database.session() as session:
            SessionRepository(session).delete(session_id)

    # -- the timer -------------------------------------------------------------------------------------------------

    def running_timers(self) -> list[AdviceSession]:
        """Sessions whose timer is running, including those left running when the app last closed."""
        with self.database.session() as session:
            return SessionRepository(session).running()

    def start_timer(self, session_id: int) -> AdviceSession:
        with self.database.session() as session:
            repo = SessionRepository(session)
            advice = repo.get(session_id)
            if advice.running_since is not None:
                return advice
            return repo.save(replace(advice, running_since=self.clock()))

    def stop_timer(self, session_id: int, *, count: bool = True) -> AdviceSession:
        """Stops the timer, adding the elapsed minutes to the session unless `count` is False."""
        with self.database.session() as session:
            repo = SessionRepository(session)
            advice = repo.get(session_id)
            if advice.running_since is None:
                return advice
            added = elapsed_minutes(advice.running_since, self.clock()) if count else 0
            minutes = min(MAX_SESSION_MINUTES, advice.minutes + added)
            return repo.save(replace(advice, minutes=minutes, running_since=None))

    def shown_minutes(self, advice: AdviceSession) -> int:
        """The minutes so far, counting a running timer up to now."""
        if advice.running_since is None:
            return advice.minutes
        return advice.minutes + elapsed_minutes(advice.running_since, self.clock())

    # -- follow-ups ------------------------------------------------------------------------------------------------

    def follow_ups(self, company_id: int, session_id: int | None = None) -> list[FollowUp]:
        with self.database.session() as session:
            return SessionRepository(session).follow_ups(company_id, session_id=session_id)

    def save_follow_up(self, item: FollowUp) -> FollowUp:
        valid = validated_follow_up(item)
        with self.database.session() as session:
            return SessionRepository(session).save_follow_up(valid)

    def set_done(self, follow_up_id: int, done: bool) -> FollowUp:
        with self.database.session() as session:
            repo = SessionRepository(session)
            return repo.save_follow_up(replace(repo.follow_up(follow_up_id), done=done))

    def delete_follow_up(self, follow_up_id: int) -> None:
        with self.database.session() as session:
            SessionRepository(session).delete_follow_up(follow_up_id)

    # -- the summary PDF -------------------------------------------------------------------------------------------

    def report_data(self, session_id: int) -> SessionReportData:
        with self.database.session() as session:
            repo = SessionRepository(session)
            advice = repo.get(session_id)
            company = CompanyRepository(session).get(advice.company_id)
            client = repo.client(advice.company_id)
            used = repo.minutes_used().get(advice.company_id, 0)
            items = repo.follow_ups(advice.company_id, session_id=session_id)
        return SessionReportData(
            company_name=company.name,
            business_id=company.business_id,
            started=advice.started_at.replace(tzinfo=UTC).astimezone(),
            minutes=self.shown_minutes(advice),
            topics=tuple(topic.value for topic in advice.topics),
            notes=advice.notes,
            follow_ups=tuple((item.text, item.owner, item.due, item.done) for item in items),
            minutes_used=used,
            allowance_minutes=client.allowance_minutes,
            programme=client.programme,
        )

    def build_pdf(self, session_id: int, path: Path, lang: str | None = None) -> Path:
        """Writes the session summary; in the company's language unless `lang` is given."""
        data = self.report_data(session_id)
        if lang is None:
            with self.database.session() as session:
                advice = SessionRepository(session).get(session_id)
                company = CompanyRepository(session).get(advice.company_id)
            lang = report_language(company.languages, company.country)
        return build_session_pdf(data, path, lang)
