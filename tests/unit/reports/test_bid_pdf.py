"""The bid report PDF, read back with pypdf in Finnish and English."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from tender_helper.reports.bid_labels import _TEXTS, bid_label
from tender_helper.reports.bid_pdf import BidReportData, ReportDocument, ReportReason, ReportStep, build_bid_pdf
from tender_helper.reports.labels import LANGUAGES

EET = timezone(timedelta(hours=2))


def report_data() -> BidReportData:
    return BidReportData(
        company_name="Siivous Häkkinen Oy",
        business_id="1234567-1",
        notice_title="Eteläisen Salon liikuntapaikkojen hoidon hankinta",
        notice_reference="622690-2023",
        buyer="Salon kaupunki",
        status="no_bid",
        procedure="Avoin",
        cpv=("92610000",),
        lots=(("LOT-0002", "2. Perniön kaupunginosa, talvihoito"),),
        no_bid_reason="Kalusto ei riitä talvikaudelle",
        recommendation="Tarjoa",
        decision="Älä tarjoa",
        decision_reason="Kaksi muuta kohdetta samaan aikaan",
        score=0.8,
        reasons=(ReportReason("weak", "Riittääkö kapasiteettimme?", "Osittain"),),
        timeline=(
            ("question_cutoff", datetime(2023, 11, 5, 12, 0, tzinfo=EET), True),
            ("tender_deadline", datetime(2023, 11, 15, 12, 0, tzinfo=EET), False),
            ("award_decision", None, False),
        ),
        steps=(
            ReportStep("decide", "Lue kaikki hankinta-asiakirjat", "done", date(2023, 11, 1)),
            ReportStep(
                "documents", "Lähetä kysymykset hyvissä ajoin", "todo", date(2023, 11, 3), True, "Kysy talvihoidosta"
            ),
            ReportStep("espd", "Hyödynnä ESPD-profiilia", "done", None, auto_done=True),
            ReportStep(
                "qualification",
                "Tarkista poissulkemisperusteet",
                "in_progress",
                date(2023, 11, 8),
                problems=(("tax_debt_certificate", "expires_before_deadline"),),
            ),
        ),
        documents=(
            ReportDocument("signed_espd", "valid", "ESPD 2023", "espd.pdf", None),
            ReportDocument(
                "tax_debt_certificate", "expires_before_deadline", "Verovelka", "vero.pdf", date(2023, 11, 1)
            ),
            ReportDocument("criminal_record_extract", "deleted"),
        ),
        generated=date(2023, 10, 20),
    )


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def test_finnish_report_has_every_section(tmp_path: Path) -> None:
    text = pdf_text(build_bid_pdf(report_data(), tmp_path / "bid.pdf", "fin"))
    for expected in (
        "Tarjousraportti",
        "Siivous Häkkinen Oy (1234567-1)",
        "622690-2023",
        "LOT-0002 – 2. Perniön kaupunginosa, talvihoito",
        "Ei tarjousta",
        "Kalusto ei riitä talvikaudelle",
        "Suositus Tarjoa",
        "Oma päätös Älä tarjoa",
        "Kaksi muuta kohdetta samaan aikaan",
        "80 / 100",
        "Kysymysten määräaika 2023-11-05 12:00 (UTC+02:00) (arvio)",
        "Tarjousten määräaika 2023-11-15 12:00 (UTC+02:00)",
        "Hankintapäätös (odotettu) ei tiedossa",
        "2023-11-03 * Tekemättä",
        "Valmis (asiakirja kunnossa)",
        "Verovelkatodistus: Vanhenee ennen määräaikaa",
        "Rikosrekisteriote – – Poistettu asiakirjaholvista",
        "Avoimet tehtävät",
        "Sivu 1/",
    ):
        assert expected in text, expected
    open_part = text[text.index("Avoimet tehtävät") :]
    assert "Lähetä kysymykset hyvissä ajoin" in open_part
    assert "Lue kaikki hankinta-asiakirjat" not in open_part  # done steps are not open
    assert "Hyödynnä ESPD-profiilia" not in open_part  # ticked by its document


def test_english_report_and_nothing_open(tmp_path: Path) -> None:
    data = report_data()
    done = tuple(step.__class__(step.category, step.title, "done", step.due) for step in data.steps)
    empty = BidReportData(**{**data.__dict__, "steps": done, "documents": (), "recommendation": "", "decision": ""})
    text = pdf_text(build_bid_pdf(empty, tmp_path / "bid.pdf", "eng"))
    assert "Bid report" in text and "No bid" in text
    assert "Not enough of the assessment is answered for a recommendation." in text
    assert "The checklist asks for no documents." in text
    assert "No open items." in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_label_is_translated(lang: str) -> None:
    for key, texts in _TEXTS.items():
        assert all(text.strip() for text in texts), key
        assert bid_label(lang, key) == texts[LANGUAGES.index(lang)]
    assert bid_label(lang, "no.such.key") == "no.such.key"
