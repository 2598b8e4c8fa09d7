"""Dialogs of the Sessions page: passphrase entry, import conflicts, the import report, a timer left running."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tender_helper.core.company import Company
from tender_helper.handoff.merge import Action, Conflict, MergeReport, Resolution
from tender_helper.handoff.package import OpenedPackage
from tender_helper.services.handoff import HANDOFF_SUFFIX, MIN_PASSPHRASE, HandoffService
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
    named,
)

ConflictKey = tuple[str, str]


class PassphraseDialog(QDialog):
    """Asks for the package passphrase; when exporting, twice and at least MIN_PASSPHRASE characters."""

    def __init__(self, exporting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exporting = exporting
        self.setWindowTitle(self.tr("Hand-off package passphrase"))
        self.passphrase = named(QLineEdit(), "passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = named(QLineEdit(), "passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = named(QLabel(), "passphraseMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if exporting:
            form.addRow(self.tr("Repeat:"), self.repeat)
            hint = self.tr("Give the passphrase to the entrepreneur by another way than the file (phone, in person).")
        else:
            hint = self.tr("The passphrase the adviser gave you with the package.")
            self.repeat.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(hint))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        text = self.passphrase.text()
        if self.exporting and len(text) < MIN_PASSPHRASE:
            self.message.setText(
                self.tr("The passphrase needs at least {count} characters.").format(count=MIN_PASSPHRASE)
            )
        elif self.exporting and text != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ."))
        elif not text:
            self.message.setText(self.tr("Enter the passphrase."))
        else:
            self.accept()


def _local_time(value: datetime | None) -> str:
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M") if value else "–"


class ConflictDialog(QDialog):
    """Lists the records changed here later than in the package; the user picks a side for each."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Newer changes on this computer"))
        self.conflicts = conflicts
        self.model = QStandardItemModel(len(conflicts), 5)
        headers = [
            self.tr("Data"),
            self.tr("Record"),
            self.tr("Changed fields"),
            self.tr("Changed here"),
            self.tr("In package"),
        ]
        self.model.setHorizontalHeaderLabels(headers)
        self.table = named(QTableView(), "conflictTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(conflicts):
            values = [
                section_title(conflict.section),
                conflict.label,
                ", ".join(conflict.fields),
                _local_time(conflict.local_updated),
                _local_time(conflict.package_updated),
            ]
            for column, value in enumerate(values):
                self.model.setItem(row, column, QStandardItem(value))
            choice = QComboBox()
            choice.addItem(self.tr("Keep mine"), Resolution.KEEP_LOCAL)
            choice.addItem(self.tr("Take the package's"), Resolution.TAKE_PACKAGE)
            self.choices.append(choice)
        self.model.insertColumn(5)
        self.model.setHorizontalHeaderItem(5, QStandardItem(self.tr("Use")))
        for row, choice in enumerate(self.choices):
            self.table.setIndexWidget(self.model.index(row, 5), choice)
        intro = QLabel(
            self.tr(
                "These were changed on this computer after the package was made. "
                "Nothing is overwritten unless you choose so."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = named(QPushButton(self.tr("Import")), "importWithChoices")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def resolutions(self) -> dict[ConflictKey, Resolution]:
        return {(c.section, c.key): box.currentData() for c, box in zip(self.conflicts, self.choices, strict=True)}


def section_title(section: str) -> str:
    """The user's name for a package section (an unknown one shows its key)."""
    titles = {
        "company": QCoreApplication.translate("HandoffReport", "Company"),
        "profile": QCoreApplication.translate("HandoffReport", "Search profile"),
        "sessions": QCoreApplication.translate("HandoffReport", "Sessions"),
        "follow_ups": QCoreApplication.translate("HandoffReport", "Follow-ups"),
        "documents": QCoreApplication.translate("HandoffReport", "Documents"),
        "sustainability": QCoreApplication.translate("HandoffReport", "Sustainability statements"),
        "notices": QCoreApplication.translate("HandoffReport", "Notices"),
        "bids": QCoreApplication.translate("HandoffReport", "Bids"),
        "checklist": QCoreApplication.translate("HandoffReport", "Checklist steps"),
    }
    return titles.get(section, section)


def report_text(report: MergeReport) -> str:
    """A short account of an import for a message box."""
    lines = []
    for change in report.changes:
        if change.action is Action.UNCHANGED:
            continue
        section = section_title(change.section)
        fields = f" ({', '.join(change.fields)})" if change.fields else ""
        lines.append(f"{section}: {change.label} – {ACTION_TEXT[change.action]()}{fields}")
    return "\n".join(lines)


ACTION_TEXT = {
    Action.ADDED: lambda: QCoreApplication.translate("HandoffReport", "added"),
    Action.UPDATED: lambda: QCoreApplication.translate("HandoffReport", "updated"),
    Action.UNCHANGED: lambda: QCoreApplication.translate("HandoffReport", "unchanged"),
    Action.KEPT_LOCAL: lambda: QCoreApplication.translate("HandoffReport", "kept yours"),
    Action.REPLACED: lambda: QCoreApplication.translate("HandoffReport", "replaced by the package's"),
}


class RunningTimerDialog(QDialog):
    """Asked on start when a session's timer was left running: keep it, stop and count, or stop without counting."""

    KEEP, STOP, DISCARD = 1, 2, 3

    def __init__(self, company_name: str, since: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A session timer is still running"))
        self.choice = self.KEEP
        text = self.tr(
            "The timer of the session with {name} has been running since {since}. "
            "Was the app closed during the session?"
        ).format(name=company_name, since=_local_time(since))
        label = QLabel(text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox()
        for choice, title, name in (
            (self.KEEP, self.tr("Keep running"), "keepTimer"),
            (self.STOP, self.tr("Stop and count the time"), "stopTimer"),
            (self.DISCARD, self.tr("Stop without counting"), "discardTimer"),
        ):
            button = named(QPushButton(title), name)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class HandoffActions(QObject):
    """Export and import of hand-off packages for a page: file and passphrase dialogs, background work, conflicts.

    Opening a package derives its key (slow on purpose) and previews the merge on the writer thread; conflicts go
    to a ConflictDialog; the merge then runs on the writer with the user's choices, and `imported` reports it.
    """

    imported = Signal(object)  # MergeReport
    exported = Signal(object)  # ExportSummary
    failed = Signal(object)  # BaseException

    def __init__(self, service: HandoffService, parent: QWidget) -> None:
        super().__init__(parent)
        self.service = service
        self.widget = parent
        self.conflict_dialog: ConflictDialog | None = None

    def choose_export(self, company: Company) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Export hand-off package"), company.name + HANDOFF_SUFFIX
        )
        dialog = PassphraseDialog(exporting=True, parent=self.widget)
        if path and company.id is not None and dialog.exec():
            self.export_package(company.id, Path(path), dialog.passphrase.text())

    def export_package(self, company_id: int, path: Path, passphrase: str) -> None:
        Op(lambda _c: self.service.export(company_id, path, passphrase)).on_success(self.exported.emit).on_failure(
            self.failed.emit
        ).run()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, self.tr("Import hand-off package"), "", f"*{HANDOFF_SUFFIX};;*"
        )
        dialog = PassphraseDialog(exporting=False, parent=self.widget)
        if path and dialog.exec():
            self.import_package(Path(path), dialog.passphrase.text())

    def import_package(self, path: Path, passphrase: str) -> None:
        def preview(_control: OpControl) -> tuple[OpenedPackage, MergeReport]:
            package = self.service.open(path, passphrase)
            try:
                return package, self.service.preview(package)
            except BaseException:
                package.close()
                raise

        Op(preview, writer=True).on_success(lambda result: self._previewed(*result)).on_failure(self.failed.emit).run()

    def _previewed(self, package: OpenedPackage, report: MergeReport) -> None:
        if not report.conflicts:
            self._apply(package, {})
            return
        self.conflict_dialog = dialog = ConflictDialog(report.conflicts, self.widget)
        dialog.accepted.connect(lambda: self._apply(package, dialog.resolutions()))
        dialog.rejected.connect(package.close)
        dialog.open()

    def _apply(self, package: OpenedPackage, choices: dict[ConflictKey, Resolution]) -> None:
        def choose(conflict: Conflict) -> Resolution:
            return choices.get((conflict.section, conflict.key), Resolution.KEEP_LOCAL)

        def merge(_control: OpControl) -> MergeReport:
            with package:
                return self.service.apply(package, choose)

        Op(merge, writer=True).on_success(self.imported.emit).on_failure(self.failed.emit).run()
