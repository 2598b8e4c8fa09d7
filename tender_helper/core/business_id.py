"""Business identifiers of the Nordic and Baltic countries, validated with their check digits."""

from __future__ import annotations

from stdnum import exceptions as stdnum_errors
from stdnum.dk import cvr
from stdnum.ee import registrikood
from stdnum.fi import ytunnus
from stdnum.lv import pvn
from stdnum.no import orgnr as no_orgnr
from stdnum.se import orgnr as se_orgnr

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput

# What each country calls its business id, shown in messages and forms.
ID_NAMES = {
    "FI": "Y-tunnus",
    "SE": "organisationsnummer",
    "NO": "organisasjonsnummer",
    "DK": "CVR-nummer",
    "EE": "registrikood",
    "LV": "reģistrācijas numurs",
    "LT": "įmonės kodas",
}
COUNTRIES = tuple(ID_NAMES)


def _lithuanian_company_code(number: str) -> str:
    # Lithuanian legal-entity codes are 9 digits; the registry publishes no check-digit rule for them.
    digits = number.replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        raise stdnum_errors.InvalidFormat()
    return digits


def _format_validators() -> dict[str, tuple]:
    return {
        "FI": (ytunnus.validate, ytunnus.format),
        "SE": (se_orgnr.validate, se_orgnr.format),
        "NO": (no_orgnr.validate, no_orgnr.format),
        "DK": (cvr.validate, lambda n: cvr.compact(n)),
        "EE": (registrikood.validate, registrikood.compact),
        "LV": (pvn.validate, pvn.compact),
        "LT": (_lithuanian_company_code, lambda n: n.replace(" ", "")),
    }


def normalise_business_id(country: str, value: str) -> str:
    """Validates `value` as a business id of `country` (alpha-2) and returns it in its usual written form.

    Raises InvalidInput naming the id when the format or the check digit is wrong.
    """
    country = country.upper()
    validators = _format_validators()
    if country not in validators:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Country {value} is not supported; choose one of FI, SE, NO, DK, EE, LV, LT."),
            field="country",
            value=country,
        )
    validate, formatter = validators[country]
    text = value.strip()
    try:
        compact = validate(text)
    except stdnum_errors.InvalidChecksum as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {kind} {value} has a wrong check digit."),
            field="business_id",
            kind=ID_NAMES[country],
            value=text,
        ) from error
    except stdnum_errors.ValidationError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a valid {kind}."),
            field="business_id",
            kind=ID_NAMES[country],
            value=text,
        ) from error
    return str(formatter(compact))
