"""The bid report's own texts in Finnish, Swedish, Norwegian (Bokmål) and English; reports render without Qt."""

from __future__ import annotations

from tender_helper.reports.labels import LANGUAGES, normalise_language

# key: (fin, swe, nob, eng)
_TEXTS: dict[str, tuple[str, str, str, str]] = {
    "title": ("Tarjousraportti", "Anbudsrapport", "Tilbudsrapport", "Bid report"),
    "generated": ("Laadittu", "Skapad", "Generert", "Generated"),
    "page": ("Sivu {page}/{pages}", "Sida {page} av {pages}", "Side {page} av {pages}", "Page {page} of {pages}"),
    "company": ("Tarjoaja", "Anbudsgivare", "Leverandør", "Bidder"),
    "notice": ("Hankintailmoitus", "Annons", "Kunngjøring", "Notice"),
    "buyer": ("Hankintayksikkö", "Upphandlande organisation", "Oppdragsgiver", "Buyer"),
    "reference": ("Tunniste", "Referens", "Referanse", "Reference"),
    "procedure": ("Menettely", "Förfarande", "Prosedyre", "Procedure"),
    "nature": ("Hankintalaji", "Kontraktstyp", "Kontraktstype", "Contract type"),
    "cpv": ("CPV-koodit", "CPV-koder", "CPV-koder", "CPV codes"),
    "value": ("Arvioitu arvo", "Uppskattat värde", "Anslått verdi", "Estimated value"),
    "link": ("Linkki", "Länk", "Lenke", "Link"),
    "status": ("Tila", "Status", "Status", "Status"),
    "lots": ("Valitut osa-alueet", "Valda delområden", "Valgte delkontrakter", "Chosen lots"),
    "all_lots": ("Koko hankinta", "Hela upphandlingen", "Hele anskaffelsen", "The whole contract"),
    "decision": ("Tarjoa / älä tarjoa", "Anbud eller inte", "Tilby eller ikke", "Bid / no bid"),
    "recommendation": ("Suositus", "Rekommendation", "Anbefaling", "Recommendation"),
    "own_decision": ("Oma päätös", "Eget beslut", "Egen beslutning", "Own decision"),
    "decision_reason": ("Perustelu", "Motivering", "Begrunnelse", "Reason"),
    "no_bid_reason": (
        "Syy olla tarjoamatta",
        "Skäl att inte lämna anbud",
        "Grunn til ikke å gi tilbud",
        "Reason for not bidding",
    ),
    "score": ("Pisteet", "Poäng", "Poeng", "Score"),
    "not_assessed": (
        "Arviota ei ole tehty riittävästi suosituksen antamiseksi.",
        "Bedömningen är inte tillräckligt ifylld för en rekommendation.",
        "Vurderingen er ikke fylt ut nok til en anbefaling.",
        "Not enough of the assessment is answered for a recommendation.",
    ),
    "question": ("Kysymys", "Fråga", "Spørsmål", "Question"),
    "answer": ("Vastaus", "Svar", "Svar", "Answer"),
    "timeline": ("Aikataulu", "Tidslinje", "Tidslinje", "Timeline"),
    "when": ("Aika", "Tid", "Tid", "When"),
    "estimated": ("arvio", "uppskattning", "anslag", "estimate"),
    "not_known": ("ei tiedossa", "inte känt", "ikke kjent", "not known"),
    "checklist": ("Tarkistuslista", "Checklista", "Sjekkliste", "Checklist"),
    "step": ("Vaihe", "Steg", "Steg", "Step"),
    "due": ("Määräpäivä", "Senast", "Frist", "Due"),
    "notes": ("Muistiinpanot", "Anteckningar", "Notater", "Notes"),
    "auto_done": ("asiakirja kunnossa", "dokument finns", "dokument på plass", "document in place"),
    "documents": ("Asiakirjat", "Dokument", "Dokumenter", "Documents"),
    "document_type": ("Asiakirja", "Dokument", "Dokument", "Document"),
    "file": ("Tiedosto", "Fil", "Fil", "File"),
    "valid_until": ("Voimassa", "Giltig till", "Gyldig til", "Valid until"),
    "open_items": ("Avoimet tehtävät", "Öppna punkter", "Åpne punkter", "Open items"),
    "nothing_open": ("Ei avoimia tehtäviä.", "Inga öppna punkter.", "Ingen åpne punkter.", "No open items."),
    "no_documents": (
        "Tarkistuslista ei pyydä asiakirjoja.",
        "Checklistan kräver inga dokument.",
        "Sjekklisten krever ingen dokumenter.",
        "The checklist asks for no documents.",
    ),
    # bid statuses
    "bid.considering": ("Harkinnassa", "Övervägs", "Vurderes", "Considering"),
    "bid.preparing": ("Valmistelussa", "Förbereds", "Forberedes", "Preparing"),
    "bid.submitted": ("Jätetty", "Inlämnat", "Levert", "Submitted"),
    "bid.won": ("Voitettu", "Vunnet", "Vunnet", "Won"),
    "bid.lost": ("Hävitty", "Förlorat", "Tapt", "Lost"),
    "bid.withdrawn": ("Peruttu", "Återkallat", "Trukket", "Withdrawn"),
    "bid.no_bid": ("Ei tarjousta", "Inget anbud", "Ikke tilbud", "No bid"),
    # checklist item statuses
    "item.todo": ("Tekemättä", "Att göra", "Å gjøre", "To do"),
    "item.in_progress": ("Työn alla", "Pågår", "Pågår", "In progress"),
    "item.done": ("Valmis", "Klar", "Ferdig", "Done"),
    "item.not_applicable": ("Ei koske", "Ej aktuellt", "Ikke aktuelt", "Not applicable"),
    # categories
    "cat.decide": ("Päätös", "Beslut", "Beslutning", "Decide"),
    "cat.documents": (
        "Asiakirjat ja kysymykset",
        "Dokument och frågor",
        "Dokumenter og spørsmål",
        "Documents and questions",
    ),
    "cat.qualification": ("Soveltuvuus", "Kvalificering", "Kvalifikasjon", "Qualification"),
    "cat.espd": ("ESPD", "ESPD", "ESPD", "ESPD"),
    "cat.award": ("Vertailuperusteet", "Tilldelningskriterier", "Tildelingskriterier", "Award criteria"),
    "cat.price": ("Hinta", "Pris", "Pris", "Price"),
    "cat.sustainability": ("Kestävyys", "Hållbarhet", "Bærekraft", "Sustainability"),
    "cat.signature": ("Allekirjoitus", "Underskrift", "Signatur", "Signature"),
    "cat.submission": ("Jättäminen", "Inlämning", "Innlevering", "Submission"),
    "cat.after": ("Jätön jälkeen", "Efter inlämning", "Etter innlevering", "After submission"),
    # timeline points
    "ms.participation_deadline": (
        "Osallistumishakemusten määräaika",
        "Sista dag för ansökan",
        "Frist for forespørsel om deltakelse",
        "Request to participate deadline",
    ),
    "ms.tender_deadline": ("Tarjousten määräaika", "Sista anbudsdag", "Tilbudsfrist", "Tender deadline"),
    "ms.question_cutoff": ("Kysymysten määräaika", "Sista dag för frågor", "Frist for spørsmål", "Question cut-off"),
    "ms.answers_due": ("Vastaukset viimeistään", "Svar senast", "Svar senest", "Answers due"),
    "ms.internal_question_deadline": (
        "Omat kysymykset valmiina",
        "Egna frågor klara",
        "Egne spørsmål klare",
        "Our questions ready",
    ),
    "ms.award_decision": (
        "Hankintapäätös (odotettu)",
        "Tilldelningsbeslut (väntat)",
        "Tildelingsbeslutning (ventet)",
        "Award decision (expected)",
    ),
    "ms.standstill_end": ("Odotusaika päättyy", "Avtalsspärren upphör", "Karensperioden slutter", "Standstill ends"),
    # document checks
    "doc.valid": ("Voimassa", "Giltig", "Gyldig", "Valid"),
    "doc.no_date": ("Ei päättymispäivää", "Utan slutdatum", "Uten sluttdato", "No end date"),
    "doc.expires_before_deadline": (
        "Vanhenee ennen määräaikaa",
        "Går ut före sista anbudsdag",
        "Utløper før tilbudsfristen",
        "Expires before the tender deadline",
    ),
    "doc.expired": ("Vanhentunut", "Har gått ut", "Utløpt", "Expired"),
    "doc.missing": ("Puuttuu", "Saknas", "Mangler", "Missing"),
    "doc.deleted": (
        "Poistettu asiakirjaholvista",
        "Borttaget ur valvet",
        "Slettet fra hvelvet",
        "Deleted from the vault",
    ),
    # document types
    "type.tax_debt_certificate": (
        "Verovelkatodistus",
        "Intyg om skatteskuld",
        "Attest om skatterestanser",
        "Tax debt certificate",
    ),
    "type.pension_insurance_certificate": (
        "Eläkevakuutustodistus",
        "Intyg om pensionsförsäkring",
        "Attest om pensjonsforsikring",
        "Pension insurance certificate",
    ),
    "type.trade_register_extract": (
        "Kaupparekisteriote",
        "Handelsregisterutdrag",
        "Firmaattest",
        "Trade register extract",
    ),
    "type.vat_register_extract": (
        "Ote ALV-rekisteristä",
        "Utdrag ur momsregistret",
        "Utskrift fra MVA-registeret",
        "VAT register extract",
    ),
    "type.tax_certificate": ("Verotodistus", "Skatteintyg", "Skatteattest", "Tax certificate"),
    "type.registration_certificate": (
        "Rekisteröintitodistus",
        "Registreringsbevis",
        "Registreringsbevis",
        "Registration certificate",
    ),
    "type.insurance_policy": ("Vakuutustodistus", "Försäkringsbrev", "Forsikringsbevis", "Insurance policy"),
    "type.occupational_health_agreement": (
        "Työterveyshuoltosopimus",
        "Avtal om företagshälsovård",
        "Avtale om bedriftshelsetjeneste",
        "Occupational health care agreement",
    ),
    "type.collective_agreement_statement": (
        "Selvitys työehtosopimuksesta",
        "Uppgift om kollektivavtal",
        "Opplysning om tariffavtale",
        "Collective agreement statement",
    ),
    "type.criminal_record_extract": (
        "Rikosrekisteriote",
        "Utdrag ur belastningsregistret",
        "Politiattest",
        "Criminal record extract",
    ),
    "type.iso_9001": ("ISO 9001 -sertifikaatti", "ISO 9001-certifikat", "ISO 9001-sertifikat", "ISO 9001 certificate"),
    "type.iso_14001": (
        "ISO 14001 -sertifikaatti",
        "ISO 14001-certifikat",
        "ISO 14001-sertifikat",
        "ISO 14001 certificate",
    ),
    "type.other_certificate": ("Muu sertifikaatti", "Annat certifikat", "Annet sertifikat", "Other certificate"),
    "type.reference": ("Referenssi", "Referens", "Referanse", "Reference"),
    "type.cv": ("CV", "CV", "CV", "CV"),
    "type.financial_statements": ("Tilinpäätös", "Årsredovisning", "Årsregnskap", "Financial statements"),
    "type.signed_espd": ("Allekirjoitettu ESPD", "Undertecknad ESPD", "Signert ESPD", "Signed ESPD"),
    "type.sustainability_statement": (
        "Kestävyysraportti (VSME)",
        "Hållbarhetsrapport (VSME)",
        "Bærekraftsrapport (VSME)",
        "Sustainability statement (VSME)",
    ),
    "type.other": ("Muu asiakirja", "Annat dokument", "Annet dokument", "Other document"),
}


def bid_labels(lang: str) -> dict[str, str]:
    """Every bid report text in one language (fin, swe, nob or eng; other codes fall back to English)."""
    index = LANGUAGES.index(normalise_language(lang))
    return {key: texts[index] for key, texts in _TEXTS.items()}


def bid_label(lang: str, key: str) -> str:
    """One text; an unknown key is returned as is, so a gap shows rather than breaks the report."""
    texts = _TEXTS.get(key)
    return texts[LANGUAGES.index(normalise_language(lang))] if texts else key
