"""Deadline rules per country and the bid timeline; a missing deadline is reported, never invented."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tender_helper.checklists.deadlines import (
    answer_rule,
    build_timeline,
    roll_to_working_day,
    standstill_end,
    standstill_rule,
)

CET = timezone(timedelta(hours=1))
DEADLINE = datetime(2025, 3, 20, 12, 0, tzinfo=CET)  # a Thursday


def test_sweden_buyer_answers_six_days_before_the_deadline() -> None:
    timeline = build_timeline(country="SE", procedure="open", tender_deadline=DEADLINE, above_threshold=True)
    answers = timeline.get("answers_due")
    assert answers is not None and answers.rule is not None
    assert answers.when == DEADLINE - timedelta(days=6)
    assert answers.rule.source == "LOU (2016:1145) 12 kap. 11 §"
    assert answers.rule.verified


def test_sweden_accelerated_procedure_gives_four_days() -> None:
    rule = answer_rule("SE", above_threshold=True, accelerated=True)
    assert rule is not None and rule.days == 4


def test_below_threshold_rules_differ() -> None:
    below_se = answer_rule("SE", above_threshold=False)
    assert below_se is not None and "19 kap. 28 §" in below_se.source
    assert answer_rule("FI", above_threshold=False) is None  # no fixed number of days in national procurement
    assert answer_rule("NO", above_threshold=False) is None


def test_standstill_periods_per_country() -> None:
    fi = standstill_rule("FI", above_threshold=True)
    assert fi is not None and fi.days == 14 and "129 §" in fi.source
    fi_national = standstill_rule("FI", above_threshold=False)
    assert fi_national is not None and fi_national.days == 0
    se = standstill_rule("SE", above_threshold=True)
    assert se is not None and se.days == 10 and "20 kap. 1 §" in se.source
    se_paper = standstill_rule("SE", above_threshold=True, electronic=False)
    assert se_paper is not None and se_paper.days == 15
    no = standstill_rule("NO", above_threshold=None)
    assert no is not None and no.days == 10 and not no.verified
    assert standstill_rule("DK", above_threshold=True) is None


def test_standstill_end_counts_from_the_day_after_and_skips_the_weekend() -> None:
    se = standstill_rule("SE", above_threshold=True)
    assert se is not None
    # Sent Monday 1 April 2024: day 10 is Thursday 11 April (Upphandlingsmyndigheten's worked example).
    assert standstill_end(date(2024, 4, 1), se) == date(2024, 4, 11)
    # Day 10 on a Sunday moves to Monday.
    assert standstill_end(date(2024, 4, 18), se) == date(2024, 4, 29)
    assert roll_to_working_day(date(2024, 4, 27)) == date(2024, 4, 29)


def test_no_standstill_means_the_end_is_the_decision_day() -> None:
    rule = standstill_rule("FI", above_threshold=False)
    assert rule is not None
    assert standstill_end(date(2024, 5, 2), rule) == date(2024, 5, 2)


def test_timeline_uses_the_buyers_question_deadline_when_known() -> None:
    asked = DEADLINE - timedelta(days=12)
    timeline = build_timeline(country="FI", procedure="open", tender_deadline=DEADLINE, question_deadline=asked)
    cutoff = timeline.get("question_cutoff")
    assert cutoff is not None and cutoff.when == asked and not cutoff.estimated
    assert timeline.day("internal_question_deadline") == (asked - timedelta(days=2)).date()


def test_timeline_estimates_the_question_cutoff_and_says_so() -> None:
    timeline = build_timeline(country="NO", procedure="open", tender_deadline=DEADLINE)
    cutoff = timeline.get("question_cutoff")
    assert cutoff is not None and cutoff.estimated
    assert cutoff.when == DEADLINE - timedelta(days=10)
    assert timeline.missing == ()
    assert not timeline.deadline_missing


def test_a_notice_without_a_deadline_yields_a_timeline_that_says_so() -> None:
    timeline = build_timeline(country="SE", procedure="open", tender_deadline=None)
    assert timeline.deadline_missing
    assert timeline.missing == ("tender_deadline",)
    for key in ("first_deadline", "tender_deadline", "question_cutoff", "answers_due", "internal_question_deadline"):
        assert timeline.day(key) is None


def test_a_two_stage_procedure_needs_only_the_participation_deadline() -> None:
    participation = DEADLINE - timedelta(days=30)
    timeline = build_timeline(
        country="FI", procedure="restricted", tender_deadline=None, participation_deadline=participation
    )
    assert timeline.missing == ()
    assert timeline.day("first_deadline") == participation.date()
    assert timeline.day("tender_deadline") is None
    empty = build_timeline(country="FI", procedure="restricted", tender_deadline=None)
    assert empty.missing == ("participation_deadline",)


def test_standstill_end_waits_for_the_award_decision() -> None:
    before = build_timeline(country="FI", procedure="open", tender_deadline=DEADLINE, above_threshold=True)
    assert before.day("standstill_end") is None
    after = build_timeline(
        country="FI", procedure="open", tender_deadline=DEADLINE, above_threshold=True, award_decision=date(2025, 4, 7)
    )
    assert after.day("standstill_end") == date(2025, 4, 21)
