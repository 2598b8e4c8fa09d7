"""Scoring: each named part from the data it reads, lots scored on their own, explanations from the parts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from tender_helper.core.company import Company, NoticeKind, SearchProfile
from tender_helper.core.notice import Buyer, Lot, Money, Notice
from tender_helper.matching.explain import explain_part, money_text
from tender_helper.matching.index import index_docs
from tender_helper.matching.query import build_query, is_candidate, match_from_json, match_to_json
from tender_helper.matching.scoring import WEIGHTS, NoticeFacts, NoticeMatch, Part, ProfileQuery, score_notice

NOW = datetime(2024, 3, 1, 12, 0)


def english(_context: str, text: str) -> str:
    return text


def cleaning_query(**changes: object) -> ProfileQuery:
    profile = SearchProfile(
        company_id=1,
        cpv=("90910000",),
        nuts=("FI1C",),
        countries=("FIN",),
        keywords=("siivous", "toimitilat"),
        excluded_words=("asbesti",),
        min_value=Decimal(20_000),
        max_value=Decimal(500_000),
        min_days=10,
    )
    company = Company(name="Siivous Oy", business_id="1234567-1", country="FI", turnover=Decimal(1_000_000))
    query, _ = build_query(profile, company, [])
    return replace(query, **changes)  # type: ignore[arg-type]


def lot(number: int, title: str, cpv: str, nuts: str, value: int | None = None, days: int = 23) -> Lot:
    return Lot(
        id=f"LOT-{number:04d}",
        title={"fin": title},
        cpv=(cpv,),
        nuts=(nuts,),
        estimated_value=Money(Decimal(value), "EUR") if value else None,
        deadline=NOW + timedelta(days=days, hours=1),
    )


def notice(*lots: Lot, title: str = "Siivouspalvelut", kind: str = "competition", country: str = "FIN") -> Notice:
    return Notice(
        source="ted",
        source_id="1-2024",
        title={"fin": title},
        form_type=kind,
        buyer=Buyer(name="Turun kaupunki", country=country),
        cpv=("90910000",),
        lots=lots,
    )


def score(query: ProfileQuery, item: Notice, *, cancelled: bool = False) -> NoticeMatch:
    buyer = item.buyer or Buyer(name="")
    facts = NoticeFacts(1, item.kind, cancelled, buyer.name, buyer.country, item.cpv[0],
                        tuple(index_docs(item)))  # fmt: skip
    return score_notice(query, facts, NOW)


def reasons(parts: tuple[Part, ...]) -> list[str]:
    return [explain_part(part, "eng", english) for part in parts]


def test_a_good_lot_explains_itself_in_plain_words() -> None:
    item = notice(lot(1, "Toimitilasiivous, Turku", "90911200", "FI1C1", 120_000))
    match = score(cleaning_query(), item)
    assert reasons(match.parts) == [
        "CPV 90911200 (Building-cleaning services) is under your 90910000",
        "Region FI1C1 Varsinais-Suomi is in your area",
        "Deadline in 23 days",
        "Words: siivous, toimitilat",  # "toimitila" inside the compound "toimitilasiivous"
        "Estimated 120 000 EUR fits your range",
    ]
    assert match.score == sum(part.points for part in match.parts)
    assert 0 < match.percent <= 100 and match.lots[0].fits


def test_what_counts_against_a_notice() -> None:
    item = notice(lot(1, "Asbestin purku ja siivous", "90911200", "SE110", 8_000_000, days=4), country="SWE")
    match = score(cleaning_query(), item)
    assert set(reasons(match.parts)) >= {
        "Outside your area (SWE)",
        "Only 4 days left",
        "Value 8 MEUR is above your largest 500 000 EUR",
        "Value 8 MEUR is far above your turnover (1 MEUR)",
        "Excluded word: asbesti",
    }
    assert all(part.points < 0 for part in match.parts if part.kind != "cpv" and part.kind != "words")
    assert not match.lots[0].fits


def test_each_lot_is_scored_on_its_own() -> None:
    item = notice(
        lot(1, "Koulujen siivous", "90911200", "FI1C1", 100_000),
        lot(2, "Tiestön talvikunnossapito", "90620000", "FI1D1", 100_000),
        title="Kunnan palvelut",
    )
    match = score(cleaning_query(), item)
    first, second = match.lots
    assert first.fits and not second.fits
    assert first.score > second.score
    assert match.score == first.score  # the notice counts as good as its best lot
    assert "Region FI1D1 Pohjois-Savo is in your area" not in reasons(second.parts)


def test_cpv_hierarchy_distance() -> None:
    query = cleaning_query()
    points = {}
    for code in ("90910000", "90911200", "90900000", "90600000", "90500000", "45000000"):
        points[code] = score(query, notice(lot(1, "x", code, "FI1C1"))).lots[0].parts[0].points
    assert points["90910000"] == points["90911200"] == WEIGHTS["cpv"]
    assert points["90911200"] > points["90900000"] > points["90600000"] > 0 > points["45000000"]


def test_unwanted_kind_and_cancelled_are_demoted() -> None:
    item = notice(lot(1, "Siivous", "90911200", "FI1C1"))
    base = score(cleaning_query(), item).score
    award = score(cleaning_query(kinds=frozenset({"competition"})), notice(lot(1, "Siivous", "90911200", "FI1C1"),
                  kind="result"))  # fmt: skip
    assert award.score == pytest.approx(base - WEIGHTS["kind"])
    assert "Your profile does not ask for award notices" in reasons(award.parts)
    assert score(cleaning_query(), item, cancelled=True).score == pytest.approx(base - WEIGHTS["cancelled"])


def test_similar_to_a_dismissed_notice() -> None:
    item = notice(lot(1, "Siivous", "90911200", "FI1C1"))
    demoted = score(cleaning_query(similar_buyers=frozenset({"turun kaupunki"})), item)
    assert "Same buyer as a notice you dismissed (Turun kaupunki)" in reasons(demoted.parts)
    assert demoted.score == pytest.approx(score(cleaning_query(), item).score - WEIGHTS["similar"])


def test_notice_without_lots_or_known_language() -> None:
    bare = Notice(
        source="ted", source_id="2-2024", title={"ell": "Καθαρισμός"}, cpv=("90911200",), form_type="competition"
    )
    match = score(cleaning_query(), bare)
    texts = reasons(match.parts)
    assert "The notice lists no lots; it is scored as a whole" in texts
    assert "Text in ell is compared word for word, without stemming" in texts
    assert len(match.lots) == 1 and match.lots[0].lot_id == ""


def test_candidate_needs_something_the_company_offers() -> None:
    query = cleaning_query()
    assert is_candidate(query, score(query, notice(lot(1, "Siivous", "45000000", "FI1C1"))))  # the word
    assert is_candidate(query, score(query, notice(lot(1, "Katujen", "90910000", "SE110"))))  # the code
    unrelated = notice(lot(1, "Tietojärjestelmä", "72000000", "FI1C1"), title="Tietojärjestelmät")
    assert not is_candidate(query, score(query, unrelated))  # the place alone is not enough


def test_match_json_round_trip() -> None:
    match = score(cleaning_query(), notice(lot(1, "Siivous", "90911200", "FI1C1", 100_000)))
    assert match_from_json(match_to_json(match)) == match


def test_money_text() -> None:
    assert money_text(120_000) == "120 000 EUR"
    assert money_text(8_000_000) == "8 MEUR"
    assert money_text(2_500_000) == "2.5 MEUR"


def test_profile_kinds_map_to_notice_kinds() -> None:
    profile = SearchProfile(company_id=1, cpv=("90910000",), notice_kinds=frozenset({NoticeKind.MARKET_CONSULTATION}))
    assert build_query(profile)[0].kinds == frozenset({"planning"})


def test_a_region_code_of_an_older_nuts_version_is_named_by_the_region_above() -> None:
    item = notice(lot(1, "Toimitilasiivous, Tervo", "90911200", "FI1D2", 120_000))  # Pohjois-Savo in NUTS 2021
    query = replace(cleaning_query(), nuts=("FI1D",))
    assert "Region FI1D2 (Pohjois- ja Itä-Suomi) is in your area" in reasons(score(query, item).parts)
    unknown = notice(lot(1, "Toimitilasiivous", "90911200", "XX999", 120_000))
    assert "Region XX999 is in your area" in reasons(score(replace(query, nuts=("XX",)), unknown).parts)
