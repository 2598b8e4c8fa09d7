"""The `sustainability` section: the company's VSME statements, one per reporting year, merged by year."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tender_helper.handoff.merge import decide, parse_time
from tender_helper.handoff.sections import ExportContext, ImportContext
from tender_helper.storage.sustainability_repo import SustainabilityRepository
from tender_helper.storage.vault_models import SustainabilityStatementRow
from tender_helper.sustainability.serialise import FORMAT_ID, statement_from_dict, statement_to_dict
from tender_helper.sustainability.statement import SustainabilityStatement

SECTION = "sustainability"
_META = ("format_version", "updated_at")


def statement_json(statement: SustainabilityStatement, updated_at: datetime | None) -> dict[str, Any]:
    """The statement's fields at the top level (so a conflict names B1, B3, ...), in their JSON form."""
    wrapped = statement_to_dict(statement)
    plain: dict[str, Any] = json.loads(json.dumps(wrapped["statement"], allow_nan=False))  # tuples as lists
    return {
        **plain,
        "format_version": wrapped["format_version"],
        "updated_at": updated_at.isoformat() if updated_at else None,
    }


def statement_from_json(data: dict[str, Any]) -> SustainabilityStatement:
    """Reads a record through serialise.py: unknown fields, invalid values and newer formats are refused."""
    fields = {name: value for name, value in data.items() if name not in _META}
    return statement_from_dict({"format": FORMAT_ID, "format_version": data["format_version"], "statement": fields})


# SustainabilityRepository neither returns nor keeps edit times; these two belong there (see the hand-off notes).
def _row(session: Session, company_id: int, year: int) -> SustainabilityStatementRow | None:
    query = select(SustainabilityStatementRow).where(
        SustainabilityStatementRow.company_id == company_id, SustainabilityStatementRow.year == year
    )
    return session.execute(query).scalar()


def _updated_at(session: Session, company_id: int, year: int) -> datetime | None:
    row = _row(session, company_id, year)
    return row.updated_at if row is not None else None


class SustainabilitySection:
    name = SECTION
    version = 1

    def export(self, ctx: ExportContext) -> Any:
        repo = SustainabilityRepository(ctx.session)
        records = []
        for year in sorted(repo.years(ctx.company_id)):
            statement = repo.get(ctx.company_id, year)
            if statement is not None:
                records.append(statement_json(statement, _updated_at(ctx.session, ctx.company_id, year)))
        return records

    def merge(self, ctx: ImportContext, data: Any) -> None:
        repo = SustainabilityRepository(ctx.session)
        company_id = ctx.require_company()
        for incoming in data:
            year = int(incoming["year"])
            stored = repo.get(company_id, year)
            local = statement_json(stored, _updated_at(ctx.session, company_id, year)) if stored else None
            change = ctx.record(decide(SECTION, str(year), f"VSME {year}", local, incoming, ctx.choose))
            if not change.writes:
                continue
            statement = statement_from_json(incoming)
            if statement.year != year:
                raise ValueError(f"statement {year} holds the year {statement.year}")
            repo.save(company_id, statement)
            row = _row(ctx.session, company_id, year)
            stamp = parse_time(incoming.get("updated_at"))
            if row is not None and stamp is not None:
                row.updated_at = stamp  # keeps the sender's edit time, so a later import can tell who edited last
                ctx.session.flush()
