"""Owns the Sessions page's editor panel: a client's sessions, the session fields with timer, the follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from tender_helper.i18n import translate
from tender_helper.storage.sessions_repo import AdviceSession, FollowUp, Topic
from tender_helper.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    named,
)


def topic_names() -> dict[Topic, str]:
    return {
        Topic.FINDING_TENDERS: translate("SessionsPage", "Finding tenders"),
        Topic.READING_TENDER: translate("SessionsPage", "Reading a tender"),
        Topic.ESPD: translate("SessionsPage", "ESPD"),
        Topic.PRICING: translate("SessionsPage", "Pricing"),
        Topic.SUSTAINABILITY: translate("SessionsPage", "Sustainability statement"),
        Topic.E_TENDERING: translate("SessionsPage", "E-tendering systems"),
        Topic.DOCUMENTS: translate("SessionsPage", "Documents"),
    }


def local(value: datetime) -> str:
    """A stored UTC time as the reader's local 'YYYY-MM-DD HH:MM'."""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class SessionEditor(QWidget):
    """The right-hand panel: shows and reads back one session and the client's follow-ups; the page does the writing."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sessionEditor")
        self._build_head()
        self._build_fields()
        self._build_follow_ups()
        self.message = named(QLabel(), "sessionMessage")
        self._layout()

    def _build_head(self) -> None:
        self.title = named(QLabel(), "sessionsTitle")
        self.hours_label = named(QLabel(), "hoursLabel")
        self.session_list = named(QListWidget(), "sessionList")
        self.new_button = named(QPushButton(self.tr("New session")), "newSession")
        self.save_button = named(QPushButton(self.tr("Save session")), "saveSession")
        self.pdf_button = named(QPushButton(self.tr("Summary PDF…")), "sessionPdf")
        self.present_button = named(QPushButton(self.tr("Presentation mode")), "presentationMode")
        self.present_button.setCheckable(True)
        self.export_button = named(QPushButton(self.tr("Export hand-off…")), "handoffExport")
        self.import_button = named(QPushButton(self.tr("Import hand-off…")), "handoffImport")

    def _build_fields(self) -> None:
        self.timer_button = named(QPushButton(self.tr("Start timer")), "timerButton")
        self.timer_label = named(QLabel(), "timerLabel")
        self.started = named(QLineEdit(), "sessionStart")
        self.started.setPlaceholderText("YYYY-MM-DD HH:MM")
        self.minutes = named(QSpinBox(), "sessionMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(" min")
        self.topic_boxes = {
            topic: named(QCheckBox(name), f"topic_{topic.value}") for topic, name in topic_names().items()
        }
        self.notes = named(QPlainTextEdit(), "sessionNotes")

    def _build_follow_ups(self) -> None:
        self.follow_model = QStandardItemModel(0, 4)
        self.follow_model.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Task"), self.tr("Owner"), self.tr("Due")]
        )
        self.follow_table = named(QTableView(), "followUpTable")
        self.follow_table.setModel(self.follow_model)
        self.follow_table.verticalHeader().hide()
        self.follow_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # widths follow the text, also when fonts grow
        self.follow_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.follow_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.follow_text = named(QLineEdit(), "followUpText")
        self.follow_owner = named(QLineEdit(), "followUpOwner")
        self.follow_due = named(QLineEdit(), "followUpDue")
        self.follow_due.setPlaceholderText("YYYY-MM-DD")
        self.add_follow = named(QPushButton(self.tr("Add")), "addFollowUp")

    def _layout(self) -> None:
        right = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in (self.present_button, self.export_button, self.import_button):
            head.addWidget(button)
        right.addLayout(head)
        right.addWidget(self.hours_label)
        body = QHBoxLayout()
        sessions_box = QVBoxLayout()
        sessions_box.addWidget(self.session_list)
        sessions_box.addWidget(self.new_button)
        body.addLayout(sessions_box, 1)
        body.addLayout(self._fields_layout(), 3)
        right.addLayout(body, 2)
        right.addWidget(QLabel(self.tr("<b>Follow-ups</b>")))
        right.addWidget(self.follow_table, 1)
        adding = QHBoxLayout()
        for widget, stretch in (
            (self.follow_text, 3),
            (self.follow_owner, 1),
            (self.follow_due, 1),
            (self.add_follow, 0),
        ):
            adding.addWidget(widget, stretch)
        right.addLayout(adding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)

    def _fields_layout(self) -> QFormLayout:
        fields = QFormLayout()
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_button)
        timer_row.addWidget(self.timer_label, 1)
        fields.addRow(self.tr("Timer:"), timer_row)
        fields.addRow(self.tr("Started:"), self.started)
        fields.addRow(self.tr("Duration:"), self.minutes)
        topics = QGridLayout()
        for index, box in enumerate(self.topic_boxes.values()):
            topics.addWidget(box, index // 2, index % 2)
        fields.addRow(self.tr("Topics:"), topics)
        fields.addRow(self.tr("Notes:"), self.notes)
        return fields

    # -- showing ---------------------------------------------------------------------------------------------------

    def show_session(self, advice: AdviceSession | None) -> None:
        for widget in (self.save_button, self.pdf_button, self.add_follow):
            widget.setEnabled(advice is not None)
        self.started.setText(local(advice.started_at) if advice else "")
        self.minutes.setValue(advice.minutes if advice else 0)
        for topic, box in self.topic_boxes.items():
            box.setChecked(advice is not None and topic in advice.topics)
        self.notes.setPlainText(advice.notes if advice else "")

    def show_follow_ups(self, items: list[FollowUp]) -> None:
        self.follow_model.blockSignals(True)
        self.follow_model.removeRows(0, self.follow_model.rowCount())
        for item in items:
            done = QStandardItem()
            done.setCheckable(True)
            done.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            done.setData(item.id, Qt.ItemDataRole.UserRole)
            due = item.due.isoformat() if item.due else ""
            self.follow_model.appendRow([done, QStandardItem(item.text), QStandardItem(item.owner), QStandardItem(due)])
        self.follow_model.blockSignals(False)

    def show_timer(self, advice: AdviceSession | None) -> None:
        running = advice is not None and advice.running_since is not None
        self.timer_button.setText(self.tr("Stop timer") if running else self.tr("Start timer"))
        if advice is not None and advice.running_since is not None:
            seconds = int((datetime.now(UTC).replace(tzinfo=None) - advice.running_since).total_seconds())
            clock = f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
            self.timer_label.setText(
                self.tr("Running {clock} (+{minutes} min counted)").format(clock=clock, minutes=advice.minutes)
            )
        else:
            self.timer_label.setText("")

    # -- reading back ----------------------------------------------------------------------------------------------

    def edited(self, current: AdviceSession) -> AdviceSession | None:
        """The fields' values over `current`; None (with a message) when the start is unreadable."""
        try:
            started = datetime.fromisoformat(self.started.text().strip()).astimezone(UTC).replace(tzinfo=None)
        except ValueError:
            self.message.setText(self.tr("Write the start as YYYY-MM-DD HH:MM."))
            return None
        topics = tuple(topic for topic, box in self.topic_boxes.items() if box.isChecked())
        notes = self.notes.toPlainText()
        return replace(current, started_at=started, minutes=self.minutes.value(), topics=topics, notes=notes)

    def new_follow_up(self, current: AdviceSession) -> FollowUp | None:
        """The follow-up typed under the table, for `current`; None (with a message) when the due date is unreadable."""
        text = self.follow_due.text().strip()
        try:
            due = date.fromisoformat(text) if text else None
        except ValueError:
            self.message.setText(self.tr("Write the due date as YYYY-MM-DD."))
            return None
        return FollowUp(
            current.company_id, self.follow_text.text(), self.follow_owner.text(), due, session_id=current.id
        )

    def clear_follow_up_fields(self) -> None:
        for field in (self.follow_text, self.follow_owner, self.follow_due):
            field.clear()
