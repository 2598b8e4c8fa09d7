"""Checks a VSME statement field by field; every problem names the field path and its English label."""

from __future__ import annotations

import math
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.sustainability.factors import FUELS
from tender_helper.sustainability.fields import field_info
from tender_helper.sustainability.statement import (
    B2_TOPICS,
    EMPLOYEE_UNITS,
    MEDIA,
    MODULE_OPTIONS,
    REPORTING_BASES,
    SustainabilityStatement,
)

MIN_YEAR = 2000
MAX_YEAR = 2100


@dataclass(frozen=True)
class FieldProblem:
    field: str
    template: str  # marked for translation in context "Errors"
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class InvalidStatement(InvalidInput):
    """The statement has one or more invalid fields; `problems` lists them all, the message names the first."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        first = problems[0]
        super().__init__(first.template, field=first.field, **first.params)
        self.problems = tuple(problems)


def _message_number(value: Any) -> Any:
    """A number as people write it: -5 not -5.0, 12.5 as it is; anything that is not a finite number unchanged."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return value
    if value.is_integer():
        return str(int(value))
    return format(Decimal(f"{value:.15g}"), "f")  # 15 significant digits hide float noise, and no exponent


class _Checker:
    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def add(self, path: str, template: str, **params: Any) -> None:
        self.problems.append(FieldProblem(path, template, {"name": field_info(path).label, **params}))

    def number(self, path: str, value: float | None, *, low: float = 0.0, high: float | None = None) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.add(path, QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not a number."), value=value)
        elif value < low and low == 0:
            template = QT_TRANSLATE_NOOP("Errors", "{name} cannot be negative (got {value}).")
            self.add(path, template, value=_message_number(value))
        elif value < low or (high is not None and value > high):
            self.add(
                path,
                QT_TRANSLATE_NOOP("Errors", "{name} must be between {low} and {high} (got {value})."),
                value=_message_number(value),
                low=_message_number(low),
                high=_message_number(high) if high is not None else "",
            )

    def percentage(self, path: str, value: float | None, *, low: float = 0.0) -> None:
        self.number(path, value, low=low, high=100.0)

    def choice(self, path: str, value: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            self.add(
                path,
                QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not one of {allowed}."),
                value=value,
                allowed=", ".join(allowed),
            )

    def country(self, path: str, value: str, *, required: bool) -> None:
        if not value and not required:
            return
        if len(value) != 2 or not value.isalpha():
            self.add(
                path, QT_TRANSLATE_NOOP("Errors", "{name}: give a two-letter country code such as FI."), value=value
            )

    def not_above(self, part_path: str, part: float | None, whole_path: str, whole: float | None) -> None:
        if part is not None and whole is not None and part > whole:
            self.add(
                part_path,
                QT_TRANSLATE_NOOP("Errors", "{name} ({value}) cannot exceed {whole_name} ({whole})."),
                value=_message_number(part),
                whole=_message_number(whole),
                whole_name=field_info(whole_path).label,
            )


def _check_b1(c: _Checker, s: SustainabilityStatement) -> None:
    b1 = s.b1
    c.choice("b1.module_option", b1.module_option, MODULE_OPTIONS)
    c.choice("b1.reporting_basis", b1.reporting_basis, REPORTING_BASES)
    c.choice("b1.employees_unit", b1.employees_unit, EMPLOYEE_UNITS)
    c.country("b1.country", b1.country, required=True)
    for path, value in (
        ("b1.balance_sheet_eur", b1.balance_sheet_eur),
        ("b1.turnover_eur", b1.turnover_eur),
        ("b1.employees", b1.employees),
    ):
        c.number(path, value)
    for i, site in enumerate(b1.sites):
        c.country(f"b1.sites[{i}].country", site.country, required=False)
        c.number(f"b1.sites[{i}].latitude", site.latitude, low=-90, high=90)
        c.number(f"b1.sites[{i}].longitude", site.longitude, low=-180, high=180)


def _check_b2_b3(c: _Checker, s: SustainabilityStatement) -> None:
    for i, entry in enumerate(s.b2.entries):
        c.choice(f"b2.entries[{i}].topic", entry.topic, B2_TOPICS)
    b3 = s.b3
    for path, value in (
        ("b3.electricity_kwh", b3.electricity_kwh),
        ("b3.electricity_renewable_kwh", b3.electricity_renewable_kwh),
        ("b3.district_heat_kwh", b3.district_heat_kwh),
        ("b3.other_scope1_tco2e", b3.other_scope1_tco2e),
    ):
        c.number(path, value)
    c.not_above("b3.electricity_renewable_kwh", b3.electricity_renewable_kwh, "b3.electricity_kwh", b3.electricity_kwh)
    c.country("b3.grid_country", b3.grid_country, required=False)
    for i, use in enumerate(b3.fuels or []):
        fuel = FUELS.get(use.fuel)
        if fuel is None:
            c.choice(f"b3.fuels[{i}].fuel", use.fuel, tuple(FUELS))
        else:
            c.choice(f"b3.fuels[{i}].unit", use.unit, fuel.units)
        c.number(f"b3.fuels[{i}].quantity", use.quantity)
    for key, factor in b3.factor_overrides.items():
        c.number(f"b3.factor_overrides[{key}].value", factor.value)


def _check_b4_to_b7(c: _Checker, s: SustainabilityStatement) -> None:
    for i, emission in enumerate(s.b4.emissions):
        c.choice(f"b4.emissions[{i}].medium", emission.medium, MEDIA)
        c.number(f"b4.emissions[{i}].amount_kg", emission.amount_kg)
    b5 = s.b5
    for name in ("sites_in_sensitive_areas", "sensitive_area_ha", "land_total_m2", "land_sealed_m2"):
        c.number(f"b5.{name}", getattr(b5, name))
    c.number("b5.land_nature_onsite_m2", b5.land_nature_onsite_m2)
    c.number("b5.land_nature_offsite_m2", b5.land_nature_offsite_m2)
    c.not_above("b5.land_sealed_m2", b5.land_sealed_m2, "b5.land_total_m2", b5.land_total_m2)
    b6 = s.b6
    for name in ("water_withdrawal_m3", "water_stress_withdrawal_m3", "water_consumption_m3"):
        c.number(f"b6.{name}", getattr(b6, name))
    c.not_above(
        "b6.water_stress_withdrawal_m3", b6.water_stress_withdrawal_m3, "b6.water_withdrawal_m3", b6.water_withdrawal_m3
    )
    for i, waste in enumerate(s.b7.waste or []):
        c.number(f"b7.waste[{i}].amount_t", waste.amount_t)
        c.number(f"b7.waste[{i}].diverted_t", waste.diverted_t)
        c.not_above(f"b7.waste[{i}].diverted_t", waste.diverted_t, f"b7.waste[{i}].amount_t", waste.amount_t)


def _check_b8_to_b11(c: _Checker, s: SustainabilityStatement) -> None:
    b8 = s.b8
    for name in ("permanent_employees", "temporary_employees", "male", "female", "other_gender"):
        c.number(f"b8.{name}", getattr(b8, name))
    for country, count in b8.by_country.items():
        c.country(f"b8.by_country[{country}]", country, required=True)
        c.number(f"b8.by_country[{country}]", count)
    c.percentage("b8.turnover_rate_pct", b8.turnover_rate_pct)
    by_contract = (b8.permanent_employees, b8.temporary_employees)
    by_gender = (b8.male, b8.female, b8.other_gender)
    if all(v is not None for v in by_contract) and all(v is not None for v in by_gender):
        contract_total = sum(v or 0 for v in by_contract)
        gender_total = sum(v or 0 for v in by_gender)
        if contract_total != gender_total:
            c.add(
                "b8.male",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Employees by gender add up to {value} but by contract type to {whole}; they should match.",
                ),
                value=_message_number(gender_total),
                whole=_message_number(contract_total),
            )
    for name in ("recordable_accidents", "hours_worked", "fatalities"):
        c.number(f"b9.{name}", getattr(s.b9, name))
    c.percentage("b10.gender_pay_gap_pct", s.b10.gender_pay_gap_pct, low=-100.0)
    c.percentage("b10.collective_agreement_pct", s.b10.collective_agreement_pct)
    c.number("b10.training_hours_per_employee", s.b10.training_hours_per_employee)
    c.number("b11.convictions", s.b11.convictions)
    c.number("b11.fines_eur", s.b11.fines_eur)


def find_problems(statement: SustainabilityStatement) -> list[FieldProblem]:
    """Every invalid field of the statement, in form order; empty when the statement can be saved."""
    checker = _Checker()
    if isinstance(statement.year, bool) or not isinstance(statement.year, int):
        checker.add("year", QT_TRANSLATE_NOOP("Errors", "{name}: {value} is not a year."), value=statement.year)
    elif not MIN_YEAR <= statement.year <= MAX_YEAR:
        checker.number("year", statement.year, low=MIN_YEAR, high=MAX_YEAR)
    _check_b1(checker, statement)
    _check_b2_b3(checker, statement)
    _check_b4_to_b7(checker, statement)
    _check_b8_to_b11(checker, statement)
    return checker.problems


def validate(statement: SustainabilityStatement) -> None:
    """Raises InvalidStatement (an InvalidInput) listing every invalid field; returns quietly otherwise."""
    problems = find_problems(statement)
    if problems:
        raise InvalidStatement(problems)
