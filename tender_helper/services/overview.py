"""What the start page shows about the chosen company and the notice cache."""

from __future__ import annotations

from dataclasses import dataclass

from tender_helper.core.company import Company, SearchProfile
from tender_helper.storage.companies_repo import ProfileRepository
from tender_helper.storage.database import Database
from tender_helper.storage.overview_repo import CacheOverview, cache_overview


@dataclass(frozen=True, slots=True)
class Overview:
    company: Company | None
    profile: SearchProfile | None
    cache: CacheOverview


def load_overview(database: Database, company: Company | None) -> Overview:
    with database.session() as session:
        profile = ProfileRepository(session).get(company.id) if company and company.id else None
        return Overview(company=company, profile=profile, cache=cache_overview(session))
