"""What the matching index holds per notice: one document for the notice and one per lot, analysed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from tender_helper.core.notice import Lot, Moment, Money, Notice, moment_sort_key
from tender_helper.matching.analysis import COMPOUNDING, analyse, knows

MAX_LOTS = 1023  # storage keeps 1024 documents per notice: the notice and up to 1023 lots

# Approximate euro value of the currencies Nordic and Baltic notices use, for comparing contract sizes
# only (a ranking needs the order of magnitude, not the day's rate). Others are not compared.
EUR_PER_UNIT = {"EUR": 1.0, "SEK": 0.087, "NOK": 0.085, "DKK": 0.134, "ISK": 0.0066, "PLN": 0.23, "GBP": 1.17}


@dataclass(frozen=True, slots=True)
class IndexDoc:
    """The analysed text and the facts scoring needs of a notice (position 0) or one of its lots."""

    position: int
    lot_id: str
    cpv: tuple[str, ...]
    nuts: tuple[str, ...]
    value_eur: float | None
    value_amount: str | None
    value_currency: str | None
    deadline_utc: datetime | None
    terms: str  # the distinct analysed words, space-separated
    compounding: bool  # some of the text is in a language that glues words together
    unanalysed: tuple[str, ...]  # languages of the text that no stemmer knows


def to_eur(money: Money | None) -> float | None:
    if money is None or money.currency.upper() not in EUR_PER_UNIT:
        return None
    return float(money.amount) * EUR_PER_UNIT[money.currency.upper()]


def utc(moment: Moment | None) -> datetime | None:
    if moment is None:
        return None
    return moment_sort_key(moment).astimezone(UTC).replace(tzinfo=None)


def analyse_texts(*texts: Mapping[str, str]) -> tuple[str, bool, tuple[str, ...]]:
    """The distinct analysed words of texts keyed by language; languages with a stemmer win over those without.

    Returns the words, whether a compounding language is among them, and the languages left unstemmed.
    """
    by_lang: dict[str, list[str]] = {}
    for text in texts:
        for lang, value in text.items():
            by_lang.setdefault(lang.lower(), []).append(value)
    known = [lang for lang in by_lang if knows(lang)]
    chosen = known or list(by_lang)
    # Each word once: matching asks only whether a word holds a key, and every copy costs the index.
    terms = dict.fromkeys(term for lang in chosen for value in by_lang[lang] for term in analyse(value, lang))
    unanalysed = () if known else tuple(sorted(by_lang))
    return " ".join(terms), any(lang in COMPOUNDING for lang in known), unanalysed


def _doc(
    position: int,
    lot_id: str,
    cpv: tuple[str, ...],
    nuts: tuple[str, ...],
    value: Money | None,
    deadline: Moment | None,
    *texts: Mapping[str, str],
) -> IndexDoc:
    terms, compounding, unanalysed = analyse_texts(*texts)
    return IndexDoc(
        position=position,
        lot_id=lot_id,
        cpv=cpv,
        nuts=nuts,
        value_eur=to_eur(value),
        value_amount=None if value is None else str(value.amount),
        value_currency=None if value is None else value.currency,
        deadline_utc=utc(deadline),
        terms=terms,
        compounding=compounding,
        unanalysed=unanalysed,
    )


def _lot_doc(position: int, lot: Lot) -> IndexDoc:
    deadline = lot.deadline or lot.participation_deadline
    return _doc(position, lot.id, lot.cpv, lot.nuts, lot.estimated_value, deadline, lot.title, lot.description)


def index_docs(notice: Notice) -> list[IndexDoc]:
    """The notice's own document (title and description, its codes, value and deadline) and one per lot."""
    deadline = notice.deadline or notice.participation_deadline
    head = _doc(0, "", notice.cpv, notice.nuts, notice.estimated_value, deadline, notice.title, notice.description)
    return [head, *(_lot_doc(number, lot) for number, lot in enumerate(notice.lots[:MAX_LOTS], start=1))]
