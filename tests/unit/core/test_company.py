"""Company and search-profile validation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tender_helper.core.company import (
    Company,
    SearchProfile,
    SizeClass,
    clean_words,
    parse_amount,
    size_class_for,
    split_list,
)
from tender_helper.core.errors import InvalidInput


def test_company_is_normalised() -> None:
    company = Company(name="  Siivous Oy ", business_id="12345671", country="fi", employees=8).validated()
    assert company.name == "Siivous Oy"
    assert company.business_id == "1234567-1"
    assert company.country == "FI"
    assert company.size_class is SizeClass.MICRO


@pytest.mark.parametrize(
    ("company", "field"),
    [
        (Company(name=" ", business_id="1234567-1", country="FI"), "name"),
        (Company(name="A", business_id="1234567-2", country="FI"), "business_id"),
        (Company(name="A", business_id="1234567-1", country="DE"), "country"),
        (Company(name="A", business_id="1234567-1", country="FI", employees=-1), "employees"),
        (Company(name="A", business_id="1234567-1", country="FI", turnover=Decimal(-5)), "turnover"),
        (Company(name="A", business_id="1234567-1", country="FI", languages=("xx",)), "languages"),
    ],
)
def test_bad_company_fields_are_named(company: Company, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        company.validated()
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("employees", "turnover", "size"),
    [
        (3, None, SizeClass.MICRO),
        (9, Decimal(3_000_000), SizeClass.SMALL),
        (49, None, SizeClass.SMALL),
        (120, None, SizeClass.MEDIUM),
        (300, None, SizeClass.LARGE),
        (None, None, None),
    ],
)
def test_size_class_from_staff_and_turnover(
    employees: int | None, turnover: Decimal | None, size: SizeClass | None
) -> None:
    assert size_class_for(employees, turnover) == size


def test_profile_validation_normalises_codes_and_words() -> None:
    profile = SearchProfile(
        company_id=1,
        cpv=("90910000-9", "90910000"),
        nuts=("fi1c1",),
        countries=("fin", "SWE"),
        keywords=(" siivous ", "Siivous", "toimitilat"),
        min_value=Decimal(100),
        max_value=Decimal(200),
    ).validated()
    assert profile.cpv == ("90910000",)
    assert profile.nuts == ("FI1C1",)
    assert profile.countries == ("FIN", "SWE")
    assert profile.keywords == ("siivous", "toimitilat")


@pytest.mark.parametrize(
    ("profile", "field"),
    [
        (SearchProfile(company_id=1, cpv=("12345678",)), "cpv"),
        (SearchProfile(company_id=1, nuts=("XX1",)), "nuts"),
        (SearchProfile(company_id=1, countries=("DEU",)), "countries"),
        (SearchProfile(company_id=1, min_value=Decimal(5), max_value=Decimal(1)), "value_range"),
        (SearchProfile(company_id=1, min_value=Decimal(-1)), "min_value"),
        (SearchProfile(company_id=1, min_days=400), "min_days"),
    ],
)
def test_bad_profile_values_are_named(profile: SearchProfile, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        profile.validated()
    assert caught.value.field == field


def test_list_and_amount_parsing() -> None:
    assert split_list("a, b,,\nc") == ("a", "b", "c")
    assert clean_words(["x", "X ", "  y  z "]) == ("x", "y z")
    assert parse_amount("120 000,50", "v") == Decimal("120000.50")
    assert parse_amount("", "v") is None
    with pytest.raises(InvalidInput):
        parse_amount("lots", "v")
    with pytest.raises(InvalidInput):
        parse_amount("NaN", "v")
