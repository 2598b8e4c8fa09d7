"""A second import merges by id, reports what changed, and asks before overwriting newer local edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tender_helper.core.company import Company
from tender_helper.handoff.merge import Action, Conflict, Resolution, decide, keep_local, take_package
from tender_helper.storage.sessions_repo import AdviceSession, Topic
from tests.unit.handoff.conftest import PASSPHRASE, Installation


@pytest.fixture
def first_import(adviser: Installation, entrepreneur: Installation, client: Company, tmp_path: Path) -> int:
    """Exports and imports once; returns the company's id in the entrepreneur's installation."""
    assert client.id is not None
    path = tmp_path / "first.thpkg"
    adviser.handoff.export(client.id, path, PASSPHRASE)
    entrepreneur.handoff.import_file(path, PASSPHRASE)
    local = entrepreneur.companies.list_companies()[0]
    assert local.id is not None
    return local.id


def export_again(adviser: Installation, client: Company, tmp_path: Path) -> Path:
    assert client.id is not None
    path = tmp_path / "second.thpkg"
    adviser.handoff.export(client.id, path, PASSPHRASE)
    return path


def test_second_import_adds_and_updates_and_reports_fields(
    adviser: Installation, entrepreneur: Installation, client: Company, first_import: int, tmp_path: Path
) -> None:
    assert client.id is not None
    older = adviser.sessions.sessions(client.id)[-1]
    adviser.sessions.save(replace(older, notes="Uudet muistiinpanot", minutes=120))
    adviser.sessions.save(
        AdviceSession(company_id=client.id, started_at=datetime(2026, 11, 25, 9), minutes=45, topics=(Topic.ESPD,))
    )
    adviser.companies.update(replace(adviser.companies.get(client.id), employees=9))

    report = entrepreneur.handoff.import_file(export_again(adviser, client, tmp_path), PASSPHRASE)

    by_action = {action: [c for c in report.changes if c.action is action] for action in Action}
    assert [(c.section, c.fields) for c in by_action[Action.UPDATED]] == [
        ("company", ("employees",)),
        ("sessions", ("minutes", "notes")),
    ]
    assert [c.section for c in by_action[Action.ADDED]] == ["sessions"]
    assert not report.conflicts
    assert entrepreneur.companies.get(first_import).employees == 9
    sessions = entrepreneur.sessions.sessions(first_import)
    assert len(sessions) == 3 and "Uudet muistiinpanot" in [advice.notes for advice in sessions]


def test_newer_local_edit_is_a_conflict_kept_by_default(
    adviser: Installation, entrepreneur: Installation, client: Company, first_import: int, tmp_path: Path
) -> None:
    mine = entrepreneur.sessions.sessions(first_import)[-1]
    entrepreneur.sessions.save(replace(mine, notes="Yrittäjän omat lisäykset"))
    package = export_again(adviser, client, tmp_path)

    seen: list[Conflict] = []

    def ask(conflict: Conflict) -> Resolution:
        seen.append(conflict)
        return keep_local(conflict)

    report = entrepreneur.handoff.import_file(package, PASSPHRASE, ask)

    assert [(c.section, c.key, c.fields) for c in seen] == [("sessions", mine.uuid, ("notes",))]
    assert seen[0].local["notes"] == "Yrittäjän omat lisäykset" and seen[0].incoming["notes"] != seen[0].local["notes"]
    assert seen[0].local_updated is not None and seen[0].package_updated is not None
    assert seen[0].local_updated > seen[0].package_updated
    assert [c.action for c in report.changes if c.conflict] == [Action.KEPT_LOCAL]
    assert entrepreneur.sessions.get(mine.id or 0).notes == "Yrittäjän omat lisäykset"


def test_conflict_taken_from_package_when_chosen(
    adviser: Installation, entrepreneur: Installation, client: Company, first_import: int, tmp_path: Path
) -> None:
    local = entrepreneur.companies.get(first_import)
    entrepreneur.companies.update(replace(local, description="Oma kuvaus"))
    report = entrepreneur.handoff.import_file(export_again(adviser, client, tmp_path), PASSPHRASE, take_package)
    assert [(c.section, c.action) for c in report.changes if c.conflict] == [("company", Action.REPLACED)]
    assert entrepreneur.companies.get(first_import).description == "Siivous- ja kiinteistöpalvelut"


def test_preview_lists_conflicts_and_writes_nothing(
    adviser: Installation, entrepreneur: Installation, client: Company, first_import: int, tmp_path: Path
) -> None:
    assert client.id is not None
    entrepreneur.companies.update(replace(entrepreneur.companies.get(first_import), description="Oma kuvaus"))
    adviser.sessions.save(AdviceSession(company_id=client.id, started_at=datetime(2026, 11, 26, 9), minutes=30))
    with entrepreneur.handoff.open(export_again(adviser, client, tmp_path), PASSPHRASE) as package:
        preview = entrepreneur.handoff.preview(package)
    assert [conflict.section for conflict in preview.conflicts] == ["company"]
    assert [c.action for c in preview.changes].count(Action.ADDED) == 1
    assert len(entrepreneur.sessions.sessions(first_import)) == 2  # the added session was rolled back
    assert entrepreneur.companies.get(first_import).description == "Oma kuvaus"


def test_unknown_sections_are_skipped_and_reported(
    adviser: Installation, entrepreneur: Installation, client: Company, tmp_path: Path
) -> None:
    from tender_helper.handoff.sections import register_section, unregister_section
    from tests.unit.handoff.conftest import AttachmentsSection

    assert client.id is not None
    section = AttachmentsSection()
    stored = adviser.vault.add_bytes(b"x" * 10, "x.txt")
    section.exported[client.id] = (stored.sha256, stored.size)
    register_section(section)
    try:
        path = export_again(adviser, client, tmp_path)
    finally:
        unregister_section(section.name)
    report = entrepreneur.handoff.import_file(path, PASSPHRASE)
    assert report.skipped_sections == ["test_attachments"]
    assert len(entrepreneur.companies.list_companies()) == 1


def test_decide_rules() -> None:
    old, new = "2026-11-20T10:00:00", "2026-11-21T10:00:00"
    record = {"uuid": "u", "notes": "a", "updated_at": old}
    assert decide("s", "u", "", None, record, keep_local).action is Action.ADDED
    assert decide("s", "u", "", record, {**record, "updated_at": new}, keep_local).action is Action.UNCHANGED
    newer = {**record, "notes": "b", "updated_at": new}
    assert decide("s", "u", "", record, newer, keep_local).action is Action.UPDATED
    same_time = decide("s", "u", "", record, {**record, "notes": "b"}, keep_local)
    assert same_time.action is Action.KEPT_LOCAL and same_time.fields == ("notes",)
    older = decide("s", "u", "", {**record, "updated_at": new}, {**record, "notes": "b"}, take_package)
    assert older.action is Action.REPLACED
