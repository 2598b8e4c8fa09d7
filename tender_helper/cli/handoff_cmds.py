"""`tender-helper handoff export|import`: a company's data as one encrypted file, and merging it back in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tender_helper.cli.common import add_json_flag, print_json
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.handoff.merge import (
    Action,
    Change,
    Choose,
    Conflict,
    MergeReport,
    Resolution,
    keep_local,
    take_package,
)
from tender_helper.handoff.sections import ExportOptions
from tender_helper.i18n import translate
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.documents import DocumentService
from tender_helper.services.handoff import HandoffService, read_passphrase_file
from tender_helper.vault.store import Vault


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("handoff", help="encrypted hand-off packages between adviser and entrepreneur")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = commands.add_parser("export", help="write a company's data to one encrypted file")
    export.add_argument("--company", required=True, metavar="NAME_OR_ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--passphrase-file", required=True, type=Path, metavar="P", help="its first line is used")
    export.add_argument("--no-sessions", action="store_true", help="leave out advice sessions and follow-ups")
    chosen = export.add_mutually_exclusive_group()
    chosen.add_argument(
        "--document",
        dest="documents",
        type=int,
        action="append",
        metavar="ID",
        help="include this document with its history (repeat for more; default: every current document)",
    )
    chosen.add_argument("--no-documents", action="store_true", help="leave out the company's documents")
    add_json_flag(export)
    export.set_defaults(handler=export_package)
    importing = commands.add_parser("import", help="merge a package into this installation")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--passphrase-file", required=True, type=Path, metavar="P")
    importing.add_argument(
        "--on-conflict",
        choices=["ask", "keep", "take"],
        default="ask",
        help="when local data is newer: ask (at a terminal; else keep), keep local, take the package's",
    )
    importing.add_argument("--dry-run", action="store_true", help="only show what would change")
    add_json_flag(importing)
    importing.set_defaults(handler=import_package)


def export_package(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    passphrase = read_passphrase_file(args.passphrase_file)
    service = HandoffService(context.database, context.paths.vault)
    options = ExportOptions(
        documents=_chosen_documents(context, company.id, args.documents, args.no_documents),
        include_sessions=not args.no_sessions,
    )
    summary = service.export(company.id, args.out, passphrase, options)
    if args.json:
        print_json({"path": str(summary.path), "records": summary.records, "blobs": len(summary.manifest.blobs)})
    else:
        print(translate("Cli", "Wrote {path} for {name}.").format(path=summary.path, name=company.name))
    return 0


def _chosen_documents(
    context: AppContext, company_id: int, documents: list[int] | None, none: bool
) -> frozenset[int] | None:
    """The documents to include (None: every current one); refuses an id of another company's document."""
    if none:
        return frozenset()
    if documents is None:
        return None
    service = DocumentService(context.database, Vault(context.paths.vault))
    for document_id in documents:
        if service.get(document_id).company_id != company_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Document {value} belongs to another company."),
                field="document",
                value=document_id,
            )
    return frozenset(documents)


def _ask(conflict: Conflict) -> Resolution:
    print(
        translate("Cli", "Conflict in {section} '{label}': changed here later than in the package ({fields}).").format(
            section=conflict.section, label=conflict.label, fields=", ".join(conflict.fields)
        ),
        file=sys.stderr,
    )
    for name in conflict.fields:
        print(f"  {name}: {conflict.local.get(name)!r} -> {conflict.incoming.get(name)!r}", file=sys.stderr)
    answer = input(translate("Cli", "Take the package's version? [y/N] "))
    return (
        Resolution.TAKE_PACKAGE
        if answer.strip().lower() in {"y", "yes", "k", "kyllä", "j", "ja"}
        else keep_local(conflict)
    )


def change_json(change: Change) -> dict[str, Any]:
    return {
        "section": change.section,
        "key": change.key,
        "label": change.label,
        "action": change.action.value,
        "fields": list(change.fields),
        "conflict": change.conflict is not None,
    }


def _print_report(report: MergeReport, dry_run: bool) -> None:
    for change in report.changes:
        if change.action is not Action.UNCHANGED:
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            print(f"{change.section:<10} {change.action.value:<10} {change.label}{fields}")
    counts = report.counts()
    template = translate("Cli", "Would add {added}, update {updated}, keep {kept} local, leave {unchanged} unchanged.")
    if not dry_run:
        template = translate("Cli", "Added {added}, updated {updated}, kept {kept} local, {unchanged} unchanged.")
    print(
        template.format(
            added=counts[Action.ADDED],
            updated=counts[Action.UPDATED] + counts[Action.REPLACED],
            kept=counts[Action.KEPT_LOCAL],
            unchanged=counts[Action.UNCHANGED],
        )
    )
    if report.skipped_sections:
        print(
            translate("Cli", "Skipped (needs a newer version): {names}").format(
                names=", ".join(report.skipped_sections)
            )
        )


def import_package(args: argparse.Namespace, context: AppContext) -> int:
    passphrase = read_passphrase_file(args.passphrase_file)
    service = HandoffService(context.database, context.paths.vault)
    choose: Choose = keep_local
    if args.on_conflict == "take":
        choose = take_package
    elif args.on_conflict == "ask" and sys.stdin.isatty() and not args.json:
        choose = _ask
    with service.open(args.file, passphrase) as package:
        report = service.preview(package) if args.dry_run else service.apply(package, choose)
    if args.json:
        print_json(
            {
                "company": {"country": package.manifest.country, "business_id": package.manifest.business_id},
                "dry_run": args.dry_run,
                "changes": [change_json(change) for change in report.changes],
                "blobs_added": report.blobs_added,
                "skipped_sections": report.skipped_sections,
            }
        )
    else:
        _print_report(report, args.dry_run)
    return 0
