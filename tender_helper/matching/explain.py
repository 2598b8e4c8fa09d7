"""Reasons in plain words: renders score parts and ranking notes in the user's language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tender_helper.core.cpv import cpv_vocabulary
from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.core.nuts import nuts_regions
from tender_helper.matching.scoring import Part

Translate = Callable[[str, str], str]
CONTEXT = "Matching"

# One sentence per reason key; the parameters are those the score part was computed from.
TEMPLATES: dict[str, str] = {
    "cpv_same": QT_TRANSLATE_NOOP("Matching", "CPV {code} ({label}) is one of yours"),
    "cpv_under": QT_TRANSLATE_NOOP("Matching", "CPV {code} ({label}) is under your {profile_code}"),
    "cpv_broader": QT_TRANSLATE_NOOP("Matching", "CPV {code} ({label}) is broader than your {profile_code}"),
    "cpv_group": QT_TRANSLATE_NOOP("Matching", "CPV {code} ({label}) is in the same group as your {profile_code}"),
    "cpv_division": QT_TRANSLATE_NOOP(
        "Matching", "CPV {code} ({label}) is in the same division as your {profile_code}"
    ),
    "cpv_outside": QT_TRANSLATE_NOOP("Matching", "CPV {code} ({label}) is outside your codes"),
    "region_in": QT_TRANSLATE_NOOP("Matching", "Region {code} {label} is in your area"),
    "region_covers": QT_TRANSLATE_NOOP("Matching", "Region {code} {label} includes your {profile_code}"),
    "region_country": QT_TRANSLATE_NOOP("Matching", "In {country}, one of your countries"),
    "region_outside": QT_TRANSLATE_NOOP("Matching", "Outside your area ({country})"),
    "words": QT_TRANSLATE_NOOP("Matching", "Words: {words}"),
    "label_words": QT_TRANSLATE_NOOP("Matching", "Words of your CPV labels: {words}"),
    "excluded": QT_TRANSLATE_NOOP("Matching", "Excluded word: {words}"),
    "value_fits": QT_TRANSLATE_NOOP("Matching", "Estimated {value} fits your range"),
    "value_below": QT_TRANSLATE_NOOP("Matching", "Value {value} is below your smallest {limit}"),
    "value_above": QT_TRANSLATE_NOOP("Matching", "Value {value} is above your largest {limit}"),
    "value_turnover": QT_TRANSLATE_NOOP("Matching", "Value {value} is far above your turnover ({turnover})"),
    "deadline_in": QT_TRANSLATE_NOOP("Matching", "Deadline in {days} days"),
    "deadline_short": QT_TRANSLATE_NOOP("Matching", "Only {days} days left"),
    "deadline_passed": QT_TRANSLATE_NOOP("Matching", "Deadline passed {days} days ago"),
    "kind_unwanted": QT_TRANSLATE_NOOP("Matching", "Your profile does not ask for {kind} notices"),
    "cancelled": QT_TRANSLATE_NOOP("Matching", "Cancelled by the buyer"),
    "similar_buyer": QT_TRANSLATE_NOOP("Matching", "Same buyer as a notice you dismissed ({buyer})"),
    "similar_cpv": QT_TRANSLATE_NOOP("Matching", "Same main CPV as a notice you dismissed ({code})"),
    "no_lots": QT_TRANSLATE_NOOP("Matching", "The notice lists no lots; it is scored as a whole"),
    "unanalysed": QT_TRANSLATE_NOOP("Matching", "Text in {languages} is compared word for word, without stemming"),
    "no_text": QT_TRANSLATE_NOOP("Matching", "The notice has no text to compare words with"),
    # Notes on a whole ranking: why it is empty or what part of the profile cannot work.
    "empty_profile": QT_TRANSLATE_NOOP(
        "Matching",
        "Nothing can be ranked: the search profile is empty. Add CPV codes, keywords, regions or countries "
        "on the Search profile page.",
    ),
    "keyword_ignored": QT_TRANSLATE_NOOP(
        "Matching", "Keyword '{word}' has only common words or symbols, so it cannot find anything"
    ),
    "cpv_unused": QT_TRANSLATE_NOOP("Matching", "No stored notice uses your CPV codes {codes} or codes under them"),
    "no_notices": QT_TRANSLATE_NOOP("Matching", "There are no notices yet: import or sync notices first"),
    "no_candidates": QT_TRANSLATE_NOOP(
        "Matching", "No stored notice shares a CPV code, a keyword or a region with the profile"
    ),
}
KIND_NAMES = {
    "competition": QT_TRANSLATE_NOOP("Matching", "call for tender"),
    "planning": QT_TRANSLATE_NOOP("Matching", "prior information"),
    "result": QT_TRANSLATE_NOOP("Matching", "award"),
    "change": QT_TRANSLATE_NOOP("Matching", "change"),
    "other": QT_TRANSLATE_NOOP("Matching", "other"),
}


@dataclass(frozen=True, slots=True)
class Note:
    """A remark about a whole ranking (e.g. an empty profile), rendered like a part."""

    reason: str
    params: dict[str, Any] = field(default_factory=dict)


def money_text(value: float) -> str:
    """120000 -> '120 000 EUR', 8000000 -> '8 MEUR', 2500000 -> '2.5 MEUR'."""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + " MEUR"
    return f"{round(value):,}".replace(",", " ") + " EUR"


_SPACES = re.compile(" {2,}")  # plain spaces only: amounts keep their no-break spaces


def _region_label(code: str) -> str:
    """The region's name; for a code the bundled NUTS list lacks (notices still use older NUTS versions), the
    nearest region above it that the list knows, in brackets; empty if none."""
    regions = nuts_regions()
    label = regions.label(code)
    if label:
        return label
    for length in range(len(code) - 1, 1, -1):
        above = regions.label(code[:length])
        if above:
            return f"({above})"
    return ""


def _shown_params(reason: str, params: dict[str, Any], language: str, translate: Translate) -> dict[str, Any]:
    shown = dict(params)
    if "code" in params and reason.startswith("cpv"):
        shown["label"] = cpv_vocabulary().label(str(params["code"]), language)
    if "code" in params and reason.startswith("region"):
        shown["label"] = _region_label(str(params["code"]).upper())
    for name in ("value", "limit", "turnover"):
        if isinstance(params.get(name), int | float):
            shown[name] = money_text(float(params[name]))
    if isinstance(params.get("words"), list):
        shown["words"] = ", ".join(params["words"])
    if isinstance(params.get("codes"), list):
        shown["codes"] = ", ".join(params["codes"])
    if "kind" in params:
        shown["kind"] = translate(CONTEXT, KIND_NAMES.get(str(params["kind"]), str(params["kind"])))
    return shown


def render(reason: str, params: dict[str, Any], language: str, translate: Translate) -> str:
    """One reason as a sentence in the UI language; `language` picks CPV labels (eng, fin, swe, dan, nob)."""
    template = TEMPLATES.get(reason, reason)
    text = translate(CONTEXT, template).format(**_shown_params(reason, params, language, translate))
    return _SPACES.sub(" ", text).strip()  # an empty label leaves no double space


def explain_part(part: Part, language: str, translate: Translate) -> str:
    return render(part.reason, part.params, language, translate)


def explain_note(note: Note, language: str, translate: Translate) -> str:
    return render(note.reason, note.params, language, translate)


def sign(part: Part) -> str:
    """'+' for what speaks for a notice, '-' against, '' for a note that adds nothing."""
    return "+" if part.points > 0 else "-" if part.points < 0 else ""
