"""Two-stage ranking: a true upper bound of each candidate's score from its facts without text, so that the
full, explained scoring runs only for the candidates that can still reach the top.

The bound reuses the scoring's own parts for everything but the text (codes, place, deadline, value, the
notice-wide parts), and for the text counts the keywords whose every word the full-text index found in the
lot's or the notice's text (a superset of what the word rules accept), plus the most the CPV label words
can add. Excluded words only subtract, so leaving them out keeps the bound above the score.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from tender_helper.matching.analysis import MIN_PART
from tender_helper.matching.index import IndexDoc
from tender_helper.matching.scoring import (
    CANDIDATE_CPV,
    WEIGHTS,
    NoticeFacts,
    NoticeMatch,
    Part,
    ProfileQuery,
    fixed_parts,
    notice_parts,
    present_keys,
)

# Scores are rounded to 4 decimals (a rounded score may exceed the exact sum by 0.00005): a bound this far
# below the cut-off cannot reach it.
EPS = 1e-3
BATCH = 100  # candidates scored per read of their text, once the first `count` are scored
NO_GROUPS: frozenset[int] = frozenset()
Hits = Mapping[int, frozenset[int]]  # a notice's document position -> the word groups found in its text


@dataclass(frozen=True, slots=True)
class Bound:
    """No lot of the notice can score more than `score`; whether it is a match for sure, or may be one."""

    notice_id: int
    score: float
    certain: bool  # a code or place makes it one, or a keyword found where the index's test is the exact one
    possible: bool


def word_groups(profile: ProfileQuery) -> tuple[tuple[str, ...], ...]:
    """The distinct words of the keywords, each as its alternative keys: what the index is asked for."""
    return tuple(dict.fromkeys(alternatives for keyword in profile.keywords for alternatives in keyword.keys))


def keyword_groups(profile: ProfileQuery) -> list[frozenset[int]]:
    """For each keyword, the indices (in word_groups) of the words it needs, all of them."""
    index = {group: number for number, group in enumerate(word_groups(profile))}
    return [frozenset(index[alternatives] for alternatives in keyword.keys) for keyword in profile.keywords]


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


def _exact(doc: IndexDoc, hit: frozenset[int], long_groups: frozenset[int]) -> frozenset[int]:
    """The groups whose hit in `doc` is certain: in compounding text a key of MIN_PART letters or more counts
    anywhere in a word, which is exactly the index's substring test (elsewhere a word must start with it)."""
    return hit & long_groups if doc.compounding else NO_GROUPS


def notice_bound(profile: ProfileQuery, facts: NoticeFacts, hits: Hits, now: datetime) -> Bound:
    """The bound of a notice read without its text (`facts`), given what the index found in its documents."""
    groups = word_groups(profile)
    needs = keyword_groups(profile)
    long_groups = frozenset(n for n, keys in enumerate(groups) if all(len(key) >= MIN_PART for key in keys))
    own = sum(part.points for part in notice_parts(profile, facts))
    labels = curve("label_words", len(profile.label_words))
    head = facts.docs[0]
    head_hit = hits.get(0, NO_GROUPS)
    head_exact = _exact(head, head_hit, long_groups)
    best, certain, possible = float("-inf"), False, False
    for lot in facts.docs[1:] or facts.docs[:1]:
        places, money = fixed_parts(profile, facts, lot, now)
        lot_hit = hits.get(lot.position, NO_GROUPS)
        hit, exact = head_hit | lot_hit, head_exact | _exact(lot, lot_hit, long_groups)
        found = sum(1 for need in needs if need <= hit)
        fixed = sum(part.points for part in places) + sum(part.points for part in money)
        best = max(best, own + fixed + curve("words", found) + labels)
        certain = certain or _sure(profile, places) or any(need <= exact for need in needs)
        possible = possible or found > 0
    return Bound(facts.notice_id, best, certain, certain or possible)


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


def select_top(
    bounds: Sequence[Bound], count: int, score: Callable[[Sequence[int]], list[NoticeMatch]]
) -> tuple[list[NoticeMatch], set[int]]:
    """The matches among `bounds` with at least every one of the `count` best (by score, then notice id),
    best first, and the ids scored. `score` scores notices and keeps the matches among them.

    Candidates are scored in order of their bound; once `count` matches are known, a bound below the
    count-th score (less EPS) means no candidate left can enter, since every later bound is lower still."""
    order = sorted(bounds, key=lambda bound: (-bound.score, bound.notice_id))
    matches: list[NoticeMatch] = []
    scored: set[int] = set()
    start, size = 0, max(count, BATCH)
    while start < len(order):
        if count > 0 and len(matches) >= count:
            cut = heapq.nlargest(count, (match.score for match in matches))[-1]
            if order[start].score < cut - EPS:
                break
        ids = [bound.notice_id for bound in order[start : start + size]]
        matches.extend(score(ids))
        scored.update(ids)
        start, size = start + size, BATCH
    matches.sort(key=lambda match: (-match.score, match.notice_id))
    return matches, scored
