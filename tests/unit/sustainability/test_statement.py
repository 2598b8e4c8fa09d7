"""Tests of statement validation, completeness and field help."""

from __future__ import annotations

import math

import pytest

from tender_helper.core.errors import InvalidInput
from tender_helper.sustainability.completeness import completeness
from tender_helper.sustainability.fields import FIELDS, MODULE_TITLES, field_info
from tender_helper.sustainability.sample import sample_statement
from tender_helper.sustainability.statement import (
    MODULE_IDS,
    B1Basis,
    FuelUse,
    SustainabilityStatement,
    WasteEntry,
)
from tender_helper.sustainability.validation import InvalidStatement, find_problems, validate


def test_sample_statement_is_valid_and_complete() -> None:
    statement = sample_statement()
    validate(statement)
    result = completeness(statement)
    assert result.missing == ()
    assert result.fraction == 1.0
    assert result.percent == 100


def test_negative_energy_is_refused_with_field_name() -> None:
    statement = sample_statement()
    statement.b3.electricity_kwh = -5
    with pytest.raises(InvalidStatement) as caught:
        validate(statement)
    assert isinstance(caught.value, InvalidInput)
    assert caught.value.field == "b3.electricity_kwh"
    assert "Electricity consumption" in str(caught.value)
    assert "negative" in str(caught.value)


def test_negative_fuel_quantity_names_the_row() -> None:
    statement = sample_statement()
    assert statement.b3.fuels is not None
    statement.b3.fuels.append(FuelUse("diesel", "l", -1))
    assert [p.field for p in find_problems(statement)] == ["b3.fuels[2].quantity"]


def test_percentage_over_100_is_refused() -> None:
    statement = sample_statement()
    statement.b10.collective_agreement_pct = 120
    statement.b8.turnover_rate_pct = 101
    fields = [p.field for p in find_problems(statement)]
    assert fields == ["b8.turnover_rate_pct", "b10.collective_agreement_pct"]
    with pytest.raises(InvalidStatement, match="between 0 and 100") as caught:
        validate(statement)
    assert len(caught.value.problems) == 2


def test_gender_pay_gap_may_be_negative_but_not_below_minus_100() -> None:
    statement = sample_statement()
    statement.b10.gender_pay_gap_pct = -4.5
    validate(statement)
    statement.b10.gender_pay_gap_pct = -150
    assert [p.field for p in find_problems(statement)] == ["b10.gender_pay_gap_pct"]


def test_required_country_and_year() -> None:
    statement = SustainabilityStatement(year=1899)
    fields = [p.field for p in find_problems(statement)]
    assert fields == ["year", "b1.country"]


def test_nan_and_unknown_choices_are_refused() -> None:
    statement = sample_statement()
    statement.b6.water_withdrawal_m3 = math.nan
    statement.b1.module_option = "everything"
    assert statement.b3.fuels is not None
    statement.b3.fuels[0] = FuelUse("diesel", "m3", 10)
    fields = [p.field for p in find_problems(statement)]
    assert fields == ["b1.module_option", "b3.fuels[0].unit", "b6.water_withdrawal_m3"]


def test_parts_cannot_exceed_their_whole() -> None:
    statement = sample_statement()
    statement.b3.electricity_renewable_kwh = 50_000  # more than the 42 000 kWh total
    statement.b7.waste = [WasteEntry("Metal", False, 1.0, 2.0)]
    statement.b8.male = 30  # gender total no longer matches contract total
    fields = [p.field for p in find_problems(statement)]
    assert fields == ["b3.electricity_renewable_kwh", "b7.waste[0].diverted_t", "b8.male"]


def test_completeness_of_an_empty_statement_lists_missing_items() -> None:
    result = completeness(SustainabilityStatement(year=2024, b1=B1Basis(country="FI")))
    assert 0 < result.fraction < 0.1
    assert "b3.electricity_kwh" in result.missing
    assert "b3.fuels" in result.missing
    assert result.by_module["b2"] == (0, 10)
    # thresholds: no employees given, so turnover rate and pay gap are not asked
    assert "b8.turnover_rate_pct" not in result.missing
    assert "b10.gender_pay_gap_pct" not in result.missing


def test_completeness_thresholds_by_headcount() -> None:
    statement = sample_statement()
    statement.b8.permanent_employees = 160
    statement.b8.male = 158
    result = completeness(statement)
    assert result.missing == ("b8.turnover_rate_pct", "b10.gender_pay_gap_pct")


def test_pollution_only_counts_when_applicable() -> None:
    statement = sample_statement()
    statement.b4.applicable = True
    assert completeness(statement).missing == ("b4.emissions",)


def test_empty_fuel_list_answers_the_question() -> None:
    statement = sample_statement()
    statement.b3.fuels = None
    assert "b3.fuels" in completeness(statement).missing
    statement.b3.fuels = []
    assert "b3.fuels" not in completeness(statement).missing


def test_every_field_has_label_and_help_and_modules_have_titles() -> None:
    assert set(MODULE_TITLES) == set(MODULE_IDS)
    for key, info in FIELDS.items():
        assert info.label and info.help, key
    assert field_info("b3.fuels[3].quantity").label == "Quantity"
    assert field_info("b2.entries[4].practices").label == "Practices"
    assert field_info("b3.electricity_kwh").unit == "kWh"


def test_accident_rate() -> None:
    # 1 accident in 36 800 h -> 1 / 36 800 x 200 000 = 5.4348
    assert sample_statement().b9.accident_rate == pytest.approx(5.434782, rel=1e-5)
