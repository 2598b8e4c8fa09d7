"""Company and search-profile use cases shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import replace

from tender_helper.core.company import Company, SearchProfile
from tender_helper.storage.companies_repo import CompanyRepository, ProfileRepository
from tender_helper.storage.database import Database


class CompanyService:
    """Create, edit, find and list companies and their search profiles."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def list_companies(self) -> list[Company]:
        with self.database.session() as session:
            return CompanyRepository(session).list()

    def get(self, company_id: int) -> Company:
        with self.database.session() as session:
            return CompanyRepository(session).get(company_id)

    def find(self, name_or_id: str) -> Company:
        with self.database.session() as session:
            return CompanyRepository(session).find(name_or_id)

    def create(self, company: Company) -> Company:
        """Validates and stores a new company (with an empty profile); raises InvalidInput, storing nothing."""
        valid = replace(company.validated(), id=None)
        with self.database.session() as session:
            return CompanyRepository(session).add(valid)

    def update(self, company: Company) -> Company:
        valid = company.validated()
        with self.database.session() as session:
            return CompanyRepository(session).update(valid)

    def delete(self, company_id: int) -> None:
        with self.database.session() as session:
            CompanyRepository(session).delete(company_id)

    def profile(self, company_id: int) -> SearchProfile:
        with self.database.session() as session:
            return ProfileRepository(session).get(company_id)

    def save_profile(self, profile: SearchProfile) -> SearchProfile:
        """Validates every code and the value range before anything is written."""
        valid = profile.validated()
        with self.database.session() as session:
            return ProfileRepository(session).save(valid)
