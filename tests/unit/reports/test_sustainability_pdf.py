"""Tests of the VSME sustainability PDF, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender_helper.reports.labels import _TEXTS, LANGUAGES, label, normalise_language
from tender_helper.reports.sustainability_pdf import SustainabilityReportData, build_sustainability_pdf
from tender_helper.sustainability.completeness import completeness
from tender_helper.sustainability.emissions import compute_emissions
from tender_helper.sustainability.fields import FIELDS
from tender_helper.sustainability.sample import sample_statement
from tender_helper.sustainability.statement import B2_TOPICS, MODULE_IDS


def report_data() -> SustainabilityReportData:
    statement = sample_statement()
    return SustainabilityReportData(
        company_name="Sähkö-Asennus Häkkinen Oy",
        business_id="1234567-1",
        country="FI",
        statement=statement,
        emissions=compute_emissions(statement),
        completeness_percent=completeness(statement).percent,
        generated=date(2025, 3, 14),
    )


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").split()), len(reader.pages)


def test_finnish_pdf_has_finnish_headings_and_numbers(tmp_path: Path) -> None:
    path = build_sustainability_pdf(report_data(), tmp_path / "vsme.pdf", "fin")
    text, pages = pdf_text(path)
    assert "Kestävyysraportti" in text
    assert "Sähkö-Asennus Häkkinen Oy" in text
    for heading in ("B1 Raportoinnin perusta", "B3 Energia ja kasvihuonekaasupäästöt", "B6 Vesi"):
        assert heading in text
    assert "B11 Korruptio- ja lahjontatuomiot ja sakot" in text
    # scope 1 = 54.173675 t, scope 2 = 13.11 t, total 67.28 t, energy 310.69 MWh; Finnish decimal comma
    assert "54,17" in text and "13,11" in text and "67,28" in text
    assert "310,7 MWh" in text
    assert "2,66155 kg CO2e/l" in text
    assert "Päästökertoimet ja lähteet" in text
    assert "UK DESNZ" in text
    assert f"Sivu 1/{pages}" in text and f"Sivu {pages}/{pages}" in text
    assert "Laadittu 2025-03-14" in text
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_english_pdf(tmp_path: Path) -> None:
    path = build_sustainability_pdf(report_data(), tmp_path / "vsme.pdf", "eng")
    text, pages = pdf_text(path)
    assert "Sustainability statement" in text
    assert "B8 Workforce: general characteristics" in text
    assert "54.17" in text and "3,200,000" in text
    assert "Scope 2 emissions (location-based)" in text
    assert f"Page 1 of {pages}" in text


@pytest.mark.parametrize(("lang", "title"), [("swe", "Hållbarhetsrapport"), ("nor", "Bærekraftsrapport")])
def test_swedish_and_norwegian(tmp_path: Path, lang: str, title: str) -> None:
    path = build_sustainability_pdf(report_data(), tmp_path / f"{lang}.pdf", lang)
    text, _ = pdf_text(path)
    assert title in text
    assert "54,17" in text


def test_labels_complete_in_all_languages() -> None:
    needed = set(FIELDS) - {"year"} | set(MODULE_IDS) | {f"topic.{t}" for t in B2_TOPICS}
    assert needed <= set(_TEXTS)
    for key, texts in _TEXTS.items():
        assert len(texts) == len(LANGUAGES) and all(t.strip() for t in texts), key
        for text in texts:
            text.encode("cp1252")  # Helvetica's WinAnsi encoding must cover every letter
    assert normalise_language("nor") == "nob"
    assert label("xx", "title") == "Sustainability statement"
