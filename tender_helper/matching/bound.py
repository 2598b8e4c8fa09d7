"""True upper bounds of a notice's score, read without its text, so that the full explained scoring runs
only for the candidates that can still reach the top (top.py).

A bound reuses the scoring's own parts for everything but the text (codes, place, deadline, value, the
notice-wide parts), and for the text counts the keywords whose every word the full-text index found in the
lot's or the notice's text (a superset of what the word rules accept), plus the most the CPV label words
can add. Excluded words only subtract, so leaving them out keeps the bound above the score. Two levels: a
notice's summary (the codes, places and last deadline of all its lots together) gives a coarse bound, its
lots one by one a finer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from operator import itemgetter
from typing import Any

from tender_helper.matching.analysis import MIN_PART
from tender_helper.matching.index import IndexDoc
from tender_helper.matching.scoring import (
    CANDIDATE_CPV,
    MEMO_LIMIT,
    OUTSIDE_POINTS,
    WEIGHTS,
    NoticeFacts,
    Part,
    ProfileQuery,
    cpv_points,
    deadline_part,
    fixed_parts,
    lot_inputs,
    notice_parts,
    present_keys,
    region_part,
    value_parts,
)

NO_GROUPS = 0
_NO_TEXT = IndexDoc(0, "", (), (), None, None, None, None, "", False, ())
# A notice's document position -> the word groups found in its text, as bits (1 << number in word_groups):
# a ranking tests some 40,000 of them, and bit masks are the cheapest sets.
Hits = Mapping[int, int]


@dataclass(frozen=True, slots=True)
class Bound:
    """No lot of the notice can score more than `score`; whether it is a match for sure, or may be one."""

    notice_id: int
    score: float
    certain: bool  # a code or place makes it one, or a keyword found where the index's test is the exact one
    possible: bool


@dataclass(frozen=True, slots=True)
class NoticeSummary:
    """What all lots of a notice have together, as they are scored (a lot without codes, places or deadline
    takes the notice's): kept with the index, so a coarse bound needs one row per notice."""

    cpv: tuple[str, ...]
    nuts: tuple[str, ...]
    last_deadline: datetime | None
    undated: bool  # some lot has no deadline at all
    compounding: bool  # every document's text is in a compounding language


def summarise(docs: Sequence[IndexDoc]) -> NoticeSummary:
    """The summary of a notice's index documents (its own first), from the scoring's own lot_inputs."""
    facts = NoticeFacts(0, "", False, "", None, None, tuple(docs))
    inputs = [lot_inputs(facts, lot) for lot in docs[1:] or docs[:1]]
    dated = [deadline for _, _, deadline, _ in inputs if deadline is not None]
    return NoticeSummary(
        cpv=tuple(sorted({code for codes, _, _, _ in inputs for code in codes})),
        nuts=tuple(sorted({code for _, nuts, _, _ in inputs for code in nuts})),
        last_deadline=max(dated) if dated else None,
        undated=len(dated) < len(inputs),
        compounding=all(doc.compounding for doc in docs),
    )


def word_groups(profile: ProfileQuery) -> tuple[tuple[str, ...], ...]:
    """The distinct words of the keywords, each as its alternative keys: what the index is asked for."""
    return tuple(dict.fromkeys(alternatives for keyword in profile.keywords for alternatives in keyword.keys))


def keyword_groups(profile: ProfileQuery) -> list[int]:
    """For each keyword, the words it needs, all of them, as bits (1 << number in word_groups)."""
    index = {group: number for number, group in enumerate(word_groups(profile))}
    return [sum({1 << index[alternatives] for alternatives in keyword.keys}) for keyword in profile.keywords]


def curve(name: str, count: int) -> float:
    """The points of `count` words found, as word_parts gives them."""
    return round(WEIGHTS[name] * (1 - 0.4**count), 4) if count else 0.0


def _sure(profile: ProfileQuery, places: Sequence[Part]) -> bool:
    """A code close enough, or for a profile of places only a place, makes a match whatever the text says."""
    offers = bool(profile.cpv or profile.keywords)
    for part in places:
        if part.kind == "cpv" and part.points >= CANDIDATE_CPV * WEIGHTS["cpv"]:
            return True
        if not offers and part.kind == "region" and part.points > 0:
            return True
    return False


def _points(part: Part | None) -> float:
    return 0.0 if part is None else part.points


def _sum(parts: Iterable[Part]) -> float:
    return sum(part.points for part in parts)


class Bounds:
    """Bounds of one ranking from document rows read without text (MatchRepository.doc_facts' layout: notice
    id, position, lot id, CPV, NUTS, value in EUR, amount, currency, deadline, compounding, unanalysed, then
    the notice's kind, cancelled, buyer name, buyer country, main CPV).

    Each part comes from the scoring's own functions, computed once per distinct code list, place, deadline,
    value and buyer: a ranking reads some 40,000 documents but far fewer distinct values. The loop over the
    lots is the hot path of a ranking, hence plain dictionaries and locals there."""

    def __init__(self, profile: ProfileQuery, now: datetime) -> None:
        self.profile, self.now = profile, now
        self.needs = keyword_groups(profile)
        groups = word_groups(profile)
        self.long = sum(1 << n for n, keys in enumerate(groups) if all(len(key) >= MIN_PART for key in keys))
        labels = curve("label_words", len(profile.label_words))
        self.text = [curve("words", found) + labels for found in range(len(self.needs) + 1)]
        self.offers = bool(profile.cpv or profile.keywords)
        ranged = profile.min_value is not None or profile.max_value is not None
        self.money = WEIGHTS["value"] if ranged else 0.0  # "fits your range" is the most a value gives
        # A code list none of whose codes lies in a division of the profile's scores "nothing in common": one
        # search of the list tells, where most lists of the candidates found by their words are such.
        divisions = "|".join(sorted(profile.cpv_divisions))
        self._related = re.compile(rf"(?:^| )(?:{divisions})").search if divisions else None
        self._unrelated = (OUTSIDE_POINTS, False)
        # What does not depend on the time is kept with the query, for the next ranking with the same profile.
        kept = profile.bound_memo
        if sum(len(memo) for memo in kept.values()) >= MEMO_LIMIT:
            kept.clear()
        self._own: dict[tuple[Any, ...], float] = kept.setdefault("own", {})
        self._cpv: dict[str, tuple[float, bool]] = kept.setdefault("cpv", {})
        self._codes: dict[str, float] = kept.setdefault("codes", {})
        self._region: dict[tuple[str, str | None], tuple[float, bool]] = kept.setdefault("region", {})
        self._value: dict[float | None, float] = kept.setdefault("value", {})
        self._found: dict[int, int] = kept.setdefault("found", {})
        self._deadline: dict[datetime | None, float] = {}
        self._similar = bool(profile.similar_buyers or profile.similar_cpv)

    def own(self, kind: str, cancelled: bool, buyer: str, main_cpv: str | None) -> float:
        """The notice-wide parts (kind, cancelled, like a dismissed one): the notes notice_parts adds about lots
        and text count 0 points, so the facts need no documents; the points depend only on the key below."""
        if self._similar:
            key: tuple[Any, ...] = (kind, bool(cancelled), buyer.casefold() in self.profile.similar_buyers,
                                    main_cpv in self.profile.similar_cpv)  # fmt: skip
        else:
            key = (kind, bool(cancelled))
        found = self._own.get(key)
        if found is None:
            facts = NoticeFacts(0, kind, bool(cancelled), buyer, None, main_cpv, (_NO_TEXT,))
            found = self._own[key] = _sum(notice_parts(self.profile, facts))
        return found

    def cpv(self, codes: str) -> tuple[float, bool]:
        """The code part's points, and whether the code alone makes a match (as is_candidate counts it).

        The part is the closest pair of codes, so its points are the best of each code's on its own: worked
        out once per code, as summaries join the codes of all lots into thousands of distinct lists."""
        found = self._cpv.get(codes)
        if found is None:
            split = codes.split()
            if self._related is not None and split and self._related(codes) is None:
                found = self._unrelated
            else:
                points = max(map(self._code, split)) if split else 0.0
                found = points, points >= CANDIDATE_CPV * WEIGHTS["cpv"]
            self._cpv[codes] = found
        return found

    def _code(self, code: str) -> float:
        found = self._codes.get(code)
        if found is None:
            found = self._codes[code] = cpv_points(self.profile, code)
        return found

    def region(self, nuts: str, country: str | None) -> tuple[float, bool]:
        """The place part's points, and whether the place alone makes a match (a profile of places only)."""
        key = (nuts, country)
        found = self._region.get(key)
        if found is None:
            points = _points(region_part(self.profile, tuple(nuts.split()), country))
            found = self._region[key] = points, not self.offers and points > 0
        return found

    def deadline(self, deadline: datetime | None) -> float:
        found = self._deadline.get(deadline)
        if found is None:
            found = self._deadline[deadline] = _points(deadline_part(self.profile, deadline, self.now))
        return found

    def value(self, value: float | None) -> float:
        found = self._value.get(value)
        if found is None:
            found = self._value[value] = _sum(value_parts(self.profile, value))
        return found

    def found(self, hit: int) -> int:
        """How many keywords have every word among the word groups of `hit` (bits)."""
        count = self._found.get(hit)
        if count is None:
            count = self._found[hit] = sum(1 for need in self.needs if need & hit == need)
        return count

    def sure(self, row: Sequence[Any]) -> bool:
        """Whether a notice's codes or places alone make it a match, from its summary row (the layout summary()
        reads): `summary(row, {}).certain` without the rest of the bound."""
        return self.cpv(row[6])[1] or self.region(row[7], row[4])[1]

    def summary(self, row: Sequence[Any], hits: Hits) -> Bound:
        """The coarse bound of a notice from its summary row (MatchRepository.summaries' layout: notice id,
        kind, cancelled, buyer name, buyer country, main CPV, then the summary's CPV, NUTS, last deadline,
        undated, compounding). Each part is the best any lot can have: the code and place parts only grow
        with more codes and places, the deadline part with a later deadline (a lot without one has none)."""
        notice_id, kind, cancelled, buyer, country, main_cpv, codes, nuts, last, undated, compounding = row
        cpv, cpv_sure = self.cpv(codes)
        region, region_sure = self.region(nuts, country)
        due = max(self.deadline(last), 0.0) if undated else self.deadline(last)
        fixed = self.own(kind, cancelled, buyer, main_cpv) + cpv + region + due + self.money
        if not hits:
            return Bound(notice_id, fixed + self.text[0], cpv_sure or region_sure, cpv_sure or region_sure)
        every = NO_GROUPS
        for hit in hits.values():
            every |= hit
        found = self.found(every)
        certain = cpv_sure or region_sure
        if compounding and not certain:
            # Every lot has the notice's words too: a keyword found exactly in the notice or in one lot is found.
            head = hits.get(0, NO_GROUPS) & self.long
            certain = any(need & (head | hit & self.long) == need for hit in hits.values() for need in self.needs)
        return Bound(notice_id, fixed + self.text[found], certain, certain or found > 0)

    def notice(self, docs: Sequence[Sequence[Any]], hits: Hits) -> Bound:
        """The bound of one notice from its document rows (its own first) and what the index found in them."""
        head = docs[0]
        own, country, needs, text = self.own(head[11], head[12], head[13], head[15]), head[14], self.needs, self.text
        head_hit = hits.get(0, NO_GROUPS)
        # In compounding text a key of MIN_PART letters or more counts anywhere in a word: exactly the index's
        # substring test, so such a hit is certain (elsewhere a word must start with the key).
        head_exact = head_hit & self.long if head[9] else NO_GROUPS
        best, certain, possible = float("-inf"), False, False
        for lot in docs[1:] or docs[:1]:
            # What a lot does not say it takes from the notice, as lot_inputs does.
            value = lot[5] if lot[5] is not None else (head[5] if len(docs) <= 2 else None)
            cpv, cpv_sure = self.cpv(lot[3] or head[3])
            region, region_sure = self.region(lot[4] or head[4], country)
            fixed = cpv + region + self.deadline(lot[8] or head[8]) + self.value(value)
            found = 0
            lot_hit = hits.get(lot[1], NO_GROUPS)
            hit = head_hit | lot_hit
            if hit:
                found = self.found(hit)
                exact = head_exact | (lot_hit & self.long if lot[9] else NO_GROUPS)
                certain = certain or any(need & exact == need for need in needs)
                possible = possible or found > 0
            best = max(best, own + fixed + text[found])
            certain = certain or cpv_sure or region_sure
        return Bound(head[0], best, certain, certain or possible)

    def all(self, rows: Iterable[Sequence[Any]], hits: Mapping[int, Hits]) -> list[Bound]:
        """Bounds of every notice among `rows` (in document order, as doc_facts gives them)."""
        found = []
        for notice_id, docs in groupby(rows, key=itemgetter(0)):
            group = list(docs)
            if group[0][1] == 0:  # without its own document a notice is not indexed (and not scored either)
                found.append(self.notice(group, hits.get(notice_id, {})))
        return found


def is_match(profile: ProfileQuery, facts: NoticeFacts, now: datetime) -> bool:
    """Exactly `is_candidate(profile, score_notice(profile, facts, now))`, without building the parts."""
    head = facts.docs[0]
    head_keys: set[str] | None = None
    for lot in facts.docs[1:] or facts.docs[:1]:
        places, _ = fixed_parts(profile, facts, lot, now)
        if _sure(profile, places):
            return True
        if profile.keywords:
            if head_keys is None:
                head_keys = present_keys(profile, f" {head.terms}", head.compounding)
            present = head_keys if lot is head else head_keys | present_keys(profile, f" {lot.terms}", lot.compounding)
            if any(all(not present.isdisjoint(alts) for alts in kw.keys) for kw in profile.keywords):
                return True
    return False
