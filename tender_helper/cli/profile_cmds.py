"""`tender-helper profile set|show`: a company's search profile."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from tender_helper.cli.common import add_json_flag, print_fields, print_json
from tender_helper.core.company import NoticeKind, parse_amount, split_list
from tender_helper.core.cpv import cpv_vocabulary
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.core.nuts import nuts_regions
from tender_helper.i18n import translate
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("profile", help="a company's search profile")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    set_cmd = commands.add_parser("set", help="change the profile; options not given stay as they are")
    set_cmd.add_argument("--company", required=True, metavar="NAME_OR_ID")
    set_cmd.add_argument("--cpv", help="CPV codes, comma-separated (e.g. 72000000,48000000)")
    set_cmd.add_argument("--nuts", help="NUTS regions, comma-separated (e.g. FI1B,FI1C)")
    set_cmd.add_argument("--countries", help="buyer countries to watch (e.g. FIN,SWE)")
    set_cmd.add_argument("--keywords", help="words to look for, in any language, comma-separated")
    set_cmd.add_argument("--exclude", help="words that rule a notice out, comma-separated")
    set_cmd.add_argument("--min-value", help="smallest contract value in EUR ('' to clear)")
    set_cmd.add_argument("--max-value", help="largest contract value in EUR ('' to clear)")
    set_cmd.add_argument("--min-days", help="fewest days left to the deadline ('' to clear)")
    kinds = ",".join(kind.value for kind in NoticeKind)
    set_cmd.add_argument("--kinds", help=f"notice kinds: {kinds}")
    add_json_flag(set_cmd)
    set_cmd.set_defaults(handler=set_profile)
    show = commands.add_parser("show", help="show the profile")
    show.add_argument("--company", required=True, metavar="NAME_OR_ID")
    add_json_flag(show)
    show.set_defaults(handler=show_profile)


def _min_days(text: str) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdigit():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a number of days."), value=text)
    return int(text)


def _kinds(text: str) -> frozenset[NoticeKind]:
    try:
        return frozenset(NoticeKind(kind.lower()) for kind in split_list(text))
    except ValueError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown notice kind in '{value}'; use competition, planning, consultation, result."
            ),
            value=text,
        ) from error


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    list_options = {"cpv": "cpv", "nuts": "nuts", "countries": "countries", "keywords": "keywords"}
    changes: dict[str, Any] = {
        name: split_list(getattr(args, opt)) for opt, name in list_options.items() if getattr(args, opt) is not None
    }
    if args.exclude is not None:
        changes["excluded_words"] = split_list(args.exclude)
    if args.min_value is not None:
        changes["min_value"] = parse_amount(args.min_value, "min_value")
    if args.max_value is not None:
        changes["max_value"] = parse_amount(args.max_value, "max_value")
    if args.min_days is not None:
        changes["min_days"] = _min_days(args.min_days)
    if args.kinds is not None:
        changes["notice_kinds"] = _kinds(args.kinds)
    return changes


def set_profile(args: argparse.Namespace, context: AppContext) -> int:
    service = CompanyService(context.database)
    company = service.find(args.company)
    assert company.id is not None
    profile = service.save_profile(replace(service.profile(company.id), **_changes(args)))
    if args.json:
        print_json(profile.to_json_dict())
    else:
        print(translate("Cli", "Saved the search profile of {name}.").format(name=company.name))
    return 0


def show_profile(args: argparse.Namespace, context: AppContext) -> int:
    service = CompanyService(context.database)
    company = service.find(args.company)
    assert company.id is not None
    profile = service.profile(company.id)
    if args.json:
        print_json(profile.to_json_dict())
        return 0
    cpv = cpv_vocabulary()
    regions = nuts_regions()
    print(translate("Cli", "Search profile of {name}").format(name=company.name))
    print_fields(
        [
            (translate("Cli", "CPV codes"), [f"{code} {cpv.label(code)}" for code in profile.cpv]),
            (translate("Cli", "Regions"), [f"{code} {regions.label(code)}" for code in profile.nuts]),
            (translate("Cli", "Countries"), profile.countries),
            (translate("Cli", "Keywords"), profile.keywords),
            (translate("Cli", "Excluded words"), profile.excluded_words),
            (translate("Cli", "Smallest value (EUR)"), profile.min_value),
            (translate("Cli", "Largest value (EUR)"), profile.max_value),
            (translate("Cli", "Fewest days to deadline"), profile.min_days),
            (translate("Cli", "Notice kinds"), sorted(kind.value for kind in profile.notice_kinds)),
        ]
    )
    return 0
