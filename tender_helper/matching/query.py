"""A search profile turned into what matching asks: analysed words, CPV prefixes, full-text queries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tender_helper.core.company import Company, NoticeKind, SearchProfile
from tender_helper.core.cpv import cpv_vocabulary, significant_prefix
from tender_helper.core.notice import KIND_COMPETITION, KIND_PLANNING, KIND_RESULT
from tender_helper.core.nuts import ALPHA2_TO_ALPHA3
from tender_helper.matching.analysis import STEMMERS, analyse_pairs, keyword_keys, match_key
from tender_helper.matching.scoring import CANDIDATE_CPV, WEIGHTS, Keyword, LotMatch, NoticeMatch, Part, ProfileQuery

KINDS_OF = {
    NoticeKind.CALL_FOR_TENDER: KIND_COMPETITION,
    NoticeKind.PRIOR_INFORMATION: KIND_PLANNING,
    NoticeKind.MARKET_CONSULTATION: KIND_PLANNING,
    NoticeKind.AWARD: KIND_RESULT,
}
LABEL_LANGUAGES = ("eng", "fin", "swe", "dan", "nob")
MIN_LABEL_WORD = 4  # shorter label words ("av", "tie") say too little
# Label words that name no trade: a notice using them says nothing about fitting the code.
_GENERIC = (
    "related relating various miscellaneous general operation support development information internet system "
    "systems products equipment management liittyvät muut erilaiset yleiset relaterade övriga diverse relaterede "
    "andre tilknyttede"
)
GENERIC_LABEL_WORDS = frozenset(_GENERIC.split())


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _keywords(texts: Iterable[str]) -> tuple[tuple[Keyword, ...], tuple[str, ...]]:
    """Analysed keywords, and the ones that kept nothing (only stop words, symbols or numbers)."""
    kept: list[Keyword] = []
    ignored: list[str] = []
    for text in texts:
        keys = keyword_keys(text)
        if keys:
            kept.append(Keyword(text, keys))
        else:
            ignored.append(text)
    return tuple(kept), tuple(ignored)


def label_words(codes: Sequence[str]) -> tuple[Keyword, ...]:
    """The words of the codes' labels in every label language, each a one-word keyword in its language."""
    vocabulary = cpv_vocabulary()
    found: dict[str, Keyword] = {}
    for code in codes:
        for lang in LABEL_LANGUAGES:
            label = vocabulary.label(code, lang)
            for word, stem in analyse_pairs(label, lang):
                key = match_key(stem, lang if lang in STEMMERS else "eng")
                if len(key) >= MIN_LABEL_WORD and key not in found and word not in GENERIC_LABEL_WORDS:
                    found[key] = Keyword(word, ((key,),))
    return tuple(found.values())


def build_query(
    profile: SearchProfile, company: Company | None = None, demotions: Iterable[tuple[str | None, str]] = ()
) -> tuple[ProfileQuery, tuple[str, ...]]:
    """The profile ready for scoring, and the keywords that cannot match anything (to tell the user)."""
    return _build(profile, company.turnover if company else None, tuple(demotions))


def shared_query(
    profile: SearchProfile, company: Company | None = None, demotions: Iterable[tuple[str | None, str]] = ()
) -> tuple[ProfileQuery, tuple[str, ...]]:
    """build_query, the same object again while the profile, turnover and demotions stay the same: the parts
    and bounds a query memoises (per code list, place, value) then serve every ranking and re-rank after a
    sync in this process, instead of being worked out again each time."""
    return _shared(profile, company.turnover if company else None, tuple(demotions))


@lru_cache(maxsize=16)
def _shared(
    profile: SearchProfile, turnover: Decimal | None, demotions: tuple[tuple[str | None, str], ...]
) -> tuple[ProfileQuery, tuple[str, ...]]:
    return _build(profile, turnover, demotions)


def _build(
    profile: SearchProfile, turnover: Decimal | None, demotions: tuple[tuple[str | None, str], ...]
) -> tuple[ProfileQuery, tuple[str, ...]]:
    keywords, ignored = _keywords(profile.keywords)
    excluded, _ = _keywords(profile.excluded_words)
    nuts_countries = {ALPHA2_TO_ALPHA3.get(code[:2], "") for code in profile.nuts} - {""}
    demoted = list(demotions)
    query = ProfileQuery(
        cpv=profile.cpv,
        nuts=tuple(code.upper() for code in profile.nuts),
        countries=frozenset(profile.countries) | nuts_countries,
        keywords=keywords,
        label_words=label_words(profile.cpv),
        excluded=excluded,
        min_value=_float(profile.min_value),
        max_value=_float(profile.max_value),
        turnover=_float(turnover),
        min_days=profile.min_days,
        kinds=frozenset(KINDS_OF[kind] for kind in profile.notice_kinds),
        similar_cpv=frozenset(cpv for cpv, _ in demoted if cpv),
        similar_buyers=frozenset(buyer.casefold() for _, buyer in demoted if buyer),
    )
    return query, ignored


def cpv_candidate_codes(codes: Sequence[str]) -> tuple[list[str], list[str]]:
    """The branches of the codes (their significant prefixes) and the broader codes above each code."""
    vocabulary = cpv_vocabulary()
    prefixes = sorted({significant_prefix(code) for code in codes})
    broader = sorted({ancestor for code in codes for ancestor in vocabulary.ancestors(code)})
    return prefixes, broader


def fts_query(keywords: Sequence[Keyword]) -> str:
    """An FTS5 trigram query that finds every text holding all words of some keyword (and a few more)."""
    groups = []
    for keyword in keywords:
        words = [" OR ".join(f'"{key}"' for key in alternatives) for alternatives in keyword.keys]
        groups.append(" AND ".join(f"({word})" for word in words))
    return " OR ".join(f"({group})" for group in groups)


def is_candidate(query: ProfileQuery, match: NoticeMatch) -> bool:
    """A notice is a match when it shares something the company offers: a CPV code of its own, below one
    or one level above, or a keyword; a profile with only places matches on the place."""
    offers = bool(query.cpv or query.keywords)
    for lot in match.lots:
        for part in lot.parts:
            if (part.kind == "cpv" and part.points >= CANDIDATE_CPV * WEIGHTS["cpv"]) or part.kind == "words":
                return True
            if not offers and part.kind == "region" and part.points > 0:
                return True
    return False


def _parts_json(parts: tuple[Part, ...]) -> list[dict[str, Any]]:
    return [{"kind": p.kind, "reason": p.reason, "points": p.points, "params": p.params} for p in parts]


def match_to_json(match: NoticeMatch) -> dict[str, Any]:
    lots = [
        {
            "lot_id": lot.lot_id,
            "score": lot.score,
            "percent": lot.percent,
            "fits": lot.fits,
            "parts": _parts_json(lot.parts),
        }
        for lot in match.lots
    ]
    return {
        "notice_id": match.notice_id,
        "score": match.score,
        "percent": match.percent,
        "parts": _parts_json(match.parts),
        "lots": lots,
    }


def match_from_json(data: dict[str, Any]) -> NoticeMatch:
    def parts(items: list[dict[str, Any]]) -> tuple[Part, ...]:
        return tuple(Part(item["kind"], item["reason"], item["points"], dict(item["params"])) for item in items)

    lots = tuple(
        LotMatch(lot["lot_id"], lot["score"], lot["percent"], lot["fits"], parts(lot["parts"])) for lot in data["lots"]
    )
    return NoticeMatch(data["notice_id"], data["score"], data["percent"], parts(data["parts"]), lots)
