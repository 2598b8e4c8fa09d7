"""The `company` section: the company (known by country + business id) and its search profile."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tender_helper.core.company import Company, NoticeKind, SearchProfile, SizeClass
from tender_helper.handoff.merge import Action, decide, parse_time
from tender_helper.handoff.sections import ExportContext, ImportContext
from tender_helper.storage.companies_repo import CompanyRepository, ProfileRepository
from tender_helper.storage.sessions_repo import restamp_company


def company_json(company: Company) -> dict[str, Any]:
    data = {key: value for key, value in company.to_json_dict().items() if key != "id"}  # ids differ per installation
    return {**data, "updated_at": company.updated_at.isoformat() if company.updated_at else None}


def profile_json(profile: SearchProfile) -> dict[str, Any]:
    data = {key: value for key, value in profile.to_json_dict().items() if key != "company_id"}
    return {**data, "updated_at": profile.updated_at.isoformat() if profile.updated_at else None}


def company_from_json(data: dict[str, Any], local: Company | None) -> Company:
    turnover = data.get("turnover")
    size = data.get("size_class")
    return Company(
        id=local.id if local else None,
        name=str(data["name"]),
        business_id=str(data["business_id"]),
        country=str(data["country"]),
        size_class=SizeClass(size) if size else None,
        turnover=Decimal(turnover) if turnover is not None else None,
        employees=data.get("employees"),
        languages=tuple(str(lang) for lang in data.get("languages", [])),
        description=str(data.get("description", "")),
    ).validated()


def profile_from_json(company_id: int, data: dict[str, Any]) -> SearchProfile:
    def amount(key: str) -> Decimal | None:
        value = data.get(key)
        return None if value is None else Decimal(value)

    return SearchProfile(
        company_id=company_id,
        cpv=tuple(data.get("cpv", [])),
        nuts=tuple(data.get("nuts", [])),
        countries=tuple(data.get("countries", [])),
        keywords=tuple(data.get("keywords", [])),
        excluded_words=tuple(data.get("excluded_words", [])),
        min_value=amount("min_value"),
        max_value=amount("max_value"),
        min_days=data.get("min_days"),
        notice_kinds=frozenset(NoticeKind(kind) for kind in data.get("notice_kinds", [])),
    ).validated()


class CompanySection:
    name = "company"
    version = 1

    def export(self, ctx: ExportContext) -> Any:
        company = CompanyRepository(ctx.session).get(ctx.company_id)
        profile = ProfileRepository(ctx.session).get(ctx.company_id)
        return {"company": company_json(company), "profile": profile_json(profile)}

    def merge(self, ctx: ImportContext, data: Any) -> None:
        incoming, incoming_profile = data["company"], data["profile"]
        key = f"{incoming['country']}:{incoming['business_id']}"
        local = self._find(ctx, str(incoming["country"]), str(incoming["business_id"]))
        change = ctx.record(
            decide(self.name, key, str(incoming["name"]), company_json(local) if local else None, incoming, ctx.choose)
        )
        repo = CompanyRepository(ctx.session)
        if change.action is Action.ADDED:
            stored = repo.add(company_from_json(incoming, None))
        elif change.writes:
            stored = repo.update(company_from_json(incoming, local))
        else:
            assert local is not None
            stored = local
        assert stored.id is not None
        ctx.company_id = stored.id
        company_time = parse_time(incoming.get("updated_at")) if change.writes else None
        profile_written = self._merge_profile(
            ctx, key, str(incoming["name"]), incoming_profile, fresh=change.action is Action.ADDED
        )
        profile_time = parse_time(incoming_profile.get("updated_at")) if profile_written else None
        restamp_company(ctx.session, stored.id, company_time, profile_time)

    def _merge_profile(self, ctx: ImportContext, key: str, label: str, incoming: dict[str, Any], fresh: bool) -> bool:
        company_id = ctx.require_company()
        repo = ProfileRepository(ctx.session)
        local = None if fresh else profile_json(repo.get(company_id))
        change = ctx.record(decide("profile", key, label, local, incoming, ctx.choose))
        if change.writes:
            repo.save(profile_from_json(company_id, incoming))
        return change.writes

    @staticmethod
    def _find(ctx: ImportContext, country: str, business_id: str) -> Company | None:
        for company in CompanyRepository(ctx.session).list():
            if company.country == country and company.business_id == business_id:
                return company
        return None
