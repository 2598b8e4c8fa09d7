"""Companies and profiles stored and read back as plain core objects."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from tender_helper.core.company import Company, NoticeKind, SearchProfile
from tender_helper.core.errors import InvalidInput, NotFound
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext


@pytest.fixture
def service(context: AppContext) -> CompanyService:
    return CompanyService(context.database)


def test_create_find_update_delete(service: CompanyService) -> None:
    created = service.create(
        Company(
            name="Siivous Oy", business_id="1234567-1", country="FI", turnover=Decimal("450000.50"), languages=("fin",)
        )
    )
    assert created.id is not None
    assert service.find("siivous oy") == created
    assert service.find(str(created.id)) == created
    assert service.find("1234567-1") == created
    assert service.get(created.id).turnover == Decimal("450000.50")
    updated = service.update(replace(created, description="Toimitilasiivous Turussa"))
    assert service.get(created.id).description == "Toimitilasiivous Turussa"
    assert updated.id == created.id
    service.delete(created.id)
    with pytest.raises(NotFound):
        service.get(created.id)


def test_duplicate_business_id_changes_nothing(service: CompanyService) -> None:
    service.create(Company(name="A", business_id="1234567-1", country="FI"))
    with pytest.raises(InvalidInput, match="already exists"):
        service.create(Company(name="B", business_id="12345671", country="FI"))
    assert [c.name for c in service.list_companies()] == ["A"]


def test_invalid_company_stores_nothing(service: CompanyService) -> None:
    with pytest.raises(InvalidInput):
        service.create(Company(name="B", business_id="1234567-2", country="FI"))
    assert service.list_companies() == []


def test_several_companies_listed_by_name(service: CompanyService) -> None:
    service.create(Company(name="Örebro Bygg AB", business_id="5560360793", country="SE"))
    service.create(Company(name="aurinko Oy", business_id="1234567-1", country="FI"))
    service.create(Company(name="Bergen Omsorg AS", business_id="974760673", country="NO"))
    assert [c.name for c in service.list_companies()] == ["aurinko Oy", "Bergen Omsorg AS", "Örebro Bygg AB"]


def test_profile_round_trip_and_refusal(service: CompanyService) -> None:
    company = service.create(Company(name="A", business_id="1234567-1", country="FI"))
    assert company.id is not None
    empty = service.profile(company.id)
    assert empty.is_empty()
    assert empty.notice_kinds == {NoticeKind.CALL_FOR_TENDER, NoticeKind.PRIOR_INFORMATION}
    profile = SearchProfile(
        company_id=company.id,
        cpv=("90910000",),
        nuts=("FI1C",),
        countries=("FIN",),
        keywords=("siivous", "städning"),
        excluded_words=("asbesti",),
        min_value=Decimal(10000),
        max_value=Decimal(500000),
        min_days=7,
        notice_kinds=frozenset({NoticeKind.CALL_FOR_TENDER}),
    )
    service.save_profile(profile)
    assert replace(service.profile(company.id), updated_at=None) == profile
    with pytest.raises(InvalidInput):
        service.save_profile(replace(profile, cpv=("99999999",)))
    assert service.profile(company.id).cpv == ("90910000",)


def test_profile_of_missing_company(service: CompanyService) -> None:
    with pytest.raises(NotFound):
        service.profile(42)


def test_deleting_a_company_deletes_its_profile(service: CompanyService, context: AppContext) -> None:
    company = service.create(Company(name="A", business_id="1234567-1", country="FI"))
    assert company.id is not None
    service.delete(company.id)
    with context.database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM search_profiles").scalar() == 0
