"""The session summary PDF's texts in Finnish, Swedish, Norwegian (Bokmål) and English; no Qt needed."""

from __future__ import annotations

from collections.abc import Sequence

from tender_helper.reports.labels import LANGUAGES, normalise_language

_COUNTRY_LANGUAGE = {"FI": "fin", "SE": "swe", "NO": "nob"}

# key: (fin, swe, nob, eng)
_TEXTS: dict[str, tuple[str, str, str, str]] = {
    "title": (
        "Neuvontatapaamisen yhteenveto",
        "Sammanfattning av rådgivningen",
        "Oppsummering av rådgivningen",
        "Advice session summary",
    ),
    "company": ("Yritys", "Företag", "Foretak", "Company"),
    "business_id": ("Y-tunnus", "Organisationsnummer", "Organisasjonsnummer", "Business ID"),
    "date": ("Päivämäärä", "Datum", "Dato", "Date"),
    "duration": ("Kesto", "Längd", "Varighet", "Duration"),
    "programme": ("Ohjelma", "Program", "Program", "Programme"),
    "topics": ("Aiheet", "Ämnen", "Temaer", "Topics"),
    "notes": ("Muistiinpanot", "Anteckningar", "Notater", "Notes"),
    "follow_ups": (
        "Sovitut jatkotoimet",
        "Överenskomna uppföljningar",
        "Avtalte oppfølgingspunkter",
        "Agreed follow-ups",
    ),
    "task": ("Tehtävä", "Uppgift", "Oppgave", "Task"),
    "owner": ("Vastuuhenkilö", "Ansvarig", "Ansvarlig", "Owner"),
    "due": ("Määräaika", "Senast", "Frist", "Due"),
    "status": ("Tila", "Status", "Status", "Status"),
    "done": ("Tehty", "Klar", "Utført", "Done"),
    "open": ("Avoin", "Öppen", "Åpen", "Open"),
    "hours": ("Neuvontatunnit", "Rådgivningstimmar", "Rådgivningstimer", "Advice hours"),
    "used": ("Käytetty", "Använt", "Brukt", "Used"),
    "allowance": ("Käytettävissä yhteensä", "Totalt tillgängligt", "Totalt tilgjengelig", "Allowance"),
    "left": ("Jäljellä", "Kvar", "Igjen", "Left"),
    "no_limit": ("Ei sovittua enimmäismäärää", "Ingen överenskommen gräns", "Ingen avtalt grense", "No limit agreed"),
    "none": ("Ei kirjattu", "Inga antecknade", "Ingen registrert", "None recorded"),
    "duration_value": (
        "{hours} h {minutes} min",
        "{hours} h {minutes} min",
        "{hours} t {minutes} min",
        "{hours} h {minutes} min",
    ),
    "generated": ("Laadittu", "Skapad", "Generert", "Generated"),
    "page": ("Sivu {page}/{pages}", "Sida {page} av {pages}", "Side {page} av {pages}", "Page {page} of {pages}"),
    # topics (storage/sessions_repo.py Topic values)
    "topic.finding_tenders": (
        "Tarjouspyyntöjen löytäminen",
        "Hitta upphandlingar",
        "Finne konkurranser",
        "Finding tenders",
    ),
    "topic.reading_tender": (
        "Tarjouspyynnön lukeminen",
        "Läsa ett förfrågningsunderlag",
        "Lese et konkurransegrunnlag",
        "Reading a tender",
    ),
    "topic.espd": ("ESPD-lomake", "ESPD-formuläret", "ESPD-skjemaet", "ESPD"),
    "topic.pricing": ("Hinnoittelu", "Prissättning", "Prising", "Pricing"),
    "topic.sustainability": (
        "Kestävyysraportti",
        "Hållbarhetsrapport",
        "Bærekraftsrapport",
        "Sustainability statement",
    ),
    "topic.e_tendering": (
        "Sähköiset tarjousjärjestelmät",
        "Elektroniska upphandlingssystem",
        "Elektroniske konkurransegjennomføringsverktøy",
        "E-tendering systems",
    ),
    "topic.documents": (
        "Asiakirjat ja todistukset",
        "Dokument och intyg",
        "Dokumenter og attester",
        "Documents and certificates",
    ),
}


def session_labels(lang: str) -> dict[str, str]:
    """Every session PDF text in one language."""
    index = LANGUAGES.index(normalise_language(lang))
    return {key: texts[index] for key, texts in _TEXTS.items()}


def topic_label(lang: str, topic: str) -> str:
    """A topic's name; an unknown topic is shown as its key rather than dropped."""
    return session_labels(lang).get(f"topic.{topic}", topic)


def report_language(languages: Sequence[str], country: str) -> str:
    """The company's language for its reports: its first working language we print, else its country's."""
    for language in languages:
        code = normalise_language(language)
        if code != "eng" or language.lower() in {"eng", "en"}:
            return code
    return _COUNTRY_LANGUAGE.get(country.upper(), "eng")
