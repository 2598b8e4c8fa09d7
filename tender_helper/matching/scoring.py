"""Scores a notice and each of its lots against a profile as a sum of named, weighted parts.

Every part is `weight x value`, value in [-1, 1]; the weights below are the one place to tune. A part
carries the reason key and parameters it was computed from, so the explanation is the same data as
the score (explain.py renders it in the user's language).

- cpv: the closest pair of a notice code and a profile code in the CPV tree. Same code or below
  yours 1.0; the notice's code is broader than yours 0.7 - 0.15 per level up (at least 0.2); same
  group (3 digits) 0.5; same division 0.2; nothing in common -0.3.
- region: place of performance (lot, else notice, else buyer region). Inside your regions 1.0; a
  wider region containing yours 0.6; in one of your countries 0.4; elsewhere -1.0.
- words: your keywords found in the notice's or lot's text: 1 - 0.4^n for n words (0.6, 0.84, 0.94...).
- label_words: words of your CPV codes' labels found in the text, in the notice's language, same curve.
- value: estimated value in EUR against your range: inside 1.0, below -0.4, above -0.6.
- turnover: value above 3x your turnover -1.0 (buyers usually ask for a turnover of about twice the
  yearly value).
- deadline: days left; passed -1.0, fewer than your minimum (else 7) -0.6, otherwise 1.0.
- kind: a notice kind your profile does not ask for -1.0. cancelled: cancelled by the buyer -1.0.
- excluded: one of your excluded words in the text -1.0.
- similar: same buyer or same main CPV as a notice you dismissed with "don't show similar" -1.0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, TypeVar

from tender_helper.core.cpv import significant_prefix
from tender_helper.core.nuts import ALPHA2_TO_ALPHA3
from tender_helper.matching.analysis import contains_key
from tender_helper.matching.index import IndexDoc

T = TypeVar("T")
WEIGHTS: dict[str, float] = {
    "cpv": 4.0,
    "region": 2.0,
    "words": 3.0,
    "label_words": 1.0,
    "value": 1.0,
    "turnover": 1.5,
    "deadline": 1.0,
    "kind": 3.0,
    "cancelled": 5.0,
    "excluded": 8.0,
    "similar": 2.0,
}
SHORT_DAYS = 7  # fewer days than this is "only N days left" when the profile sets no minimum
TURNOVER_FACTOR = 3.0
FIT_PERCENT = 40  # a lot at or above this share of the best possible score "fits"
CPV_OUTSIDE = -0.3  # the code value of a notice whose codes share nothing with the profile's
CANDIDATE_CPV = 0.55  # a code at least this close (yours, below yours, one level above) makes a match
MEMO_LIMIT = 100_000  # parts a query memoises before it starts again (some 20 MB)
_MISSING = object()
KEY = tuple[tuple[str, ...], ...]  # analysed keyword: alternatives per word, every word required


@dataclass(frozen=True, slots=True)
class Part:
    """One named contribution to a score, with what it was computed from (for the explanation)."""

    kind: str  # a key of WEIGHTS, or "info" for a note that adds nothing
    reason: str  # which sentence explains it, e.g. "cpv_under"
    points: float
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Keyword:
    text: str
    keys: KEY


@dataclass(frozen=True)
class ProfileQuery:
    """A search profile made ready for scoring: prefixes, countries, analysed words."""

    cpv: tuple[str, ...] = ()
    nuts: tuple[str, ...] = ()
    countries: frozenset[str] = frozenset()  # ISO alpha-3, including the countries of `nuts`
    keywords: tuple[Keyword, ...] = ()
    label_words: tuple[Keyword, ...] = ()
    excluded: tuple[Keyword, ...] = ()
    min_value: float | None = None
    max_value: float | None = None
    turnover: float | None = None
    min_days: int | None = None
    kinds: frozenset[str] = frozenset()  # notice kinds (core.notice KIND_*) wanted
    similar_cpv: frozenset[str] = frozenset()
    similar_buyers: frozenset[str] = frozenset()

    @cached_property
    def memo(self) -> dict[tuple[Any, ...], Any]:
        """Parts computed for this profile, by what they were computed from (see _memo)."""
        return {}

    @cached_property
    def bound_memo(self) -> dict[str, dict[Any, Any]]:
        """Bound parts computed for this profile that do not depend on the time (see bound.Bounds), by kind."""
        return {}

    @cached_property
    def cpv_divisions(self) -> frozenset[str]:
        """The divisions (first two digits) of the profile's codes: a code outside them is unrelated to all."""
        return frozenset(code[:2] for code in self.cpv)

    @cached_property
    def all_keys(self) -> tuple[str, ...]:
        """Every key of the keywords, label words and excluded words, each once."""
        words = (*self.keywords, *self.label_words, *self.excluded)
        return tuple(dict.fromkeys(key for kw in words for alts in kw.keys for key in alts))

    @cached_property
    def _by_key(self) -> dict[str, set[int]]:
        groups = (self.keywords, self.label_words, self.excluded)
        index: dict[str, set[int]] = {}
        for group, words in enumerate(groups):
            for number, kw in enumerate(words):
                for key in (key for alts in kw.keys for key in alts):
                    index.setdefault(key, set()).add(group * 100_000 + number)
        return index

    def keywords_with(self, present: set[str]) -> tuple[list[Keyword], list[Keyword], list[Keyword]]:
        """Keywords, label words and excluded words with at least one key among `present`, in their order."""
        numbers = sorted({number for key in present for number in self._by_key.get(key, ())})
        groups = (self.keywords, self.label_words, self.excluded)
        found: tuple[list[Keyword], list[Keyword], list[Keyword]] = ([], [], [])
        for number in numbers:
            found[number // 100_000].append(groups[number // 100_000][number % 100_000])
        return found

    def best_possible(self) -> float:
        """The most a notice can score with this profile: what 100 % on the score bar means."""
        active = [
            ("cpv", bool(self.cpv)),
            ("region", bool(self.nuts or self.countries)),
            ("words", bool(self.keywords)),
            ("label_words", bool(self.label_words)),
            ("value", self.min_value is not None or self.max_value is not None),
            ("deadline", True),
        ]
        return sum(WEIGHTS[name] for name, on in active if on)


@dataclass(frozen=True, slots=True)
class NoticeFacts:
    """What scoring reads of a stored notice: its kind and buyer, and its index documents."""

    notice_id: int
    kind: str
    cancelled: bool
    buyer_name: str
    buyer_country: str | None
    main_cpv: str | None
    docs: tuple[IndexDoc, ...]  # docs[0] is the notice itself, the rest its lots


@dataclass(frozen=True, slots=True)
class LotMatch:
    lot_id: str
    score: float
    percent: int
    fits: bool
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class NoticeMatch:
    """A notice's score: its own parts plus those of its best lot, and every lot's own score."""

    notice_id: int
    score: float
    percent: int
    parts: tuple[Part, ...]
    lots: tuple[LotMatch, ...]


def _part(name: str, reason: str, amount: float, /, **params: Any) -> Part:
    return Part(name, reason, round(WEIGHTS[name] * amount, 4), params)


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for left, right in zip(a, b, strict=False):
        if left != right:
            break
        size += 1
    return size


def cpv_pair(mine: str, code: str) -> tuple[float, str] | None:
    """How close a notice's code is to one of the profile's, and the reason; None when they are unrelated."""
    mine_prefix, code_prefix = significant_prefix(mine), significant_prefix(code)
    if code.startswith(mine_prefix):
        return 1.0, "cpv_same" if code == mine else "cpv_under"
    if mine.startswith(code_prefix):
        return max(0.2, 0.7 - 0.15 * (len(mine_prefix) - len(code_prefix))), "cpv_broader"
    common = _common_prefix(mine_prefix, code_prefix)
    return (0.5, "cpv_group") if common >= 3 else (0.2, "cpv_division") if common == 2 else None


def cpv_part(profile: ProfileQuery, codes: Sequence[str]) -> Part | None:
    """The closest code pair in the CPV tree (see the module docstring for the values)."""
    if not profile.cpv or not codes:
        return None
    best: tuple[float, str, str, str] = (CPV_OUTSIDE, "cpv_outside", codes[0], profile.cpv[0])
    for mine in profile.cpv:
        for code in codes:
            pair = cpv_pair(mine, code)
            if pair is not None and pair[0] > best[0]:
                best = (*pair, code, mine)
    value, reason, code, mine = best
    return _part("cpv", reason, value, code=code, profile_code=mine)


OUTSIDE_POINTS = round(WEIGHTS["cpv"] * CPV_OUTSIDE, 4)  # what cpv_part gives codes unrelated to all the profile's


def cpv_points(profile: ProfileQuery, code: str) -> float:
    """The points cpv_part gives a lone code, without building the part (bounds ask for thousands)."""
    if not profile.cpv:
        return 0.0
    if code[:2] not in profile.cpv_divisions:  # cpv_pair needs a shared division: 'nothing in common'
        return OUTSIDE_POINTS
    pairs = (cpv_pair(mine, code) for mine in profile.cpv)
    return round(WEIGHTS["cpv"] * max([CPV_OUTSIDE, *(pair[0] for pair in pairs if pair is not None)]), 4)


def region_part(profile: ProfileQuery, nuts: Sequence[str], country: str | None) -> Part | None:
    if not (profile.nuts or profile.countries) or not (nuts or country):
        return None
    for code in nuts:
        mine = next((m for m in profile.nuts if code.upper().startswith(m)), None)
        if mine is not None:
            return _part("region", "region_in", 1.0, code=code, profile_code=mine)
    for code in nuts:
        mine = next((m for m in profile.nuts if m.startswith(code.upper())), None)
        if mine is not None and len(code) > 2:
            return _part("region", "region_covers", 0.6, code=code, profile_code=mine)
    countries = {ALPHA2_TO_ALPHA3.get(code[:2].upper(), "") for code in nuts} | ({country} if country else set())
    countries.discard("")
    inside = sorted(countries & profile.countries)
    if inside:
        return _part("region", "region_country", 0.4, country=inside[0])
    return _part("region", "region_outside", -1.0, country=", ".join(sorted(countries)))


def _found(keywords: Iterable[Keyword], present: set[str]) -> list[str]:
    return [kw.text for kw in keywords if all(not present.isdisjoint(alts) for alts in kw.keys)]


def present_keys(profile: ProfileQuery, body: str, compounding: bool) -> set[str]:
    """The profile's keys found in `body`: one fast substring test per key, the word-start rule only for hits."""
    hits = [key for key in profile.all_keys if key in body]
    return {key for key in hits if contains_key(body, key, compounding)} if hits else set()


def word_parts(profile: ProfileQuery, present: set[str]) -> list[Part]:
    """Keywords, label words and excluded words whose keys are all among the keys found in the text."""
    if not present:
        return []
    parts = []
    hit = profile.keywords_with(present)
    words = _found(hit[0], present)
    if words:
        parts.append(_part("words", "words", 1 - 0.4 ** len(words), words=words))
    labels = [word for word in _found(hit[1], present) if word not in words]
    if labels:
        parts.append(_part("label_words", "label_words", 1 - 0.4 ** len(labels), words=labels))
    excluded = _found(hit[2], present)
    if excluded:
        parts.append(_part("excluded", "excluded", -1.0, words=excluded))
    return parts


def value_parts(profile: ProfileQuery, value: float | None) -> list[Part]:
    if value is None or value <= 0:
        return []
    parts = []
    if profile.min_value is not None and value < profile.min_value:
        parts.append(_part("value", "value_below", -0.4, value=value, limit=profile.min_value))
    elif profile.max_value is not None and value > profile.max_value:
        parts.append(_part("value", "value_above", -0.6, value=value, limit=profile.max_value))
    elif profile.min_value is not None or profile.max_value is not None:
        parts.append(_part("value", "value_fits", 1.0, value=value))
    if profile.turnover and value > TURNOVER_FACTOR * profile.turnover:
        parts.append(_part("turnover", "value_turnover", -1.0, value=value, turnover=profile.turnover))
    return parts


def deadline_part(profile: ProfileQuery, deadline: datetime | None, now: datetime) -> Part | None:
    if deadline is None:
        return None
    days = (deadline - now).days
    if deadline < now:
        return _part("deadline", "deadline_passed", -1.0, days=(now - deadline).days)
    if days < (profile.min_days if profile.min_days is not None else SHORT_DAYS):
        return _part("deadline", "deadline_short", -0.6, days=days)
    return _part("deadline", "deadline_in", 1.0, days=days)


def notice_parts(profile: ProfileQuery, facts: NoticeFacts) -> list[Part]:
    """Parts that belong to the notice as a whole: its kind, cancellation, likeness to a dismissed one."""
    parts = []
    if profile.kinds and facts.kind not in profile.kinds:
        parts.append(_part("kind", "kind_unwanted", -1.0, kind=facts.kind))
    if facts.cancelled:
        parts.append(_part("cancelled", "cancelled", -1.0))
    buyer = facts.buyer_name.casefold()
    if buyer and buyer in profile.similar_buyers:
        parts.append(_part("similar", "similar_buyer", -1.0, buyer=facts.buyer_name))
    elif facts.main_cpv and facts.main_cpv in profile.similar_cpv:
        parts.append(_part("similar", "similar_cpv", -1.0, code=facts.main_cpv))
    head = facts.docs[0]
    if len(facts.docs) == 1:
        parts.append(Part("info", "no_lots", 0.0))
    if head.unanalysed:
        parts.append(Part("info", "unanalysed", 0.0, {"languages": ", ".join(head.unanalysed)}))
    if not head.terms.strip() and all(not doc.terms.strip() for doc in facts.docs):
        parts.append(Part("info", "no_text", 0.0))
    return parts


def _memo(profile: ProfileQuery, key: tuple[Any, ...], compute: Callable[..., T], *args: Any) -> T:
    """`compute(profile, *args)`, for parts that depend only on a few values (codes, place, deadline, value,
    the keys found in a text) and are computed once per query: many lots share them."""
    memo = profile.memo
    found = memo.get(key, _MISSING)
    if found is _MISSING:
        if len(memo) >= MEMO_LIMIT:  # a query kept for long (query.shared_query) meets ever new deadlines
            memo.clear()
        found = memo[key] = compute(profile, *args)
    return found


def lot_inputs(
    facts: NoticeFacts, lot: IndexDoc
) -> tuple[tuple[str, ...], tuple[str, ...], datetime | None, float | None]:
    """The codes, places, deadline and value a lot is scored on: what the lot does not say it takes from the
    notice (the notice's value only when it has at most one lot, as it is the sum of several otherwise)."""
    head = facts.docs[0]
    codes, nuts, deadline = lot.cpv or head.cpv, lot.nuts or head.nuts, lot.deadline_utc or head.deadline_utc
    value = lot.value_eur if lot.value_eur is not None else (head.value_eur if len(facts.docs) <= 2 else None)
    return codes, nuts, deadline, value


def fixed_parts(
    profile: ProfileQuery, facts: NoticeFacts, lot: IndexDoc, now: datetime
) -> tuple[list[Part], list[Part]]:
    """The parts of a lot that do not depend on its text: (code, place and deadline parts, value parts)."""
    codes, nuts, deadline, value = lot_inputs(facts, lot)
    country = facts.buyer_country
    parts = [
        _memo(profile, ("cpv", codes), cpv_part, codes),
        _memo(profile, ("region", nuts, country), region_part, nuts, country),
        _memo(profile, ("deadline", deadline, now), deadline_part, deadline, now),
    ]
    money = _memo(profile, ("value", value), value_parts, value)
    return [part for part in parts if part is not None], money


def lot_parts(
    profile: ProfileQuery, facts: NoticeFacts, lot: IndexDoc, now: datetime, head_keys: set[str]
) -> list[Part]:
    """Parts of one lot, in the order the explanation lists them.

    `head_keys` are the profile's keys found in the notice's own text, which every lot shares."""
    head = facts.docs[0]
    found, money = fixed_parts(profile, facts, lot, now)
    present = head_keys if lot is head else head_keys | present_keys(profile, f" {lot.terms}", lot.compounding)
    found.extend(_memo(profile, ("words", frozenset(present)), word_parts, present))
    found.extend(money)
    return found


def percent_of(score: float, best: float) -> int:
    return max(0, min(100, round(100 * score / best))) if best > 0 else 0


def score_notice(profile: ProfileQuery, facts: NoticeFacts, now: datetime) -> NoticeMatch:
    """The notice's own parts plus its best lot's; every lot scored with the notice-wide parts too."""
    best_possible = profile.best_possible()
    own = notice_parts(profile, facts)
    own_points = sum(part.points for part in own)
    lots = facts.docs[1:] or facts.docs[:1]
    head = facts.docs[0]
    head_keys = present_keys(profile, f" {head.terms}", head.compounding)
    scored = []
    for lot in lots:
        parts = tuple(lot_parts(profile, facts, lot, now, head_keys))
        score = own_points + sum(part.points for part in parts)
        percent = percent_of(score, best_possible)
        fits = percent >= FIT_PERCENT and not any(part.kind == "excluded" for part in parts)
        scored.append(LotMatch(lot.lot_id, round(score, 4), percent, fits, parts))
    top = max(scored, key=lambda lot: lot.score)
    return NoticeMatch(
        notice_id=facts.notice_id,
        score=top.score,
        percent=top.percent,
        parts=(*own, *top.parts),
        lots=tuple(scored),
    )
