"""Export from one data dir, import into an empty one: every record and document arrives unchanged."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tender_helper.core.company import Company
from tender_helper.handoff.merge import Action
from tender_helper.handoff.sections import ExportContext, ExportOptions, all_sections
from tests.unit.handoff.conftest import PASSPHRASE, AttachmentsSection, Installation


def snapshot(side: Installation, company_id: int) -> dict[str, Any]:
    """Every section as the package would carry it: no local ids, so two installations can be compared."""
    with side.context.database.session() as session:
        ctx = ExportContext(session=session, company_id=company_id, options=ExportOptions(), vault=side.vault)
        return {section.name: section.export(ctx) for section in all_sections()}


def plain_sessions(side: Installation, company_id: int) -> list[dict[str, Any]]:
    rows = [asdict(advice) for advice in side.sessions.sessions(company_id)]
    for row in rows:
        del row["id"], row["company_id"], row["running_since"]
    return sorted(rows, key=lambda row: row["uuid"])


def plain_follow_ups(side: Installation, company_id: int) -> list[dict[str, Any]]:
    uuids = {advice.id: advice.uuid for advice in side.sessions.sessions(company_id)}
    rows = []
    for item in side.sessions.follow_ups(company_id):
        row = asdict(item)
        row["session"] = uuids.get(row.pop("session_id"))
        del row["id"], row["company_id"]
        rows.append(row)
    return sorted(rows, key=lambda row: row["uuid"])


def only_company(side: Installation) -> Company:
    companies = side.companies.list_companies()
    assert len(companies) == 1
    return companies[0]


def test_round_trip_into_an_empty_installation(
    adviser: Installation, entrepreneur: Installation, client: Company, attachments: AttachmentsSection, tmp_path: Path
) -> None:
    assert client.id is not None
    content = b"%PDF-1.4 offer " + bytes(range(256)) * 4000  # over a megabyte: several encryption chunks
    stored = adviser.vault.add_bytes(content, "offer.pdf")
    attachments.exported[client.id] = (stored.sha256, stored.size)
    package = tmp_path / "siivous.thpkg"

    summary = adviser.handoff.export(client.id, package, PASSPHRASE)
    report = entrepreneur.handoff.import_file(package, PASSPHRASE)

    assert summary.records["sessions"] == 5  # client + 2 sessions + 2 follow-ups
    assert content not in package.read_bytes() and b"Siivous" not in package.read_bytes()
    local = only_company(entrepreneur)
    assert local.id is not None
    assert snapshot(entrepreneur, local.id) == snapshot(adviser, client.id)
    for field in ("name", "business_id", "country", "size_class", "turnover", "employees", "languages", "updated_at"):
        assert getattr(local, field) == getattr(adviser.companies.get(client.id), field)
    assert entrepreneur.companies.profile(local.id) == adviser.companies.profile(client.id).__class__(
        **{**asdict(adviser.companies.profile(client.id)), "company_id": local.id}
    )
    assert plain_sessions(entrepreneur, local.id) == plain_sessions(adviser, client.id)
    assert plain_follow_ups(entrepreneur, local.id) == plain_follow_ups(adviser, client.id)
    assert entrepreneur.sessions.client(local.id).allowance_minutes == 300
    assert entrepreneur.sessions.running_timers() == []  # the adviser's running timer stays on the adviser's computer
    assert hashlib.sha256(entrepreneur.vault.read_bytes(stored.sha256)).hexdigest() == stored.sha256
    assert entrepreneur.vault.read_bytes(stored.sha256) == content
    assert report.blobs_added == 1
    assert {change.action for change in report.changes} == {Action.ADDED}
    assert len(report.changes) == 7  # company, profile, client, 2 sessions, 2 follow-ups


def test_importing_the_same_package_again_changes_nothing(
    adviser: Installation, entrepreneur: Installation, client: Company, tmp_path: Path
) -> None:
    assert client.id is not None
    package = tmp_path / "p.thpkg"
    adviser.handoff.export(client.id, package, PASSPHRASE)
    entrepreneur.handoff.import_file(package, PASSPHRASE)
    again = entrepreneur.handoff.import_file(package, PASSPHRASE)
    assert {change.action for change in again.changes} == {Action.UNCHANGED}
    assert not again.changed_anything and not again.conflicts


def test_export_leaves_no_temporary_files(adviser: Installation, client: Company, tmp_path: Path) -> None:
    assert client.id is not None
    out = tmp_path / "out"
    out.mkdir()
    adviser.handoff.export(client.id, out / "p.thpkg", PASSPHRASE)
    assert [path.name for path in out.iterdir()] == ["p.thpkg"]
