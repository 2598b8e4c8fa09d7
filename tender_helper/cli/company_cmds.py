"""`tender-helper company add|list|show|edit|delete`."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from tender_helper.cli.common import add_json_flag, print_fields, print_json, print_table
from tender_helper.core.company import Company, SizeClass, parse_amount, split_list
from tender_helper.i18n import translate
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("company", help="companies (an adviser's clients, or your own)")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = commands.add_parser("add", help="add a company")
    _company_fields(add, required=True)
    add.set_defaults(handler=add_company)
    edit = commands.add_parser("edit", help="change a company's details")
    edit.add_argument("company", metavar="NAME_OR_ID")
    _company_fields(edit, required=False)
    edit.set_defaults(handler=edit_company)
    listing = commands.add_parser("list", help="list companies")
    add_json_flag(listing)
    listing.set_defaults(handler=list_companies)
    show = commands.add_parser("show", help="show one company")
    show.add_argument("company", metavar="NAME_OR_ID")
    add_json_flag(show)
    show.set_defaults(handler=show_company)
    delete = commands.add_parser("delete", help="delete a company and everything it owns")
    delete.add_argument("company", metavar="NAME_OR_ID")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(handler=delete_company)


def _company_fields(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--name", required=required)
    parser.add_argument("--business-id", required=required, help="Y-tunnus, organisationsnummer, organisasjonsnummer…")
    parser.add_argument("--country", required=required, help="FI, SE, NO, DK, EE, LV or LT")
    parser.add_argument("--employees", type=int)
    parser.add_argument("--turnover", help="yearly turnover in EUR")
    parser.add_argument("--size", choices=[size.value for size in SizeClass], help="size class (else from staff)")
    parser.add_argument("--languages", help="working languages, e.g. fin,swe,eng")
    parser.add_argument("--description")
    add_json_flag(parser)


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name in ("name", "business_id", "country", "employees", "description"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.turnover is not None:
        changes["turnover"] = parse_amount(args.turnover, "turnover")
    if args.size is not None:
        changes["size_class"] = SizeClass(args.size)
    if args.languages is not None:
        changes["languages"] = tuple(lang.lower() for lang in split_list(args.languages))
    return changes


def _report(args: argparse.Namespace, company: Company, message: str) -> None:
    if args.json:
        print_json(company.to_json_dict())
    else:
        print(message.format(name=company.name, id=company.id))


def add_company(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).create(Company(**_changes(args)))
    _report(args, company, translate("Cli", "Added company {name} (id {id})."))
    return 0


def edit_company(args: argparse.Namespace, context: AppContext) -> int:
    service = CompanyService(context.database)
    changes = _changes(args)
    if "employees" in changes or "turnover" in changes:
        changes.setdefault("size_class", None)  # re-derive unless given
    company = service.update(replace(service.find(args.company), **changes))
    _report(args, company, translate("Cli", "Saved company {name} (id {id})."))
    return 0


def list_companies(args: argparse.Namespace, context: AppContext) -> int:
    companies = CompanyService(context.database).list_companies()
    if args.json:
        print_json([company.to_json_dict() for company in companies])
    elif not companies:
        print(
            translate(
                "Cli", "No companies yet. Add one with: tender-helper company add --name … --business-id … --country FI"
            )
        )
    else:
        headers = [
            translate("Cli", "Id"),
            translate("Cli", "Name"),
            translate("Cli", "Business id"),
            translate("Cli", "Country"),
            translate("Cli", "Size"),
        ]
        rows = [[c.id, c.name, c.business_id, c.country, c.size_class or ""] for c in companies]
        print_table(headers, rows)
    return 0


def show_company(args: argparse.Namespace, context: AppContext) -> int:
    company = CompanyService(context.database).find(args.company)
    if args.json:
        print_json(company.to_json_dict())
        return 0
    print_fields(
        [
            (translate("Cli", "Id"), company.id),
            (translate("Cli", "Name"), company.name),
            (translate("Cli", "Business id"), company.business_id),
            (translate("Cli", "Country"), company.country),
            (translate("Cli", "Size"), company.size_class),
            (translate("Cli", "Turnover (EUR)"), company.turnover),
            (translate("Cli", "Staff"), company.employees),
            (translate("Cli", "Languages"), company.languages),
            (translate("Cli", "Description"), company.description),
        ]
    )
    return 0


def delete_company(args: argparse.Namespace, context: AppContext) -> int:
    service = CompanyService(context.database)
    company = service.find(args.company)
    if not args.yes:
        answer = input(
            translate("Cli", "Delete {name} and all its data? Type yes to confirm: ").format(name=company.name)
        )
        if answer.strip().lower() not in {"yes", "y", "kyllä", "ja"}:
            print(translate("Cli", "Nothing was deleted."))
            return 0
    assert company.id is not None
    service.delete(company.id)
    print(translate("Cli", "Deleted company {name}.").format(name=company.name))
    return 0
