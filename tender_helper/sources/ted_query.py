"""Owns the TED search criteria and how they become the API's expert-query text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from tender_helper.core.company import DEFAULT_NOTICE_KINDS, NoticeKind
from tender_helper.core.cpv import cpv_covers, normalise_cpv, significant_prefix
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput

# Ascending dates make "last publication date seen" a safe restart point after an interruption.
SORT_CLAUSE = "SORT BY publication-date ASC"
_COUNTRY = re.compile(r"[A-Z]{3}")


class Scope(StrEnum):
    """The API's search scope: current OJ S issue only, active notices, or everything ever published."""

    LATEST = "LATEST"
    ACTIVE = "ACTIVE"
    ALL = "ALL"


@dataclass(frozen=True)
class TedQuery:
    """What to ask TED for. Countries are ISO alpha-3; a notice matches a buyer OR a performance country.

    CPV codes are branches: 72000000 asks for everything under division 72. Notice kinds are the eForms
    form types behind `NoticeKind`; corrigenda ("change" notices) come along unless switched off.
    """

    buyer_countries: tuple[str, ...] = ()
    performance_countries: tuple[str, ...] = ()
    cpv_codes: tuple[str, ...] = ()
    notice_kinds: frozenset[NoticeKind] = DEFAULT_NOTICE_KINDS
    since: date | None = None
    include_corrigenda: bool = True
    scope: Scope = Scope.ACTIVE

    def __post_init__(self) -> None:
        object.__setattr__(self, "buyer_countries", _countries(self.buyer_countries))
        object.__setattr__(self, "performance_countries", _countries(self.performance_countries))
        object.__setattr__(self, "cpv_codes", _cpv_branches(self.cpv_codes))
        object.__setattr__(self, "notice_kinds", frozenset(NoticeKind(k) for k in self.notice_kinds))

    def with_since(self, since: date | None) -> TedQuery:
        return replace(self, since=since)

    def criteria_key(self) -> str:
        """Everything but the date: a sync state belongs to one set of criteria."""
        kinds = ",".join(sorted(self.notice_kinds))
        return (
            f"b={','.join(self.buyer_countries)};p={','.join(self.performance_countries)};"
            f"c={','.join(self.cpv_codes)};k={kinds};corr={self.include_corrigenda};s={self.scope}"
        )

    def expert_query(self) -> str:
        """The expert-search text, e.g. 'publication-date>=20240101 AND buyer-country IN (FIN SWE) ...'."""
        parts = [f"publication-date>={self.since:%Y%m%d}"] if self.since else []
        parts += [clause for clause in (self._country_clause(), self._cpv_clause(), self._kind_clause()) if clause]
        if not parts:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The TED search needs at least a date, a country, a CPV code or a notice kind."
                )
            )
        return " AND ".join(parts) + " " + SORT_CLAUSE

    def _country_clause(self) -> str:
        clauses = []
        if self.buyer_countries:
            clauses.append(f"buyer-country IN ({' '.join(self.buyer_countries)})")
        if self.performance_countries:
            # place-of-performance holds both NUTS codes and alpha-3 country codes.
            clauses.append(f"place-of-performance IN ({' '.join(self.performance_countries)})")
        return _any_of(clauses)

    def _cpv_clause(self) -> str:
        terms = []
        for code in self.cpv_codes:
            prefix = significant_prefix(code)
            terms.append(f"classification-cpv={code}" if len(prefix) == len(code) else f"classification-cpv={prefix}*")
        return _any_of(terms)

    def _kind_clause(self) -> str:
        if not self.notice_kinds:
            return ""
        form_types = sorted(str(kind.value) for kind in self.notice_kinds)
        if self.include_corrigenda:
            form_types.append("change")
        return f"form-type IN ({' '.join(form_types)})"


def _countries(codes: Iterable[str]) -> tuple[str, ...]:
    result = sorted({code.strip().upper() for code in codes})
    for code in result:
        if not _COUNTRY.fullmatch(code):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not a three-letter country code such as FIN or SWE."),
                field="countries",
                value=code,
            )
    return tuple(result)


def _cpv_branches(codes: Iterable[str]) -> tuple[str, ...]:
    """Normalised, sorted codes without those another code already covers (72000000 covers 72212000)."""
    unique = {normalise_cpv(code) for code in codes}
    return tuple(sorted(c for c in unique if not any(p != c and cpv_covers(p, c) for p in unique)))


def _any_of(clauses: Sequence[str]) -> str:
    if len(clauses) > 1:
        return "(" + " OR ".join(clauses) + ")"
    return clauses[0] if clauses else ""
