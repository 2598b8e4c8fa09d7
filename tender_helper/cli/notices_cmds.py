"""`tender-helper notices parse|import|list|show`: read notice XML and look into the local cache."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tender_helper.cli.common import add_json_flag, print_fields, print_json, print_table
from tender_helper.core.company import split_list
from tender_helper.core.cpv import cpv_vocabulary
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.core.notice import Moment, Money, Notice
from tender_helper.core.nuts import nuts_regions
from tender_helper.i18n import choose_language, data_language, translate
from tender_helper.services.context import AppContext
from tender_helper.services.notices import ImportResult, NoticeService, parse_file
from tender_helper.storage.notices_repo import NoticeFilter, NoticeListRow, StoredNotice, best_text

KINDS = ("competition", "planning", "result", "change", "other")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("notices", help="read notice XML; list and show the notices saved here")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    parse = commands.add_parser("parse", help="one eForms or TED XML file as normalised JSON (no database)")
    parse.add_argument("file", type=Path, metavar="FILE")
    add_json_flag(parse)
    parse.set_defaults(handler=parse_notice, needs_context=False)
    imports = commands.add_parser("import", help="XML files, folders or TED .tar.gz packages into the cache")
    imports.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    imports.add_argument("--country", help="only buyers in these countries, e.g. FIN,SWE")
    add_json_flag(imports)
    imports.set_defaults(handler=import_notices)
    listing = commands.add_parser("list", help="notices in the cache, soonest deadline first")
    listing.add_argument("--country", help="buyer countries, e.g. FIN,SWE")
    listing.add_argument("--cpv", help="CPV codes or their beginnings, e.g. 72 or 90910000")
    listing.add_argument("--kind", choices=KINDS)
    listing.add_argument("--open", action="store_true", help="only notices whose deadline has not passed")
    listing.add_argument("--search", metavar="WORDS", help="words in the title, description or buyer")
    listing.add_argument("--limit", type=int, default=50)
    add_json_flag(listing)
    listing.set_defaults(handler=list_notices)
    show = commands.add_parser("show", help="one notice with its lots and change history")
    show.add_argument("notice", metavar="ID", help="the cache id or the source id, e.g. 622690-2023")
    add_json_flag(show)
    show.set_defaults(handler=show_notice)


def language(args: argparse.Namespace, context: AppContext | None) -> str:
    """The ISO 639-3 key for notice texts in the user's language."""
    setting = args.lang or (context.settings.language if context else "")
    return data_language(choose_language(setting))


def stderr_progress(label: str) -> Callable[[int, int, str], None] | None:
    """A progress line on stderr when it is a terminal; None (quiet) otherwise."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int, name: str) -> None:
        count = f"{done}/{total}" if total else str(done)
        sys.stderr.write(f"\r{label} {count}  {name[-50:]:<50}")
        sys.stderr.flush()

    return report


def end_progress(progress: Callable[[int, int, str], None] | None) -> None:
    if progress is not None:
        sys.stderr.write("\n")


# --- texts ----------------------------------------------------------------------------------------


def cpv_text(code: str, lang: str) -> str:
    return f"{code} {cpv_vocabulary().label(code, lang)}".rstrip()


def nuts_text(code: str) -> str:
    return f"{code} {nuts_regions().label(code)}".rstrip()


def moment_text(moment: Moment | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        offset = moment.strftime(" %z") if moment.tzinfo else ""
        return moment.strftime("%Y-%m-%d %H:%M") + offset
    return moment.isoformat()


def money_text(money: Money | None) -> str:
    return "" if money is None else f"{money.amount:,} {money.currency}".replace(",", "\u00a0")


def change_text(change: dict[str, Any]) -> str:
    """One recorded change as a sentence, with the version that made it."""
    kind = change.get("kind")
    lot = change.get("lot")
    texts = {
        "deadline_moved": translate("Cli", "Deadline moved from {old} to {new}"),
        "lot_added": translate("Cli", "Lot {lot} added"),
        "lot_removed": translate("Cli", "Lot {lot} removed"),
        "value_changed": translate("Cli", "Estimated value changed"),
        "title_changed": translate("Cli", "Title changed"),
        "cpv_changed": translate("Cli", "CPV codes changed from {old} to {new}"),
        "cancelled": translate("Cli", "Procedure cancelled"),
        "corrected": translate("Cli", "Corrigendum"),
    }
    text = texts.get(str(kind), str(kind)).format(old=change.get("old"), new=change.get("new"), lot=lot)
    if kind == "deadline_moved" and lot:
        text += f" ({translate('Cli', 'lot')} {lot})"
    descriptions = [d for d in change.get("descriptions") or () if d]
    if descriptions:
        text += ": " + "; ".join(descriptions)
    stamp = " ".join(str(change[key]) for key in ("published", "by") if change.get(key))
    return f"{stamp}  {text}" if stamp else text


# --- parse ------------------------------------------------------------------------------------------


def parse_notice(args: argparse.Namespace, context: AppContext | None) -> int:
    notice = parse_file(args.file)
    if args.json:
        print_json(notice.to_json_dict())
    else:
        print_notice(notice, language(args, context))
    return 0


def print_notice(notice: Notice, lang: str) -> None:
    buyer = notice.buyer
    print_fields(
        [
            (translate("Cli", "Notice"), f"{notice.source} {notice.source_id} ({notice.version or '-'})"),
            (translate("Cli", "Kind"), f"{notice.kind} / {notice.notice_type or '-'}"),
            (translate("Cli", "Title"), best_text(dict(notice.title), lang)),
            (translate("Cli", "Buyer"), f"{buyer.name} ({buyer.country or '?'})" if buyer else ""),
            (translate("Cli", "CPV"), [cpv_text(code, lang) for code in notice.cpv]),
            (translate("Cli", "Regions"), [nuts_text(code) for code in notice.nuts]),
            (translate("Cli", "Published"), moment_text(notice.publication_date)),
            (translate("Cli", "Deadline"), moment_text(notice.deadline)),
            (translate("Cli", "Estimated value"), money_text(notice.estimated_value)),
            (translate("Cli", "Procedure"), notice.procedure_type),
            (translate("Cli", "Link"), notice.url),
        ]
    )
    for lot in notice.lots:
        print()
        print(f"{translate('Cli', 'Lot')} {lot.id}: {best_text(dict(lot.title), lang)}")
        for code in lot.cpv:
            print(f"    {translate('Cli', 'CPV')} {cpv_text(code, lang)}")
        for code in lot.nuts:
            print(f"    {translate('Cli', 'Region')} {nuts_text(code)}")
        if lot.deadline:
            print(f"    {translate('Cli', 'Tenders by')} {moment_text(lot.deadline)}")
        if lot.participation_deadline:
            print(f"    {translate('Cli', 'Requests to participate by')} {moment_text(lot.participation_deadline)}")
        if lot.estimated_value:
            print(f"    {translate('Cli', 'Estimated value')} {money_text(lot.estimated_value)}")


# --- import -----------------------------------------------------------------------------------------


def import_json(result: ImportResult) -> dict[str, Any]:
    return {
        "read": result.read,
        "new": result.new,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "failed": [{"name": name, "reason": reason} for name, reason in result.failed],
        "skipped": [{"name": name, "reason": reason} for name, reason in result.skipped],
        "new_ids": result.new_ids,
        "updated_ids": result.updated_ids,
        "cancelled": result.cancelled,
    }


def import_notices(args: argparse.Namespace, context: AppContext) -> int:
    countries = [code.upper() for code in split_list(args.country)] if args.country else None
    progress = stderr_progress(translate("Cli", "Reading"))
    result = NoticeService(context.database).import_paths(args.paths, countries=countries, progress=progress)
    end_progress(progress)
    stored = result.new + result.updated + result.unchanged
    if args.json:
        print_json(import_json(result))
    else:
        message = translate("Cli", "Imported: {new} new, {updated} updated, {unchanged} unchanged, {failed} failed.")
        print(
            message.format(
                new=result.new, updated=result.updated, unchanged=result.unchanged, failed=len(result.failed)
            )
        )
        for title, items in (
            (translate("Cli", "Failed"), result.failed),
            (translate("Cli", "Skipped"), result.skipped),
        ):
            for name, reason in items:
                print(f"  {title}: {name}: {reason}")
    if stored == 0 and (result.failed or result.skipped or result.read == 0):
        reason = translate("Cli", "No notice could be read from {paths}.").format(paths=", ".join(map(str, args.paths)))
        print(reason, file=sys.stderr)
        return InvalidInput.exit_code
    return 0


# --- list -------------------------------------------------------------------------------------------


def _filter(args: argparse.Namespace) -> NoticeFilter:
    return NoticeFilter(
        text=args.search or "",
        countries=tuple(code.upper() for code in split_list(args.country or "")),
        cpv_prefixes=tuple(code.split("-")[0].rstrip("0") or code for code in split_list(args.cpv or "")),
        kinds=(args.kind,) if args.kind else (),
        open_only=args.open,
    )


def row_json(row: NoticeListRow, lang: str) -> dict[str, Any]:
    return {
        "id": row.id,
        "source": row.source,
        "source_id": row.source_id,
        "kind": row.kind,
        "title": row.title(lang),
        "buyer": row.buyer_name,
        "country": row.buyer_country,
        "cpv": row.main_cpv,
        "published": row.publication_date.isoformat() if row.publication_date else None,
        "deadline_utc": row.deadline_utc.isoformat() + "Z" if row.deadline_utc else None,
        "lots": row.lot_count,
        "sample": row.is_sample,
        "cancelled": row.cancelled,
        "changed": row.changed,
    }


def deadline_cell(row: NoticeListRow, now: datetime) -> str:
    if row.deadline_utc is None:
        return ""
    days = (row.deadline_utc - now).total_seconds() / 86400
    left = translate("Cli", "closed") if days < 0 else translate("Cli", "{days} d").format(days=int(days))
    return f"{row.deadline_utc:%Y-%m-%d} ({left})"


def list_notices(args: argparse.Namespace, context: AppContext) -> int:
    if args.limit < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a number of notices."), value=str(args.limit))
    wanted = _filter(args)
    rows = NoticeService(context.database).list(wanted, limit=args.limit)
    lang = language(args, context)
    if args.json:
        print_json([row_json(row, lang) for row in rows])
        return 0
    if not rows:
        print(translate("Cli", "No notices match. Get some with: tender-helper sync, notices import or demo"))
        return 0
    now = datetime.now(UTC).replace(tzinfo=None)
    headers = [translate("Cli", h) for h in ("Id", "Deadline", "Country", "Title", "Buyer")]
    table = [[row.id, deadline_cell(row, now), row.buyer_country, row.title(lang), row.buyer_name] for row in rows]
    print_table(headers, table)
    return 0


# --- show -------------------------------------------------------------------------------------------


def stored_json(stored: StoredNotice) -> dict[str, Any]:
    return {
        "id": stored.id,
        "sample": stored.is_sample,
        "cancelled": stored.cancelled,
        "first_seen": stored.first_seen.isoformat(),
        "updated_at": stored.updated_at.isoformat(),
        "changes": stored.changes,
        "notice": stored.notice.to_json_dict(),
    }


def show_notice(args: argparse.Namespace, context: AppContext) -> int:
    stored = NoticeService(context.database).find(args.notice)
    if args.json:
        print_json(stored_json(stored))
        return 0
    print(
        f"{translate('Cli', 'Cache id')} {stored.id}"
        + (f"  [{translate('Cli', 'sample')}]" if stored.is_sample else "")
    )
    if stored.cancelled:
        print(translate("Cli", "The buyer has cancelled this procedure."))
    print_notice(stored.notice, language(args, context))
    if stored.changes:
        print()
        print(translate("Cli", "Changes"))
        for change in stored.changes:
            print(f"  {change_text(change)}")
    return 0
