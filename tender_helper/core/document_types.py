"""The kinds of company documents a bid may need; ids shared by the vault and the checklist templates."""

from __future__ import annotations

from tender_helper.core.errors import QT_TRANSLATE_NOOP

DOCUMENT_TYPES_CONTEXT = "DocumentTypes"

# id -> English label, marked for translation in context "DocumentTypes".
DOCUMENT_TYPES: dict[str, str] = {
    "tax_debt_certificate": QT_TRANSLATE_NOOP("DocumentTypes", "Tax debt certificate"),
    "pension_insurance_certificate": QT_TRANSLATE_NOOP("DocumentTypes", "Pension insurance certificate"),
    "trade_register_extract": QT_TRANSLATE_NOOP("DocumentTypes", "Trade register extract"),
    "vat_register_extract": QT_TRANSLATE_NOOP("DocumentTypes", "VAT register extract"),
    "tax_certificate": QT_TRANSLATE_NOOP("DocumentTypes", "Tax certificate (skatteattest)"),
    "registration_certificate": QT_TRANSLATE_NOOP("DocumentTypes", "Registration certificate"),
    "insurance_policy": QT_TRANSLATE_NOOP("DocumentTypes", "Insurance policy"),
    "occupational_health_agreement": QT_TRANSLATE_NOOP("DocumentTypes", "Occupational health care agreement"),
    "collective_agreement_statement": QT_TRANSLATE_NOOP(
        "DocumentTypes", "Statement of the applicable collective agreement"
    ),
    "criminal_record_extract": QT_TRANSLATE_NOOP("DocumentTypes", "Criminal record extract"),
    "iso_9001": QT_TRANSLATE_NOOP("DocumentTypes", "ISO 9001 certificate"),
    "iso_14001": QT_TRANSLATE_NOOP("DocumentTypes", "ISO 14001 certificate"),
    "other_certificate": QT_TRANSLATE_NOOP("DocumentTypes", "Other certificate"),
    "reference": QT_TRANSLATE_NOOP("DocumentTypes", "Reference"),
    "cv": QT_TRANSLATE_NOOP("DocumentTypes", "CV"),
    "financial_statements": QT_TRANSLATE_NOOP("DocumentTypes", "Financial statements"),
    "signed_espd": QT_TRANSLATE_NOOP("DocumentTypes", "Signed ESPD"),
    "sustainability_statement": QT_TRANSLATE_NOOP("DocumentTypes", "Sustainability statement (VSME)"),
    "other": QT_TRANSLATE_NOOP("DocumentTypes", "Other document"),
}
DOCUMENT_TYPE_IDS = frozenset(DOCUMENT_TYPES)
