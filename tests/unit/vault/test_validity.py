"""Tests of document validity rules and statuses."""

from __future__ import annotations

from datetime import date

import pytest

from tender_helper.core.document_types import DOCUMENT_TYPE_IDS
from tender_helper.core.errors import InvalidInput
from tender_helper.vault.validity import (
    RULES,
    DocumentStatus,
    add_months,
    document_status,
    missing_documents,
    parse_date,
    propose_valid_until,
    required_documents,
    validity_rule,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 15), 3, date(2025, 4, 15)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),  # no 30 February
        (date(2023, 11, 30), 3, date(2024, 2, 29)),  # leap year
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 10, 31), 3, date(2026, 1, 31)),  # across the year end
        (date(2025, 5, 31), 1, date(2025, 6, 30)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_finnish_contractor_obligation_documents_last_three_months() -> None:
    for type_id in ("tax_debt_certificate", "pension_insurance_certificate", "trade_register_extract"):
        assert propose_valid_until(type_id, "FI", date(2025, 1, 31)) == date(2025, 4, 30)


def test_norwegian_skatteattest_six_months() -> None:
    assert propose_valid_until("tax_certificate", "no", date(2025, 3, 31)) == date(2025, 9, 30)


def test_finnish_criminal_record_extract_twelve_months() -> None:
    assert propose_valid_until("criminal_record_extract", "FI", date(2024, 2, 29)) == date(2025, 2, 28)


def test_no_rule_means_no_proposal() -> None:
    assert propose_valid_until("iso_9001", "FI", date(2025, 1, 1)) is None
    assert propose_valid_until("tax_certificate", "SE", date(2025, 1, 1)) is None
    assert validity_rule("tax_debt_certificate", "NO") is None


def test_rules_use_known_type_ids_and_carry_notes() -> None:
    for (country, type_id), rule in RULES.items():
        assert type_id in DOCUMENT_TYPE_IDS
        assert len(country) == 2
        assert rule.months > 0 and rule.note


def test_unknown_type_is_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="nonsense") as caught:
        propose_valid_until("nonsense", "FI", date(2025, 1, 1))
    assert caught.value.field == "document_type"


def test_required_documents_per_country_use_known_ids() -> None:
    for country in ("FI", "SE", "NO", "DK", "EE", "LV", "LT"):
        docs = required_documents(country)
        assert docs
        assert all(doc.type_id in DOCUMENT_TYPE_IDS and doc.when for doc in docs)
    assert "criminal_record_extract" in {d.type_id for d in required_documents("FI")}
    assert "tax_certificate" in {d.type_id for d in required_documents("NO")}


@pytest.mark.parametrize(
    ("valid_until", "expected"),
    [
        (None, DocumentStatus.NO_DATE),
        (date(2025, 6, 30), DocumentStatus.EXPIRED),
        (date(2025, 7, 1), DocumentStatus.EXPIRING),  # last valid day is today
        (date(2025, 7, 31), DocumentStatus.EXPIRING),  # exactly 30 days ahead
        (date(2025, 8, 1), DocumentStatus.VALID),
    ],
)
def test_document_status(valid_until: date | None, expected: DocumentStatus) -> None:
    assert document_status(valid_until, date(2025, 7, 1)) is expected


def test_document_status_custom_warning() -> None:
    assert document_status(date(2025, 7, 10), date(2025, 7, 1), warn_days=7) is DocumentStatus.VALID


def test_missing_documents_ignores_expired_copies() -> None:
    today = date(2025, 7, 1)
    held = [
        ("trade_register_extract", date(2025, 9, 1)),
        ("tax_debt_certificate", date(2025, 6, 1)),  # expired
        ("criminal_record_extract", None),
    ]
    missing = {doc.type_id for doc in missing_documents("FI", held, today)}
    assert "trade_register_extract" not in missing
    assert "criminal_record_extract" not in missing
    assert "tax_debt_certificate" in missing
    assert "pension_insurance_certificate" in missing


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2025-03-31", date(2025, 3, 31)), ("31.3.2025", date(2025, 3, 31)), (" 01.02.2024 ", date(2024, 2, 1))],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, "issued") == expected


@pytest.mark.parametrize("text", ["31/03/2025", "2025-02-30", "yesterday", "", "2025-13-01"])
def test_parse_date_rejects_bad_input(text: str) -> None:
    with pytest.raises(InvalidInput, match="issued") as caught:
        parse_date(text, "issued")
    assert caught.value.field == "issued"
