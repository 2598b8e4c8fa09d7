"""Reads and writes companies and search profiles, returning plain core objects."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tender_helper.core.company import Company, NoticeKind, SearchProfile, SizeClass
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from tender_helper.storage.models import CompanyRow, SearchProfileRow, json_list


def _decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text else None


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def company_from_row(row: CompanyRow) -> Company:
    return Company(
        id=row.id,
        name=row.name,
        business_id=row.business_id,
        country=row.country,
        size_class=SizeClass(row.size_class) if row.size_class else None,
        turnover=_decimal(row.turnover),
        employees=row.employees,
        languages=tuple(json_list(row.languages)),
        description=row.description,
        is_sample=row.is_sample,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def profile_from_row(row: SearchProfileRow) -> SearchProfile:
    return SearchProfile(
        company_id=row.company_id,
        cpv=tuple(json_list(row.cpv)),
        nuts=tuple(json_list(row.nuts)),
        countries=tuple(json_list(row.countries)),
        keywords=tuple(json_list(row.keywords)),
        excluded_words=tuple(json_list(row.excluded_words)),
        min_value=_decimal(row.min_value),
        max_value=_decimal(row.max_value),
        min_days=row.min_days,
        notice_kinds=frozenset(NoticeKind(kind) for kind in json_list(row.notice_kinds)),
        updated_at=row.updated_at,
    )


class CompanyRepository:
    """Companies of this installation, in one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self) -> list[Company]:
        rows = self.session.execute(select(CompanyRow).order_by(func.lower(CompanyRow.name))).scalars()
        return [company_from_row(row) for row in rows]

    def get(self, company_id: int) -> Company:
        return company_from_row(self._row(company_id))

    def find(self, name_or_id: str) -> Company:
        """A company by id, business id or exact name (case-insensitive)."""
        text = name_or_id.strip()
        if text.isdigit():
            row = self.session.get(CompanyRow, int(text))
            if row is not None:
                return company_from_row(row)
        query = select(CompanyRow).where(
            (func.lower(CompanyRow.name) == text.casefold()) | (CompanyRow.business_id == text)
        )
        rows = list(self.session.execute(query).scalars())
        if len(rows) == 1:
            return company_from_row(rows[0])
        if len(rows) > 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "More than one company is called {value}; use its id."), value=text
            )
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no company {value}."), field="company", value=text)

    def add(self, company: Company) -> Company:
        row = CompanyRow(languages=[], description="", is_sample=False)
        self._fill(row, company)
        self.session.add(row)
        self._flush(company)
        self.session.add(
            SearchProfileRow(company_id=row.id, notice_kinds=[k.value for k in SearchProfile(0).notice_kinds])
        )
        self.session.flush()
        return company_from_row(row)

    def update(self, company: Company) -> Company:
        assert company.id is not None
        row = self._row(company.id)
        self._fill(row, company)
        self._flush(company)
        return company_from_row(row)

    def delete(self, company_id: int) -> None:
        self.session.delete(self._row(company_id))
        self.session.flush()

    def _row(self, company_id: int) -> CompanyRow:
        row = self.session.get(CompanyRow, company_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no company {value}."), field="company", value=company_id
            )
        return row

    def _fill(self, row: CompanyRow, company: Company) -> None:
        row.name = company.name
        row.business_id = company.business_id
        row.country = company.country
        row.size_class = company.size_class.value if company.size_class else None
        row.turnover = _text(company.turnover)
        row.employees = company.employees
        row.languages = list(company.languages)
        row.description = company.description
        row.is_sample = company.is_sample

    def _flush(self, company: Company) -> None:
        try:
            self.session.flush()
        except IntegrityError as error:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A company with business id {value} already exists."),
                field="business_id",
                value=company.business_id,
            ) from error


class ProfileRepository:
    """Search profiles, one per company."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, company_id: int) -> SearchProfile:
        row = self.session.get(SearchProfileRow, company_id)
        if row is None:
            CompanyRepository(self.session).get(company_id)  # raises NotFound for a missing company
            return SearchProfile(company_id=company_id)
        return profile_from_row(row)

    def save(self, profile: SearchProfile) -> SearchProfile:
        row = self.session.get(SearchProfileRow, profile.company_id)
        if row is None:
            CompanyRepository(self.session).get(profile.company_id)
            row = SearchProfileRow(company_id=profile.company_id)
            self.session.add(row)
        row.cpv = list(profile.cpv)
        row.nuts = list(profile.nuts)
        row.countries = list(profile.countries)
        row.keywords = list(profile.keywords)
        row.excluded_words = list(profile.excluded_words)
        row.min_value = _text(profile.min_value)
        row.max_value = _text(profile.max_value)
        row.min_days = profile.min_days
        row.notice_kinds = sorted(kind.value for kind in profile.notice_kinds)
        self.session.flush()
        return profile_from_row(row)
