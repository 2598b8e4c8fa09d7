"""`tender-helper sync`: download new and changed notices from TED into the local cache."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from tender_helper.cli.common import add_json_flag, print_json
from tender_helper.cli.notices_cmds import end_progress, stderr_progress
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput, SourceError
from tender_helper.i18n import translate
from tender_helper.services.context import AppContext
from tender_helper.services.notices import NoticeService
from tender_helper.services.sync import SyncResult, SyncService
from tender_helper.storage.notices_repo import NoticeFilter


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="download new and changed notices for your companies' profiles")
    parser.add_argument("--source", choices=["ted"], default="ted", help="where to download from (default: ted)")
    parser.add_argument("--base-url", metavar="URL", help="another address of the TED Search API (testing, mirrors)")
    parser.add_argument("--since", metavar="YYYY-MM-DD", help="start again from this publication date")
    add_json_flag(parser)
    parser.set_defaults(handler=sync_notices)


def parse_since(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date; write it as YYYY-MM-DD."), field="since", value=text
        ) from None


def sync_json(result: SyncResult) -> dict[str, Any]:
    return {
        "source": "ted",
        "new": result.new,
        "changed": result.changed,
        "unchanged": result.unchanged,
        "fetched": result.fetched,
        "total": result.total,
        "failed": [{"name": name, "reason": reason} for name, reason in result.failed],
        "new_ids": result.new_ids,
        "changed_ids": result.changed_ids,
        "complete": result.complete,
        "cancelled": result.cancelled,
        "stopped_by": result.stopped_by,
        "query": result.query,
    }


def _cache_still_works(context: AppContext) -> str:
    count = NoticeService(context.database).count(NoticeFilter())
    return translate("Cli", "The {count} notices already saved still work: tender-helper notices list").format(
        count=count
    )


def sync_notices(args: argparse.Namespace, context: AppContext) -> int:
    since = parse_since(args.since)
    progress = stderr_progress(translate("Cli", "Downloading"))
    service = SyncService(context.database, context.settings)
    try:
        result = service.sync(base_url=args.base_url, since=since, progress=progress)
    except SourceError as error:
        end_progress(progress)
        print(f"tender-helper: {error.translated(translate)}", file=sys.stderr)
        print(_cache_still_works(context), file=sys.stderr)
        return error.exit_code
    end_progress(progress)
    if args.json:
        print_json(sync_json(result))
    else:
        message = translate("Cli", "TED: {new} new, {changed} changed, {unchanged} unchanged, {failed} failed.")
        print(
            message.format(
                new=result.new, changed=result.changed, unchanged=result.unchanged, failed=len(result.failed)
            )
        )
        for name, reason in result.failed:
            print(f"  {translate('Cli', 'Failed')}: {name}: {reason}")
        if result.cancelled:
            print(translate("Cli", "Cancelled; the next sync continues from here."))
    if result.stopped_by:
        print(f"tender-helper: {result.stopped_by}", file=sys.stderr)
        print(translate("Cli", "The next sync continues from here."), file=sys.stderr)
        return SourceError.exit_code
    return 0
