"""Builds the VSME sustainability statement PDF from plain data, in Finnish, Swedish, Norwegian or English."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from tender_helper.reports.labels import label, labels, normalise_language
from tender_helper.reports.pdf_common import (
    BODY_W,
    DASH,
    NAVY,
    PALE,
    RULE,
    FooterDrawer,
    NumberFormat,
    grid_table,
    page_footer,
    paragraph,
    styles,
    write_pdf,
)
from tender_helper.sustainability.emissions import EmissionsResult
from tender_helper.sustainability.statement import SustainabilityStatement


@dataclass(frozen=True)
class SustainabilityReportData:
    company_name: str
    business_id: str
    country: str
    statement: SustainabilityStatement
    emissions: EmissionsResult
    completeness_percent: int | None = None
    generated: date = field(default_factory=date.today)


class _Fmt(NumberFormat):
    """Number and value formatting in the report's language, plus the yes/no and empty-text conventions."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.t = labels(lang)

    def yes_no(self, value: bool | None) -> str:
        return DASH if value is None else self.t["yes" if value else "no"]

    def text(self, value: str) -> str:
        return value.strip() or DASH


class _Builder:
    def __init__(self, data: SustainabilityReportData, lang: str) -> None:
        self.data = data
        self.lang = normalise_language(lang)
        self.f = _Fmt(self.lang)
        self.t = self.f.t
        self.s = styles()
        self.story: list[Any] = []

    # -- building blocks ---------------------------------------------------------------------------------------------

    def p(self, text: str, style: str = "cell") -> Paragraph:
        return paragraph(text, self.s[style])

    def grid(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        right: int = 0,
        bold_last: int = 0,
    ) -> Table:
        """Zebra rows under an optional navy header; the last `right` columns are right-aligned numbers."""
        first_right = len(widths) - right
        body = []
        for index, row in enumerate(rows):
            bold = index >= len(rows) - bold_last
            plain, right_style = ("cell_bold", "cell_right_bold") if bold else ("cell", "cell_right")
            body.append([self.p(cell, right_style if i >= first_right else plain) for i, cell in enumerate(row)])
        head = [self.p(h, "head") for h in header] if header else None
        return grid_table(head, body, widths, bold_last)

    def kv(self, rows: Sequence[tuple[str, str, str]]) -> Table:
        """Item / value / unit rows, the shape of most VSME datapoints; text answers span value and unit."""
        table = self.grid(None, rows, (BODY_W * 0.52, BODY_W * 0.33, BODY_W * 0.15))
        spans = [("SPAN", (1, r), (2, r)) for r, (_, _, unit) in enumerate(rows) if not unit]
        table.setStyle(TableStyle(spans))
        return table

    def row(self, key: str, value: str, unit: str = "") -> tuple[str, str, str]:
        return (label(self.lang, key), value, unit)

    def section(self, module: str, *flowables: Any) -> None:
        # Start a new page rather than leave a heading alone at the bottom; long tables may still split.
        self.story += [CondPageBreak(45 * mm), Paragraph(escape(self.t[module]), self.s["h2"])]
        self.story.extend(flowables)

    # -- page 1 ------------------------------------------------------------------------------------------------------

    def header(self) -> None:
        d, st = self.data, self.data.statement
        self.story += [
            Paragraph(escape(self.t["title"]), self.s["title"]),
            Spacer(1, 2 * mm),
            Paragraph(escape(self.t["subtitle"].format(year=st.year)), self.s["subtitle"]),
            Spacer(1, 6 * mm),
        ]
        pairs = [
            (self.t["company"], d.company_name),
            (self.t["business_id"], d.business_id),
            (self.t["country"], d.country),
            (self.t["reporting_year"], str(st.year)),
            (self.t["b1.module_option"], self.t.get(f"opt.{st.b1.module_option}", st.b1.module_option)),
            (self.t["completeness"], DASH if d.completeness_percent is None else f"{d.completeness_percent} %"),
        ]
        cells = [[self.p(k, "cell_bold"), self.p(v)] for k, v in pairs]
        block = Table(
            [cells[0] + cells[1], cells[2] + cells[3], cells[4] + cells[5]],
            colWidths=[BODY_W * 0.18, BODY_W * 0.32, BODY_W * 0.18, BODY_W * 0.32],
        )
        block.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 0.6, RULE)]))
        self.story += [block, Spacer(1, 5 * mm), self.key_figures(), Spacer(1, 4 * mm)]
        self.story.append(Paragraph(escape(self.t["intro"]), self.s["small"]))

    def key_figures(self) -> Table:
        e = self.data.emissions
        figures = [
            (self.t["scope1"], f"{self.f.num(e.scope1_tco2e, 1)} t CO2e"),
            (self.t["scope2"], f"{self.f.num(e.scope2_tco2e, 1)} t CO2e"),
            (self.t["total_scope12"], f"{self.f.num(e.total_tco2e, 1)} t CO2e"),
            (self.t["energy_total"], f"{self.f.num(e.energy_mwh, 1)} MWh"),
        ]
        top = [Paragraph(escape(value), self.s["figure"]) for _, value in figures]
        bottom = [self.p(name, "small") for name, _ in figures]
        table = Table([top, bottom], colWidths=[BODY_W / 4] * 4)
        table.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ]
            )
        )
        return table

    # -- modules -----------------------------------------------------------------------------------------------------

    def b1(self) -> None:
        b1, f = self.data.statement.b1, self.f
        unit = self.t.get(f"opt.{b1.employees_unit}", b1.employees_unit)
        rows = [
            self.row("b1.reporting_basis", self.t.get(f"opt.{b1.reporting_basis}", b1.reporting_basis)),
            self.row("b1.subsidiaries", ", ".join(b1.subsidiaries) or DASH),
            self.row("b1.legal_form", f.text(b1.legal_form)),
            self.row("b1.nace_codes", ", ".join(b1.nace_codes) or DASH),
            self.row("b1.balance_sheet_eur", f.num(b1.balance_sheet_eur), "EUR"),
            self.row("b1.turnover_eur", f.num(b1.turnover_eur), "EUR"),
            self.row("b1.employees", f.auto(b1.employees), unit),
            self.row("b1.country", f.text(b1.country)),
            self.row("b1.certifications", ", ".join(b1.certifications) or self.t["none"]),
            self.row("b1.omitted_information", f.text(b1.omitted_information)),
        ]
        flowables: list[Any] = [self.kv(rows)]
        if b1.sites:
            sites = [
                [
                    s.name or DASH,
                    ", ".join(x for x in (s.address, s.country) if x) or DASH,
                    self._coords(s.latitude, s.longitude),
                ]
                for s in b1.sites
            ]
            header = (self.t["site"], self.t["address"], self.t["coordinates"])
            flowables += [Spacer(1, 3 * mm), self.grid(header, sites, (BODY_W * 0.25, BODY_W * 0.5, BODY_W * 0.25))]
        self.section("b1", *flowables)

    def _coords(self, lat: float | None, lon: float | None) -> str:
        return DASH if lat is None or lon is None else f"{self.f.num(lat, 4)}, {self.f.num(lon, 4)}"

    def b2(self) -> None:
        header = [self.t["topic"], self.t["b2.practices"], self.t["b2.has_policy"], self.t["b2.policy_public"]]
        header.append(self.t["b2.targets"])
        rows = [
            [
                label(self.lang, f"topic.{e.topic}"),
                self.f.text(e.practices),
                self.f.yes_no(e.has_policy),
                self.f.yes_no(e.policy_public),
                self.f.text(e.targets) if e.has_targets else self.f.yes_no(e.has_targets),
            ]
            for e in self.data.statement.b2.entries
        ]
        widths = (BODY_W * 0.19, BODY_W * 0.33, BODY_W * 0.14, BODY_W * 0.1, BODY_W * 0.24)
        self.section("b2", self.grid(header, rows, widths))

    def b3(self) -> None:
        b3, e, f = self.data.statement.b3, self.data.emissions, self.f
        energy = [
            self.row("b3.electricity_kwh", f.num(b3.electricity_kwh), "kWh"),
            self.row("b3.electricity_renewable_kwh", f.num(b3.electricity_renewable_kwh), "kWh"),
            self.row("b3.district_heat_kwh", f.num(b3.district_heat_kwh), "kWh"),
            self.row("energy_total", f.num(e.energy_mwh, 1), "MWh"),
            self.row("energy_renewable", f.num(e.renewable_energy_mwh, 1), "MWh"),
            self.row("energy_non_renewable", f.num(e.non_renewable_energy_mwh, 1), "MWh"),
        ]
        lines = [
            [
                self._source_label(line.source),
                line.scope.__str__(),
                f"{f.auto(line.quantity)} {line.unit.replace('m3', 'm³')}",
                f"{f.factor(line.factor.value)} {line.factor.unit.replace('m3', 'm³')}",
                f.num(line.tco2e, 2),
            ]
            for line in e.lines
        ]
        if e.other_scope1_tco2e:
            lines.append([self.t["other_direct"], "1", DASH, DASH, f.num(e.other_scope1_tco2e, 2)])
        lines += [
            [self.t["scope1"], "1", "", "", f.num(e.scope1_tco2e, 2)],
            [self.t["scope2"], "2", "", "", f.num(e.scope2_tco2e, 2)],
            [self.t["total_scope12"], "", "", "", f.num(e.total_tco2e, 2)],
        ]
        header = (self.t["source"], self.t["scope"], self.t["quantity"], self.t["factor"], self.t["emissions_t"])
        widths = (BODY_W * 0.3, BODY_W * 0.08, BODY_W * 0.2, BODY_W * 0.24, BODY_W * 0.18)
        calc = self.grid(header, lines, widths, right=3, bold_last=3)
        intensity = [self.row("intensity", f.num(e.intensity_t_per_meur, 2), "t CO2e / M EUR")]
        heading = Paragraph(escape(self.t["emissions_table"]), self.s["cell_bold"])
        self.section("b3", self.kv(energy), Spacer(1, 3 * mm), heading, Spacer(1, 1.5 * mm), calc, self.kv(intensity))

    def _source_label(self, source: str) -> str:
        if source in ("electricity", "district_heat"):
            return self.t[source]
        return label(self.lang, f"fuel.{source}")

    def b4(self) -> None:
        b4 = self.data.statement.b4
        rows = [self.row("b4.applicable", self.f.yes_no(b4.applicable))]
        flowables: list[Any] = [self.kv(rows)]
        if b4.emissions:
            header = (self.t["b4.emissions.pollutant"], self.t["b4.emissions.medium"], self.t["b4.emissions.amount_kg"])
            data = [
                [x.pollutant, label(self.lang, f"medium.{x.medium}"), f"{self.f.auto(x.amount_kg)} kg"]
                for x in b4.emissions
            ]
            flowables += [
                Spacer(1, 2 * mm),
                self.grid(header, data, (BODY_W * 0.5, BODY_W * 0.25, BODY_W * 0.25), right=1),
            ]
        if b4.notes.strip():
            flowables += [Spacer(1, 2 * mm), self.p(b4.notes, "body")]
        self.section("b4", *flowables)

    def simple(self, module: str, rows: Sequence[tuple[str, str, str]]) -> None:
        self.section(module, self.kv(rows))

    def b7(self) -> None:
        b7, f = self.data.statement.b7, self.f
        flowables: list[Any] = [self.kv([self.row("b7.circular_principles", f.text(b7.circular_principles))])]
        if b7.waste:
            header = [self.t[f"b7.waste.{name}"] for name in ("waste_type", "hazardous", "amount_t", "diverted_t")]
            data = [
                [w.waste_type, f.yes_no(w.hazardous), f"{f.num(w.amount_t, 1)} t", f"{f.num(w.diverted_t, 1)} t"]
                for w in b7.waste
            ]
            total = sum(w.amount_t for w in b7.waste)
            diverted = sum(w.diverted_t or 0 for w in b7.waste)
            data.append([self.t["total"], "", f"{f.num(total, 1)} t", f"{f.num(diverted, 1)} t"])
            widths = (BODY_W * 0.45, BODY_W * 0.15, BODY_W * 0.15, BODY_W * 0.25)
            flowables += [Spacer(1, 2 * mm), self.grid(header, data, widths, right=2, bold_last=1)]
        elif b7.waste is not None:
            flowables += [self.kv([self.row("b7.waste", self.t["none"])])]
        flowables += [Spacer(1, 2 * mm), self.kv([self.row("b7.material_flows", f.text(b7.material_flows))])]
        self.section("b7", *flowables)

    def factors(self) -> None:
        rows = [
            [key, self.f.factor(factor.value), factor.unit.replace("m3", "m³"), factor.source, str(factor.year)]
            for key, factor in sorted(self.data.emissions.factors_used().items())
        ]
        header = ("", self.t["factor"], self.t["unit"], self.t["source"], self.t["year"])
        widths = (BODY_W * 0.17, BODY_W * 0.1, BODY_W * 0.13, BODY_W * 0.52, BODY_W * 0.08)
        note = Paragraph(escape(self.t["factors_note"]), self.s["small"])
        self.story.append(
            KeepTogether(
                [
                    Paragraph(escape(self.t["factors_title"]), self.s["h2"]),
                    note,
                    Spacer(1, 2 * mm),
                    self.grid(header, rows, widths),
                ]
            )
        )

    def b5(self) -> None:
        b5, f = self.data.statement.b5, self.f
        self.simple(
            "b5",
            [
                self.row("b5.sites_in_sensitive_areas", f.auto(b5.sites_in_sensitive_areas)),
                self.row("b5.sensitive_area_ha", f.auto(b5.sensitive_area_ha), "ha"),
                self.row("b5.land_total_m2", f.auto(b5.land_total_m2), "m²"),
                self.row("b5.land_sealed_m2", f.auto(b5.land_sealed_m2), "m²"),
                self.row("b5.land_nature_onsite_m2", f.auto(b5.land_nature_onsite_m2), "m²"),
                self.row("b5.land_nature_offsite_m2", f.auto(b5.land_nature_offsite_m2), "m²"),
            ],
        )

    def b6(self) -> None:
        b6, f = self.data.statement.b6, self.f
        self.simple(
            "b6",
            [
                self.row("b6.water_withdrawal_m3", f.auto(b6.water_withdrawal_m3), "m³"),
                self.row("b6.water_stress_withdrawal_m3", f.auto(b6.water_stress_withdrawal_m3), "m³"),
                self.row("b6.water_consumption_m3", f.auto(b6.water_consumption_m3), "m³"),
            ],
        )

    def b8(self) -> None:
        b8, f = self.data.statement.b8, self.f
        by_country = ", ".join(f"{c} {n}" for c, n in sorted(b8.by_country.items())) or DASH
        self.simple(
            "b8",
            [
                self.row("b8.permanent_employees", f.auto(b8.permanent_employees)),
                self.row("b8.temporary_employees", f.auto(b8.temporary_employees)),
                self.row("b8.female", f.auto(b8.female)),
                self.row("b8.male", f.auto(b8.male)),
                self.row("b8.other_gender", f.auto(b8.other_gender)),
                self.row("b8.by_country", by_country),
                self.row("b8.turnover_rate_pct", f.auto(b8.turnover_rate_pct), "%"),
            ],
        )

    def b9_to_b11(self) -> None:
        st, f = self.data.statement, self.f
        b9, b10, b11 = st.b9, st.b10, st.b11
        self.simple(
            "b9",
            [
                self.row("b9.recordable_accidents", f.auto(b9.recordable_accidents)),
                self.row("b9.hours_worked", f.auto(b9.hours_worked), "h"),
                self.row("accident_rate", f.num(b9.accident_rate, 1)),
                self.row("b9.fatalities", f.auto(b9.fatalities)),
            ],
        )
        self.simple(
            "b10",
            [
                self.row("b10.adequate_wage", f.yes_no(b10.adequate_wage)),
                self.row("b10.gender_pay_gap_pct", f.auto(b10.gender_pay_gap_pct), "%"),
                self.row("b10.collective_agreement_pct", f.auto(b10.collective_agreement_pct), "%"),
                self.row("b10.training_hours_per_employee", f.auto(b10.training_hours_per_employee), "h"),
            ],
        )
        self.simple(
            "b11",
            [
                self.row("b11.convictions", f.auto(b11.convictions)),
                self.row("b11.fines_eur", f.auto(b11.fines_eur), "EUR"),
            ],
        )

    def build(self) -> list[Any]:
        for part in (self.header, self.b1, self.b2, self.b3, self.b4, self.b5, self.b6, self.b7, self.b8):
            part()
        self.b9_to_b11()
        self.factors()
        return self.story


def _footer(data: SustainabilityReportData, lang: str) -> FooterDrawer:
    t = labels(lang)
    left = f"{data.company_name} · {t['title']} {data.statement.year}"
    return page_footer(left, f"{t['generated']} {data.generated.isoformat()}", t["page"])


def build_sustainability_pdf(data: SustainabilityReportData, path: Path, lang: str) -> Path:
    """Writes the statement as an A4 PDF to `path` (temporary file + rename) and returns the path."""
    code = normalise_language(lang)
    story = _Builder(data, code).build()
    title = f"{labels(code)['title']} {data.statement.year} – {data.company_name}"
    return write_pdf(story, path, prefix=".vsme-", title=title, author=data.company_name, footer=_footer(data, code))
