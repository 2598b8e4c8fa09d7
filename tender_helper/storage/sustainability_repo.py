"""Reads and writes VSME statements, one per company and reporting year, as versioned JSON payloads."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tender_helper.storage.vault_models import SustainabilityStatementRow
from tender_helper.sustainability.serialise import FORMAT_ID, statement_from_dict, statement_to_dict
from tender_helper.sustainability.statement import SustainabilityStatement


class SustainabilityRepository:
    """Statements in one session. Reading goes through serialise.py, so a newer format version is refused."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, company_id: int, year: int) -> SustainabilityStatementRow | None:
        query = select(SustainabilityStatementRow).where(
            SustainabilityStatementRow.company_id == company_id, SustainabilityStatementRow.year == year
        )
        return self.session.execute(query).scalar()

    def years(self, company_id: int) -> list[int]:
        query = (
            select(SustainabilityStatementRow.year)
            .where(SustainabilityStatementRow.company_id == company_id)
            .order_by(SustainabilityStatementRow.year.desc())
        )
        return list(self.session.execute(query).scalars())

    def get(self, company_id: int, year: int) -> SustainabilityStatement | None:
        row = self._row(company_id, year)
        if row is None:
            return None
        data: dict[str, Any] = {"format": FORMAT_ID, "format_version": row.format_version, "statement": row.payload}
        return statement_from_dict(data)

    def save(self, company_id: int, statement: SustainabilityStatement) -> None:
        """Inserts or replaces the statement of its year; the caller validated it."""
        wrapped = statement_to_dict(statement)
        row = self._row(company_id, statement.year)
        if row is None:
            row = SustainabilityStatementRow(company_id=company_id, year=statement.year)
            self.session.add(row)
        row.format_version = int(wrapped["format_version"])
        row.payload = wrapped["statement"]
        self.session.flush()

    def delete(self, company_id: int, year: int) -> bool:
        row = self._row(company_id, year)
        if row is None:
            return False
        self.session.delete(row)
        self.session.flush()
        return True
