"""The same schema, repositories and notice cache on PostgreSQL (a throwaway server when one is installed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tender_helper.core.company import Company, SearchProfile
from tender_helper.services.companies import CompanyService
from tender_helper.services.notices import NoticeService
from tender_helper.storage.database import Database, build_engine
from tender_helper.storage.migrate import upgrade
from tender_helper.storage.notices_repo import NoticeFilter

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[Database]:
    database = Database(build_engine(pg_url))
    with database.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade(database)
    yield database
    database.dispose()


def test_companies_and_profiles_on_postgres(pg_database: Database) -> None:
    service = CompanyService(pg_database)
    company = service.create(Company(name="Siivous Oy", business_id="1234567-1", country="FI"))
    assert company.id is not None
    service.save_profile(SearchProfile(company_id=company.id, cpv=("90910000",), keywords=("siivous",)))
    assert service.profile(company.id).cpv == ("90910000",)
    assert service.find("siivous oy").id == company.id


def test_notice_cache_on_postgres(pg_database: Database, fixtures_dir: Path) -> None:
    service = NoticeService(pg_database)
    result = service.import_paths([fixtures_dir / "notices"])
    assert result.new >= 10 and not result.failed
    assert service.count(NoticeFilter(countries=("FIN",))) == 4  # the four Finnish buyers among the fixtures
    salo = service.find("622690-2023")
    assert salo.notice.buyer is not None and salo.notice.buyer.name == "Salon kaupunki"
    assert [row.source_id for row in service.list(NoticeFilter(text="liikuntapaikkojen"))] == ["622690-2023"]
    assert service.count(NoticeFilter(cpv_prefixes=("9261",))) >= 1
