"""Companies and their search profiles as plain values, with the validation every front end shares."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from tender_helper.core.business_id import COUNTRIES, normalise_business_id
from tender_helper.core.cpv import cpv_vocabulary
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.core.nuts import NUTS_COUNTRY, nuts_regions

WORK_LANGUAGES = ("fin", "swe", "nor", "dan", "eng", "est", "lav", "lit")


class SizeClass(StrEnum):
    """EU SME size classes (Recommendation 2003/361/EC)."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class NoticeKind(StrEnum):
    """What kinds of notices a profile wants to see (eForms form types behind each)."""

    CALL_FOR_TENDER = "competition"
    PRIOR_INFORMATION = "planning"
    MARKET_CONSULTATION = "consultation"
    AWARD = "result"


DEFAULT_NOTICE_KINDS = frozenset({NoticeKind.CALL_FOR_TENDER, NoticeKind.PRIOR_INFORMATION})


def size_class_for(employees: int | None, turnover: Decimal | None) -> SizeClass | None:
    """The size class the staff headcount and turnover imply (balance sheet not asked)."""
    if employees is None:
        return None
    million = Decimal(1_000_000)
    if employees < 10 and (turnover is None or turnover <= 2 * million):
        return SizeClass.MICRO
    if employees < 50 and (turnover is None or turnover <= 10 * million):
        return SizeClass.SMALL
    if employees < 250 and (turnover is None or turnover <= 50 * million):
        return SizeClass.MEDIUM
    return SizeClass.LARGE


@dataclass(frozen=True)
class Company:
    """A company the installation works for (the user's own, or an adviser's client)."""

    name: str
    business_id: str
    country: str
    id: int | None = None
    size_class: SizeClass | None = None
    turnover: Decimal | None = None
    employees: int | None = None
    languages: tuple[str, ...] = ()
    description: str = ""
    is_sample: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The company as JSON (what `company show --json` prints and hand-off packages carry)."""
        return {
            "id": self.id,
            "name": self.name,
            "business_id": self.business_id,
            "country": self.country,
            "size_class": self.size_class.value if self.size_class else None,
            "turnover": None if self.turnover is None else str(self.turnover),
            "employees": self.employees,
            "languages": list(self.languages),
            "description": self.description,
        }

    def validated(self) -> Company:
        """A copy with the business id in its written form; raises InvalidInput naming the bad field."""
        name = self.name.strip()
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The company needs a name."), field="name")
        country = self.country.strip().upper()
        if country not in COUNTRIES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Country {value} is not supported; choose one of FI, SE, NO, DK, EE, LV, LT."
                ),
                field="country",
                value=country,
            )
        business_id = normalise_business_id(country, self.business_id)
        if self.employees is not None and self.employees < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Staff cannot be negative."), field="employees")
        if self.turnover is not None and self.turnover < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Turnover cannot be negative."), field="turnover")
        unknown = [lang for lang in self.languages if lang not in WORK_LANGUAGES]
        if unknown:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown language code {value}; use e.g. fin, swe, nor, eng."),
                field="languages",
                value=", ".join(unknown),
            )
        size = self.size_class or size_class_for(self.employees, self.turnover)
        return replace(self, name=name, country=country, business_id=business_id, size_class=size)


@dataclass(frozen=True)
class SearchProfile:
    """What a company looks for: codes, regions, words, value range, time and notice kinds."""

    company_id: int
    cpv: tuple[str, ...] = ()
    nuts: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    excluded_words: tuple[str, ...] = ()
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    min_days: int | None = None
    notice_kinds: frozenset[NoticeKind] = field(default_factory=lambda: DEFAULT_NOTICE_KINDS)
    updated_at: datetime | None = None

    def is_empty(self) -> bool:
        return not (self.cpv or self.nuts or self.countries or self.keywords)

    def to_json_dict(self) -> dict[str, Any]:
        """The profile as JSON (what `profile show --json` prints and hand-off packages carry)."""
        return {
            "company_id": self.company_id,
            "cpv": list(self.cpv),
            "nuts": list(self.nuts),
            "countries": list(self.countries),
            "keywords": list(self.keywords),
            "excluded_words": list(self.excluded_words),
            "min_value": None if self.min_value is None else str(self.min_value),
            "max_value": None if self.max_value is None else str(self.max_value),
            "min_days": self.min_days,
            "notice_kinds": sorted(kind.value for kind in self.notice_kinds),
        }

    def validated(self) -> SearchProfile:
        """A copy with codes normalised and words de-duplicated; raises InvalidInput on the first bad value."""
        cpv = cpv_vocabulary()
        regions = nuts_regions()
        countries = tuple(dict.fromkeys(_require_country(c) for c in self.countries))
        if self.min_value is not None and self.max_value is not None and self.min_value > self.max_value:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The smallest value {low} is above the largest value {high}."),
                field="value_range",
                low=str(self.min_value),
                high=str(self.max_value),
            )
        for value, name in ((self.min_value, "min_value"), (self.max_value, "max_value")):
            if value is not None and value < 0:
                raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Contract values cannot be negative."), field=name)
        if self.min_days is not None and not 0 <= self.min_days <= 365:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Days to deadline must be between 0 and 365."), field="min_days"
            )
        return replace(
            self,
            cpv=tuple(dict.fromkeys(cpv.require(code) for code in self.cpv)),
            nuts=tuple(dict.fromkeys(regions.require(code) for code in self.nuts)),
            countries=countries,
            keywords=clean_words(self.keywords),
            excluded_words=clean_words(self.excluded_words),
        )


def _require_country(text: str) -> str:
    code = text.strip().upper()
    if code not in NUTS_COUNTRY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Country {value} is not one we watch; use FIN, SWE, NOR, DNK, EST, LVA, LTU or ISL."
            ),
            field="countries",
            value=text.strip(),
        )
    return code


def clean_words(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Strips, drops empties and duplicates (case-insensitively), keeps the user's order and spelling."""
    seen: dict[str, str] = {}
    for word in words:
        text = " ".join(word.split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return tuple(seen.values())


def split_list(text: str) -> tuple[str, ...]:
    """Splits a comma- or newline-separated user list."""
    return tuple(part.strip() for part in text.replace("\n", ",").split(",") if part.strip())


def parse_amount(text: str, field_name: str) -> Decimal | None:
    """Parses '120 000', '120000.50' or '120 000,50' into a Decimal; '' gives None."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount."), field=field_name, value=text.strip()
        ) from error
    if not value.is_finite():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount."), field=field_name, value=text.strip()
        )
    return value
