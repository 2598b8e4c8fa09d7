"""The hand-made relevance set: what a person in each company wants comes first, the useless comes last."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tender_helper.services.context import AppContext, open_context
from tender_helper.services.matching import MatchingService
from tests.unit.matching.relevance_data import NOW, RelevanceSet, load_relevance_set

PRECISION_AT_5 = 0.8  # at least 4 of 5 places (or of min(5, relevant)) hold notices the company wants


@pytest.fixture(scope="module")
def relevance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppContext, RelevanceSet]]:
    context = open_context(tmp_path_factory.mktemp("relevance"))
    yield context, load_relevance_set(context)
    context.close()


def precision_at_5(ranked_files: list[str], relevant: list[str]) -> float:
    places = min(5, len(relevant))
    return sum(1 for name in ranked_files[:places] if name in relevant) / places


@pytest.mark.parametrize("number", range(6))
def test_precision_at_5(relevance: tuple[AppContext, RelevanceSet], number: int) -> None:
    context, data = relevance
    spec = data.profiles[number]
    ranking = MatchingService(context.database).rank(data.companies[spec["name"]], limit=None, now=NOW)
    ranked = [data.file_of(result.notice_id) for result in ranking.results]
    assert precision_at_5(ranked, spec["relevant"]) >= PRECISION_AT_5, (spec["name"], ranked[:5])


@pytest.mark.parametrize("number", range(6))
def test_irrelevant_notices_score_below_every_relevant_one(
    relevance: tuple[AppContext, RelevanceSet], number: int
) -> None:
    context, data = relevance
    spec = data.profiles[number]
    ranking = MatchingService(context.database).rank(data.companies[spec["name"]], limit=None, now=NOW)
    scores = {data.file_of(result.notice_id): result.match.score for result in ranking.results}
    lowest_relevant = min(scores[name] for name in spec["relevant"])  # every relevant notice is ranked
    unranked = float("-inf")  # a notice that shares nothing with the profile is not ranked at all
    assert all(scores.get(name, unranked) < lowest_relevant for name in spec["irrelevant"]), spec["name"]


def test_precision_measure() -> None:
    assert precision_at_5(["a", "x", "b", "y", "c", "d"], ["a", "b", "c", "d", "e", "f"]) == 0.6
    assert precision_at_5(["x", "a"], ["a"]) == 0.0
    assert precision_at_5(["a", "x"], ["a"]) == 1.0
