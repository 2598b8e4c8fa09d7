"""Sample data on first start: the offer shown over an empty cache, the banner while samples are in, load/remove."""

from __future__ import annotations

from tender_helper.services.demo import DemoResult, load_demo, remove_demo
from tender_helper.ui import state as state_names
from tender_helper.ui.ops import Op, OpControl
from tender_helper.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QObject,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    named,
)
from tender_helper.ui.state import AppState

TEXT_WIDTH = 540


class SampleOffer(QWidget):
    """What an empty cache shows instead of an empty table: try the samples, update from TED, or import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleOffer")
        heading = QLabel("<h2>{}</h2>".format(self.tr("No notices yet")))
        text = QLabel(
            self.tr(
                "Tender Helper keeps the notices it finds on this computer, so you can search them even offline. "
                "Download the current calls for tender from TED, import notice files you already have, or first "
                "look around with sample notices and a sample cleaning company."
            )
        )
        text.setWordWrap(True)
        text.setFixedWidth(TEXT_WIDTH)
        text.setMinimumHeight(text.heightForWidth(TEXT_WIDTH))  # centred layouts ask for one line otherwise
        self.try_button = named(QPushButton(self.tr("Try with sample data")), "trySampleData")
        self.update_button = named(QPushButton(self.tr("Update tenders")), "offerUpdate")
        self.import_button = named(QPushButton(self.tr("Import notices…")), "offerImport")
        self.try_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.try_button, self.update_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (heading, text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)


class SampleBanner(QFrame):
    """Shown above the table while the cache holds sample notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet("#sampleBanner { background: #fff3c4; border-radius: 4px; } QLabel { color: #202020; }")
        self.label = QLabel(
            self.tr("You are looking at sample data. Sample notices are marked and can be removed at any time.")
        )
        self.label.setWordWrap(True)
        self.remove_button = named(QPushButton(self.tr("Remove sample data")), "removeSampleData")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.remove_button)
        self.hide()


class SampleData(QObject):
    """Loads and removes the bundled samples on the writer; tells the other views through `state.changed`."""

    finished = Signal(str)  # what happened, in words
    failed = Signal(object)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def load_op(self) -> Op[DemoResult]:
        database = self.state.context.database
        return Op(lambda _control: load_demo(database), writer=True).on_success(self._loaded).on_failure(self._failed)

    def _loaded(self, result: DemoResult) -> None:
        if result.company is not None:
            self.state.select_company(result.company)
        self.state.changed.emit(state_names.COMPANIES)
        self.state.changed.emit(state_names.NOTICES)
        text = self.tr("Sample data loaded: {count} notices and the sample company {name}.").format(
            count=result.new + result.refreshed + result.unchanged,
            name=result.company.name if result.company else "",
        )
        self.finished.emit(text)

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error)

    def confirm_remove(self, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            self.tr("Remove sample data"),
            self.tr("Remove the sample notices and the sample company? Your own notices and companies stay."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_op(self) -> Op[tuple[int, int]]:
        database = self.state.context.database

        def remove(_control: OpControl) -> tuple[int, int]:
            return remove_demo(database)

        return Op(remove, writer=True).on_success(self._removed).on_failure(self._failed)

    def _removed(self, counts: tuple[int, int]) -> None:
        current = self.state.current_company
        if current is not None and current.is_sample:
            remaining = [company for company in self.state.companies.list_companies() if not company.is_sample]
            self.state.select_company(remaining[0] if remaining else None)
        self.state.changed.emit(state_names.COMPANIES)
        self.state.changed.emit(state_names.NOTICES)
        notices, companies = counts
        self.finished.emit(
            self.tr("Sample data removed (notices: {notices}, companies: {companies}).").format(
                notices=notices, companies=companies
            )
        )
