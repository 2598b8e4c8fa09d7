"""Default emission factors and energy contents, each with its source; the user can override any of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tender_helper.core.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class EmissionFactor:
    value: float  # kg CO2e per activity unit
    unit: str  # e.g. "kg CO2e/l"
    source: str  # publisher, dataset and edition; says so when the number is an approximation
    year: int  # the year the factor describes or was published for


@dataclass(frozen=True)
class Fuel:
    id: str
    label: str  # English, marked for translation in context "Sustainability"
    units: tuple[str, ...]
    renewable: bool = False


# Fuels a small company burns itself (scope 1). Units are what invoices and fuel cards show.
FUELS: dict[str, Fuel] = {
    f.id: f
    for f in (
        Fuel("diesel", QT_TRANSLATE_NOOP("Sustainability", "Diesel"), ("l",)),
        Fuel("petrol", QT_TRANSLATE_NOOP("Sustainability", "Petrol"), ("l",)),
        Fuel("heating_oil", QT_TRANSLATE_NOOP("Sustainability", "Light heating oil"), ("l",)),
        Fuel("natural_gas", QT_TRANSLATE_NOOP("Sustainability", "Natural gas"), ("kWh", "m3")),
        Fuel("lpg", QT_TRANSLATE_NOOP("Sustainability", "LPG (liquefied petroleum gas)"), ("l", "kg")),
        Fuel("hvo", QT_TRANSLATE_NOOP("Sustainability", "HVO renewable diesel"), ("l",), renewable=True),
    )
}

_DESNZ = "UK DESNZ Greenhouse gas reporting: conversion factors 2025, Fuels"
_DESNZ_APPROX = (
    "UK DESNZ Greenhouse gas reporting: conversion factors (2024/2025 editions), Fuels; rounded up, "
    "approximate - check against the current edition"
)

# kg CO2e per unit, scope 1 (direct combustion, CO2 + CH4 + N2O, GWP AR5 as DESNZ uses).
# Mineral (unblended) diesel and petrol are used on purpose: Nordic pump fuel contains some biofuel, so this
# errs on the high side. The diesel, gas oil and HVO values are the DESNZ 2025 figures; the others are the
# DESNZ values rounded up to the shown precision because the exact 2025 decimals were not at hand.
FUEL_FACTORS: dict[str, EmissionFactor] = {
    "fuel:diesel:l": EmissionFactor(2.66155, "kg CO2e/l", _DESNZ + ": Diesel (100% mineral diesel)", 2025),
    "fuel:petrol:l": EmissionFactor(2.35, "kg CO2e/l", _DESNZ_APPROX + ": Petrol (100% mineral petrol)", 2025),
    "fuel:heating_oil:l": EmissionFactor(2.75541, "kg CO2e/l", _DESNZ + ": Gas oil", 2025),
    "fuel:natural_gas:kWh": EmissionFactor(0.184, "kg CO2e/kWh", _DESNZ_APPROX + ": Natural gas, kWh (gross CV)", 2025),
    "fuel:natural_gas:m3": EmissionFactor(2.05, "kg CO2e/m3", _DESNZ_APPROX + ": Natural gas, cubic metres", 2025),
    "fuel:lpg:l": EmissionFactor(1.56, "kg CO2e/l", _DESNZ_APPROX + ": LPG, litres", 2025),
    "fuel:lpg:kg": EmissionFactor(2.94, "kg CO2e/kg", _DESNZ_APPROX + ": LPG, tonnes (per kg)", 2025),
    "fuel:hvo:l": EmissionFactor(
        0.03558, "kg CO2e/l", _DESNZ + ": Biodiesel HVO (CH4 and N2O only; biogenic CO2 outside scopes)", 2025
    ),
}

_EEA = (
    "EEA indicator 'Greenhouse gas emission intensity of electricity generation' (national generation mix); "
    "conservative value rounded up from the 2022-2023 figures, approximate - replace with the current figure"
)
# Location-based scope 2: the average intensity of the country's grid, not the supplier's contract
# (market-based figures from guarantees of origin belong to a separate disclosure).
ELECTRICITY_FACTORS: dict[str, EmissionFactor] = {
    "electricity:FI": EmissionFactor(
        0.080,
        "kg CO2e/kWh",
        "Statistics Finland / Motiva, average CO2 of electricity in Finland (three-year average); "
        "conservative rounded value, approximate - check the current Motiva figure",
        2023,
    ),
    "electricity:SE": EmissionFactor(
        0.020,
        "kg CO2e/kWh",
        "Energimyndigheten energy statistics, Swedish electricity production mix (about 10-15 g/kWh); "
        "conservative rounded value, approximate",
        2023,
    ),
    "electricity:NO": EmissionFactor(
        0.019,
        "kg CO2e/kWh",
        "NVE, climate declaration for physically delivered electricity in Norway (15-19 g/kWh in "
        "2022-2023); the higher value is used",
        2023,
    ),
    "electricity:DK": EmissionFactor(0.150, "kg CO2e/kWh", _EEA + " (Denmark)", 2023),
    "electricity:EE": EmissionFactor(0.700, "kg CO2e/kWh", _EEA + " (Estonia)", 2023),
    "electricity:LV": EmissionFactor(0.150, "kg CO2e/kWh", _EEA + " (Latvia)", 2023),
    "electricity:LT": EmissionFactor(0.150, "kg CO2e/kWh", _EEA + " (Lithuania)", 2023),
}

_HEAT_NOTE = "; national average, approximate - your supplier's own figure is better"
DISTRICT_HEAT_FACTORS: dict[str, EmissionFactor] = {
    "district_heat:FI": EmissionFactor(
        0.150,
        "kg CO2e/kWh",
        "Statistics Finland, production of electricity and heat" + _HEAT_NOTE,
        2023,
    ),
    "district_heat:SE": EmissionFactor(
        0.060, "kg CO2e/kWh", "Energiföretagen, Lokala miljövärden för fjärrvärme (average)" + _HEAT_NOTE, 2023
    ),
    "district_heat:NO": EmissionFactor(
        0.050, "kg CO2e/kWh", "Norsk Fjernvarme, klimaregnskap for fjernvarme (average)" + _HEAT_NOTE, 2023
    ),
}
# Countries without a national table: a deliberately high placeholder so nothing is understated.
DISTRICT_HEAT_FALLBACK = EmissionFactor(
    0.200,
    "kg CO2e/kWh",
    "Conservative placeholder (no national figure in this app) - enter your district heat supplier's figure",
    2023,
)

# Net energy content per unit, for the energy total of B3. IPCC 2006 Guidelines vol. 2 table 1.2 net calorific
# values with typical Nordic densities (diesel 0.835, petrol 0.745, heating oil 0.845, LPG 0.51, HVO 0.78 kg/l);
# natural gas at about 36 MJ/m3. Rounded; the energy total is an estimate, the invoices are the evidence.
ENERGY_KWH_PER_UNIT: dict[str, float] = {
    "fuel:diesel:l": 10.0,
    "fuel:petrol:l": 8.9,
    "fuel:heating_oil:l": 10.0,
    "fuel:natural_gas:kWh": 1.0,
    "fuel:natural_gas:m3": 10.0,
    "fuel:lpg:l": 6.5,
    "fuel:lpg:kg": 12.8,
    "fuel:hvo:l": 9.5,
}

DEFAULT_FACTORS: dict[str, EmissionFactor] = {**FUEL_FACTORS, **ELECTRICITY_FACTORS, **DISTRICT_HEAT_FACTORS}


def fuel_key(fuel: str, unit: str) -> str:
    return f"fuel:{fuel}:{unit}"


def electricity_key(country: str) -> str:
    return f"electricity:{country.upper()}"


def district_heat_key(country: str) -> str:
    return f"district_heat:{country.upper()}"


def factor_table(overrides: Mapping[str, EmissionFactor] | None = None) -> dict[str, EmissionFactor]:
    """The default factors with the user's own values on top."""
    return {**DEFAULT_FACTORS, **(overrides or {})}
