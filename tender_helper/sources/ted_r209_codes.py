"""Code translations for TED_EXPORT R2.0.9: two-letter languages and countries to eForms three-letter codes."""

from __future__ import annotations

# The 24 EU languages as TED wrote them (ISO 639-1, upper case) to ISO 639-3; Norwegian for EEA notices.
LANGUAGES = {
    "BG": "bul", "CS": "ces", "DA": "dan", "DE": "deu", "EL": "ell", "EN": "eng", "ES": "spa", "ET": "est",
    "FI": "fin", "FR": "fra", "GA": "gle", "HR": "hrv", "HU": "hun", "IT": "ita", "LT": "lit", "LV": "lav",
    "MT": "mlt", "NL": "nld", "PL": "pol", "PT": "por", "RO": "ron", "SK": "slk", "SL": "slv", "SV": "swe",
    "NO": "nor", "IS": "isl",
}  # fmt: skip

# ISO 3166-1 alpha-2 to alpha-3 for the countries TED notices come from; TED writes `UK` for the
# United Kingdom and `EL` is not used (Greece is `GR`). A code not listed stays unknown (None).
COUNTRIES = {
    "AT": "AUT", "BE": "BEL", "BG": "BGR", "CY": "CYP", "CZ": "CZE", "DE": "DEU", "DK": "DNK", "EE": "EST",
    "ES": "ESP", "FI": "FIN", "FR": "FRA", "GR": "GRC", "HR": "HRV", "HU": "HUN", "IE": "IRL", "IT": "ITA",
    "LT": "LTU", "LU": "LUX", "LV": "LVA", "MT": "MLT", "NL": "NLD", "PL": "POL", "PT": "PRT", "RO": "ROU",
    "SE": "SWE", "SI": "SVN", "SK": "SVK", "IS": "ISL", "LI": "LIE", "NO": "NOR", "CH": "CHE", "UK": "GBR",
    "GB": "GBR", "AL": "ALB", "BA": "BIH", "ME": "MNE", "MK": "MKD", "RS": "SRB", "TR": "TUR", "UA": "UKR",
    "MD": "MDA", "GE": "GEO", "AM": "ARM", "AZ": "AZE", "BY": "BLR", "XK": "XKX", "US": "USA", "CA": "CAN",
}  # fmt: skip

# Procedure elements of section IV.1.1 to eForms procedure types (BT-105). Others stay unknown.
PROCEDURES = {
    "PT_OPEN": "open",
    "PT_RESTRICTED": "restricted",
    "PT_COMPETITIVE_NEGOTIATION": "neg-w-call",
    "PT_NEGOTIATED_WITH_PRIOR_CALL": "neg-w-call",
    "PT_COMPETITIVE_DIALOGUE": "comp-dial",
    "PT_INNOVATION_PARTNERSHIP": "innovation",
    "PT_AWARD_CONTRACT_WITHOUT_CALL": "neg-wo-call",
    "PT_NEGOTIATED_WITHOUT_PUBLICATION": "neg-wo-call",
}

# Procedures whose IV.2.2 time limit is for requests to participate, not for tenders.
PARTICIPATION_FIRST = {"restricted", "neg-w-call", "comp-dial", "innovation"}

# Standard forms to eForms form types (BT-03), for the forms whose purpose is not ambiguous.
FORM_TYPES = {
    "F02": "competition", "F03": "result", "F05": "competition", "F06": "result", "F07": "competition",
    "F12": "competition", "F13": "result", "F14": "change", "F15": "dir-awa-pre", "F20": "cont-modif",
    "F24": "competition", "F25": "result", "F08": "planning",
}  # fmt: skip

# TD_DOCUMENT_TYPE codes that settle the form type of forms used for several purposes (F01, F04, F21...).
DOCUMENT_TYPES = {"0": "planning", "3": "competition", "7": "result"}
