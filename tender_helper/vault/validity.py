"""Country rules for how long company documents stay valid, and the status of a document on a given day."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tender_helper.core.document_types import DOCUMENT_TYPE_IDS
from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput

VALIDITY_CONTEXT = "Validity"
DEFAULT_WARN_DAYS = 30


@dataclass(frozen=True)
class ValidityRule:
    months: int
    note: str  # English, marked for translation in context "Validity": the rule and where it comes from


@dataclass(frozen=True)
class RequiredDocument:
    type_id: str
    when: str  # English, marked for translation in context "Validity": when a buyer typically asks for it


class DocumentStatus(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NO_DATE = "no_date"


# Finland, contractor's obligations act (laki tilaajan selvitysvelvollisuudesta, 1233/2006) 5 §: the register
# extracts, the tax certificate and the pension insurance certificate may be at most three months old.
# Sources: tyosuojelu.fi/harmaa-talous/tilaajavastuu/selvitysvelvollisuus ; tilaajavastuu.fi/tilaajavastuulaki
_FI_OBLIGATIONS_NOTE = QT_TRANSLATE_NOOP(
    "Validity", "Finland: at most 3 months old under the Contractor's Obligations Act (1233/2006)."
)
# Finland, procurement act 1397/2016 § 80: the criminal record extract for procurement from the Legal Register
# Centre (Oikeusrekisterikeskus) is valid one year and can be reused. Source: hankinnat.fi, "Pakolliset
# poissulkemisperusteet".
_FI_CRIMINAL_NOTE = QT_TRANSLATE_NOOP(
    "Validity", "Finland: a criminal record extract for procurement is valid for 12 months (Act 1397/2016 § 80)."
)
# Norway, procurement regulation (FOA) and anskaffelser.no guidance on qualification: the skatteattest (RF-1507)
# may be at most six months old. Source: anskaffelser.no, "Kvalifikasjonskrav".
_NO_SKATTEATTEST_NOTE = QT_TRANSLATE_NOOP(
    "Validity", "Norway: a tax certificate (skatteattest, RF-1507) may be at most 6 months old."
)

# Sweden and the other countries: the research found no verified age limits (Swedish registreringsbevis and
# Skatteverket forms are listed as unverified), so the app proposes nothing and the user types the date.
RULES: dict[tuple[str, str], ValidityRule] = {
    ("FI", "tax_debt_certificate"): ValidityRule(3, _FI_OBLIGATIONS_NOTE),
    ("FI", "pension_insurance_certificate"): ValidityRule(3, _FI_OBLIGATIONS_NOTE),
    ("FI", "trade_register_extract"): ValidityRule(3, _FI_OBLIGATIONS_NOTE),
    ("FI", "vat_register_extract"): ValidityRule(3, _FI_OBLIGATIONS_NOTE),
    ("FI", "registration_certificate"): ValidityRule(3, _FI_OBLIGATIONS_NOTE),
    ("FI", "criminal_record_extract"): ValidityRule(12, _FI_CRIMINAL_NOTE),
    ("NO", "tax_certificate"): ValidityRule(6, _NO_SKATTEATTEST_NOTE),
}

# What a bid typically needs, per country (research file §2.2-2.4). Per-tender documents (ESPD, references,
# CVs) are left out: they belong to the bid's checklist, not to the company's standing evidence.
_REQUIRED: dict[str, tuple[RequiredDocument, ...]] = {
    "FI": (
        RequiredDocument("trade_register_extract", QT_TRANSLATE_NOOP("Validity", "Contractor's obligations act")),
        RequiredDocument(
            "vat_register_extract",
            QT_TRANSLATE_NOOP("Validity", "Contractor's obligations act: prepayment, employer and VAT registers"),
        ),
        RequiredDocument("tax_debt_certificate", QT_TRANSLATE_NOOP("Validity", "Contractor's obligations act")),
        RequiredDocument(
            "pension_insurance_certificate", QT_TRANSLATE_NOOP("Validity", "Contractor's obligations act")
        ),
        RequiredDocument(
            "collective_agreement_statement", QT_TRANSLATE_NOOP("Validity", "Contractor's obligations act")
        ),
        RequiredDocument(
            "occupational_health_agreement", QT_TRANSLATE_NOOP("Validity", "Contractor's obligations act")
        ),
        RequiredDocument(
            "criminal_record_extract",
            QT_TRANSLATE_NOOP("Validity", "Mandatory exclusion grounds; usually asked from the winner"),
        ),
    ),
    "SE": (
        RequiredDocument(
            "registration_certificate", QT_TRANSLATE_NOOP("Validity", "Registration with Bolagsverket (unverified)")
        ),
        RequiredDocument(
            "tax_certificate",
            QT_TRANSLATE_NOOP("Validity", "Taxes and social security paid; registered as employer at Skatteverket"),
        ),
    ),
    "NO": (
        RequiredDocument("tax_certificate", QT_TRANSLATE_NOOP("Validity", "Contracts over NOK 500 000 excluding VAT")),
        RequiredDocument(
            "registration_certificate", QT_TRANSLATE_NOOP("Validity", "Firmaattest from Brønnøysund (unverified)")
        ),
    ),
}
# DK and the Baltic states: the evidence behind ESPD Part III B (taxes) and Part IV A (registers); not verified
# per country.
_GENERIC_REQUIRED: tuple[RequiredDocument, ...] = (
    RequiredDocument("registration_certificate", QT_TRANSLATE_NOOP("Validity", "ESPD Part IV A: suitability")),
    RequiredDocument("tax_debt_certificate", QT_TRANSLATE_NOOP("Validity", "ESPD Part III B: taxes paid")),
)


def _check_type(type_id: str) -> None:
    if type_id not in DOCUMENT_TYPE_IDS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown document type {value}."), field="document_type", value=type_id
        )


def add_months(start: date, months: int) -> date:
    """`start` plus whole calendar months; a day missing from the target month becomes its last day."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def validity_rule(type_id: str, country: str) -> ValidityRule | None:
    """The rule for this document type in this country (alpha-2), or None when no fixed period applies."""
    _check_type(type_id)
    return RULES.get((country.upper(), type_id))


def propose_valid_until(type_id: str, country: str, issued: date) -> date | None:
    """The last day the document counts as valid (inclusive), or None when the user must type the date."""
    rule = validity_rule(type_id, country)
    return None if rule is None else add_months(issued, rule.months)


def required_documents(country: str) -> tuple[RequiredDocument, ...]:
    """The company documents a bid in `country` (alpha-2) typically needs, in the order a checklist shows them."""
    return _REQUIRED.get(country.upper(), _GENERIC_REQUIRED)


def document_status(valid_until: date | None, today: date, warn_days: int = DEFAULT_WARN_DAYS) -> DocumentStatus:
    """Valid, expiring within `warn_days` (inclusive), expired (after `valid_until`), or no date given."""
    if valid_until is None:
        return DocumentStatus.NO_DATE
    if valid_until < today:
        return DocumentStatus.EXPIRED
    if (valid_until - today).days <= warn_days:
        return DocumentStatus.EXPIRING
    return DocumentStatus.VALID


def missing_documents(
    country: str, held: Iterable[tuple[str, date | None]], today: date
) -> tuple[RequiredDocument, ...]:
    """Required documents for which the company holds no copy that is still valid today.

    `held` lists (type id, valid until) of the company's documents; a copy without a date counts as held.
    """
    usable = {type_id for type_id, until in held if document_status(until, today) != DocumentStatus.EXPIRED}
    return tuple(doc for doc in required_documents(country) if doc.type_id not in usable)


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NORDIC_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(text: str, field: str) -> date:
    """Reads a date written as 2025-03-31 (ISO) or 31.3.2025 (Finnish/Norwegian); raises InvalidInput naming `field`."""
    value = text.strip()
    iso = _ISO_DATE.fullmatch(value)
    nordic = _NORDIC_DATE.fullmatch(value)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if nordic:
            return date(int(nordic[3]), int(nordic[2]), int(nordic[1]))
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not a date in the calendar."),
            field=field,
            name=field,
            value=value,
        ) from None
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31."),
        field=field,
        name=field,
        value=value,
    )
