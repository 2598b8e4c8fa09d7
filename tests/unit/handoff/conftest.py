"""Two installations (an adviser's and an entrepreneur's) and a client company with sessions, for hand-off tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tender_helper.core.company import Company, SearchProfile
from tender_helper.handoff.crypto import KdfParams
from tender_helper.handoff.sections import (
    ExportContext,
    ImportContext,
    register_section,
    unregister_section,
)
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext, open_context
from tender_helper.services.handoff import HandoffService
from tender_helper.services.sessions import SessionService
from tender_helper.storage.sessions_repo import AdviceSession, FollowUp, Topic
from tender_helper.vault.store import Vault

FAST_KDF = KdfParams(log2_n=10, r=8, p=1)  # the real default costs ~0.6 s per derivation
PASSPHRASE = "correct horse battery staple"


@dataclass
class Installation:
    context: AppContext
    companies: CompanyService
    sessions: SessionService
    handoff: HandoffService
    vault: Vault


def installation(root: Path) -> Installation:
    context = open_context(root)
    return Installation(
        context=context,
        companies=CompanyService(context.database),
        sessions=SessionService(context.database),
        handoff=HandoffService(context.database, context.paths.vault, kdf=FAST_KDF),
        vault=Vault(context.paths.vault),
    )


@pytest.fixture
def adviser(tmp_path: Path) -> Iterator[Installation]:
    opened = installation(tmp_path / "adviser")
    yield opened
    opened.context.close()


@pytest.fixture
def entrepreneur(tmp_path: Path) -> Iterator[Installation]:
    opened = installation(tmp_path / "entrepreneur")
    yield opened
    opened.context.close()


class AttachmentsSection:
    """A stand-in for a documents section: one vault file per company, listed by checksum."""

    name = "test_attachments"
    version = 1

    def __init__(self) -> None:
        self.exported: dict[int, tuple[str, int]] = {}
        self.imported: list[str] = []

    def export(self, ctx: ExportContext) -> Any:
        sha, size = self.exported[ctx.company_id]
        ctx.add_vault_blob(sha, size, "offer.pdf")
        return [{"sha256": sha, "name": "offer.pdf"}]

    def merge(self, ctx: ImportContext, data: Any) -> None:
        for item in data:
            ctx.store_blob(item["sha256"], item["name"])
            self.imported.append(item["sha256"])


@pytest.fixture
def attachments() -> Iterator[AttachmentsSection]:
    section = AttachmentsSection()
    register_section(section)
    yield section
    unregister_section(section.name)


@pytest.fixture
def client(adviser: Installation) -> Company:
    """Siivous Oy with a profile, an allowance, two sessions (one with its timer running) and follow-ups."""
    company = adviser.companies.create(
        Company(
            name="Siivous Häkkinen Oy",
            business_id="1234567-1",
            country="FI",
            employees=8,
            turnover=Decimal("450000.50"),
            languages=("fin", "swe"),
            description="Siivous- ja kiinteistöpalvelut",
        )
    )
    assert company.id is not None
    adviser.companies.save_profile(
        SearchProfile(company_id=company.id, cpv=("90910000",), nuts=("FI1C1",), keywords=("siivous",))
    )
    adviser.sessions.set_allowance(company.id, 300, "Yrityskehitys 2026")
    first = adviser.sessions.save(
        AdviceSession(
            company_id=company.id,
            started_at=datetime(2026, 11, 20, 8, 0),
            minutes=90,
            topics=(Topic.ESPD, Topic.PRICING),
            notes="Kävimme läpi ESPD-lomakkeen.\nHinnoittelu: katelaskelma.",
        )
    )
    adviser.sessions.start(company.id)  # its timer keeps running
    adviser.sessions.save_follow_up(
        FollowUp(
            company_id=company.id,
            session_id=first.id,
            text="Tilaa verovelkatodistus",
            owner="Anna",
            due=date(2026, 12, 1),
        )
    )
    adviser.sessions.save_follow_up(FollowUp(company_id=company.id, text="Lue Hilma-ilmoitus", done=True))
    return company
