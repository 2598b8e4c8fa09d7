"""Labels, units and inline help for every field of the VSME statement (English, context "Sustainability")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tender_helper.core.errors import QT_TRANSLATE_NOOP

SUSTAINABILITY_CONTEXT = "Sustainability"


@dataclass(frozen=True)
class FieldInfo:
    label: str
    unit: str  # "" for text, yes/no and choices
    help: str


def _f(label: str, unit: str, help_text: str) -> FieldInfo:
    return FieldInfo(label, unit, help_text)


MODULE_TITLES: dict[str, str] = {
    "b1": QT_TRANSLATE_NOOP("Sustainability", "B1 Basis for preparation"),
    "b2": QT_TRANSLATE_NOOP("Sustainability", "B2 Practices, policies and future initiatives"),
    "b3": QT_TRANSLATE_NOOP("Sustainability", "B3 Energy and greenhouse gas emissions"),
    "b4": QT_TRANSLATE_NOOP("Sustainability", "B4 Pollution of air, water and soil"),
    "b5": QT_TRANSLATE_NOOP("Sustainability", "B5 Biodiversity"),
    "b6": QT_TRANSLATE_NOOP("Sustainability", "B6 Water"),
    "b7": QT_TRANSLATE_NOOP("Sustainability", "B7 Resource use, circular economy and waste management"),
    "b8": QT_TRANSLATE_NOOP("Sustainability", "B8 Workforce: general characteristics"),
    "b9": QT_TRANSLATE_NOOP("Sustainability", "B9 Workforce: health and safety"),
    "b10": QT_TRANSLATE_NOOP("Sustainability", "B10 Workforce: remuneration, collective bargaining and training"),
    "b11": QT_TRANSLATE_NOOP("Sustainability", "B11 Convictions and fines for corruption and bribery"),
}

B2_TOPIC_LABELS: dict[str, str] = {
    "climate_change": QT_TRANSLATE_NOOP("Sustainability", "Climate change"),
    "pollution": QT_TRANSLATE_NOOP("Sustainability", "Pollution"),
    "water_and_marine": QT_TRANSLATE_NOOP("Sustainability", "Water and marine resources"),
    "biodiversity": QT_TRANSLATE_NOOP("Sustainability", "Biodiversity and ecosystems"),
    "resource_use": QT_TRANSLATE_NOOP("Sustainability", "Resource use and circular economy"),
    "own_workforce": QT_TRANSLATE_NOOP("Sustainability", "Own workforce"),
    "value_chain_workers": QT_TRANSLATE_NOOP("Sustainability", "Workers in the value chain"),
    "affected_communities": QT_TRANSLATE_NOOP("Sustainability", "Affected communities"),
    "consumers": QT_TRANSLATE_NOOP("Sustainability", "Consumers and end-users"),
    "business_conduct": QT_TRANSLATE_NOOP("Sustainability", "Business conduct"),
}

FIELDS: dict[str, FieldInfo] = {
    "year": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Reporting year"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "The financial year the statement covers, e.g. 2024."),
    ),
    "b1.module_option": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Module"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Basic Module only, or Basic and Comprehensive Module."),
    ),
    "b1.reporting_basis": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Basis"),
        "",
        QT_TRANSLATE_NOOP(
            "Sustainability", "Individual: this company only. Consolidated: the company and its subsidiaries."
        ),
    ),
    "b1.subsidiaries": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Subsidiaries included"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Names of subsidiaries in a consolidated statement."),
    ),
    "b1.omitted_information": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Information omitted"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Say which classified or sensitive information is left out, if any."),
    ),
    "b1.legal_form": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Legal form"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "E.g. limited company (Oy, AB, AS) or partnership."),
    ),
    "b1.nace_codes": _f(
        QT_TRANSLATE_NOOP("Sustainability", "NACE sector codes"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "The NACE codes of your main activities, e.g. 43.21."),
    ),
    "b1.balance_sheet_eur": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Balance sheet total"),
        "EUR",
        QT_TRANSLATE_NOOP("Sustainability", "From the latest financial statements."),
    ),
    "b1.turnover_eur": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Turnover"),
        "EUR",
        QT_TRANSLATE_NOOP("Sustainability", "Net turnover of the reporting year."),
    ),
    "b1.employees": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Number of employees"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "At year end, as headcount or full-time equivalents."),
    ),
    "b1.employees_unit": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Employees counted as"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Headcount or full-time equivalents (FTE)."),
    ),
    "b1.country": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Country of primary operations"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Two-letter code, e.g. FI, SE or NO."),
    ),
    "b1.sites": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Sites"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Offices, depots and workshops, with address and, if known, coordinates."),
    ),
    "b1.certifications": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Sustainability certifications and labels"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "E.g. ISO 14001, EMAS, Nordic Swan Ecolabel."),
    ),
    "b2.practices": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Practices"),
        "",
        QT_TRANSLATE_NOOP(
            "Sustainability", "What you actually do on this topic. 'None in place' is an acceptable answer."
        ),
    ),
    "b2.has_policy": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Written policy"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Is there a written policy on this topic?"),
    ),
    "b2.policy_public": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Policy publicly available"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Can anyone read the policy, e.g. on your website?"),
    ),
    "b2.has_targets": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Targets"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Have you set targets or planned future initiatives?"),
    ),
    "b2.targets": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Targets and future initiatives"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Describe the targets and when you aim to meet them."),
    ),
    "b3.electricity_kwh": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Electricity consumption"),
        "kWh",
        QT_TRANSLATE_NOOP("Sustainability", "Total purchased electricity of the year; see your invoices."),
    ),
    "b3.electricity_renewable_kwh": _f(
        QT_TRANSLATE_NOOP("Sustainability", "of which renewable"),
        "kWh",
        QT_TRANSLATE_NOOP("Sustainability", "Electricity bought with guarantees of origin or produced on site."),
    ),
    "b3.district_heat_kwh": _f(
        QT_TRANSLATE_NOOP("Sustainability", "District heat"),
        "kWh",
        QT_TRANSLATE_NOOP("Sustainability", "Purchased district heating; see your invoices."),
    ),
    "b3.fuels": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Fuels"),
        "",
        QT_TRANSLATE_NOOP(
            "Sustainability", "Fuels burnt in your own vehicles, machines and boilers. Add none if none."
        ),
    ),
    "b3.fuels.fuel": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Fuel"), "", QT_TRANSLATE_NOOP("Sustainability", "Choose the fuel.")
    ),
    "b3.fuels.unit": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Unit"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "The unit on the invoice or fuel card report."),
    ),
    "b3.fuels.quantity": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Quantity"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Amount used in the reporting year."),
    ),
    "b3.other_scope1_tco2e": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Other direct emissions"),
        "t CO2e",
        QT_TRANSLATE_NOOP("Sustainability", "E.g. refrigerant leaks; leave empty if you have none."),
    ),
    "b3.grid_country": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Electricity grid country"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Country whose grid average is used; by default your B1 country."),
    ),
    "b4.applicable": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Pollutant reporting applies"),
        "",
        QT_TRANSLATE_NOOP(
            "Sustainability",
            "Yes if law or your environmental management system already requires you to report pollutants.",
        ),
    ),
    "b4.emissions": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Pollutant emissions"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Each pollutant and the medium it is released to."),
    ),
    "b4.emissions.pollutant": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Pollutant"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "E.g. NOx, particulate matter, VOC."),
    ),
    "b4.emissions.medium": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Released to"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Air, water or soil."),
    ),
    "b4.emissions.amount_kg": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Amount"),
        "kg",
        QT_TRANSLATE_NOOP("Sustainability", "Amount released in the reporting year."),
    ),
    "b4.notes": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Notes"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Anything a reader needs to understand the figures."),
    ),
    "b5.sites_in_sensitive_areas": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Sites in or near biodiversity-sensitive areas"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "E.g. Natura 2000 areas next to a site."),
    ),
    "b5.sensitive_area_ha": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Area of those sites"),
        "ha",
        QT_TRANSLATE_NOOP("Sustainability", "Total area of the sites counted above."),
    ),
    "b5.land_total_m2": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Total use of land"),
        "m²",
        QT_TRANSLATE_NOOP("Sustainability", "Land area you own or lease."),
    ),
    "b5.land_sealed_m2": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Total sealed area"),
        "m²",
        QT_TRANSLATE_NOOP("Sustainability", "Buildings, asphalt and other sealed surfaces."),
    ),
    "b5.land_nature_onsite_m2": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Nature-oriented area on site"),
        "m²",
        QT_TRANSLATE_NOOP("Sustainability", "Areas kept or restored mainly for nature, on your sites."),
    ),
    "b5.land_nature_offsite_m2": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Nature-oriented area off site"),
        "m²",
        QT_TRANSLATE_NOOP("Sustainability", "Nature areas you own or manage elsewhere."),
    ),
    "b6.water_withdrawal_m3": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Total water withdrawal"),
        "m³",
        QT_TRANSLATE_NOOP("Sustainability", "Water taken in; see the water bills."),
    ),
    "b6.water_stress_withdrawal_m3": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Withdrawal in areas of high water stress"),
        "m³",
        QT_TRANSLATE_NOOP("Sustainability", "Rare in the Nordic countries; 0 if none."),
    ),
    "b6.water_consumption_m3": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Water consumption"),
        "m³",
        QT_TRANSLATE_NOOP("Sustainability", "Withdrawal minus discharge, if your processes use significant water."),
    ),
    "b7.circular_principles": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Circular economy principles"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "E.g. repair, reuse, recycled materials, product durability."),
    ),
    "b7.waste": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Waste"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Waste by type. Add none if the year produced no waste worth reporting."),
    ),
    "b7.waste.waste_type": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Waste type"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "E.g. mixed construction waste, metal, cardboard."),
    ),
    "b7.waste.hazardous": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Hazardous"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Hazardous or radioactive waste."),
    ),
    "b7.waste.amount_t": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Amount"),
        "t",
        QT_TRANSLATE_NOOP("Sustainability", "Tonnes generated; see the waste company's reports."),
    ),
    "b7.waste.diverted_t": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Diverted to recycling or reuse"),
        "t",
        QT_TRANSLATE_NOOP("Sustainability", "Part of the amount not disposed of."),
    ),
    "b7.material_flows": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Key material flows"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Main materials you use and their annual mass, if relevant."),
    ),
    "b8.permanent_employees": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Permanent employees"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Headcount at year end."),
    ),
    "b8.temporary_employees": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Temporary employees"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Headcount at year end."),
    ),
    "b8.male": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Men"), "", QT_TRANSLATE_NOOP("Sustainability", "Headcount at year end.")
    ),
    "b8.female": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Women"), "", QT_TRANSLATE_NOOP("Sustainability", "Headcount at year end.")
    ),
    "b8.other_gender": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Other or not reported"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Headcount at year end."),
    ),
    "b8.by_country": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Employees by country"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Only if you employ people in more than one country."),
    ),
    "b8.turnover_rate_pct": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Employee turnover rate"),
        "%",
        QT_TRANSLATE_NOOP("Sustainability", "Leavers divided by average headcount; from 50 employees up."),
    ),
    "b9.recordable_accidents": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Recordable work accidents"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Accidents at work recorded in the year."),
    ),
    "b9.hours_worked": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Hours worked"),
        "h",
        QT_TRANSLATE_NOOP("Sustainability", "Total hours worked by employees; used for the accident rate."),
    ),
    "b9.fatalities": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Fatalities"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Deaths from work-related injuries and ill health."),
    ),
    "b10.adequate_wage": _f(
        QT_TRANSLATE_NOOP("Sustainability", "All employees paid an adequate wage"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "At least the collective agreement or minimum wage."),
    ),
    "b10.gender_pay_gap_pct": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Unadjusted gender pay gap"),
        "%",
        QT_TRANSLATE_NOOP("Sustainability", "(Men's - women's average pay) / men's average pay; from 150 up."),
    ),
    "b10.collective_agreement_pct": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Employees covered by collective agreements"),
        "%",
        QT_TRANSLATE_NOOP("Sustainability", "Share of employees, 0-100."),
    ),
    "b10.training_hours_per_employee": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Training per employee"),
        "h",
        QT_TRANSLATE_NOOP("Sustainability", "Average annual training hours per employee."),
    ),
    "b11.convictions": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Convictions for corruption or bribery"),
        "",
        QT_TRANSLATE_NOOP("Sustainability", "Number in the reporting year."),
    ),
    "b11.fines_eur": _f(
        QT_TRANSLATE_NOOP("Sustainability", "Fines for corruption or bribery"),
        "EUR",
        QT_TRANSLATE_NOOP("Sustainability", "Total amount in the reporting year."),
    ),
}

_INDEX = re.compile(r"\[\d+\]|\[[^\]]*\]")


def field_info(path: str) -> FieldInfo:
    """The label, unit and help for a field path such as 'b3.fuels[2].quantity'."""
    key = _INDEX.sub("", path)
    info = FIELDS.get(key)
    if info is None and key.startswith("b2."):
        info = FIELDS.get("b2." + key.rsplit(".", 1)[-1])
    return info or FieldInfo(key, "", "")
