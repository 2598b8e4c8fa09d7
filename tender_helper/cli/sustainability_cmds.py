"""`tender-helper sustainability import|export|pdf|show`: the VSME statement, edited as JSON, printed as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from tender_helper.cli.common import add_json_flag, print_fields, print_json
from tender_helper.core.company import Company
from tender_helper.i18n import translate
from tender_helper.reports.labels import LANGUAGES
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.sustainability import SustainabilityService
from tender_helper.sustainability.completeness import completeness
from tender_helper.sustainability.emissions import compute_emissions


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sustainability", help="VSME sustainability statement: JSON in and out, PDF")
    commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    do_import = commands.add_parser("import", help="store a statement from a JSON file (checked completely first)")
    _common(do_import)
    do_import.add_argument("--json", dest="json_file", required=True, type=Path, metavar="FILE")
    do_import.add_argument("--replace", action="store_true", help="overwrite the stored statement of that year")
    do_import.set_defaults(handler=import_statement)
    export = commands.add_parser("export", help="write the stored statement as JSON")
    _common(export)
    export.add_argument("--json", dest="json_file", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=export_statement)
    pdf = commands.add_parser("pdf", help="write the statement as a PDF in fin, swe, nob or eng")
    _common(pdf)
    pdf.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default="eng", help="language of the PDF")
    pdf.add_argument("--out", required=True, type=Path, metavar="FILE")
    pdf.add_argument("--attach", action="store_true", help="also keep the PDF among the company's documents")
    pdf.set_defaults(handler=statement_pdf)
    show = commands.add_parser("show", help="completeness and scope 1 and 2 emissions of a statement")
    _common(show)
    add_json_flag(show)
    show.set_defaults(handler=show_statement)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--company", required=True, metavar="NAME_OR_ID")
    parser.add_argument("--year", required=True, type=int, help="reporting year, e.g. 2024")


def _company(args: argparse.Namespace, context: AppContext) -> tuple[Company, int]:
    company = CompanyService(context.database).find(args.company)
    assert company.id is not None
    return company, company.id


def import_statement(args: argparse.Namespace, context: AppContext) -> int:
    company, company_id = _company(args, context)
    service = SustainabilityService.for_context(context)
    statement = service.import_file(company_id, args.json_file, year=args.year, replace=args.replace)
    done = completeness(statement).percent
    message = translate("Cli", "Stored the {year} statement of {company} ({percent} % complete).")
    print(message.format(year=statement.year, company=company.name, percent=done))
    return 0


def export_statement(args: argparse.Namespace, context: AppContext) -> int:
    company, company_id = _company(args, context)
    path = SustainabilityService.for_context(context).export_file(company_id, args.year, args.json_file)
    print(
        translate("Cli", "Wrote the {year} statement of {company} to {path}.").format(
            year=args.year, company=company.name, path=path
        )
    )
    return 0


def statement_pdf(args: argparse.Namespace, context: AppContext) -> int:
    company, company_id = _company(args, context)
    service = SustainabilityService.for_context(context)
    path = service.build_pdf(company_id, args.year, args.out, args.report_lang)
    print(translate("Cli", "Wrote {path}.").format(path=path))
    if args.attach:
        document = service.attach_pdf(company_id, args.year, args.report_lang)
        message = translate("Cli", "Kept it among the documents of {company} as {title} (document {id}).")
        print(message.format(company=company.name, title=document.title, id=document.id))
    return 0


def show_statement(args: argparse.Namespace, context: AppContext) -> int:
    _company_row, company_id = _company(args, context)
    statement = SustainabilityService.for_context(context).require(company_id, args.year)
    done = completeness(statement)
    emissions = compute_emissions(statement)
    if args.json:
        print_json(
            {
                "year": statement.year,
                "completeness_percent": done.percent,
                "missing": list(done.missing),
                "scope1_tco2e": round(emissions.scope1_tco2e, 3),
                "scope2_tco2e": round(emissions.scope2_tco2e, 3),
                "energy_mwh": round(emissions.energy_mwh, 3),
            }
        )
        return 0
    print_fields(
        [
            (translate("Cli", "Reporting year"), statement.year),
            (translate("Cli", "Complete"), f"{done.percent} %"),
            (translate("Cli", "Scope 1 (t CO2e)"), f"{emissions.scope1_tco2e:.2f}"),
            (translate("Cli", "Scope 2, location-based (t CO2e)"), f"{emissions.scope2_tco2e:.2f}"),
            (translate("Cli", "Energy (MWh)"), f"{emissions.energy_mwh:.1f}"),
            (translate("Cli", "Still open"), list(done.missing)),
        ]
    )
    return 0
