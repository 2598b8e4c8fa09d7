"""The same schema and repositories on PostgreSQL (runs when TENDER_HELPER_TEST_PG_URL names a server)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from tender_helper.core.company import Company, SearchProfile
from tender_helper.services.companies import CompanyService
from tender_helper.storage.database import Database, build_engine
from tender_helper.storage.migrate import upgrade

PG_URL = os.environ.get("TENDER_HELPER_TEST_PG_URL", "")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="TENDER_HELPER_TEST_PG_URL is not set")]


@pytest.fixture
def pg_database() -> Iterator[Database]:
    database = Database(build_engine(PG_URL))
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
