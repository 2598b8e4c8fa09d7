"""Entry point of `tender-helper`: parses the command line, runs a command, maps errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

import tender_helper.cli as cli_package
from tender_helper import APP_ID, __version__
from tender_helper.cli.common import opened
from tender_helper.core.errors import TenderHelperError
from tender_helper.i18n import choose_language, install_translation, translate


def command_modules() -> list[ModuleType]:
    """Every tender_helper/cli/*_cmds.py module; each has register(subparsers). Listed in a stable order."""
    names = sorted(m.name for m in pkgutil.iter_modules(cli_package.__path__) if m.name.endswith("_cmds"))
    order = {name: number for number, name in enumerate(PREFERRED_ORDER)}
    names.sort(key=lambda name: (order.get(name, len(order)), name))
    return [importlib.import_module(f"tender_helper.cli.{name}") for name in names]


# How commands appear in --help; modules not named here follow in alphabetical order.
PREFERRED_ORDER = ("demo_cmds", "company_cmds", "profile_cmds", "notices_cmds", "sync_cmds", "match_cmds")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Tender Helper: find public tenders, prepare bids, keep company documents.",
        epilog="Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: TENDER_HELPER_HOME or the user's)")
    parser.add_argument("--lang", choices=["en", "fi", "sv", "nb"], help="language of messages and the app")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def _setup_language(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        QCoreApplication([APP_ID])  # lets QTranslator and QLocale work without a window
    install_translation(choose_language(args.lang or ""))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from tender_helper.ui.app import run_gui

        return run_gui(data_dir=args.data_dir, language=args.lang)
    _setup_language(args)
    try:
        if not getattr(args, "needs_context", True):  # e.g. `notices parse`: no data folder, no database
            return int(args.handler(args, None))
        with opened(args) as context:
            return int(args.handler(args, context))
    except TenderHelperError as error:
        print(f"{APP_ID}: {error.translated(translate)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{APP_ID}: {translate('Cli', 'Interrupted.')}", file=sys.stderr)
        return 130
