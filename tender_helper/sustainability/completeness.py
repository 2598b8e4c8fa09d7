"""How much of the VSME Basic Module a statement answers, and which applicable items are still open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tender_helper.sustainability.statement import (
    MODULE_IDS,
    PAY_GAP_MIN_EMPLOYEES,
    TURNOVER_RATE_MIN_EMPLOYEES,
    SustainabilityStatement,
)

Answered = Callable[[SustainabilityStatement], bool]
Applies = Callable[[SustainabilityStatement], bool]


@dataclass(frozen=True)
class Completeness:
    fraction: float  # 0.0-1.0 of the applicable items answered
    missing: tuple[str, ...]  # field paths, in form order
    by_module: dict[str, tuple[int, int]]  # module id -> (answered, applicable)

    @property
    def percent(self) -> int:
        return int(self.fraction * 100)


def _always(_: SustainabilityStatement) -> bool:
    return True


def _employees_at_least(limit: int) -> Applies:
    def applies(s: SustainabilityStatement) -> bool:
        count = s.headcount()
        return count is not None and count >= limit

    return applies


def _set(getter: Callable[[SustainabilityStatement], object]) -> Answered:
    return lambda s: getter(s) not in (None, "", [])


def _b2_topic(index: int) -> Answered:
    def answered(s: SustainabilityStatement) -> bool:
        if index >= len(s.b2.entries):
            return False
        entry = s.b2.entries[index]
        return bool(entry.practices.strip()) or entry.has_policy is not None

    return answered


# (field path, answered?, applies?) per applicable VSME Basic Module datapoint.
_ITEMS: list[tuple[str, Answered, Applies]] = [
    ("b1.legal_form", _set(lambda s: s.b1.legal_form.strip()), _always),
    ("b1.nace_codes", _set(lambda s: s.b1.nace_codes), _always),
    ("b1.balance_sheet_eur", _set(lambda s: s.b1.balance_sheet_eur), _always),
    ("b1.turnover_eur", _set(lambda s: s.b1.turnover_eur), _always),
    ("b1.employees", _set(lambda s: s.b1.employees), _always),
    ("b1.country", _set(lambda s: s.b1.country), _always),
    ("b1.sites", _set(lambda s: s.b1.sites), _always),
    *((f"b2.entries[{i}]", _b2_topic(i), _always) for i in range(10)),
    ("b3.electricity_kwh", _set(lambda s: s.b3.electricity_kwh), _always),
    ("b3.district_heat_kwh", _set(lambda s: s.b3.district_heat_kwh), _always),
    ("b3.fuels", lambda s: s.b3.fuels is not None, _always),
    ("b4.applicable", lambda s: s.b4.applicable is not None, _always),
    ("b4.emissions", _set(lambda s: s.b4.emissions), lambda s: s.b4.applicable is True),
    ("b5.sites_in_sensitive_areas", _set(lambda s: s.b5.sites_in_sensitive_areas), _always),
    ("b5.land_total_m2", _set(lambda s: s.b5.land_total_m2), _always),
    ("b5.land_sealed_m2", _set(lambda s: s.b5.land_sealed_m2), _always),
    ("b6.water_withdrawal_m3", _set(lambda s: s.b6.water_withdrawal_m3), _always),
    ("b6.water_stress_withdrawal_m3", _set(lambda s: s.b6.water_stress_withdrawal_m3), _always),
    ("b7.circular_principles", _set(lambda s: s.b7.circular_principles.strip()), _always),
    ("b7.waste", lambda s: s.b7.waste is not None, _always),
    ("b8.permanent_employees", _set(lambda s: s.b8.permanent_employees), _always),
    ("b8.temporary_employees", _set(lambda s: s.b8.temporary_employees), _always),
    ("b8.female", _set(lambda s: s.b8.female), _always),
    ("b8.male", _set(lambda s: s.b8.male), _always),
    ("b8.by_country", _set(lambda s: s.b8.by_country), lambda s: len({x.country.upper() for x in s.b1.sites}) > 1),
    ("b8.turnover_rate_pct", _set(lambda s: s.b8.turnover_rate_pct), _employees_at_least(TURNOVER_RATE_MIN_EMPLOYEES)),
    ("b9.recordable_accidents", _set(lambda s: s.b9.recordable_accidents), _always),
    ("b9.hours_worked", _set(lambda s: s.b9.hours_worked), _always),
    ("b9.fatalities", _set(lambda s: s.b9.fatalities), _always),
    ("b10.adequate_wage", _set(lambda s: s.b10.adequate_wage), _always),
    ("b10.gender_pay_gap_pct", _set(lambda s: s.b10.gender_pay_gap_pct), _employees_at_least(PAY_GAP_MIN_EMPLOYEES)),
    ("b10.collective_agreement_pct", _set(lambda s: s.b10.collective_agreement_pct), _always),
    ("b10.training_hours_per_employee", _set(lambda s: s.b10.training_hours_per_employee), _always),
    ("b11.convictions", _set(lambda s: s.b11.convictions), _always),
    ("b11.fines_eur", _set(lambda s: s.b11.fines_eur), _always),
]


def completeness(statement: SustainabilityStatement) -> Completeness:
    """The share of applicable Basic Module items answered; thresholds (50/150 employees) exempt some items."""
    counts = {module: [0, 0] for module in MODULE_IDS}
    missing: list[str] = []
    for path, answered, applies in _ITEMS:
        if not applies(statement):
            continue
        module = path.split(".", 1)[0]
        counts[module][1] += 1
        if answered(statement):
            counts[module][0] += 1
        else:
            missing.append(path)
    applicable = sum(total for _, total in counts.values())
    done = sum(answered for answered, _ in counts.values())
    fraction = done / applicable if applicable else 1.0
    return Completeness(fraction, tuple(missing), {m: (a, t) for m, (a, t) in counts.items()})
