"""Tests of scope 1 and 2 emissions against hand-computed examples."""

from __future__ import annotations

import pytest

from tender_helper.core.errors import InvalidInput
from tender_helper.sustainability.emissions import compute_emissions
from tender_helper.sustainability.factors import (
    DEFAULT_FACTORS,
    ENERGY_KWH_PER_UNIT,
    FUELS,
    EmissionFactor,
    fuel_key,
)
from tender_helper.sustainability.sample import sample_statement
from tender_helper.sustainability.statement import B1Basis, B3Energy, FuelUse, SustainabilityStatement


def statement(b3: B3Energy, country: str = "FI", turnover: float | None = None) -> SustainabilityStatement:
    return SustainabilityStatement(year=2024, b1=B1Basis(country=country, turnover_eur=turnover), b3=b3)


def test_diesel_only() -> None:
    # 1 000 l diesel x 2.66155 kg CO2e/l = 2 661.55 kg = 2.66155 t
    result = compute_emissions(statement(B3Energy(fuels=[FuelUse("diesel", "l", 1000)])))
    assert result.scope1_tco2e == pytest.approx(2.66155)
    assert result.scope2_tco2e == 0
    assert result.energy_mwh == pytest.approx(10.0)  # 1 000 l x 10.0 kWh/l


def test_finnish_electricity_and_district_heat() -> None:
    # 50 000 kWh x 0.080 = 4 000 kg; 100 000 kWh district heat x 0.150 = 15 000 kg -> 19 t
    result = compute_emissions(statement(B3Energy(electricity_kwh=50_000, district_heat_kwh=100_000)))
    assert result.scope1_tco2e == 0
    assert result.scope2_tco2e == pytest.approx(19.0)
    assert result.energy_mwh == pytest.approx(150.0)


def test_grid_country_changes_the_factor() -> None:
    # Norwegian grid: 50 000 kWh x 0.019 = 950 kg
    result = compute_emissions(statement(B3Energy(electricity_kwh=50_000), country="NO"))
    assert result.scope2_tco2e == pytest.approx(0.95)
    result = compute_emissions(statement(B3Energy(electricity_kwh=50_000, grid_country="SE"), country="NO"))
    assert result.scope2_tco2e == pytest.approx(1.0)  # 50 000 x 0.020


def test_sample_statement_hand_computed() -> None:
    # diesel 18 500 x 2.66155 = 49 238.675 kg; petrol 2 100 x 2.35 = 4 935 kg -> scope 1 = 54.173675 t
    # electricity 42 000 x 0.080 = 3 360 kg; district heat 65 000 x 0.150 = 9 750 kg -> scope 2 = 13.11 t
    result = compute_emissions(sample_statement())
    assert result.scope1_tco2e == pytest.approx(54.173675)
    assert result.scope2_tco2e == pytest.approx(13.11)
    assert result.total_tco2e == pytest.approx(67.283675)
    assert result.intensity_t_per_meur == pytest.approx(67.283675 / 3.2)
    # energy: 42 000 + 65 000 + 18 500 x 10.0 + 2 100 x 8.9 = 310 690 kWh; renewable: the 42 000 kWh
    assert result.energy_mwh == pytest.approx(310.69)
    assert result.renewable_energy_mwh == pytest.approx(42.0)
    assert result.non_renewable_energy_mwh == pytest.approx(268.69)
    assert set(result.factors_used()) == {"fuel:diesel:l", "fuel:petrol:l", "electricity:FI", "district_heat:FI"}


def test_override_replaces_default_factor() -> None:
    own = EmissionFactor(0.050, "kg CO2e/kWh", "Turku Energia, district heat 2024", 2024)
    b3 = B3Energy(district_heat_kwh=10_000, factor_overrides={"district_heat:FI": own})
    result = compute_emissions(statement(b3))
    assert result.scope2_tco2e == pytest.approx(0.5)
    assert result.lines[0].factor.source == "Turku Energia, district heat 2024"


def test_other_scope1_and_hvo() -> None:
    # HVO 1 000 l x 0.03558 = 35.58 kg, plus 1.5 t refrigerant leak; HVO energy counts as renewable
    b3 = B3Energy(fuels=[FuelUse("hvo", "l", 1000)], other_scope1_tco2e=1.5)
    result = compute_emissions(statement(b3))
    assert result.scope1_tco2e == pytest.approx(1.53558)
    assert result.renewable_energy_mwh == pytest.approx(9.5)


def test_natural_gas_in_cubic_metres_and_kwh() -> None:
    b3 = B3Energy(fuels=[FuelUse("natural_gas", "m3", 1000), FuelUse("natural_gas", "kWh", 10_000)])
    result = compute_emissions(statement(b3))
    assert result.scope1_tco2e == pytest.approx((1000 * 2.05 + 10_000 * 0.184) / 1000)


def test_missing_factor_names_the_field() -> None:
    with pytest.raises(InvalidInput) as caught:
        compute_emissions(statement(B3Energy(fuels=[FuelUse("diesel", "kg", 10)])))
    assert caught.value.field == "b3.fuels[0]"
    with pytest.raises(InvalidInput, match="XX") as caught:
        compute_emissions(statement(B3Energy(electricity_kwh=1), country="XX"))
    assert caught.value.field == "b3.grid_country"


def test_unknown_country_district_heat_uses_conservative_fallback() -> None:
    result = compute_emissions(statement(B3Energy(district_heat_kwh=1000), country="EE"))
    assert result.scope2_tco2e == pytest.approx(0.2)


def test_every_fuel_unit_has_a_sourced_factor_and_energy_content() -> None:
    for fuel in FUELS.values():
        for unit in fuel.units:
            factor = DEFAULT_FACTORS[fuel_key(fuel.id, unit)]
            assert factor.value > 0 and factor.source and factor.year >= 2023
            assert ENERGY_KWH_PER_UNIT[fuel_key(fuel.id, unit)] > 0
    for country in ("FI", "SE", "NO", "DK", "EE", "LV", "LT"):
        assert DEFAULT_FACTORS[f"electricity:{country}"].source
