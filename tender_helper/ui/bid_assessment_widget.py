"""The guided bid/no-bid assessment: one question at a time with help, the recommendation with reasons, overrule."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from tender_helper.checklists.assessment import RECOMMENDATIONS, Assessment, AssessmentTemplate, assess_bid
from tender_helper.ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
    named,
)

_EFFECT_MARKS = {"blocker": "✖", "condition": "!", "weak": "–", "ok": "✔"}


class BidAssessmentWidget(QWidget):
    """Emits `save_requested(answers, decision or "", reason)`; the page writes it through the service."""

    save_requested = Signal(dict, str, str)

    def __init__(self, template: AssessmentTemplate, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template = template
        self.language = language
        self.answers: dict[str, QComboBox] = {}
        questions = QWidget()
        form = QVBoxLayout(questions)
        for question in template.questions:
            form.addWidget(self._question_box(question.id))
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(questions)
        self.result = named(QLabel(), "assessmentResult")
        self.result.setWordWrap(True)
        self.decision = named(QComboBox(), "assessmentDecision")
        self.decision.addItem(self.tr("Follow the recommendation"), "")
        for key in RECOMMENDATIONS:
            self.decision.addItem(template.recommendation_labels[key].get(language), key)
        self.reason = named(QLineEdit(), "assessmentReason")
        self.reason.setPlaceholderText(self.tr("Why you decide otherwise"))
        self.save_button = named(QPushButton(self.tr("Save assessment")), "saveAssessment")
        self.save_button.clicked.connect(self._save)
        self.decision.currentIndexChanged.connect(self._update)
        overrule = QFormLayout()
        overrule.addRow(self.tr("Your decision:"), self.decision)
        overrule.addRow(self.tr("Reason:"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result)
        layout.addLayout(overrule)
        layout.addLayout(buttons)
        self._update()

    def _question_box(self, question_id: str) -> QGroupBox:
        question = next(q for q in self.template.questions if q.id == question_id)
        box = QGroupBox(question.title.get(self.language))
        help_label = QLabel(question.help.get(self.language))
        help_label.setWordWrap(True)
        combo = named(QComboBox(), f"answer_{question.id}")
        combo.addItem(self.tr("Not answered yet"), "")
        for option in question.options:
            combo.addItem(option.label.get(self.language), option.id)
        combo.currentIndexChanged.connect(self._update)
        self.answers[question.id] = combo
        layout = QVBoxLayout(box)
        layout.addWidget(help_label)
        layout.addWidget(combo)
        return box

    def set_state(self, answers: Mapping[str, str], decision: str | None, reason: str) -> None:
        for question_id, combo in self.answers.items():
            row = combo.findData(answers.get(question_id, ""))
            combo.setCurrentIndex(max(row, 0))
        self.decision.setCurrentIndex(max(self.decision.findData(decision or ""), 0))
        self.reason.setText(reason)
        self._update()

    def chosen(self) -> dict[str, str]:
        return {qid: str(combo.currentData()) for qid, combo in self.answers.items() if combo.currentData()}

    def current(self) -> Assessment:
        return assess_bid(self.chosen(), self.template, self.language)

    def _update(self) -> None:
        result = self.current()
        if result.recommendation is None:
            text = self.tr("Answer at least half of the questions for a recommendation.")
        else:
            label = self.template.recommendation_labels[result.recommendation].get(self.language)
            score = round((result.score or 0) * 100)
            text = self.tr("<b>Recommendation: {label}</b> (score {score}/100)").format(label=label, score=score)
        reasons = "".join(
            f"<li>{_EFFECT_MARKS[r.effect]} {escape(r.question)} — {escape(r.answer)}</li>"
            for r in result.reasons
            if r.effect != "ok"
        )
        self.result.setText(text + (f"<ul>{reasons}</ul>" if reasons else ""))
        overruling = bool(self.decision.currentData()) and self.decision.currentData() != result.recommendation
        self.reason.setEnabled(overruling)

    def _save(self) -> None:
        self.save_requested.emit(self.chosen(), str(self.decision.currentData() or ""), self.reason.text())
