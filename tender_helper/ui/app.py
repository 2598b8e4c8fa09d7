"""Starts the desktop app: Qt application, language, the installation, the main window."""

from __future__ import annotations

import sys

from tender_helper import APP_ID, APP_NAME, __version__
from tender_helper.core.errors import TenderHelperError
from tender_helper.i18n import choose_language, install_translation, translate
from tender_helper.paths import resolve_data_dir
from tender_helper.resource_files import resource_path
from tender_helper.services.context import AppContext, open_context
from tender_helper.settings import load_settings
from tender_helper.ui.ops import wait_for_all
from tender_helper.ui.qt import QApplication, QIcon, QMessageBox


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_ID])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "tender-helper.svg"))))
    return app


def _language_setting(data_dir: str | None) -> str:
    try:
        return load_settings(resolve_data_dir(data_dir) / "settings.json").language
    except TenderHelperError:
        return ""


def _open_or_explain(data_dir: str | None) -> AppContext | int:
    try:
        return open_context(data_dir)
    except TenderHelperError as error:
        QMessageBox.critical(None, APP_NAME, error.translated(translate))
        return error.exit_code


def run_gui(data_dir: str | None = None, language: str | None = None) -> int:
    """Runs the desktop app until its window closes; returns the process exit code."""
    from tender_helper.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    ui_language = choose_language(language or _language_setting(data_dir))
    install_translation(ui_language)
    context = _open_or_explain(data_dir)
    if isinstance(context, int):
        return context
    window = MainWindow(context, ui_language)
    window.show()
    try:
        return app.exec()
    finally:
        wait_for_all()
        context.close()
