"""`tender-helper match`: notices ranked for a company with reasons per notice and lot; star, dismiss, seen."""

from __future__ import annotations

import argparse
from typing import Any

from tender_helper.cli.common import add_json_flag, print_json
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.i18n import choose_language, data_language, translate
from tender_helper.matching.explain import explain_note, explain_part, sign
from tender_helper.matching.scoring import Part
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.matching import DISMISSED, SEEN, STARRED, MatchingService, RankedNotice, Ranking
from tender_helper.services.notices import NoticeService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("match", help="notices ranked for a company, with reasons per notice and lot")
    parser.add_argument("--company", metavar="NAME_OR_ID", help="the company to rank notices for")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="how many notices to show (default 20)")
    parser.add_argument("--open-only", action="store_true", help="only notices whose deadline is still ahead")
    add_json_flag(parser)
    parser.set_defaults(handler=rank, action=None)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    for name, help_text in (
        ("star", "star a match"),
        ("dismiss", "dismiss a match (it stays away after the next sync)"),
        ("seen", "mark a match as seen"),
    ):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("--company", required=True, metavar="NAME_OR_ID")
        action.add_argument("notice", metavar="NOTICE", help="cache id or source id (e.g. 622690-2023)")
        if name == "dismiss":
            action.add_argument(
                "--similar",
                action="store_true",
                help="also demote notices from the same buyer or with the same main CPV",
            )
        action.set_defaults(handler=set_state)


def _language(args: argparse.Namespace) -> str:
    return data_language(choose_language(getattr(args, "lang", None) or ""))


def _reason(part: Part, language: str) -> dict[str, Any]:
    return {
        "kind": part.kind,
        "reason": part.reason,
        "points": part.points,
        "params": part.params,
        "text": explain_part(part, language, translate),
    }


def result_json(result: RankedNotice, language: str) -> dict[str, Any]:
    match = result.match
    return {
        "notice_id": result.notice_id,
        "source_id": result.source_id,
        "title": result.title(language),
        "buyer": result.buyer_name,
        "buyer_country": result.buyer_country,
        "deadline_utc": result.deadline_utc.isoformat() if result.deadline_utc else None,
        "kind": result.kind,
        "state": result.state,
        "new_since_sync": result.new_since_sync,
        "score": match.score,
        "percent": match.percent,
        "url": result.url,
        "reasons": [_reason(part, language) for part in match.parts],
        "lots": [
            {
                "lot_id": lot.lot_id,
                "title": result.lot_title(lot.lot_id, language),
                "score": lot.score,
                "percent": lot.percent,
                "fits": lot.fits,
                "reasons": [_reason(part, language) for part in lot.parts],
            }
            for lot in match.lots
        ],
    }


def ranking_json(ranking: Ranking, language: str) -> dict[str, Any]:
    return {
        "company_id": ranking.company_id,
        "matched": ranking.matched,
        "new_since_sync": ranking.new_since_sync,
        "notes": [{"reason": note.reason, "text": explain_note(note, language, translate)} for note in ranking.notes],
        "results": [result_json(result, language) for result in ranking.results],
    }


def _print_result(number: int, result: RankedNotice, language: str) -> None:
    new = "  " + translate("Cli", "[new since last sync]") if result.new_since_sync else ""
    star = " *" if result.state == STARRED else ""
    print(f"{number:>3}. {result.match.percent:>3} %  {result.source_id}  {result.title(language)}{star}{new}")
    deadline = result.deadline_utc.strftime("%Y-%m-%d %H:%M UTC") if result.deadline_utc else "-"
    print("       " + translate("Cli", "{buyer} ({country}) · deadline {deadline}").format(
        buyer=result.buyer_name, country=result.buyer_country or "-", deadline=deadline))  # fmt: skip
    for part in result.match.parts:
        print(f"       {sign(part) or '·'} {explain_part(part, language, translate)}")
    lots = result.match.lots
    if len(lots) > 1:
        fitting = sum(1 for lot in lots if lot.fits)
        print("       " + translate("Cli", "Lots: {fit} of {count} fit").format(fit=fitting, count=len(lots)))
        for lot in lots:
            mark = "✓" if lot.fits else "✗"
            reasons = "; ".join(f"{sign(p)}{explain_part(p, language, translate)}" for p in lot.parts)
            print(f"         {mark} {lot.percent:>3} %  {result.lot_title(lot.lot_id, language)[:70]}")
            print(f"                 {reasons}")


def rank(args: argparse.Namespace, context: AppContext) -> int:
    if not args.company:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Name the company with --company."), field="company")
    if args.limit < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "--limit must be 1 or more."), field="limit")
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    ranking = MatchingService(context.database).rank(company.id, open_only=args.open_only, limit=args.limit)
    language = _language(args)
    if args.json:
        print_json(ranking_json(ranking, language))
        return 0
    print(translate("Cli", "Notices for {name}: {count} matches, {new} new since the last sync").format(
        name=company.name, count=ranking.matched, new=ranking.new_since_sync))  # fmt: skip
    for note in ranking.notes:
        print(translate("Cli", "Note: {text}").format(text=explain_note(note, language, translate)))
    for number, result in enumerate(ranking.results, start=1):
        _print_result(number, result, language)
    return 0


def set_state(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    notice = NoticeService(context.database).find(args.notice)
    state = {"star": STARRED, "dismiss": DISMISSED, "seen": SEEN}[args.action]
    MatchingService(context.database).set_state(
        company.id, notice.id, state, similar=bool(getattr(args, "similar", False))
    )
    if args.json:
        print_json({"company_id": company.id, "notice_id": notice.id, "state": state})
    else:
        print(translate("Cli", "Notice {notice} is now {state} for {name}.").format(
            notice=notice.notice.source_id, state=state, name=company.name))  # fmt: skip
    return 0
