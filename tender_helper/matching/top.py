"""The best N matches exactly, scoring in full only the candidates whose upper bound can still reach them.

Bounds come in two levels (bound.py): a coarse one for every candidate, a finer one on request. The
candidate with the highest bound so far is refined if its bound is coarse and scored if it is fine; once N
matches are scored, a best bound below the N-th score (less EPS) ends the search, as no candidate left can
score more than its bound.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tender_helper.matching.bound import Bound
from tender_helper.matching.scoring import NoticeMatch

# Scores are rounded to 4 decimals (a rounded score may exceed the exact sum by 0.00005): a bound this far
# below the cut-off cannot reach it.
EPS = 1e-3
BATCH = 100  # candidates scored per read of their text, once the first N are scored
REFINE = 500  # candidates refined per read of their lots


@dataclass
class Selection:
    """The matches scored (best first; the best N among them are the best N of all), what was scored, and
    the finer bounds of the candidates refined."""

    matches: list[NoticeMatch] = field(default_factory=list)
    scored: set[int] = field(default_factory=set)
    refined: dict[int, Bound] = field(default_factory=dict)


def select_top(
    coarse: Sequence[Bound],
    count: int,
    refine: Callable[[Sequence[int]], list[Bound]],
    score: Callable[[Sequence[int]], list[NoticeMatch]],
) -> Selection:
    """The `count` best matches (by score, then notice id) among the candidates of the `coarse` bounds.

    `refine` gives finer bounds of notices, `score` their full scores (only the matches among them)."""
    order = sorted(coarse, key=lambda bound: (-bound.score, bound.notice_id))
    fine: list[tuple[float, int]] = []  # (-bound, notice id): a heap, best first
    best: list[float] = []  # the `count` best scores so far: a heap, lowest first
    found = Selection()
    start = 0
    while start < len(order) or fine:
        next_coarse = order[start].score if start < len(order) else float("-inf")
        next_fine = -fine[0][0] if fine else float("-inf")
        if count > 0 and len(best) >= count and max(next_coarse, next_fine) < best[0] - EPS:
            break
        if next_coarse >= next_fine:
            ids = [bound.notice_id for bound in order[start : start + REFINE]]
            start += REFINE
            for bound in refine(ids):
                found.refined[bound.notice_id] = bound
                if bound.possible:
                    heapq.heappush(fine, (-bound.score, bound.notice_id))
        else:
            size = max(count - len(best), BATCH)
            ids = [heapq.heappop(fine)[1] for _ in range(min(size, len(fine)))]
            found.scored.update(ids)
            for match in score(ids):
                found.matches.append(match)
                if len(best) < count:
                    heapq.heappush(best, match.score)
                else:
                    heapq.heappushpop(best, match.score)
    found.matches.sort(key=lambda match: (-match.score, match.notice_id))
    return found
