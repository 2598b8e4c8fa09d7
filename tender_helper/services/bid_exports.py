"""Bid exports: the report PDF, the timeline as an .ics calendar, and the bid package (documents, report, manifest)."""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar

from tender_helper import APP_ID, __version__
from tender_helper.atomic_files import replacing
from tender_helper.checklists.assessment import AssessmentTemplate
from tender_helper.core.code_lists import CONTRACT_NATURE, PROCEDURE_TYPE, code_label
from tender_helper.core.errors import QT_TRANSLATE_NOOP, DataDirError
from tender_helper.reports.bid_labels import bid_labels
from tender_helper.reports.bid_pdf import BidReportData, ReportDocument, ReportReason, ReportStep, build_bid_pdf
from tender_helper.reports.labels import normalise_language
from tender_helper.services.bid_views import BidWorkspace, DocumentCheck, data_language, timeline_points
from tender_helper.storage.notices_repo import best_text
from tender_helper.vault.store import Vault, safe_file_name

MANIFEST_FORMAT = 1
Progress = Callable[[int, int, str], None]


def report_data(workspace: BidWorkspace, assessment: AssessmentTemplate, lang: str) -> BidReportData:
    """The report's plain data; texts the bid already holds (checklist, assessment reasons) stay in its language."""
    notice, bid = workspace.notice.notice, workspace.bid
    code = normalise_language(lang)
    result = workspace.assessment
    labels = assessment.recommendation_labels

    def recommendation(key: str | None) -> str:
        return labels[key].get(bid.language) if key is not None and key in labels else (key or "")

    value = notice.estimated_value
    return BidReportData(
        company_name=workspace.company.name,
        business_id=workspace.company.business_id,
        notice_title=workspace.title(),
        notice_reference=notice.source_id,
        buyer=notice.buyer.name if notice.buyer else "",
        status=bid.status,
        procedure=code_label(PROCEDURE_TYPE, notice.procedure_type, code) if notice.procedure_type else "",
        nature=code_label(CONTRACT_NATURE, notice.contract_nature, code) if notice.contract_nature else "",
        cpv=notice.cpv,
        estimated_value=f"{value.amount:,} {value.currency}".replace(",", " ") if value else "",
        url=notice.url or "",
        lots=tuple((lot.id, best_text(dict(lot.title), data_language(bid.language))) for lot in workspace.lots),
        no_bid_reason=bid.no_bid_reason,
        recommendation=recommendation(result.recommendation),
        decision=recommendation(result.decision) if result.overruled else "",
        decision_reason=result.decision_reason if result.overruled else "",
        score=result.score,
        reasons=tuple(ReportReason(r.effect, r.question, r.answer) for r in result.reasons),
        timeline=tuple((m.key, m.when, m.estimated) for m in timeline_points(workspace.timeline)),
        steps=tuple(
            ReportStep(
                category=view.item.category,
                title=view.item.title,
                status=view.status,
                due=view.item.due,
                due_estimated=view.item.due_estimated,
                notes=view.item.notes,
                auto_done=view.auto_done,
                problems=tuple((check.type_id, check.state) for check in view.warnings),
            )
            for view in workspace.items
        ),
        documents=tuple(_report_document(check) for check in workspace.documents),
        generated=workspace.today,
    )


def _report_document(check: DocumentCheck) -> ReportDocument:
    document = check.document
    if document is None:
        return ReportDocument(check.type_id, check.state)
    return ReportDocument(check.type_id, check.state, document.title, document.original_name, document.valid_until)


def write_report(workspace: BidWorkspace, assessment: AssessmentTemplate, path: Path, lang: str) -> Path:
    return build_bid_pdf(report_data(workspace, assessment, lang), path, lang)


# --- calendar -----------------------------------------------------------------------------------------------------
def timeline_calendar(workspace: BidWorkspace, lang: str) -> icalendar.Calendar:
    """One event per known timeline point: timed ones in UTC, days as all-day events; estimates say so."""
    t = bid_labels(lang)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{APP_ID}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{workspace.title()} ({workspace.notice.notice.source_id})")
    stamp = datetime.now(UTC)
    for milestone in timeline_points(workspace.timeline):
        if milestone.when is None:
            continue
        event = icalendar.Event()
        event.add("uid", f"bid-{workspace.bid.id}-{milestone.key}@{APP_ID}")
        event.add("dtstamp", stamp)
        label = t.get(f"ms.{milestone.key}", milestone.key)
        estimated = f" ({t['estimated']})" if milestone.estimated else ""
        event.add("summary", f"{label}{estimated}: {workspace.title()}")
        _add_times(event, milestone.when)
        lines = [workspace.company.name, workspace.notice.notice.source_id, workspace.notice.notice.url or ""]
        if milestone.rule is not None:
            lines.append(f"{milestone.rule.note} ({milestone.rule.source})")
        event.add("description", "\n".join(line for line in lines if line))
        calendar.add_component(event)
    return calendar


def _add_times(event: icalendar.Event, when: datetime | date) -> None:
    if isinstance(when, datetime):
        start = when.astimezone(UTC) if when.tzinfo else when  # a deadline without an offset stays floating
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=30))
    else:
        event.add("dtstart", when)
        event.add("dtend", when + timedelta(days=1))


def write_ics(workspace: BidWorkspace, path: Path, lang: str) -> Path:
    data = timeline_calendar(workspace, lang).to_ical()
    return _write_atomic(Path(path), lambda tmp: tmp.write_bytes(data))


# --- package ------------------------------------------------------------------------------------------------------
def write_package(
    workspace: BidWorkspace,
    assessment: AssessmentTemplate,
    vault: Vault,
    path: Path,
    lang: str,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """A zip with the report, the vault documents the checklist uses (verified against their checksums) and
    manifest.json listing every file with its SHA-256, plus the documents that are missing. Returns the manifest."""
    path = Path(path)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".bid-package-") as folder:
        report = write_report(workspace, assessment, Path(folder) / "report.pdf", lang)
        files: list[tuple[str, bytes, dict[str, Any]]] = [("report.pdf", report.read_bytes(), {"kind": "report"})]
        found = [check for check in workspace.documents if check.document is not None]
        for number, check in enumerate(found, start=1):
            document = check.document
            assert document is not None
            if progress:
                progress(number, len(found), document.title)
            data = vault.read_bytes(document.sha256, document.title)
            name = f"documents/{check.type_id}-{safe_file_name(document.original_name, str(document.id))}"
            files.append((name, data, _document_entry(check)))
        missing = [
            {"type_id": c.type_id, "state": c.state, "document_id": c.linked_id}
            for c in workspace.documents
            if c.document is None
        ]
        manifest = _manifest(workspace, files, missing)
        _write_atomic(path, lambda tmp: _zip(tmp, files, manifest))
    return manifest


def _document_entry(check: DocumentCheck) -> dict[str, Any]:
    document = check.document
    assert document is not None
    return {
        "kind": "document",
        "document_id": document.id,
        "type_id": check.type_id,
        "title": document.title,
        "version": document.version,
        "valid_until": document.valid_until.isoformat() if document.valid_until else None,
        "state": check.state,
    }


def _manifest(
    workspace: BidWorkspace, files: list[tuple[str, bytes, dict[str, Any]]], missing: list[dict[str, Any]]
) -> dict[str, Any]:
    bid, notice = workspace.bid, workspace.notice.notice
    return {
        "format": MANIFEST_FORMAT,
        "generator": f"{APP_ID} {__version__}",
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "bid": {"id": bid.id, "status": bid.status, "lots": list(bid.lots)},
        "company": {"name": workspace.company.name, "business_id": workspace.company.business_id},
        "notice": {"source": notice.source, "source_id": notice.source_id, "title": workspace.title()},
        "files": [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), **entry}
            for name, data, entry in files
        ],
        "missing": missing,
    }


def _zip(target: Path, files: list[tuple[str, bytes, dict[str, Any]]], manifest: dict[str, Any]) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data, _entry in files:  # names are unique: one document per type, prefixed by the type
            archive.writestr(name, data)
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))


def _write_atomic(path: Path, write: Callable[[Path], object]) -> Path:
    try:
        with replacing(path, prefix=".export-") as tmp:
            write(tmp)
    except OSError as error:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be written: {reason}"),
            name=str(path),
            reason=error.strerror or str(error),
        ) from error
    return path
