"""The Settings dialog: language, where data lives, and the database address for a shared office server."""

from __future__ import annotations

import os
from pathlib import Path

from tender_helper.core.errors import InvalidInput
from tender_helper.i18n import LANGUAGE_NAMES, translate
from tender_helper.settings import DB_URL_ENV, Settings
from tender_helper.storage.database import build_engine
from tender_helper.ui.qt import (
    QComboBox,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    named,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = named(QComboBox(), "language")
        self.language.addItem(self.tr("Same as the computer"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.data_dir = named(QLineEdit(str(data_dir)), "dataDir")
        self.data_dir.setReadOnly(True)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir))))
        self.database_url = named(QLineEdit(settings.database_url), "databaseUrl")
        self.database_url.setPlaceholderText(self.tr("Empty: the database file in the data folder"))
        self.message = named(QLabel(), "formMessage")
        self.message.setWordWrap(True)
        self._layout(open_button)

    def _layout(self, open_button: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        folder = QHBoxLayout()
        folder.addWidget(self.data_dir, 1)
        folder.addWidget(open_button)
        form.addRow(self.tr("Data folder"), folder)
        form.addRow(self.tr("Database address"), self.database_url)
        hint = self.tr(
            "An advisers' office can share one PostgreSQL database, e.g. "
            "postgresql+psycopg://adviser@server/tenderhelper. Language and database changes apply when "
            "Tender Helper starts next time."
        )
        if os.environ.get(DB_URL_ENV):
            hint += " " + self.tr("The environment variable {name} overrides this setting now.").format(name=DB_URL_ENV)
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint_label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 260)

    def accept(self) -> None:
        url = self.database_url.text().strip()
        if url:
            try:
                build_engine(url).dispose()
            except InvalidInput as error:
                self.message.setText(error.translated(translate))
                return
            except Exception as error:  # a driver missing or a URL the dialect refuses
                self.message.setText(self.tr("This database address cannot be used: {reason}").format(reason=error))
                return
        self.settings.language = str(self.language.currentData())
        self.settings.database_url = url
        super().accept()
