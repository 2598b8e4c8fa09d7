"""`tender-helper vault add|list|verify|export|types`: the company documents."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from tender_helper.cli.common import add_json_flag, print_json, print_table
from tender_helper.core.company import Company
from tender_helper.core.document_types import DOCUMENT_TYPES
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import translate
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.documents import (
    CompanyDocument,
    Document,
    DocumentFields,
    DocumentService,
    DocumentStatus,
)
from tender_helper.vault.validity import parse_date


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("vault", help="company documents: certificates, extracts, references")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = commands.add_parser("add", help="store a file as a company document")
    add.add_argument("file", metavar="FILE", type=Path)
    add.add_argument("--company", required=True, metavar="NAME_OR_ID")
    add.add_argument("--type", required=True, dest="type_id", metavar="TYPE", help="see `vault types`")
    add.add_argument("--title", default="", help="default: the file name")
    add.add_argument("--issued", metavar="DATE", help="YYYY-MM-DD or D.M.YYYY")
    add.add_argument("--valid-until", metavar="DATE", help="default: proposed by the country's rule, if any")
    add.add_argument("--notes", default="")
    add_json_flag(add)
    add.set_defaults(handler=add_document)
    listing = commands.add_parser("list", help="current documents with their validity")
    listing.add_argument("--company", metavar="NAME_OR_ID", help="one company (default: all)")
    listing.add_argument("--expiring", type=int, metavar="DAYS", help="only those expired or expiring within DAYS")
    add_json_flag(listing)
    listing.set_defaults(handler=list_documents)
    verify = commands.add_parser("verify", help="check every stored file against its checksum (exit 5 on damage)")
    verify.add_argument("--company", metavar="NAME_OR_ID", help="one company (default: all)")
    add_json_flag(verify)
    verify.set_defaults(handler=verify_documents)
    export = commands.add_parser("export", help="copy current documents to a folder, or to a .zip file")
    export.add_argument("--to", required=True, type=Path, metavar="DIR_OR_ZIP")
    export.add_argument("--company", metavar="NAME_OR_ID", help="needed when there is more than one company")
    export.add_argument("--type", dest="type_ids", action="append", metavar="TYPE", help="only this type (repeatable)")
    export.add_argument("--valid-only", action="store_true", help="leave out expired documents")
    export.set_defaults(handler=export_documents)
    types = commands.add_parser("types", help="list the document types")
    types.set_defaults(handler=list_types)


def _date(text: str | None, option: str) -> date | None:
    return None if text is None else parse_date(text, option)


def _the_company(context: AppContext, name: str | None) -> Company:
    service = CompanyService(context.database)
    if name:
        return service.find(name)
    companies = service.list_companies()
    if len(companies) != 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There are {count} companies; say which one with --company."),
            field="company",
            count=len(companies),
        )
    return companies[0]


def document_json(document: Document, **extra: Any) -> dict[str, Any]:
    return {
        "id": document.id,
        "company_id": document.company_id,
        "type": document.type_id,
        "title": document.title,
        "file": document.original_name,
        "sha256": document.sha256,
        "size": document.size,
        "issued": document.issued.isoformat() if document.issued else None,
        "valid_until": document.valid_until.isoformat() if document.valid_until else None,
        "version": document.version,
        "notes": document.notes,
        **extra,
    }


def add_document(args: argparse.Namespace, context: AppContext) -> int:
    issued = _date(args.issued, "--issued")
    valid_until = _date(args.valid_until, "--valid-until")
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    proposal = None
    if valid_until is None:
        proposal = DocumentService.proposal(args.type_id, company.country, issued)
        valid_until = proposal.valid_until if proposal else None
    fields = DocumentFields(args.type_id, args.title, issued=issued, valid_until=valid_until, notes=args.notes)
    document = DocumentService.for_context(context).add_file(company.id, args.file, fields)
    if args.json:
        print_json(document_json(document))
        return 0
    print(
        translate("Cli", "Stored {title} for {company} (document {id}).").format(
            title=document.title, company=company.name, id=document.id
        )
    )
    if proposal is not None:
        rule = translate("Validity", proposal.rule.note)
        print(translate("Cli", "Valid until {date}, as the rule says: {rule}").format(date=valid_until, rule=rule))
    return 0


def _status_text(status: str) -> str:
    texts = {
        "valid": translate("Cli", "valid"),
        "expiring": translate("Cli", "expiring"),
        "expired": translate("Cli", "EXPIRED"),
        "no_date": translate("Cli", "no date"),
    }
    return texts[status]


def list_documents(args: argparse.Namespace, context: AppContext) -> int:
    service = DocumentService.for_context(context)
    companies = CompanyService(context.database)
    chosen = companies.find(args.company) if args.company else None
    rows: list[tuple[str, Document, str, int | None]] = []
    if args.expiring is not None:
        for item in service.expiring(args.expiring):
            if chosen is None or item.company_id == chosen.id:
                rows.append((item.company_name, item.document, item.status.value, item.days_left))
    else:
        for company in [chosen] if chosen else companies.list_companies():
            assert company.id is not None
            for entry in service.overview(company.id).entries:
                rows.append((company.name, entry.document, entry.status.value, entry.days_left))
    if args.json:
        print_json([document_json(d, company=c, status=s, days_left=n) for c, d, s, n in rows])
        return 0
    if not rows:
        print(translate("Cli", "No documents."))
        return 0
    headers = [
        translate("Cli", "Id"),
        translate("Cli", "Company"),
        translate("Cli", "Type"),
        translate("Cli", "Title"),
        translate("Cli", "Valid until"),
        translate("Cli", "Status"),
    ]
    table = [
        [d.id, c, translate("DocumentTypes", DOCUMENT_TYPES[d.type_id]), d.title, d.valid_until or "", _status_text(s)]
        for c, d, s, _ in rows
    ]
    print_table(headers, table)
    return 0


def _problem_json(held: CompanyDocument) -> dict[str, Any]:
    return document_json(held.document, company=held.company_name)


def verify_documents(args: argparse.Namespace, context: AppContext) -> int:
    company_id = CompanyService(context.database).find(args.company).id if args.company else None
    result = DocumentService.for_context(context).verify(company_id)
    if args.json:
        print_json(
            {
                "checked": len(result.checked),
                "missing": [_problem_json(h) for h in result.missing],
                "changed": [_problem_json(h) for h in result.changed],
            }
        )
    else:
        missing = translate("Cli", "Missing from the vault: {company}: {title} ({file}, version {version})")
        changed = translate("Cli", "Changed on disk: {company}: {title} ({file}, version {version})")
        for template, found in ((missing, result.missing), (changed, result.changed)):
            for held in found:
                doc = held.document
                print(
                    template.format(
                        company=held.company_name, title=doc.title, file=doc.original_name, version=doc.version
                    )
                )
        if result.all_ok:
            print(translate("Cli", "All {count} stored files are intact.").format(count=len(result.checked)))
    if result.all_ok:
        return 0
    summary = translate("Cli", "{bad} of {count} stored files are missing or damaged; restore them from a backup.")
    print(summary.format(bad=len(result.missing) + len(result.changed), count=len(result.checked)), file=sys.stderr)
    return 5


def export_documents(args: argparse.Namespace, context: AppContext) -> int:
    company = _the_company(context, args.company)
    assert company.id is not None
    service = DocumentService.for_context(context)
    entries = service.overview(company.id).entries
    chosen = [
        e.document.id
        for e in entries
        if (not args.type_ids or e.document.type_id in args.type_ids)
        and not (args.valid_only and e.status is DocumentStatus.EXPIRED)
    ]
    if not chosen:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "No documents match; nothing was exported."), field="documents")
    if args.to.suffix.lower() == ".zip":
        service.export_zip(chosen, args.to)
    else:
        service.export_folder(chosen, args.to)
    print(
        translate("Cli", "Exported {count} documents of {company} to {path}.").format(
            count=len(chosen), company=company.name, path=args.to
        )
    )
    return 0


def list_types(_args: argparse.Namespace, _context: AppContext) -> int:
    print_table(
        [translate("Cli", "Type"), translate("Cli", "Name")],
        [[type_id, translate("DocumentTypes", text)] for type_id, text in DOCUMENT_TYPES.items()],
    )
    return 0
