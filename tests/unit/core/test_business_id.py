"""Business ids of each country: valid forms are normalised, wrong check digits are named."""

from __future__ import annotations

import pytest

from tender_helper.core.business_id import normalise_business_id
from tender_helper.core.errors import InvalidInput


@pytest.mark.parametrize(
    ("country", "given", "expected"),
    [
        ("FI", "1234567-1", "1234567-1"),
        ("FI", "12345671", "1234567-1"),
        ("FI", "0112038-9", "0112038-9"),  # Nokia Oyj
        ("SE", "5560360793", "556036-0793"),  # Saab AB
        ("NO", "974760673", "974 760 673"),  # Brønnøysundregistrene
        ("DK", "13585628", "13585628"),
        ("EE", "10137319", "10137319"),
        ("LV", "40003009497", "40003009497"),
        ("LT", "110053842", "110053842"),
        ("fi", " 1234567-1 ", "1234567-1"),
    ],
)
def test_valid_ids_are_normalised(country: str, given: str, expected: str) -> None:
    assert normalise_business_id(country, given) == expected


@pytest.mark.parametrize(
    ("country", "given"),
    [("FI", "1234567-2"), ("SE", "5560360794"), ("NO", "974760674"), ("DK", "13585627"), ("EE", "10137318")],
)
def test_wrong_check_digit_is_named(country: str, given: str) -> None:
    with pytest.raises(InvalidInput, match="check digit") as caught:
        normalise_business_id(country, given)
    assert caught.value.field == "business_id"
    assert given in str(caught.value)


@pytest.mark.parametrize(("country", "given"), [("FI", "abc"), ("SE", "123"), ("LT", "12345"), ("NO", "")])
def test_malformed_ids_are_refused(country: str, given: str) -> None:
    with pytest.raises(InvalidInput, match="not a valid"):
        normalise_business_id(country, given)


def test_unsupported_country() -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_business_id("DE", "123")
    assert caught.value.field == "country"


def test_message_translates_through_the_given_function() -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_business_id("FI", "1234567-2")
    finnish = {"The {kind} {value} has a wrong check digit.": "{kind} {value}: tarkistusmerkki on väärä."}
    assert caught.value.translated(lambda _ctx, text: finnish.get(text, text)) == (
        "Y-tunnus 1234567-2: tarkistusmerkki on väärä."
    )
