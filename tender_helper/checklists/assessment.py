"""The guided bid/no-bid assessment: questions from resources/checklists/assessment.toml, a weighted
recommendation with its reasons, and the user's right to overrule it."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from tender_helper.checklists.templates import ASSESSMENT_FILE, LANGUAGES, LocalizedText, normalize_language
from tender_helper.resource_files import resource

RECOMMENDATIONS = ("bid", "bid_with_conditions", "no_bid")
# What an answer does to the recommendation: a blocker (a pass/fail requirement we fail) means no bid;
# a condition means "bid only if this is arranged"; weak lowers the score; ok supports bidding.
EFFECTS = ("ok", "weak", "condition", "blocker")
_EFFECT_ORDER = {"blocker": 0, "condition": 1, "weak": 2, "ok": 3}


class AssessmentError(ValueError):
    """The assessment questions file is broken (the bundled one is tested, so this means a bad edit)."""


@dataclass(frozen=True)
class AnswerOption:
    id: str
    score: float
    effect: str
    label: LocalizedText


@dataclass(frozen=True)
class Question:
    id: str
    weight: int
    title: LocalizedText
    help: LocalizedText
    options: tuple[AnswerOption, ...]

    def option(self, option_id: str) -> AnswerOption | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class AssessmentTemplate:
    id: str
    version: int
    bid_threshold: float
    conditional_threshold: float
    questions: tuple[Question, ...]
    recommendation_labels: Mapping[str, LocalizedText]


@dataclass(frozen=True)
class AssessmentReason:
    question_id: str
    option_id: str
    effect: str
    question: str  # in the assessment's language
    answer: str


@dataclass(frozen=True)
class Assessment:
    """The outcome. `recommendation` is None when too little was answered to recommend anything."""

    template_id: str
    template_version: int
    recommendation: str | None
    score: float | None  # 0..1, weighted over the answered questions
    reasons: tuple[AssessmentReason, ...]
    unanswered: tuple[str, ...]
    decision: str | None = None  # the user's own decision when it differs from the recommendation
    decision_reason: str = ""

    @property
    def final(self) -> str | None:
        return self.decision or self.recommendation

    @property
    def overruled(self) -> bool:
        return self.decision is not None and self.decision != self.recommendation

    def overrule(self, decision: str, reason: str) -> Assessment:
        """The same assessment with the user's decision recorded next to the recommendation it overrides."""
        if decision not in RECOMMENDATIONS:
            raise ValueError(f"unknown decision {decision!r}")
        return replace(self, decision=decision, decision_reason=reason.strip())


def load_assessment(data: Mapping[str, Any] | None = None) -> AssessmentTemplate:
    """The assessment questions, from parsed TOML or the bundled file; raises AssessmentError if invalid."""
    if data is None:
        data = tomllib.loads(resource("checklists", ASSESSMENT_FILE).read_text(encoding="utf-8"))
    try:
        questions = tuple(_question(raw) for raw in data["questions"])
        labels = {key: _texts(data["recommendations"][key], key) for key in RECOMMENDATIONS}
        template = AssessmentTemplate(
            id=str(data["id"]),
            version=int(data["version"]),
            bid_threshold=float(data["bid_threshold"]),
            conditional_threshold=float(data["conditional_threshold"]),
            questions=questions,
            recommendation_labels=labels,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise AssessmentError(f"{ASSESSMENT_FILE}: {exc}") from exc
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise AssessmentError(f"{ASSESSMENT_FILE}: duplicate question id")
    return template


def _question(raw: Mapping[str, Any]) -> Question:
    options = tuple(_option(o) for o in raw["options"])
    if not options:
        raise ValueError(f"question {raw['id']!r} has no options")
    weight = int(raw["weight"])
    if weight < 1:
        raise ValueError(f"question {raw['id']!r}: weight must be at least 1")
    return Question(str(raw["id"]), weight, _texts(raw["title"], raw["id"]), _texts(raw["help"], raw["id"]), options)


def _option(raw: Mapping[str, Any]) -> AnswerOption:
    effect = str(raw["effect"])
    score = float(raw["score"])
    if effect not in EFFECTS or not 0.0 <= score <= 1.0:
        raise ValueError(f"option {raw['id']!r}: effect must be one of {EFFECTS} and score within 0..1")
    return AnswerOption(str(raw["id"]), score, effect, _texts(raw["label"], raw["id"]))


def _texts(raw: Mapping[str, Any], where: str) -> LocalizedText:
    missing = [lang for lang in LANGUAGES if not str(raw.get(lang, "")).strip()]
    if missing:
        raise ValueError(f"{where}: missing translation {missing[0]!r}")
    return LocalizedText({lang: str(raw[lang]) for lang in LANGUAGES})


def assess_bid(
    answers: Mapping[str, str], template: AssessmentTemplate | None = None, language: str = "en"
) -> Assessment:
    """Recommend bid / bid with conditions / no bid from answers {question id: option id}.

    Any blocker means no bid. Otherwise the weighted score decides, and a "condition" answer caps the result
    at "bid with conditions". With less than half of the weight answered there is no recommendation.
    Unknown question or option ids raise ValueError (a programming error in the caller).
    """
    questions = template or load_assessment()
    lang = normalize_language(language)
    reasons: list[AssessmentReason] = []
    unanswered: list[str] = []
    weighted = 0.0
    answered_weight = 0
    _check_ids(answers, questions)
    for question in questions.questions:
        option = question.option(answers[question.id]) if question.id in answers else None
        if option is None:
            unanswered.append(question.id)
            continue
        weighted += question.weight * option.score
        answered_weight += question.weight
        reasons.append(
            AssessmentReason(question.id, option.id, option.effect, question.title.get(lang), option.label.get(lang))
        )
    reasons.sort(key=lambda r: _EFFECT_ORDER[r.effect])
    total_weight = sum(q.weight for q in questions.questions)
    score = weighted / answered_weight if answered_weight else None
    recommendation = _recommend(questions, reasons, score) if answered_weight * 2 >= total_weight else None
    return Assessment(questions.id, questions.version, recommendation, score, tuple(reasons), tuple(unanswered))


def _check_ids(answers: Mapping[str, str], template: AssessmentTemplate) -> None:
    by_id = {q.id: q for q in template.questions}
    for question_id, option_id in answers.items():
        question = by_id.get(question_id)
        if question is None:
            raise ValueError(f"unknown assessment question {question_id!r}")
        if question.option(option_id) is None:
            raise ValueError(f"unknown answer {option_id!r} to question {question_id!r}")


def _recommend(template: AssessmentTemplate, reasons: list[AssessmentReason], score: float | None) -> str:
    effects = {r.effect for r in reasons}
    if "blocker" in effects or score is None or score < template.conditional_threshold:
        return "no_bid"
    if "condition" in effects or score < template.bid_threshold:
        return "bid_with_conditions"
    return "bid"
