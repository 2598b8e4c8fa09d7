"""Typed VSME Basic Module (B1-B11) statement of one company for one reporting year; None means not answered."""

from __future__ import annotations

from dataclasses import dataclass, field

from tender_helper.sustainability.factors import EmissionFactor

MODULE_IDS = ("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11")
MODULE_OPTIONS = ("basic", "basic_and_comprehensive")
REPORTING_BASES = ("individual", "consolidated")
EMPLOYEE_UNITS = ("headcount", "fte")
MEDIA = ("air", "water", "soil")
# The sustainability matters B2 asks about (VSME Basic Module, paragraph 26 and its table).
B2_TOPICS = (
    "climate_change",
    "pollution",
    "water_and_marine",
    "biodiversity",
    "resource_use",
    "own_workforce",
    "value_chain_workers",
    "affected_communities",
    "consumers",
    "business_conduct",
)
# VSME thresholds below which a datapoint may be omitted (B8 turnover rate, B10 gender pay gap).
TURNOVER_RATE_MIN_EMPLOYEES = 50
PAY_GAP_MIN_EMPLOYEES = 150


@dataclass
class Site:
    name: str = ""
    address: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class B1Basis:
    """B1 Basis for preparation (VSME paragraphs 24-25)."""

    module_option: str = "basic"
    reporting_basis: str = "individual"
    subsidiaries: list[str] = field(default_factory=list)
    omitted_information: str = ""
    legal_form: str = ""
    nace_codes: list[str] = field(default_factory=list)
    balance_sheet_eur: float | None = None
    turnover_eur: float | None = None
    employees: float | None = None
    employees_unit: str = "headcount"
    country: str = ""
    sites: list[Site] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)


@dataclass
class PracticeEntry:
    topic: str
    practices: str = ""
    has_policy: bool | None = None
    policy_public: bool | None = None
    has_targets: bool | None = None
    targets: str = ""


def _all_topics() -> list[PracticeEntry]:
    return [PracticeEntry(topic) for topic in B2_TOPICS]


@dataclass
class B2Practices:
    """B2 Practices, policies and future initiatives for transitioning towards a more sustainable economy."""

    entries: list[PracticeEntry] = field(default_factory=_all_topics)


@dataclass
class FuelUse:
    fuel: str
    unit: str
    quantity: float


@dataclass
class B3Energy:
    """B3 Energy and greenhouse gas emissions; scope 1 and 2 are computed from these quantities."""

    electricity_kwh: float | None = None
    electricity_renewable_kwh: float | None = None
    district_heat_kwh: float | None = None
    fuels: list[FuelUse] | None = None  # [] = no fuels burnt, None = not answered yet
    other_scope1_tco2e: float | None = None  # e.g. refrigerant leaks, process emissions
    grid_country: str = ""  # empty: the B1 country
    factor_overrides: dict[str, EmissionFactor] = field(default_factory=dict)


@dataclass
class PollutantEmission:
    pollutant: str
    medium: str
    amount_kg: float


@dataclass
class B4Pollution:
    """B4 Pollution of air, water and soil; reported where law or an environmental management system requires it."""

    applicable: bool | None = None
    emissions: list[PollutantEmission] = field(default_factory=list)
    notes: str = ""


@dataclass
class B5Biodiversity:
    sites_in_sensitive_areas: int | None = None
    sensitive_area_ha: float | None = None
    land_total_m2: float | None = None
    land_sealed_m2: float | None = None
    land_nature_onsite_m2: float | None = None
    land_nature_offsite_m2: float | None = None


@dataclass
class B6Water:
    water_withdrawal_m3: float | None = None
    water_stress_withdrawal_m3: float | None = None
    water_consumption_m3: float | None = None


@dataclass
class WasteEntry:
    waste_type: str
    hazardous: bool
    amount_t: float
    diverted_t: float | None = None


@dataclass
class B7Resources:
    circular_principles: str = ""
    waste: list[WasteEntry] | None = None
    material_flows: str = ""


@dataclass
class B8Workforce:
    permanent_employees: int | None = None
    temporary_employees: int | None = None
    male: int | None = None
    female: int | None = None
    other_gender: int | None = None
    by_country: dict[str, int] = field(default_factory=dict)
    turnover_rate_pct: float | None = None


@dataclass
class B9HealthSafety:
    recordable_accidents: int | None = None
    hours_worked: float | None = None
    fatalities: int | None = None

    @property
    def accident_rate(self) -> float | None:
        """Recordable accidents per 200 000 hours worked (100 full-time employees for a year), as VSME uses."""
        if self.recordable_accidents is None or not self.hours_worked:
            return None
        return self.recordable_accidents / self.hours_worked * 200_000


@dataclass
class B10Remuneration:
    adequate_wage: bool | None = None
    gender_pay_gap_pct: float | None = None
    collective_agreement_pct: float | None = None
    training_hours_per_employee: float | None = None


@dataclass
class B11Corruption:
    convictions: int | None = None
    fines_eur: float | None = None


@dataclass
class SustainabilityStatement:
    """One company's VSME Basic Module statement for one reporting year."""

    year: int
    b1: B1Basis = field(default_factory=B1Basis)
    b2: B2Practices = field(default_factory=B2Practices)
    b3: B3Energy = field(default_factory=B3Energy)
    b4: B4Pollution = field(default_factory=B4Pollution)
    b5: B5Biodiversity = field(default_factory=B5Biodiversity)
    b6: B6Water = field(default_factory=B6Water)
    b7: B7Resources = field(default_factory=B7Resources)
    b8: B8Workforce = field(default_factory=B8Workforce)
    b9: B9HealthSafety = field(default_factory=B9HealthSafety)
    b10: B10Remuneration = field(default_factory=B10Remuneration)
    b11: B11Corruption = field(default_factory=B11Corruption)

    @property
    def grid_country(self) -> str:
        return (self.b3.grid_country or self.b1.country).upper()

    def headcount(self) -> float | None:
        """Employees as B8 counts them, else as B1 gives them."""
        parts = (self.b8.permanent_employees, self.b8.temporary_employees)
        if any(p is not None for p in parts):
            return float(sum(p or 0 for p in parts))
        return self.b1.employees
