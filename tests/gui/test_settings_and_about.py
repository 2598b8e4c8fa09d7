"""The settings dialog keeps language and database address; the About dialog names version and sources."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tender_helper import __version__
from tender_helper.services.context import AppContext
from tender_helper.settings import load_settings
from tender_helper.ui.about_dialog import AboutDialog
from tender_helper.ui.main_window import MainWindow
from tender_helper.ui.qt import QLabel
from tender_helper.ui.settings_dialog import SettingsDialog


def test_language_and_database_address_are_saved(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context.settings, context.paths.root)
    qtbot.addWidget(dialog)
    assert dialog.data_dir.text() == str(context.paths.root)
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    dialog.database_url.setText(f"sqlite:///{context.paths.root / 'other.sqlite3'}")
    dialog.accept()
    context.save_settings()
    stored = load_settings(context.paths.settings)
    assert stored.language == "fi"
    assert stored.database_url.endswith("other.sqlite3")


def test_bad_database_address_is_refused(qtbot: QtBot, context: AppContext) -> None:
    dialog = SettingsDialog(context.settings, context.paths.root)
    qtbot.addWidget(dialog)
    dialog.database_url.setText("this is not an address")
    dialog.accept()
    assert dialog.message.text()
    assert context.settings.database_url == ""


def test_about_names_version_and_data_sources(qtbot: QtBot, context: AppContext) -> None:
    dialog = AboutDialog(str(context.paths.root))
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "aboutText").text()
    assert __version__ in text and "TED" in text and "eForms SDK" in text


def test_status_bar_names_the_database(window: MainWindow, context: AppContext) -> None:
    assert "SQLite" in window.status_label.text()
    assert str(context.paths.root) in window.status_label.text()
