"""Progress of the Notices page's long operations (update, import) and the summary an import ends with."""

from __future__ import annotations

from typing import Any

from tender_helper.services.notices import ImportResult
from tender_helper.ui.ops import Op
from tender_helper.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    named,
)

PANEL_STYLE = "#operationPanel {{ background: {background}; border-radius: 4px; }}"
BUSY, DONE, PROBLEM = "#e8f0fe", "#e6f4ea", "#fce8e6"


class OperationPanel(QFrame):
    """A strip above the table: what runs, a progress bar and Cancel; afterwards the outcome and Close.

    The page stays usable meanwhile, so the user keeps browsing the cache during an update.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationPanel")
        self.label = named(QLabel(), "operationText")
        self.label.setWordWrap(True)
        self.bar = named(QProgressBar(), "operationProgress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(260)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), "cancelOperation")
        self.close_button = named(QPushButton(self.tr("Close")), "closeOperation")
        self._op: Op[Any] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.close_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    @property
    def busy(self) -> bool:
        return self._op is not None

    def start(self, text: str, op: Op[Any]) -> None:
        """Shows `text` and follows `op`'s progress until `finish()`; call before `op.run()`."""
        self._op = op
        self._colour(BUSY)
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report says how many
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.close_button.hide()
        op.on_progress(self._progress)
        self.show()

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setToolTip(self.tr("{done} of {total}").format(done=done, total=total))
        if text:
            self.label.setToolTip(text)

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping after the current step…"))

    def finish(self, text: str, *, problem: bool = False) -> None:
        """Shows the outcome; it stays until the user closes it or the next operation starts."""
        self._op = None
        self._colour(PROBLEM if problem else DONE)
        self.label.setText(text)
        self.bar.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.show()

    def _colour(self, background: str) -> None:
        self.setStyleSheet(PANEL_STYLE.format(background=background))


class ImportSummaryDialog(QDialog):
    """What an import did, with every file it could not read listed by name and reason."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import finished"))
        self.summary = named(QLabel(self.summary_text(result)), "importCounts")
        self.summary.setWordWrap(True)
        self.failures = named(QListWidget(), "importFailures")
        for name, reason in [*result.failed, *result.skipped]:
            self.failures.addItem(f"{name}: {reason}")
        heading = QLabel(self.tr("These could not be imported:"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(heading)
        layout.addWidget(self.failures, 1)
        layout.addWidget(buttons)
        problems = bool(result.failed or result.skipped)
        heading.setVisible(problems)
        self.failures.setVisible(problems)
        self.resize(560, 360 if problems else 140)

    def summary_text(self, result: ImportResult) -> str:
        text = self.tr("New notices: {new}. Updated: {updated}. Already in the cache: {unchanged}.").format(
            new=result.new, updated=result.updated, unchanged=result.unchanged
        )
        if result.cancelled:
            text = self.tr("The import was cancelled. So far: {counts}").format(counts=text)
        problems = len(result.failed) + len(result.skipped)
        if problems:
            text += " " + self.tr("Could not be imported: {count}.").format(count=problems)
        return text
