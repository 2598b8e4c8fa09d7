"""Scope 1 and location-based scope 2 emissions and the energy total of B3, computed from the entered quantities."""

from __future__ import annotations

from dataclasses import dataclass

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.sustainability.factors import (
    DISTRICT_HEAT_FALLBACK,
    ENERGY_KWH_PER_UNIT,
    FUELS,
    EmissionFactor,
    district_heat_key,
    electricity_key,
    factor_table,
    fuel_key,
)
from tender_helper.sustainability.statement import SustainabilityStatement


@dataclass(frozen=True)
class EmissionLine:
    scope: int  # 1 or 2
    source: str  # fuel id, "electricity" or "district_heat"
    quantity: float
    unit: str
    factor_key: str
    factor: EmissionFactor
    tco2e: float


@dataclass(frozen=True)
class EmissionsResult:
    lines: tuple[EmissionLine, ...]
    other_scope1_tco2e: float
    scope1_tco2e: float
    scope2_tco2e: float
    energy_mwh: float
    renewable_energy_mwh: float
    intensity_t_per_meur: float | None  # (scope 1 + 2) per million euro of turnover

    @property
    def total_tco2e(self) -> float:
        return self.scope1_tco2e + self.scope2_tco2e

    @property
    def non_renewable_energy_mwh(self) -> float:
        return self.energy_mwh - self.renewable_energy_mwh

    def factors_used(self) -> dict[str, EmissionFactor]:
        return {line.factor_key: line.factor for line in self.lines}


def _line(scope: int, source: str, quantity: float, unit: str, key: str, factor: EmissionFactor) -> EmissionLine:
    return EmissionLine(scope, source, quantity, unit, key, factor, quantity * factor.value / 1000.0)


def _fuel_lines(statement: SustainabilityStatement, table: dict[str, EmissionFactor]) -> list[EmissionLine]:
    lines = []
    for i, use in enumerate(statement.b3.fuels or []):
        key = fuel_key(use.fuel, use.unit)
        factor = table.get(key)
        if factor is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no emission factor for {fuel} measured in {unit}; enter one."),
                field=f"b3.fuels[{i}]",
                fuel=use.fuel,
                unit=use.unit,
            )
        lines.append(_line(1, use.fuel, use.quantity, use.unit, key, factor))
    return lines


def _scope2_lines(statement: SustainabilityStatement, table: dict[str, EmissionFactor]) -> list[EmissionLine]:
    b3 = statement.b3
    country = statement.grid_country
    lines = []
    if b3.electricity_kwh:
        key = electricity_key(country)
        factor = table.get(key)
        if factor is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no electricity emission factor for country {country}; enter one."
                ),
                field="b3.grid_country",
                country=country or "-",
            )
        lines.append(_line(2, "electricity", b3.electricity_kwh, "kWh", key, factor))
    if b3.district_heat_kwh:
        key = district_heat_key(country)
        lines.append(
            _line(2, "district_heat", b3.district_heat_kwh, "kWh", key, table.get(key, DISTRICT_HEAT_FALLBACK))
        )
    return lines


def _energy_mwh(statement: SustainabilityStatement) -> tuple[float, float]:
    b3 = statement.b3
    total_kwh = (b3.electricity_kwh or 0.0) + (b3.district_heat_kwh or 0.0)
    renewable_kwh = b3.electricity_renewable_kwh or 0.0
    for use in b3.fuels or []:
        kwh = use.quantity * ENERGY_KWH_PER_UNIT.get(fuel_key(use.fuel, use.unit), 0.0)
        total_kwh += kwh
        if use.fuel in FUELS and FUELS[use.fuel].renewable:
            renewable_kwh += kwh
    return total_kwh / 1000.0, renewable_kwh / 1000.0


def compute_emissions(statement: SustainabilityStatement) -> EmissionsResult:
    """Scope 1 (own fuels + other direct) and scope 2 (grid electricity, district heat) in tonnes CO2e.

    Uses the default factors with the statement's own overrides on top; raises InvalidInput naming the field
    when a fuel/unit or grid country has no factor.
    """
    table = factor_table(statement.b3.factor_overrides)
    lines = tuple(_fuel_lines(statement, table) + _scope2_lines(statement, table))
    other = statement.b3.other_scope1_tco2e or 0.0
    scope1 = sum(line.tco2e for line in lines if line.scope == 1) + other
    scope2 = sum(line.tco2e for line in lines if line.scope == 2)
    energy, renewable = _energy_mwh(statement)
    turnover = statement.b1.turnover_eur
    intensity = (scope1 + scope2) / (turnover / 1_000_000) if turnover else None
    return EmissionsResult(lines, other, scope1, scope2, energy, renewable, intensity)
