"""`tender-helper bid open|list|checklist|set-item|status|report|ics|package`."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tender_helper import APP_ID
from tender_helper.cli.common import add_json_flag, print_json, print_table
from tender_helper.core.company import split_list
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import translate
from tender_helper.services.bid_exports import write_ics, write_package, write_report
from tender_helper.services.bid_views import BidSummary, BidWorkspace, ItemView, data_language
from tender_helper.services.bids import BID_STATUSES, BidService, bid_service
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.storage.bids_repo import Bid
from tender_helper.vault.store import Vault


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bid", help="bids: open one for a notice, work its checklist, export it")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    open_cmd = commands.add_parser("open", help="open a bid for a notice (or show the one already open)")
    open_cmd.add_argument("notice", metavar="NOTICE_ID", help="cache id or source id, e.g. 622690-2023")
    open_cmd.add_argument("--company", required=True, metavar="NAME_OR_ID")
    open_cmd.add_argument("--lots", help="lot ids, comma-separated (default: every lot)")
    open_cmd.add_argument("--deadline", help="tender deadline when the notice gives none, e.g. 2025-03-20T12:00+02:00")
    add_json_flag(open_cmd)
    open_cmd.set_defaults(handler=open_bid)
    listing = commands.add_parser("list", help="bids by next deadline")
    listing.add_argument("--company", metavar="NAME_OR_ID", help="only this company's bids")
    add_json_flag(listing)
    listing.set_defaults(handler=list_bids)
    checklist = commands.add_parser("checklist", help="a bid's checklist with due dates and document checks")
    checklist.add_argument("bid", type=int, metavar="BID_ID")
    add_json_flag(checklist)
    checklist.set_defaults(handler=show_checklist)
    set_item = commands.add_parser("set-item", help="change a checklist step's status or notes")
    set_item.add_argument("bid", type=int, metavar="BID_ID")
    set_item.add_argument("item", metavar="ITEM_ID")
    set_item.add_argument("--status", choices=["todo", "in_progress", "done", "not_applicable"])
    set_item.add_argument("--notes")
    set_item.set_defaults(handler=set_checklist_item)
    status = commands.add_parser("status", help="move the bid along (no_bid needs --reason)")
    status.add_argument("bid", type=int, metavar="BID_ID")
    status.add_argument("status", choices=BID_STATUSES)
    status.add_argument("--reason", default="")
    status.set_defaults(handler=set_bid_status)
    for name, help_text, handler in (
        ("report", "the bid report as PDF", export_report),
        ("ics", "the bid's timeline as a calendar file", export_ics),
        ("package", "a zip of the report, the documents and a manifest with checksums", export_package),
    ):
        export = commands.add_parser(name, help=help_text)
        export.add_argument("bid", type=int, metavar="BID_ID")
        export.add_argument("--out", required=True, type=Path, metavar="FILE")
        export.set_defaults(handler=handler)


def _service(context: AppContext) -> BidService:
    """The bid service; template files with errors are named on stderr and the rest are used."""
    service = bid_service(context)
    for problem in service.templates.problems:
        message = translate("Cli", "Checklist template {file} was skipped: {error}")
        print(f"{APP_ID}: {message.format(file=problem.file, error=problem.message)}", file=sys.stderr)
    return service


def _deadline(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        value = None
    if value is None or "T" not in text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date and time such as 2025-03-20T12:00+02:00."),
            field="deadline",
            value=text,
        )
    return value


def bid_json(bid: Bid) -> dict[str, Any]:
    return {
        "id": bid.id,
        "company_id": bid.company_id,
        "notice_id": bid.notice_id,
        "lots": list(bid.lots),
        "status": bid.status,
        "no_bid_reason": bid.no_bid_reason,
        "language": bid.language,
        "tender_deadline": bid.tender_deadline,
        "recommendation": bid.recommendation,
        "decision": bid.decision,
    }


def open_bid(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).find(args.company)
    notice = NoticeService(context.database).find(args.notice)
    language = args.lang or (company.languages[0] if company.languages else "en")
    assert company.id is not None
    bid, new = _service(context).open_bid(
        company.id, notice.id, split_list(args.lots or ""), language=language, tender_deadline=_deadline(args.deadline)
    )
    if args.json:
        print_json({**bid_json(bid), "new": new})
    elif new:
        print(translate("Cli", "Opened bid {id} for {notice}.").format(id=bid.id, notice=notice.notice.source_id))
    else:
        print(
            translate("Cli", "Bid {id} for {notice} is already open.").format(id=bid.id, notice=notice.notice.source_id)
        )
    return 0


def _summary_json(summary: BidSummary) -> dict[str, Any]:
    return {
        **bid_json(summary.bid),
        "company": summary.company_name,
        "notice": summary.notice_source_id,
        "title": summary.notice_title,
        "next": summary.next_key,
        "next_deadline": summary.next_deadline.isoformat() if summary.next_deadline else None,
        "open_items": summary.open_items,
    }


def list_bids(args: argparse.Namespace, context: AppContext) -> int:
    company_id = CompanyService(context.database).find(args.company).id if args.company else None
    summaries = _service(context).summaries(company_id)
    if args.json:
        print_json([_summary_json(summary) for summary in summaries])
        return 0
    if not summaries:
        print(translate("Cli", "No bids yet. Open one with: tender-helper bid open NOTICE_ID --company NAME"))
        return 0
    headers = [
        translate("Cli", "Id"),
        translate("Cli", "Company"),
        translate("Cli", "Notice"),
        translate("Cli", "Status"),
        translate("Cli", "Next deadline"),
        translate("Cli", "Open"),
    ]
    rows = [
        [s.bid.id, s.company_name, f"{s.notice_source_id} {s.notice_title}", s.bid.status, _when(s), s.open_items]
        for s in summaries
    ]
    print_table(headers, rows)
    return 0


def _when(summary: BidSummary) -> str:
    return f"{summary.next_deadline.isoformat()} ({summary.next_key})" if summary.next_deadline else ""


def _item_json(view: ItemView) -> dict[str, Any]:
    item = view.item
    return {
        "id": item.item_id,
        "category": item.category,
        "title": item.title,
        "help": item.help,
        "status": view.status,
        "stored_status": item.status,
        "auto_done": view.auto_done,
        "due": item.due.isoformat() if item.due else None,
        "due_estimated": item.due_estimated,
        "notes": item.notes,
        "template": f"{item.template_id}@{item.template_version}",
        "documents": [
            {
                "type_id": check.type_id,
                "state": check.state,
                "document_id": check.document.id if check.document else check.linked_id,
                "valid_until": _iso(check.document.valid_until if check.document else None),
            }
            for check in view.checks
        ],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def show_checklist(args: argparse.Namespace, context: AppContext) -> int:
    workspace = _service(context).workspace(args.bid)
    if args.json:
        print_json([_item_json(view) for view in workspace.items])
        return 0
    headers = [
        translate("Cli", "Item"),
        translate("Cli", "Due"),
        translate("Cli", "Status"),
        translate("Cli", "Step"),
        translate("Cli", "Documents"),
    ]
    rows = [
        [
            v.item.item_id,
            (v.item.due.isoformat() + ("*" if v.item.due_estimated else "")) if v.item.due else "",
            v.status,
            v.item.title,
            ", ".join(f"{c.type_id}: {c.state}" for c in v.warnings),
        ]
        for v in workspace.items
    ]
    print_table(headers, rows)
    _print_template_changes(workspace)
    return 0


def _print_template_changes(workspace: BidWorkspace) -> None:
    for change in workspace.outdated_templates:
        message = translate("Cli", "Template {template} changed since this bid was opened (version {old}, now {new}).")
        print(message.format(template=change.template_id, old=change.bid_version, new=change.current_version or "-"))


def set_checklist_item(args: argparse.Namespace, context: AppContext) -> int:
    item = _service(context).set_item(args.bid, args.item, status=args.status, notes=args.notes)
    print(translate("Cli", "{item}: {status}").format(item=item.item_id, status=item.status))
    return 0


def set_bid_status(args: argparse.Namespace, context: AppContext) -> int:
    bid = _service(context).set_status(args.bid, args.status, args.reason)
    print(translate("Cli", "Bid {id} is now {status}.").format(id=bid.id, status=bid.status))
    return 0


def _report_language(args: argparse.Namespace, workspace: BidWorkspace) -> str:
    return data_language(args.lang) if args.lang else data_language(workspace.bid.language)


def export_report(args: argparse.Namespace, context: AppContext) -> int:
    service = _service(context)
    workspace = service.workspace(args.bid)
    path = write_report(workspace, service.assessment_template(), args.out, _report_language(args, workspace))
    print(translate("Cli", "Wrote {path}.").format(path=path))
    return 0


def export_ics(args: argparse.Namespace, context: AppContext) -> int:
    workspace = _service(context).workspace(args.bid)
    path = write_ics(workspace, args.out, _report_language(args, workspace))
    print(translate("Cli", "Wrote {path}.").format(path=path))
    return 0


def export_package(args: argparse.Namespace, context: AppContext) -> int:
    service = _service(context)
    workspace = service.workspace(args.bid)
    vault = Vault(context.paths.vault)
    lang = _report_language(args, workspace)
    manifest = write_package(workspace, service.assessment_template(), vault, args.out, lang)
    print(translate("Cli", "Wrote {path} with {count} files.").format(path=args.out, count=len(manifest["files"])))
    for missing in manifest["missing"]:
        message = translate("Cli", "Not in the package: {type} ({state})")
        print(message.format(type=missing["type_id"], state=missing["state"]), file=sys.stderr)
    return 0
