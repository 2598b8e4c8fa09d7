"""The bid/no-bid assessment: a recommendation with its reasons, which the user may overrule."""

from __future__ import annotations

import tomllib

import pytest

from tender_helper.checklists.assessment import (
    AssessmentError,
    AssessmentTemplate,
    assess_bid,
    load_assessment,
)
from tender_helper.checklists.templates import LANGUAGES
from tender_helper.resource_files import resource

ALL_GOOD = {
    "fit": "core",
    "capacity": "yes",
    "turnover": "meets",
    "references": "enough",
    "certificates": "have",
    "time": "enough",
    "partners": "not_needed",
    "price": "competitive",
}


@pytest.fixture(scope="module")
def questions() -> AssessmentTemplate:
    return load_assessment()


def test_the_bundled_questions_cover_the_issue(questions: AssessmentTemplate) -> None:
    ids = {q.id for q in questions.questions}
    assert ids == set(ALL_GOOD)
    for question in questions.questions:
        assert all(question.title.texts[lang] for lang in LANGUAGES)
        assert all(option.label.texts[lang] for option in question.options for lang in LANGUAGES)


def test_all_good_answers_recommend_a_bid(questions: AssessmentTemplate) -> None:
    result = assess_bid(ALL_GOOD, questions)
    assert result.recommendation == "bid"
    assert result.score == pytest.approx(1.0)
    assert len(result.reasons) == len(ALL_GOOD)
    assert result.unanswered == ()
    assert result.final == "bid" and not result.overruled


def test_a_failed_requirement_means_no_bid_and_is_the_first_reason(questions: AssessmentTemplate) -> None:
    result = assess_bid({**ALL_GOOD, "turnover": "fails"}, questions)
    assert result.recommendation == "no_bid"
    assert (result.reasons[0].question_id, result.reasons[0].effect) == ("turnover", "blocker")


def test_a_condition_caps_the_recommendation(questions: AssessmentTemplate) -> None:
    result = assess_bid({**ALL_GOOD, "partners": "not_found"}, questions)
    assert result.recommendation == "bid_with_conditions"
    assert result.reasons[0].question_id == "partners"


def test_many_weak_answers_lower_the_recommendation(questions: AssessmentTemplate) -> None:
    weak = {**ALL_GOOD, "fit": "partly", "price": "too_high", "time": "tight"}
    result = assess_bid(weak, questions)
    assert result.score is not None and result.score < questions.bid_threshold
    assert result.recommendation in {"bid_with_conditions", "no_bid"}
    worse = assess_bid({**weak, "capacity": "tight", "references": "partner"}, questions)
    assert worse.recommendation == "no_bid"


def test_too_few_answers_give_no_recommendation(questions: AssessmentTemplate) -> None:
    result = assess_bid({"fit": "core", "time": "enough"}, questions)
    assert result.recommendation is None
    assert "price" in result.unanswered


def test_the_user_can_overrule_with_a_reason(questions: AssessmentTemplate) -> None:
    result = assess_bid({**ALL_GOOD, "price": "too_high", "fit": "partly"}, questions)
    overruled = result.overrule("bid", "  Strategic customer  ")
    assert overruled.final == "bid"
    assert overruled.recommendation == result.recommendation
    assert overruled.overruled == (result.recommendation != "bid")
    assert overruled.decision_reason == "Strategic customer"
    with pytest.raises(ValueError):
        result.overrule("maybe", "")


def test_reasons_are_in_the_chosen_language(questions: AssessmentTemplate) -> None:
    result = assess_bid(ALL_GOOD, questions, language="fi")
    fit = next(r for r in result.reasons if r.question_id == "fit")
    assert fit.question == "Sopiiko työ osaamiseemme?"
    assert questions.recommendation_labels["no_bid"].get("sv") == "Lämna inte anbud"


def test_unknown_ids_are_refused(questions: AssessmentTemplate) -> None:
    with pytest.raises(ValueError, match="unknown assessment question"):
        assess_bid({"weather": "sunny"}, questions)
    with pytest.raises(ValueError, match="unknown answer"):
        assess_bid({"fit": "perfect"}, questions)


def test_a_missing_translation_in_the_questions_is_an_error() -> None:
    data = tomllib.loads(resource("checklists", "assessment.toml").read_text(encoding="utf-8"))
    del data["questions"][0]["title"]["nb"]
    with pytest.raises(AssessmentError, match="missing translation 'nb'"):
        load_assessment(data)
