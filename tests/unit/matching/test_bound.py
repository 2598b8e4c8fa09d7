"""Two-stage ranking: the bound is never below the score, the quick match test agrees with the full one, and
the ranking that scores only what can reach the top equals the one that scores everything."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

import pytest

from tender_helper.core.cpv import cpv_vocabulary
from tender_helper.matching import top as top_module
from tender_helper.matching.bound import Bound, Bounds, is_match
from tender_helper.matching.query import build_query, is_candidate
from tender_helper.matching.scoring import NoticeMatch, ProfileQuery, cpv_part, cpv_points, score_notice
from tender_helper.matching.top import select_top
from tender_helper.services import matching as matching_service
from tender_helper.services.context import AppContext, open_context
from tender_helper.services.matching import MatchingService
from tender_helper.storage.companies_repo import CompanyRepository, ProfileRepository
from tender_helper.storage.matches_repo import MatchRepository
from tests.unit.matching.relevance_data import NOW, RelevanceSet, load_relevance_set


@pytest.fixture(scope="module")
def relevance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppContext, RelevanceSet]]:
    context = open_context(tmp_path_factory.mktemp("bound"))
    yield context, load_relevance_set(context)
    context.close()


@pytest.mark.parametrize("number", range(6))
def test_bound_is_above_the_score_and_the_quick_test_agrees(
    relevance: tuple[AppContext, RelevanceSet], number: int
) -> None:
    context, data = relevance
    company_id = data.companies[data.profiles[number]["name"]]
    with context.database.session() as session:
        repo = MatchRepository(session)
        query, _ = build_query(ProfileRepository(session).get(company_id), CompanyRepository(session).get(company_id))
        hits = MatchingService._text_hits(repo, query)
        ids = list(data.notice_ids.values())
        bounds = Bounds(query, NOW)
        coarse = {row[0]: bounds.summary(row, hits.get(row[0], {})) for row in repo.summaries(ids)}
        fine = {bound.notice_id: bound for bound in bounds.all(repo.doc_facts(ids), hits)}
        full = repo.notice_facts(ids)
    assert len(coarse) == len(fine) == len(full) == len(ids)
    kinds = set()
    for facts in full:
        match = score_notice(query, facts, NOW)
        wanted = is_candidate(query, match)
        assert is_match(query, facts, NOW) == wanted, data.file_of(facts.notice_id)
        for bound in (coarse[facts.notice_id], fine[facts.notice_id]):
            assert bound.score >= match.score - 1e-9, data.file_of(facts.notice_id)
            assert bound.possible >= wanted and (not bound.certain or wanted), data.file_of(facts.notice_id)
        assert coarse[facts.notice_id].score >= fine[facts.notice_id].score - 1e-9
        kinds.add((wanted, coarse[facts.notice_id].certain))
    assert (True, True) in kinds and (False, False) in kinds  # the set has matches and notices far off


def brute_top(bounds: list[Bound], scores: dict[int, float], count: int) -> list[int]:
    ranked = sorted((-scores[b.notice_id], b.notice_id) for b in bounds if scores[b.notice_id] > -100)
    return [notice_id for _, notice_id in ranked[:count]]


def test_select_top_equals_scoring_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(top_module, "BATCH", 7)  # many small rounds, so the cut-off is tested often
    monkeypatch.setattr(top_module, "REFINE", 5)
    rng = random.Random(4)
    for _ in range(60):
        size, count = rng.randint(0, 120), rng.randint(1, 30)
        # Scores on a coarse grid so ties are common; a score of -1000 marks a notice that is no match.
        scores = {n: rng.choice([round(rng.uniform(-3, 12), 1), -1000.0]) for n in range(size)}
        fine = {n: max(s, -3.0) + rng.choice([0.0, 0.0, rng.uniform(0, 2)]) for n, s in scores.items()}
        coarse = [Bound(n, b + rng.choice([0.0, rng.uniform(0, 3)]), False, True) for n, b in fine.items()]
        calls: list[int] = []

        def refine(ids: Sequence[int], fine: dict[int, float] = fine) -> list[Bound]:
            return [Bound(n, fine[n], False, True) for n in ids]

        def score(ids: Sequence[int], scores: dict[int, float] = scores, calls: list[int] = calls) -> list[NoticeMatch]:
            calls.extend(ids)
            return [NoticeMatch(n, scores[n], 0, (), ()) for n in ids if scores[n] > -100]

        found = select_top(coarse, count, refine, score)
        assert [m.notice_id for m in found.matches[:count]] == brute_top(coarse, scores, count)
        assert found.scored == set(calls) and len(calls) == len(found.scored)


def test_select_top_leaves_out_what_cannot_reach_the_top() -> None:
    coarse = [Bound(n, 11.0 - n, False, True) for n in range(1000)]
    refined: list[int] = []

    def refine(ids: Sequence[int]) -> list[Bound]:
        refined.extend(ids)
        return [Bound(n, 10.0 - n, False, True) for n in ids]

    found = select_top(coarse, 100, refine, lambda ids: [NoticeMatch(n, 9.0 - n, 0, (), ()) for n in ids])
    assert [m.notice_id for m in found.matches[:100]] == list(range(100))
    assert len(found.scored) == 200  # the first 100, and one batch more as its first bound (-90) reaches the cut
    assert len(refined) == 500  # one read of lots: the coarse bounds after it (-489 and below) are out


@pytest.mark.parametrize("number", range(6))
def test_a_ranking_that_keeps_three_equals_the_full_one(
    relevance: tuple[AppContext, RelevanceSet], number: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, data = relevance
    company_id = data.companies[data.profiles[number]["name"]]
    service = MatchingService(context.database)
    everything = service.rank(company_id, limit=None, now=NOW)
    monkeypatch.setattr(matching_service, "STORE_LIMIT", 3)
    monkeypatch.setattr(top_module, "BATCH", 1)  # one notice at a time: the fewest scored, the finest cut
    monkeypatch.setattr(top_module, "REFINE", 1)
    top = service.rank(company_id, limit=3, now=NOW)
    assert [(r.notice_id, r.match) for r in top.results] == [(r.notice_id, r.match) for r in everything.results[:3]]
    assert top.matched == everything.matched == len(everything.results)


def test_a_sync_scores_as_a_full_ranking_for_every_company(context: AppContext) -> None:
    # The sync reads text only where a code or a keyword key may make a match: its matches must be all of them.
    data = load_relevance_set(context)
    service = MatchingService(context.database)
    service.index_notices(list(data.notice_ids.values()), now=NOW)
    for name, company_id in data.companies.items():
        synced = {r.notice_id: r.match for r in service.stored(company_id, limit=None).results}
        ranked = {r.notice_id: r.match for r in service.rank(company_id, limit=None, now=NOW).results}
        assert synced == ranked and synced, name


@pytest.mark.parametrize("mine", [("90910000",), ("72000000", "48000000"), ("45232140", "09323000", "44163120")])
def test_cpv_points_of_a_code_are_those_of_its_part(mine: tuple[str, ...]) -> None:
    query = ProfileQuery(cpv=mine)
    for code in [entry.code for entry in cpv_vocabulary()]:
        part = cpv_part(query, (code,))
        assert part is not None and cpv_points(query, code) == part.points, code
