"""A filled-in sample statement of a small Finnish electrical contractor, for the demo and for tests."""

from __future__ import annotations

from tender_helper.sustainability.statement import (
    B1Basis,
    B3Energy,
    B4Pollution,
    B5Biodiversity,
    B6Water,
    B7Resources,
    B8Workforce,
    B9HealthSafety,
    B10Remuneration,
    B11Corruption,
    FuelUse,
    PracticeEntry,
    Site,
    SustainabilityStatement,
    WasteEntry,
)


def sample_statement(year: int = 2024) -> SustainabilityStatement:
    """A complete, valid statement; the numbers are invented but plausible for a 23-person company."""
    statement = SustainabilityStatement(
        year=year,
        b1=B1Basis(
            legal_form="Osakeyhtiö (Oy)",
            nace_codes=["43.21"],
            balance_sheet_eur=1_850_000,
            turnover_eur=3_200_000,
            employees=23,
            country="FI",
            sites=[
                Site("Pääkonttori", "Teollisuuskatu 12, 20520 Turku", "FI", 60.4518, 22.2666),
                Site("Varasto", "Varastotie 3, 21420 Lieto", "FI"),
            ],
            certifications=["ISO 14001", "ISO 9001"],
        ),
        b3=B3Energy(
            electricity_kwh=42_000,
            electricity_renewable_kwh=42_000,
            district_heat_kwh=65_000,
            fuels=[FuelUse("diesel", "l", 18_500), FuelUse("petrol", "l", 2_100)],
        ),
        b4=B4Pollution(applicable=False),
        b5=B5Biodiversity(
            sites_in_sensitive_areas=0,
            sensitive_area_ha=0,
            land_total_m2=3_400,
            land_sealed_m2=2_100,
            land_nature_onsite_m2=300,
        ),
        b6=B6Water(water_withdrawal_m3=410, water_stress_withdrawal_m3=0),
        b7=B7Resources(
            circular_principles="Cable drums are returned to the supplier; spare material goes back to stock.",
            waste=[
                WasteEntry("Metal scrap (copper, steel)", False, 4.2, 4.2),
                WasteEntry("Mixed construction waste", False, 11.5, 6.0),
                WasteEntry("Fluorescent lamps and batteries", True, 0.3, 0.3),
            ],
            material_flows="Copper cable about 9 t, steel installation material about 6 t.",
        ),
        b8=B8Workforce(permanent_employees=21, temporary_employees=2, male=19, female=4, other_gender=0),
        b9=B9HealthSafety(recordable_accidents=1, hours_worked=36_800, fatalities=0),
        b10=B10Remuneration(adequate_wage=True, collective_agreement_pct=100, training_hours_per_employee=18.5),
        b11=B11Corruption(convictions=0, fines_eur=0),
    )
    texts = {
        "climate_change": "Vans are being replaced by electric ones; 3 of 11 were electric at year end.",
        "own_workforce": "Safety walks every month; induction for every new employee.",
        "business_conduct": "Code of conduct signed by all employees.",
    }
    statement.b2.entries = [
        PracticeEntry(
            entry.topic,
            practices=texts.get(entry.topic, "None in place."),
            has_policy=entry.topic in texts,
            policy_public=entry.topic == "business_conduct",
            has_targets=entry.topic == "climate_change",
            targets="All vans electric by 2028." if entry.topic == "climate_change" else "",
        )
        for entry in statement.b2.entries
    ]
    return statement
