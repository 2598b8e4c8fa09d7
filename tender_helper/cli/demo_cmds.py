"""`tender-helper demo [--remove]`: load or remove the bundled sample notices and sample company."""

from __future__ import annotations

import argparse

from tender_helper.cli.common import add_json_flag, print_json
from tender_helper.i18n import translate
from tender_helper.services.context import AppContext
from tender_helper.services.demo import load_demo, remove_demo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="load the bundled sample notices and a sample company")
    parser.add_argument("--remove", action="store_true", help="remove every sample notice and sample company")
    add_json_flag(parser)
    parser.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, context: AppContext) -> int:
    if args.remove:
        notices, companies = remove_demo(context.database)
        if args.json:
            print_json({"removed_notices": notices, "removed_companies": companies})
        else:
            message = translate("Cli", "Removed {notices} sample notices and {companies} sample company.")
            print(message.format(notices=notices, companies=companies))
        return 0
    result = load_demo(context.database)
    company = result.company
    assert company is not None
    if args.json:
        print_json(
            {
                "new": result.new,
                "refreshed": result.refreshed,
                "unchanged": result.unchanged,
                "skipped": [{"name": name, "reason": reason} for name, reason in result.skipped],
                "company": {"id": company.id, "name": company.name, "business_id": company.business_id},
            }
        )
        return 0
    total = result.new + result.refreshed + result.unchanged
    message = translate("Cli", "Loaded {count} sample notices and the sample company {name} (id {id}).")
    print(message.format(count=total, name=company.name, id=company.id))
    for name, reason in result.skipped:
        print(f"  {name}: {reason}")
    print(translate("Cli", "Try: tender-helper notices list --open   Remove them with: tender-helper demo --remove"))
    return 0
