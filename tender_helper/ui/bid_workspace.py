"""Owns the bid workspace's timeline, documents and export tabs; the Bids page fills them and runs their actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from tender_helper.services.bid_views import BidWorkspace, timeline_points
from tender_helper.ui.qt import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    QTreeView,
    QVBoxLayout,
    QWidget,
    named,
)
from tender_helper.ui.widgets.active_bids import milestone_label, moment_text
from tender_helper.ui.widgets.checklist_model import document_state_label, document_type_label


def table_model(headers: list[str], rows: list[list[str]]) -> QStandardItemModel:
    """A read-only model of text rows under `headers`."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(headers)
    for row in rows:
        cells = [QStandardItem(text) for text in row]
        for cell in cells:
            cell.setEditable(False)
        model.appendRow(cells)
    return model


def parse_moment(text: str) -> datetime | None:
    """An ISO date and time ('' is none); a date without a time is refused, deadlines need the hour."""
    value = text.strip()
    if not value:
        return None
    if "T" not in value:
        raise ValueError(value)
    return datetime.fromisoformat(value)


class TimelineTab(QWidget):
    """The bid's milestones, and the dates the user enters where the notice gives none."""

    def __init__(self, save_dates: Callable[[], None], export_ics: Callable[[], None]) -> None:
        super().__init__()
        self.timeline = named(QTreeView(), "timeline")
        self.timeline.setRootIsDecorated(False)
        self.tender_deadline = named(QLineEdit(), "tenderDeadline")
        self.question_deadline = named(QLineEdit(), "questionDeadline")
        self.award_date = named(QLineEdit(), "awardDate")
        for edit in (self.tender_deadline, self.question_deadline):
            edit.setPlaceholderText("2025-03-20T12:00+02:00")
        self.award_date.setPlaceholderText("2025-04-15")
        save = named(QPushButton(self.tr("Save dates")), "saveDates")
        save.clicked.connect(save_dates)
        ics = named(QPushButton(self.tr("Export to calendar (.ics)…")), "exportIcs")
        ics.clicked.connect(lambda: export_ics())
        self.dates_message = named(QLabel(), "datesMessage")
        form = QFormLayout(self)
        form.addRow(self.timeline)
        form.addRow(self.tr("Tender deadline (when the notice has none):"), self.tender_deadline)
        form.addRow(self.tr("Buyer's question cut-off:"), self.question_deadline)
        form.addRow(self.tr("Expected award decision:"), self.award_date)
        form.addRow(self.dates_message)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(ics)
        form.addRow(buttons)

    def fill(self, workspace: BidWorkspace) -> None:
        rows = []
        for point in timeline_points(workspace.timeline):
            when = moment_text(point.when) or self.tr("not known")
            if point.estimated and point.when is not None:
                when += " " + self.tr("(estimate)")
            rows.append([milestone_label(point.key), when, point.rule.note if point.rule else ""])
        self.timeline.setModel(table_model([self.tr("Point"), self.tr("When"), self.tr("Rule")], rows))
        for column in (0, 1):
            self.timeline.resizeColumnToContents(column)
        bid = workspace.bid
        self.tender_deadline.setText(bid.tender_deadline.isoformat() if bid.tender_deadline else "")
        self.question_deadline.setText(bid.question_deadline.isoformat() if bid.question_deadline else "")
        self.award_date.setText(bid.award_expected.isoformat() if bid.award_expected else "")

    def dates(self) -> tuple[datetime | None, datetime | None, date | None]:
        """Tender deadline, question cut-off and award date as typed; ValueError when one does not parse."""
        tender = parse_moment(self.tender_deadline.text())
        question = parse_moment(self.question_deadline.text())
        award_text = self.award_date.text().strip()
        award = datetime.fromisoformat(award_text).date() if award_text else None
        return tender, question, award


class DocumentsTab(QTreeView):
    """The documents the bid needs, with the vault's copy and whether it is still valid."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("bidDocuments")
        self.setRootIsDecorated(False)

    def fill(self, workspace: BidWorkspace) -> None:
        rows = []
        for check in workspace.documents:
            document = check.document
            until = document.valid_until.isoformat() if document and document.valid_until else ""
            rows.append(
                [
                    document_type_label(check.type_id),
                    document.title if document else "",
                    until,
                    document_state_label(check.state),
                ]
            )
        headers = [self.tr("Document type"), self.tr("Document"), self.tr("Valid until"), self.tr("State")]
        self.setModel(table_model(headers, rows))
        for column in (0, 1, 2):
            self.resizeColumnToContents(column)


class ExportTab(QWidget):
    """The report and package buttons, and a line saying what was written where."""

    def __init__(self, export_report: Callable[[], None], export_package: Callable[[], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The report sums up the notice, the chosen lots, the bid/no-bid reasons, the checklist and the "
                "documents. The package is a zip of the report, the documents and a manifest with checksums."
            )
        )
        intro.setWordWrap(True)
        self.report_button = named(QPushButton(self.tr("Save report (PDF)…")), "exportReport")
        self.package_button = named(QPushButton(self.tr("Save bid package (zip)…")), "exportPackage")
        self.report_button.clicked.connect(lambda: export_report())
        self.package_button.clicked.connect(lambda: export_package())
        self.message = named(QLabel(), "exportMessage")
        self.message.setWordWrap(True)
        for widget in (intro, self.report_button, self.package_button, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
