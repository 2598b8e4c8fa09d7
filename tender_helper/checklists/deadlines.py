"""Deadline rules per country (question answers, standstill) and the bid timeline built from a notice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tender_helper.core.errors import QT_TRANSLATE_NOOP

DEADLINES_CONTEXT = "Deadlines"
# Procedures where candidates first ask to participate and tender only when invited.
TWO_STAGE_PROCEDURES = frozenset({"restricted", "neg-w-call", "comp-dial", "innovation", "oth-mult"})
# Our own planning margins, not law: send questions this many days before the buyer's cut-off...
INTERNAL_QUESTION_MARGIN_DAYS = 2
# ...and, when the buyer gives no cut-off, assume questions close 10 days before the tender deadline:
# the example in the Swedish travaux préparatoires (prop. 2015/16:195 s. 1074) that leaves 4 days to
# answer before the 6-day limit. Marked as an estimate wherever it is used.
ASSUMED_QUESTION_CUTOFF_DAYS = 10


@dataclass(frozen=True)
class DeadlineRule:
    """A legal time limit, with where it comes from. `verified` is False where our research did not confirm
    the section number or the length; the UI should then say "check the tender documents"."""

    country: str
    kind: str  # "answers" (buyer answers questions) or "standstill"
    days: int
    source: str
    note: str
    verified: bool = True


# The buyer must answer questions asked in good time at least this many days before the tender deadline.
_ANSWER_RULES: dict[tuple[str, bool, bool], DeadlineRule] = {
    ("SE", True, False): DeadlineRule(
        "SE",
        "answers",
        6,
        "LOU (2016:1145) 12 kap. 11 §",
        QT_TRANSLATE_NOOP(
            "Deadlines", "The buyer answers questions asked in good time at least 6 days before the tender deadline."
        ),
    ),
    ("SE", True, True): DeadlineRule(
        "SE",
        "answers",
        4,
        "LOU (2016:1145) 12 kap. 11 §",
        QT_TRANSLATE_NOOP(
            "Deadlines", "Accelerated procedure: the buyer answers at least 4 days before the tender deadline."
        ),
    ),
    ("SE", False, False): DeadlineRule(
        "SE",
        "answers",
        6,
        "LOU (2016:1145) 19 kap. 28 §",
        QT_TRANSLATE_NOOP(
            "Deadlines",
            "Below the EU threshold the buyer also answers questions asked in good time before the tender deadline.",
        ),
        verified=False,
    ),
    ("FI", True, False): DeadlineRule(
        "FI",
        "answers",
        6,
        "Directive 2014/24/EU art. 53(2), implemented in hankintalaki 1397/2016",
        QT_TRANSLATE_NOOP(
            "Deadlines",
            "EU procurement: the buyer gives additional information at least 6 days before the tender deadline.",
        ),
        verified=False,
    ),
    ("FI", True, True): DeadlineRule(
        "FI",
        "answers",
        4,
        "Directive 2014/24/EU art. 53(2), implemented in hankintalaki 1397/2016",
        QT_TRANSLATE_NOOP(
            "Deadlines", "Accelerated EU procedure: the buyer answers at least 4 days before the tender deadline."
        ),
        verified=False,
    ),
    ("NO", True, False): DeadlineRule(
        "NO",
        "answers",
        6,
        "Directive 2014/24/EU art. 53(2), implemented in FOA (2016:974) del III",
        QT_TRANSLATE_NOOP(
            "Deadlines",
            "Above the EEA threshold the buyer answers questions at least 6 days before the tender deadline.",
        ),
        verified=False,
    ),
    ("NO", True, True): DeadlineRule(
        "NO",
        "answers",
        4,
        "Directive 2014/24/EU art. 53(2), implemented in FOA (2016:974) del III",
        QT_TRANSLATE_NOOP(
            "Deadlines", "Accelerated procedure: the buyer answers at least 4 days before the tender deadline."
        ),
        verified=False,
    ),
}

_STANDSTILL_RULES: dict[tuple[str, bool], DeadlineRule] = {
    ("FI", True): DeadlineRule(
        "FI",
        "standstill",
        14,
        "hankintalaki 1397/2016 129 § (odotusaika)",
        QT_TRANSLATE_NOOP(
            "Deadlines",
            "The contract may be signed 14 days after you received the decision and appeal instructions.",
        ),
    ),
    ("SE", True): DeadlineRule(
        "SE",
        "standstill",
        10,
        "LOU (2016:1145) 20 kap. 1 § (avtalsspärr)",
        QT_TRANSLATE_NOOP(
            "Deadlines", "Standstill of 10 days when the award decision is sent electronically (15 days otherwise)."
        ),
    ),
    ("SE", False): DeadlineRule(
        "SE",
        "standstill",
        15,
        "LOU (2016:1145) 20 kap. 1 § (avtalsspärr)",
        QT_TRANSLATE_NOOP("Deadlines", "Standstill of 15 days when the award decision is not sent electronically."),
    ),
    ("NO", True): DeadlineRule(
        "NO",
        "standstill",
        10,
        "FOA (2016:974) § 25-1 (del III), § 10-1 (del II) (karensperiode)",
        QT_TRANSLATE_NOOP(
            "Deadlines",
            "Standstill (karensperiode) after the notice of the chosen supplier; check its length in the notice.",
        ),
        verified=False,
    ),
}

NO_STANDSTILL_FI_NATIONAL = DeadlineRule(
    "FI",
    "standstill",
    0,
    "hankintalaki 1397/2016 129–130 §; hankinnat.fi: odotusaika",
    QT_TRANSLATE_NOOP(
        "Deadlines",
        "No standstill for national (below EU threshold) procurements in Finland: the contract may be signed at once.",
    ),
)


def answer_rule(country: str, *, above_threshold: bool | None, accelerated: bool = False) -> DeadlineRule | None:
    """The rule for when the buyer must answer questions, or None where the law sets no fixed number of days."""
    above = True if above_threshold is None else above_threshold
    return _ANSWER_RULES.get((country.upper(), above, accelerated and above))


def standstill_rule(country: str, *, above_threshold: bool | None, electronic: bool = True) -> DeadlineRule | None:
    """The standstill rule after an award decision; FI national procurements have none (days = 0)."""
    code = country.upper()
    if code == "FI" and above_threshold is False:
        return NO_STANDSTILL_FI_NATIONAL
    return _STANDSTILL_RULES.get((code, electronic if code == "SE" else True))


def roll_to_working_day(day: date) -> date:
    """A period ending on a Saturday or Sunday ends on the next Monday (FI, SE söndagsregeln, NO FOA § 7-6).

    Public holidays also move the end but are not modelled here; callers show the rule's note.
    """
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def standstill_end(decision_sent: date, rule: DeadlineRule) -> date:
    """The last day of the standstill period counted from the day after the decision was sent (day 0)."""
    if rule.days == 0:
        return decision_sent
    return roll_to_working_day(decision_sent + timedelta(days=rule.days))


@dataclass(frozen=True)
class Milestone:
    """One point on the bid timeline. `estimated` marks our planning assumptions, never the buyer's dates."""

    key: str
    when: datetime | date | None
    estimated: bool = False
    rule: DeadlineRule | None = None

    @property
    def day(self) -> date | None:
        if isinstance(self.when, datetime):
            return self.when.date()
        return self.when


@dataclass(frozen=True)
class BidTimeline:
    milestones: tuple[Milestone, ...]
    missing: tuple[str, ...]  # deadlines the notice should give but does not: ask the user, never invent

    def get(self, key: str) -> Milestone | None:
        return next((m for m in self.milestones if m.key == key), None)

    def day(self, key: str) -> date | None:
        milestone = self.get(key)
        return milestone.day if milestone else None

    @property
    def deadline_missing(self) -> bool:
        """True when the notice gave neither a tender nor a participation deadline."""
        first = self.get("first_deadline")
        return first is None or first.when is None


def build_timeline(
    *,
    country: str,
    procedure: str | None,
    tender_deadline: datetime | None,
    participation_deadline: datetime | None = None,
    question_deadline: datetime | None = None,
    above_threshold: bool | None = None,
    accelerated: bool = False,
    award_decision: date | None = None,
    electronic_decision: bool = True,
) -> BidTimeline:
    """The bid's timeline from the notice's deadlines; a missing deadline stays None and is listed in `missing`."""
    first = participation_deadline or tender_deadline
    milestones = [
        Milestone("first_deadline", first),
        Milestone("participation_deadline", participation_deadline),
        Milestone("tender_deadline", tender_deadline),
        *_question_milestones(country, tender_deadline, question_deadline, above_threshold, accelerated),
        Milestone("award_decision", award_decision),
    ]
    rule = standstill_rule(country, above_threshold=above_threshold, electronic=electronic_decision)
    end = standstill_end(award_decision, rule) if award_decision and rule else None
    milestones.append(Milestone("standstill_end", end, rule=rule))
    return BidTimeline(tuple(milestones), _missing(procedure, tender_deadline, participation_deadline))


def _question_milestones(
    country: str,
    tender_deadline: datetime | None,
    question_deadline: datetime | None,
    above_threshold: bool | None,
    accelerated: bool,
) -> list[Milestone]:
    rule = answer_rule(country, above_threshold=above_threshold, accelerated=accelerated)
    answers = tender_deadline - timedelta(days=rule.days) if tender_deadline and rule else None
    if question_deadline is not None:
        cutoff = Milestone("question_cutoff", question_deadline)
    elif tender_deadline is not None:
        cutoff = Milestone("question_cutoff", tender_deadline - timedelta(days=ASSUMED_QUESTION_CUTOFF_DAYS), True)
    else:
        cutoff = Milestone("question_cutoff", None)
    internal = (
        cutoff.when - timedelta(days=INTERNAL_QUESTION_MARGIN_DAYS) if isinstance(cutoff.when, datetime) else None
    )
    return [
        cutoff,
        Milestone("answers_due", answers, rule=rule),
        Milestone("internal_question_deadline", internal, estimated=True),
    ]


def _missing(procedure: str | None, tender: datetime | None, participation: datetime | None) -> tuple[str, ...]:
    if procedure in TWO_STAGE_PROCEDURES:
        # The tender deadline of a two-stage procedure comes with the invitation; only the first one is expected.
        return () if participation or tender else ("participation_deadline",)
    return () if tender else ("tender_deadline",)
