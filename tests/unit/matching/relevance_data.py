"""Loads the hand-made relevance set (tests/fixtures/relevance) into an installation: notices and companies."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from tender_helper.core.company import Company, SearchProfile
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.matching import MatchingService
from tender_helper.services.notices import NoticeService, parse_file

RELEVANCE = Path(__file__).resolve().parents[2] / "fixtures" / "relevance"
NOW = datetime(2022, 6, 1)  # before every deadline of the set


@dataclass
class RelevanceSet:
    notice_ids: dict[str, int]  # file name -> cache id
    companies: dict[str, int]  # company name -> id
    profiles: list[dict[str, Any]]

    def file_of(self, notice_id: int) -> str:
        return next(name for name, row_id in self.notice_ids.items() if row_id == notice_id)


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def add_company(context: AppContext, spec: dict[str, Any]) -> int:
    companies = CompanyService(context.database)
    company = companies.create(
        Company(
            name=spec["name"],
            business_id=spec["business_id"],
            country=spec["country"],
            turnover=_decimal(spec.get("turnover")),
            employees=spec.get("employees"),
        )
    )
    assert company.id is not None
    companies.save_profile(
        SearchProfile(
            company_id=company.id,
            cpv=tuple(spec.get("cpv", ())),
            nuts=tuple(spec.get("nuts", ())),
            countries=tuple(spec.get("countries", ())),
            keywords=tuple(spec.get("keywords", ())),
            excluded_words=tuple(spec.get("excluded", ())),
            min_value=_decimal(spec.get("min_value")),
            max_value=_decimal(spec.get("max_value")),
        )
    )
    return company.id


def load_relevance_set(context: AppContext, *, companies: bool = True) -> RelevanceSet:
    """Imports every notice, indexes them as the import hook does, and adds the six companies."""
    notices = NoticeService(context.database)
    result = notices.import_paths([RELEVANCE / "notices"])
    assert not result.failed
    MatchingService(context.database).index_notices(result.new_ids, now=NOW)
    ids = {path.name: notices.find(parse_file(path).source_id).id for path in (RELEVANCE / "notices").glob("*.xml")}
    profiles = tomllib.loads((RELEVANCE / "profiles.toml").read_text(encoding="utf-8"))["profile"]
    added = {spec["name"]: add_company(context, spec) for spec in profiles} if companies else {}
    return RelevanceSet(ids, added, profiles)
