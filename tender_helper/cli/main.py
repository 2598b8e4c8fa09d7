"""Entry point of `tender-helper`: parses the command line, runs a command, maps errors to exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tender_helper import APP_ID, __version__
from tender_helper.cli import company_cmds, profile_cmds
from tender_helper.cli.common import opened
from tender_helper.core.errors import TenderHelperError
from tender_helper.i18n import choose_language, install_translation, translate

COMMAND_MODULES = (company_cmds, profile_cmds)


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
    for module in COMMAND_MODULES:
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
        with opened(args) as context:
            return int(args.handler(args, context))
    except TenderHelperError as error:
        print(f"{APP_ID}: {error.translated(translate)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"{APP_ID}: {translate('Cli', 'Interrupted.')}", file=sys.stderr)
        return 130
