"""Bundled sample data: real notices with their dates moved near today, and a sample company that matches them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from tender_helper.core.company import Company, NoticeKind, SearchProfile
from tender_helper.core.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, TenderHelperError
from tender_helper.core.notice import KIND_COMPETITION, KIND_PLANNING, Moment, Notice, earliest
from tender_helper.i18n import translate
from tender_helper.resource_files import resource
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.storage.companies_repo import CompanyRepository, ProfileRepository
from tender_helper.storage.database import Database
from tender_helper.storage.notices_repo import NoticeRepository

# A fictional Finnish facility-services SME; the business id only has a valid check digit.
DEMO_COMPANY = Company(
    name="Esimerkki Siivous Oy",
    business_id="2345678-0",
    country="FI",
    employees=18,
    turnover=Decimal("1400000"),
    languages=("fin", "swe", "eng"),
    description=(
        "Siivous-, kiinteistönhoito- ja ateriapalveluja julkisille ja yksityisille asiakkaille "
        "Etelä-Suomessa; kasvaa Norjaan. / Cleaning, property upkeep and staff restaurants."
    ),
    is_sample=True,
)
# Codes and words chosen so that several bundled notices match (Salo's sports grounds upkeep, Tervo's meals,
# OsloMet's catering, Trondheim's cleaning and waste plans, a Norwegian canteen).
DEMO_PROFILE = SearchProfile(
    company_id=0,
    cpv=("90900000", "90500000", "77310000", "92610000", "55500000", "79993000"),
    nuts=("FI1B", "FI1C", "FI1D", "NO06", "NO08"),
    countries=("FIN", "NOR"),
    keywords=("siivous", "kiinteistönhoito", "ylläpito", "ateriapalvelu", "renhold", "kantine", "städning"),
    excluded_words=("asbesti",),
    min_value=Decimal("20000"),
    max_value=Decimal("2000000"),
    notice_kinds=frozenset({NoticeKind.CALL_FOR_TENDER, NoticeKind.PRIOR_INFORMATION}),
)
ALREADY_REAL = QT_TRANSLATE_NOOP(
    "Errors", "The cache already has this notice from a real source; the sample is left out."
)
MIN_DAYS_OPEN = 7  # a sample call for tender keeps at least this many days to its deadline when its own gap allows


@dataclass
class DemoResult:
    """What loading the samples did."""

    new: int = 0
    refreshed: int = 0  # sample notices already there whose dates were moved again
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, translated reason)
    company: Company | None = None


def demo_files() -> list[tuple[str, bytes]]:
    """The bundled notices (resources/demo/notices/*.xml), by name."""
    folder = resource("demo", "notices")
    items = sorted((item for item in folder.iterdir() if item.name.endswith(".xml")), key=lambda item: item.name)
    return [(item.name, item.read_bytes()) for item in items]


def _day(moment: Moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def days_to_shift(notice: Notice, index: int, today: date) -> int:
    """Days to add to every date of the `index`-th sample so that it was published 2-20 days before `today`.

    A call for tender or PIN keeps MIN_DAYS_OPEN days to its deadline when its own publication-to-deadline
    gap allows. A notice without a publication date is placed as if published 30 days before its deadline.
    """
    deadline = earliest((notice.deadline, notice.participation_deadline))
    anchor = notice.publication_date or (_day(deadline) - timedelta(days=30) if deadline else None)
    if anchor is None:
        return 0
    days_ago = 2 + (index * 5) % 19
    if deadline is not None and notice.kind in (KIND_COMPETITION, KIND_PLANNING):
        gap = (_day(deadline) - anchor).days
        days_ago = max(1, min(days_ago, gap - MIN_DAYS_OPEN))
    return (today - timedelta(days=days_ago) - anchor).days


def shifted(notice: Notice, days: int) -> Notice:
    """The notice with its publication date and every deadline moved by `days` (times and offsets kept)."""
    delta = timedelta(days=days)

    def move(moment: Moment | None) -> Moment | None:
        return None if moment is None else moment + delta

    lots = tuple(
        dataclasses.replace(lot, deadline=move(lot.deadline), participation_deadline=move(lot.participation_deadline))
        for lot in notice.lots
    )
    publication = notice.publication_date + delta if notice.publication_date else None
    return dataclasses.replace(notice, publication_date=publication, deadline=move(notice.deadline), lots=lots)


def load_demo(database: Database, today: date | None = None) -> DemoResult:
    """Imports the sample notices (is_sample) and the sample company with its profile, in one transaction.

    Running it again adds nothing: samples already there get their dates moved to the new `today`, and
    a real notice with the same id as a sample is left alone.
    """
    today = today or date.today()
    result = DemoResult()
    with database.session() as session:
        repo = NoticeRepository(session)
        for index, (name, data) in enumerate(demo_files()):
            try:
                notice = parse_notice_xml(data, name=name)
            except TenderHelperError as error:
                result.skipped.append((name, error.translated(translate)))
                continue
            _store_sample(repo, shifted(notice, days_to_shift(notice, index, today)), data, name, result)
        result.company = _ensure_company(session)
    return result


def _store_sample(repo: NoticeRepository, notice: Notice, xml: bytes, name: str, result: DemoResult) -> None:
    existing = repo.find_id(notice.source, notice.source_id)
    if existing is None:
        repo.save(notice, xml, is_sample=True)
        result.new += 1
        return
    stored = repo.get(existing)
    if not stored.is_sample:
        result.skipped.append((name, translate(ERRORS_CONTEXT, ALREADY_REAL)))
    elif stored.notice != notice:
        repo.save(notice, xml, row_id=existing)  # new dates only; not a change the user needs to see
        result.refreshed += 1
    else:
        result.unchanged += 1


def _ensure_company(session: Session) -> Company:
    companies = CompanyRepository(session)
    company = next(
        (c for c in companies.list() if c.is_sample and c.business_id == DEMO_COMPANY.business_id), None
    ) or companies.add(DEMO_COMPANY.validated())
    assert company.id is not None
    ProfileRepository(session).save(dataclasses.replace(DEMO_PROFILE, company_id=company.id).validated())
    return company


def remove_demo(database: Database) -> tuple[int, int]:
    """Deletes every sample notice and sample company (with all it owns) in one transaction; returns both counts."""
    with database.session() as session:
        notices = NoticeRepository(session).delete_samples()
        companies = CompanyRepository(session)
        samples = [company for company in companies.list() if company.is_sample and company.id is not None]
        for company in samples:
            assert company.id is not None
            companies.delete(company.id)
    return notices, len(samples)
