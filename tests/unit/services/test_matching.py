"""The matching service: ranking with notes, the import hook, new-since-sync, states and demotions."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tender_helper.core.company import Company, SearchProfile
from tender_helper.core.errors import InvalidInput
from tender_helper.services.companies import CompanyService
from tender_helper.services.context import AppContext
from tender_helper.services.matching import DISMISSED, STARRED, MatchingService
from tender_helper.services.notices import ImportResult, NoticeService
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.storage.match_models import MatchRow
from tender_helper.storage.notices_repo import NoticeRepository
from tests.unit.matching.relevance_data import NOW, RELEVANCE, add_company, load_relevance_set

SALO = "FIN_cn-standard_622690-2023_salo_4lots.xml"
SALO_PAYMENTS = "FIN_pin-cfc-social_574413-2023.xml"  # the same buyer, Salon kaupunki


def green_company(context: AppContext) -> int:
    spec = tomllib_profile("Viherpalvelu Lehto Oy")
    return add_company(context, spec)


def tomllib_profile(name: str) -> dict[str, object]:
    import tomllib

    profiles = tomllib.loads((RELEVANCE / "profiles.toml").read_text(encoding="utf-8"))["profile"]
    return next(spec for spec in profiles if spec["name"] == name)


def import_files(context: AppContext, tmp_path: Path, names: list[str]) -> ImportResult:
    folder = tmp_path / f"batch{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    for name in names:
        shutil.copy(RELEVANCE / "notices" / name, folder / name)
    return NoticeService(context.database).import_paths([folder])


def test_rank_gives_reasons_per_notice_and_lot(context: AppContext) -> None:
    data = load_relevance_set(context, companies=False)
    company_id = green_company(context)
    ranking = MatchingService(context.database).rank(company_id, limit=3, now=NOW)
    top = ranking.results[0]
    assert data.file_of(top.notice_id) == SALO
    assert [lot.lot_id for lot in top.match.lots] == ["LOT-0001", "LOT-0002", "LOT-0003", "LOT-0004"]
    assert top.lot_title("LOT-0001", "fin") == "1. Perniön kaupunginosa, kesähoito"
    assert {part.reason for part in top.match.parts} >= {"cpv_same", "region_country", "words"}
    assert ranking.notes[0].reason == "cpv_unused" and ranking.notes[0].params == {"codes": ["77211400"]}
    assert len(ranking.results) == 3 and ranking.matched >= 3


def test_new_matches_after_a_sync_are_counted_and_marked(context: AppContext, tmp_path: Path) -> None:
    service = MatchingService(context.database)
    company_id = green_company(context)
    first = import_files(context, tmp_path, [SALO_PAYMENTS, "DNK_qu-sy_665431-2023.xml"])
    assert first.new_matches == {company_id: 0}  # the import indexed and scored them: no shared trade
    assert service.rank(company_id, now=NOW).new_since_sync == 0
    later = import_files(context, tmp_path, [SALO, "PriorInformationNotice_pin-cfc-social_2022-394467.xml"])
    assert later.new_matches == {company_id: 2}
    ranking = service.rank(company_id, now=NOW)
    assert ranking.new_since_sync == 2
    marked = {result.notice_id for result in ranking.results if result.new_since_sync}
    assert marked == set(later.new_ids)
    service.mark_all_seen(company_id)
    assert service.stored(company_id).new_since_sync == 0


def test_incremental_scores_equal_a_full_ranking(context: AppContext) -> None:
    load_relevance_set(context, companies=False)
    company_id = green_company(context)
    service = MatchingService(context.database)
    stored = {r.notice_id: r.match for r in service.stored(company_id, limit=None).results}
    ranked = {r.notice_id: r.match for r in service.rank(company_id, limit=None, now=NOW).results}
    assert stored == {}  # the company came after the import: nothing was stored for it
    service.index_notices(list(ranked), now=NOW)
    assert {r.notice_id: r.match for r in service.stored(company_id, limit=None).results} == ranked


def test_dismissed_stays_away_after_the_next_sync_and_similar_are_demoted(context: AppContext) -> None:
    data = load_relevance_set(context, companies=False)
    company_id = add_company(context, tomllib_profile("Omsorgspartner AS"))
    service = MatchingService(context.database)
    before = {r.notice_id: r for r in service.rank(company_id, limit=None, now=NOW).results}
    bpa = data.notice_ids["PriorInformationNotice_pin-cfc-social_2023-624725.xml"]  # main CPV 85000000
    dementia = data.notice_ids["PriorInformationNotice_pin-cfc-standard_2022-366668.xml"]  # main CPV 85000000 too
    service.set_state(company_id, bpa, DISMISSED, similar=True)
    service.index_notices([bpa, dementia], now=NOW)  # a sync that brings both notices again
    after = {r.notice_id: r for r in service.rank(company_id, limit=None, now=NOW).results}
    assert bpa not in after
    assert after[dementia].match.score < before[dementia].match.score
    assert "similar_cpv" in {part.reason for part in after[dementia].match.parts}


def test_star_is_kept_across_rankings(context: AppContext) -> None:
    data = load_relevance_set(context, companies=False)
    company_id = green_company(context)
    service = MatchingService(context.database)
    service.rank(company_id, now=NOW)
    service.set_state(company_id, data.notice_ids[SALO], STARRED)
    ranking = service.rank(company_id, now=NOW)
    assert [r.state for r in ranking.results if r.notice_id == data.notice_ids[SALO]] == [STARRED]


def test_open_only_leaves_out_passed_deadlines(context: AppContext) -> None:
    data = load_relevance_set(context, companies=False)
    company_id = green_company(context)
    service = MatchingService(context.database)
    everything = {data.file_of(r.notice_id) for r in service.rank(company_id, limit=None, now=NOW).results}
    still_open = {
        data.file_of(r.notice_id) for r in service.rank(company_id, limit=None, open_only=True, now=NOW).results
    }
    assert "SDK-synthetic_cn_24_FRA_comments.xml" in everything - still_open  # deadline 2019
    assert SALO in still_open


def test_bad_profiles_explain_themselves(context: AppContext) -> None:
    load_relevance_set(context, companies=False)
    companies = CompanyService(context.database)
    company = companies.create(Company(name="Tyhjä Oy", business_id="1234567-1", country="FI"))
    assert company.id is not None
    service = MatchingService(context.database)
    empty = service.rank(company.id, now=NOW)
    assert (empty.results, [note.reason for note in empty.notes]) == ([], ["empty_profile"])
    companies.save_profile(SearchProfile(company_id=company.id, keywords=("ja, the", "%%%"), cpv=("03111000",)))
    odd = service.rank(company.id, now=NOW)
    assert [note.reason for note in odd.notes] == ["keyword_ignored", "keyword_ignored", "cpv_unused", "no_candidates"]
    assert odd.results == []


def test_no_notices_yet(context: AppContext) -> None:
    company_id = green_company(context)
    ranking = MatchingService(context.database).rank(company_id, now=NOW)
    assert [note.reason for note in ranking.notes][:1] == ["no_notices"]


def test_state_errors(context: AppContext) -> None:
    company_id = green_company(context)
    service = MatchingService(context.database)
    with pytest.raises(InvalidInput, match="not a match state"):
        service.set_state(company_id, 1, "liked")
    with pytest.raises(InvalidInput, match="not among this company's matches"):
        service.set_state(company_id, 999, STARRED)


def test_unindexed_notices_are_indexed_on_the_next_ranking(context: AppContext, tmp_path: Path) -> None:
    xml = (RELEVANCE / "notices" / SALO).read_bytes()
    with context.database.session() as session:  # stored without the import service, so never indexed
        NoticeRepository(session).save(parse_notice_xml(xml, name=SALO), xml)
    company_id = green_company(context)
    ranking = MatchingService(context.database).rank(company_id, now=NOW)
    assert [r.source_id for r in ranking.results] == ["622690-2023"]


def test_a_ranking_rewrites_only_the_matches_that_changed(context: AppContext) -> None:
    load_relevance_set(context, companies=False)
    company_id = green_company(context)
    service = MatchingService(context.database)

    def written() -> dict[int, object]:
        with context.database.session() as session:
            rows = session.execute(
                select(MatchRow.notice_id, MatchRow.updated_at).where(MatchRow.company_id == company_id)
            )
            return dict(rows.all())

    first = service.rank(company_id, limit=None, now=NOW)
    before = written()
    again = service.rank(company_id, limit=None, now=NOW)
    assert written() == before  # nothing changed, nothing rewritten
    assert [r.match for r in again.results] == [r.match for r in first.results]
    later = service.rank(company_id, limit=None, now=NOW + timedelta(days=1))  # one day less to every deadline
    after = written()
    dated = {r.notice_id for r in later.results if any(p.kind == "deadline" for p in r.match.parts)}
    assert dated and all(after[notice_id] != before[notice_id] for notice_id in dated)
    assert {r.notice_id: r.match for r in later.results} == {
        r.notice_id: r.match for r in service.stored(company_id, limit=None).results
    }


def test_a_cancellation_reaches_the_score_at_once(context: AppContext) -> None:
    data = load_relevance_set(context, companies=False)
    company_id = green_company(context)
    service = MatchingService(context.database)
    salo = data.notice_ids[SALO]
    before = {r.notice_id: r.match for r in service.rank(company_id, limit=None, now=NOW).results}
    with context.database.session() as session:  # as a cancelling corrigendum or a hand-off records it
        NoticeRepository(session).record_change(salo, [{"kind": "cancelled"}], cancelled=True)
    after = {r.notice_id: r.match for r in service.rank(company_id, limit=None, now=NOW).results}
    assert "cancelled" in {part.reason for part in after[salo].parts}
    assert after[salo].score < before[salo].score
