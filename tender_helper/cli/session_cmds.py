"""`tender-helper session add|list|pdf|allowance|done`: an adviser's sessions with a client company."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tender_helper.cli.common import add_json_flag, print_json, print_table
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import translate
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.sessions import SessionService, parse_topics, validated_follow_up
from tender_helper.storage.sessions_repo import AdviceSession, FollowUp, Topic


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("session", help="adviser sessions with a client company")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = commands.add_parser("add", help="record a session that took place")
    add.add_argument("--company", required=True, metavar="NAME_OR_ID")
    add.add_argument("--minutes", type=int, required=True)
    add.add_argument("--date", help="when it started, YYYY-MM-DD or YYYY-MM-DDTHH:MM local time (default: now)")
    add.add_argument("--topics", default="", help=f"comma-separated: {', '.join(t.value for t in Topic)}")
    add.add_argument("--notes", default="")
    add.add_argument(
        "--follow-up", action="append", default=[], metavar="TEXT[|OWNER[|YYYY-MM-DD]]", help="may be repeated"
    )
    add_json_flag(add)
    add.set_defaults(handler=add_session)
    listing = commands.add_parser("list", help="a company's sessions and hours")
    listing.add_argument("--company", required=True, metavar="NAME_OR_ID")
    add_json_flag(listing)
    listing.set_defaults(handler=list_sessions)
    pdf = commands.add_parser("pdf", help="the session summary as PDF, in the company's language")
    pdf.add_argument("session_id", type=int, metavar="SESSION_ID")
    pdf.add_argument("--out", required=True, type=Path, metavar="FILE")
    pdf.add_argument("--lang", choices=["fin", "swe", "nob", "eng"], help="override the company's language")
    pdf.set_defaults(handler=session_pdf)
    allowance = commands.add_parser("allowance", help="set the advice hours a company's programme allows")
    allowance.add_argument("--company", required=True, metavar="NAME_OR_ID")
    allowance.add_argument("--hours", type=float, help="hours allowed (leave out for no limit)")
    allowance.add_argument("--programme", default="")
    allowance.set_defaults(handler=set_allowance)


def _started(text: str | None) -> datetime:
    """A local date or date-time typed by the user, as naive UTC."""
    if not text:
        return datetime.now(UTC).replace(tzinfo=None)
    try:
        local = datetime.fromisoformat(text) if "T" in text or " " in text else datetime.fromisoformat(f"{text}T09:00")
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date; use YYYY-MM-DD."), field="date", value=text
        ) from None
    return local.astimezone(UTC).replace(tzinfo=None)


def _follow_up(company_id: int, session_id: int | None, text: str) -> FollowUp:
    parts = [part.strip() for part in text.split("|")]
    due = None
    if len(parts) > 2 and parts[2]:
        try:
            due = date.fromisoformat(parts[2])
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date; use YYYY-MM-DD."), field="due", value=parts[2]
            ) from None
    return FollowUp(company_id, parts[0], parts[1] if len(parts) > 1 else "", due, session_id=session_id)


def session_json(service: SessionService, advice: AdviceSession) -> dict[str, Any]:
    items = service.follow_ups(advice.company_id, advice.id)
    return {
        "id": advice.id,
        "uuid": advice.uuid,
        "started_at": advice.started_at.replace(tzinfo=UTC).isoformat(),
        "minutes": service.shown_minutes(advice),
        "timer_running": advice.running_since is not None,
        "topics": [topic.value for topic in advice.topics],
        "notes": advice.notes,
        "follow_ups": [
            {"id": i.id, "text": i.text, "owner": i.owner, "due": i.due.isoformat() if i.due else None, "done": i.done}
            for i in items
        ],
    }


def add_session(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    service = SessionService(context.database)
    topics = parse_topics(args.topics)
    started = _started(args.date)
    # Check every follow-up before anything is stored.
    checked = [validated_follow_up(_follow_up(company.id, None, text)) for text in args.follow_up]
    advice = service.save(
        AdviceSession(company_id=company.id, started_at=started, minutes=args.minutes, topics=topics, notes=args.notes)
    )
    for item in checked:
        service.save_follow_up(replace(item, session_id=advice.id))
    if args.json:
        print_json(session_json(service, advice))
    else:
        print(
            translate("Cli", "Added session {id} for {name} ({minutes} min).").format(
                id=advice.id, name=company.name, minutes=advice.minutes
            )
        )
    return 0


def list_sessions(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    service = SessionService(context.database)
    sessions = service.sessions(company.id)
    client = service.client(company.id)
    used = service.minutes_used(company.id)
    if args.json:
        print_json(
            {
                "company": {"id": company.id, "name": company.name, "business_id": company.business_id},
                "minutes_used": used,
                "allowance_minutes": client.allowance_minutes,
                "programme": client.programme,
                "sessions": [session_json(service, advice) for advice in sessions],
            }
        )
        return 0
    headers = [
        translate("Cli", "Id"),
        translate("Cli", "Date"),
        translate("Cli", "Minutes"),
        translate("Cli", "Topics"),
    ]
    rows = [
        [
            a.id,
            a.started_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M"),
            service.shown_minutes(a),
            ", ".join(t.value for t in a.topics),
        ]
        for a in sessions
    ]
    print_table(headers, rows)
    if client.allowance_minutes is None:
        print(translate("Cli", "Used {used} min; no allowance set.").format(used=used))
    else:
        print(
            translate("Cli", "Used {used} of {allowed} min; {left} min left.").format(
                used=used, allowed=client.allowance_minutes, left=client.allowance_minutes - used
            )
        )
    return 0


def session_pdf(args: argparse.Namespace, context: AppContext) -> int:
    path = SessionService(context.database).build_pdf(args.session_id, args.out, args.lang)
    print(translate("Cli", "Wrote {path}.").format(path=path))
    return 0


def set_allowance(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    minutes = None if args.hours is None else round(args.hours * 60)
    SessionService(context.database).set_allowance(company.id, minutes, args.programme)
    print(translate("Cli", "Saved the advice allowance of {name}.").format(name=company.name))
    return 0
