"""The sustainability PDF's own texts in Finnish, Swedish, Norwegian (Bokmål) and English; reports render without Qt."""

from __future__ import annotations

LANGUAGES = ("fin", "swe", "nob", "eng")
_ALIASES = {"fi": "fin", "sv": "swe", "nor": "nob", "no": "nob", "nb": "nob", "en": "eng"}

# key: (fin, swe, nob, eng)
_TEXTS: dict[str, tuple[str, str, str, str]] = {
    # document
    "title": ("Kestävyysraportti", "Hållbarhetsrapport", "Bærekraftsrapport", "Sustainability statement"),
    "subtitle": (
        "VSME-standardin perusmoduuli · raportointivuosi {year}",
        "VSME-standardens grundmodul · rapporteringsår {year}",
        "VSME-standardens grunnmodul · rapporteringsår {year}",
        "VSME Basic Module · reporting year {year}",
    ),
    "intro": (
        "Raportti on laadittu EFRAGin pk-yritysten vapaaehtoisen kestävyysraportointistandardin (VSME) "
        "perusmoduulin rakenteen mukaisesti. Päästöt on laskettu GHG-protokollan mukaisesti ilmoitetuista "
        "energia- ja polttoainemääristä; käytetyt päästökertoimet lähteineen ovat raportin lopussa.",
        "Rapporten följer strukturen i grundmodulen i EFRAG:s frivilliga hållbarhetsstandard för små och "
        "medelstora företag (VSME). Utsläppen är beräknade enligt GHG-protokollet utifrån angivna energi- och "
        "bränslemängder; emissionsfaktorerna och deras källor finns i slutet av rapporten.",
        "Rapporten følger strukturen i grunnmodulen i EFRAGs frivillige bærekraftsstandard for små og "
        "mellomstore bedrifter (VSME). Utslippene er beregnet etter GHG-protokollen ut fra oppgitte energi- og "
        "drivstoffmengder; utslippsfaktorene og kildene står sist i rapporten.",
        "This statement follows the structure of the Basic Module of EFRAG's Voluntary Sustainability Reporting "
        "Standard for SMEs (VSME). Emissions are calculated per the GHG Protocol from the energy and fuel "
        "quantities reported; the emission factors used and their sources are listed at the end.",
    ),
    "company": ("Yritys", "Företag", "Foretak", "Company"),
    "business_id": ("Y-tunnus", "Organisationsnummer", "Organisasjonsnummer", "Business ID"),
    "country": ("Maa", "Land", "Land", "Country"),
    "reporting_year": ("Raportointivuosi", "Rapporteringsår", "Rapporteringsår", "Reporting year"),
    "completeness": ("Kattavuus", "Fullständighet", "Fullstendighet", "Completeness"),
    "generated": ("Laadittu", "Skapad", "Generert", "Generated"),
    "page": ("Sivu {page}/{pages}", "Sida {page} av {pages}", "Side {page} av {pages}", "Page {page} of {pages}"),
    "key_figures": ("Tunnusluvut", "Nyckeltal", "Nøkkeltall", "Key figures"),
    "item": ("Tieto", "Uppgift", "Opplysning", "Item"),
    "value": ("Arvo", "Värde", "Verdi", "Value"),
    "unit": ("Yksikkö", "Enhet", "Enhet", "Unit"),
    "yes": ("Kyllä", "Ja", "Ja", "Yes"),
    "no": ("Ei", "Nej", "Nei", "No"),
    "not_reported": ("Ei ilmoitettu", "Ej angivet", "Ikke oppgitt", "Not reported"),
    "none": ("Ei yhtään", "Inga", "Ingen", "None"),
    "not_applicable": ("Ei sovellu", "Ej tillämpligt", "Ikke relevant", "Not applicable"),
    # emissions
    "scope1": ("Scope 1 -päästöt", "Scope 1-utsläpp", "Scope 1-utslipp", "Scope 1 emissions"),
    "scope2": (
        "Scope 2 -päästöt (sijaintiperusteinen)",
        "Scope 2-utsläpp (platsbaserade)",
        "Scope 2-utslipp (lokasjonsbasert)",
        "Scope 2 emissions (location-based)",
    ),
    "total_scope12": ("Scope 1 ja 2 yhteensä", "Scope 1 och 2 totalt", "Scope 1 og 2 totalt", "Scope 1 and 2 total"),
    "intensity": (
        "Päästöintensiteetti liikevaihtoon",
        "Utsläppsintensitet per omsättning",
        "Utslippsintensitet per omsetning",
        "GHG intensity per turnover",
    ),
    "energy_total": ("Energian kokonaiskulutus", "Total energiförbrukning", "Totalt energiforbruk", "Total energy"),
    "energy_renewable": ("josta uusiutuvaa", "varav förnybar", "herav fornybar", "of which renewable"),
    "energy_non_renewable": (
        "josta uusiutumatonta",
        "varav icke förnybar",
        "herav ikke-fornybar",
        "of which non-renewable",
    ),
    "emissions_table": ("Päästölaskelma", "Utsläppsberäkning", "Utslippsberegning", "Emissions calculation"),
    "source": ("Lähde", "Källa", "Kilde", "Source"),
    "quantity": ("Määrä", "Mängd", "Mengde", "Quantity"),
    "factor": ("Kerroin", "Faktor", "Faktor", "Factor"),
    "emissions_t": ("Päästöt, t CO2e", "Utsläpp, t CO2e", "Utslipp, t CO2e", "Emissions, t CO2e"),
    "scope": ("Scope", "Scope", "Scope", "Scope"),
    "factors_title": (
        "Päästökertoimet ja lähteet",
        "Emissionsfaktorer och källor",
        "Utslippsfaktorer og kilder",
        "Emission factors and sources",
    ),
    "factors_note": (
        "Kertoimet ovat muokattavissa; yrityksen omat arvot korvaavat oletusarvot.",
        "Faktorerna kan ändras; företagets egna värden ersätter standardvärdena.",
        "Faktorene kan endres; foretakets egne verdier erstatter standardverdiene.",
        "The factors are editable; the company's own values replace the defaults.",
    ),
    "year": ("Vuosi", "År", "År", "Year"),
    "electricity": ("Sähkö", "El", "Elektrisitet", "Electricity"),
    "district_heat": ("Kaukolämpö", "Fjärrvärme", "Fjernvarme", "District heat"),
    "other_direct": (
        "Muut suorat päästöt",
        "Övriga direkta utsläpp",
        "Andre direkte utslipp",
        "Other direct emissions",
    ),
    # tables inside modules
    "site": ("Toimipaikka", "Anläggning", "Lokasjon", "Site"),
    "address": ("Osoite", "Adress", "Adresse", "Address"),
    "coordinates": ("Koordinaatit", "Koordinater", "Koordinater", "Coordinates"),
    "topic": ("Aihe", "Område", "Tema", "Topic"),
    "accident_rate": (
        "Tapaturmataajuus (200 000 työtuntia kohden)",
        "Olycksfrekvens (per 200 000 arbetstimmar)",
        "Skadefrekvens (per 200 000 arbeidstimer)",
        "Accident rate (per 200 000 hours worked)",
    ),
    "total": ("Yhteensä", "Totalt", "Totalt", "Total"),
    # choices
    "opt.basic": ("Perusmoduuli", "Grundmodul", "Grunnmodul", "Basic Module"),
    "opt.basic_and_comprehensive": (
        "Perusmoduuli ja laaja moduuli",
        "Grundmodul och utökad modul",
        "Grunnmodul og utvidet modul",
        "Basic and Comprehensive Module",
    ),
    "opt.individual": ("Yksittäinen yritys", "Enskilt företag", "Bare dette foretaket", "Individual"),
    "opt.consolidated": ("Konsolidoitu", "Koncern", "Konsolidert", "Consolidated"),
    "opt.headcount": ("henkilöä", "personer", "personer", "headcount"),
    "opt.fte": ("henkilötyövuotta", "heltidsekvivalenter", "årsverk", "FTE"),
    "medium.air": ("Ilma", "Luft", "Luft", "Air"),
    "medium.water": ("Vesi", "Vatten", "Vann", "Water"),
    "medium.soil": ("Maaperä", "Mark", "Jord", "Soil"),
    "fuel.diesel": ("Diesel", "Diesel", "Diesel", "Diesel"),
    "fuel.petrol": ("Bensiini", "Bensin", "Bensin", "Petrol"),
    "fuel.heating_oil": ("Kevyt polttoöljy", "Eldningsolja", "Fyringsolje", "Light heating oil"),
    "fuel.natural_gas": ("Maakaasu", "Naturgas", "Naturgass", "Natural gas"),
    "fuel.lpg": ("Nestekaasu", "Gasol", "Propan (LPG)", "LPG"),
    "fuel.hvo": ("Uusiutuva diesel (HVO)", "HVO", "HVO (fornybar diesel)", "HVO renewable diesel"),
    # B2 topics
    "topic.climate_change": ("Ilmastonmuutos", "Klimatförändringar", "Klimaendringer", "Climate change"),
    "topic.pollution": ("Pilaantuminen", "Föroreningar", "Forurensning", "Pollution"),
    "topic.water_and_marine": (
        "Vesi- ja merivarat",
        "Vatten och marina resurser",
        "Vann og marine ressurser",
        "Water and marine resources",
    ),
    "topic.biodiversity": (
        "Luonnon monimuotoisuus",
        "Biologisk mångfald",
        "Naturmangfold",
        "Biodiversity and ecosystems",
    ),
    "topic.resource_use": (
        "Resurssien käyttö ja kiertotalous",
        "Resursanvändning och cirkulär ekonomi",
        "Ressursbruk og sirkulærøkonomi",
        "Resource use and circular economy",
    ),
    "topic.own_workforce": ("Oma henkilöstö", "Egen personal", "Egne ansatte", "Own workforce"),
    "topic.value_chain_workers": (
        "Arvoketjun työntekijät",
        "Arbetstagare i värdekedjan",
        "Arbeidere i verdikjeden",
        "Workers in the value chain",
    ),
    "topic.affected_communities": (
        "Vaikutusalueen yhteisöt",
        "Berörda samhällen",
        "Berørte lokalsamfunn",
        "Affected communities",
    ),
    "topic.consumers": (
        "Kuluttajat ja loppukäyttäjät",
        "Konsumenter och slutanvändare",
        "Forbrukere og sluttbrukere",
        "Consumers and end-users",
    ),
    "topic.business_conduct": ("Liiketoiminnan harjoittaminen", "Affärsetik", "Forretningsetikk", "Business conduct"),
    # module titles
    "b1": (
        "B1 Raportoinnin perusta",
        "B1 Grund för upprättande",
        "B1 Grunnlag for utarbeidelse",
        "B1 Basis for preparation",
    ),
    "b2": (
        "B2 Käytännöt, toimintaperiaatteet ja tulevat aloitteet",
        "B2 Praxis, policyer och framtida initiativ",
        "B2 Praksis, retningslinjer og fremtidige initiativer",
        "B2 Practices, policies and future initiatives",
    ),
    "b3": (
        "B3 Energia ja kasvihuonekaasupäästöt",
        "B3 Energi och växthusgasutsläpp",
        "B3 Energi og klimagassutslipp",
        "B3 Energy and greenhouse gas emissions",
    ),
    "b4": (
        "B4 Ilman, veden ja maaperän pilaantuminen",
        "B4 Föroreningar av luft, vatten och mark",
        "B4 Forurensning av luft, vann og jord",
        "B4 Pollution of air, water and soil",
    ),
    "b5": ("B5 Luonnon monimuotoisuus", "B5 Biologisk mångfald", "B5 Naturmangfold", "B5 Biodiversity"),
    "b6": ("B6 Vesi", "B6 Vatten", "B6 Vann", "B6 Water"),
    "b7": (
        "B7 Resurssien käyttö, kiertotalous ja jätehuolto",
        "B7 Resursanvändning, cirkulär ekonomi och avfallshantering",
        "B7 Ressursbruk, sirkulærøkonomi og avfallshåndtering",
        "B7 Resource use, circular economy and waste management",
    ),
    "b8": (
        "B8 Henkilöstö: yleiset tiedot",
        "B8 Personal: allmänna uppgifter",
        "B8 Arbeidsstyrke: generelle opplysninger",
        "B8 Workforce: general characteristics",
    ),
    "b9": (
        "B9 Henkilöstö: työterveys ja -turvallisuus",
        "B9 Personal: hälsa och säkerhet",
        "B9 Arbeidsstyrke: helse og sikkerhet",
        "B9 Workforce: health and safety",
    ),
    "b10": (
        "B10 Henkilöstö: palkat, työehtosopimukset ja koulutus",
        "B10 Personal: ersättning, kollektivavtal och utbildning",
        "B10 Arbeidsstyrke: lønn, tariffavtaler og opplæring",
        "B10 Workforce: remuneration, collective bargaining and training",
    ),
    "b11": (
        "B11 Korruptio- ja lahjontatuomiot ja sakot",
        "B11 Domar och böter för korruption och mutor",
        "B11 Dommer og bøter for korrupsjon og bestikkelser",
        "B11 Convictions and fines for corruption and bribery",
    ),
    # fields (the keys of tender_helper.sustainability.fields.FIELDS)
    "b1.module_option": ("Moduuli", "Modul", "Modul", "Module"),
    "b1.reporting_basis": ("Raportoinnin laajuus", "Rapporteringsgrund", "Rapporteringsgrunnlag", "Basis"),
    "b1.subsidiaries": (
        "Mukana olevat tytäryhtiöt",
        "Ingående dotterbolag",
        "Inkluderte datterselskaper",
        "Subsidiaries included",
    ),
    "b1.omitted_information": (
        "Pois jätetyt tiedot",
        "Utelämnad information",
        "Utelatt informasjon",
        "Information omitted",
    ),
    "b1.legal_form": ("Oikeudellinen muoto", "Juridisk form", "Organisasjonsform", "Legal form"),
    "b1.nace_codes": ("Toimialakoodit (NACE)", "Branschkoder (NACE)", "Næringskoder (NACE)", "NACE sector codes"),
    "b1.balance_sheet_eur": ("Taseen loppusumma", "Balansomslutning", "Balansesum", "Balance sheet total"),
    "b1.turnover_eur": ("Liikevaihto", "Omsättning", "Omsetning", "Turnover"),
    "b1.employees": ("Työntekijöiden määrä", "Antal anställda", "Antall ansatte", "Number of employees"),
    "b1.employees_unit": ("Laskentatapa", "Räknat som", "Regnet som", "Employees counted as"),
    "b1.country": (
        "Päätoimintamaa",
        "Huvudsakligt verksamhetsland",
        "Hovedsakelig driftsland",
        "Country of primary operations",
    ),
    "b1.sites": ("Toimipaikat", "Anläggningar", "Lokasjoner", "Sites"),
    "b1.certifications": (
        "Kestävyyssertifikaatit ja -merkit",
        "Hållbarhetscertifieringar och märkningar",
        "Bærekraftssertifiseringer og merker",
        "Sustainability certifications and labels",
    ),
    "b2.practices": ("Käytännöt", "Praxis", "Praksis", "Practices"),
    "b2.has_policy": (
        "Kirjallinen linjaus",
        "Skriftlig policy",
        "Skriftlige retningslinjer",
        "Written policy",
    ),
    "b2.policy_public": ("Julkinen", "Offentlig", "Offentlig", "Public"),
    "b2.has_targets": ("Tavoitteet", "Mål", "Mål", "Targets"),
    "b2.targets": (
        "Tavoitteet ja tulevat aloitteet",
        "Mål och framtida initiativ",
        "Mål og fremtidige initiativer",
        "Targets and future initiatives",
    ),
    "b3.electricity_kwh": ("Sähkönkulutus", "Elförbrukning", "Strømforbruk", "Electricity consumption"),
    "b3.electricity_renewable_kwh": ("josta uusiutuvaa", "varav förnybar", "herav fornybar", "of which renewable"),
    "b3.district_heat_kwh": ("Kaukolämpö", "Fjärrvärme", "Fjernvarme", "District heat"),
    "b3.fuels": ("Polttoaineet", "Bränslen", "Drivstoff og brensel", "Fuels"),
    "b3.fuels.fuel": ("Polttoaine", "Bränsle", "Drivstoff", "Fuel"),
    "b3.fuels.unit": ("Yksikkö", "Enhet", "Enhet", "Unit"),
    "b3.fuels.quantity": ("Määrä", "Mängd", "Mengde", "Quantity"),
    "b3.other_scope1_tco2e": (
        "Muut suorat päästöt",
        "Övriga direkta utsläpp",
        "Andre direkte utslipp",
        "Other direct emissions",
    ),
    "b3.grid_country": ("Sähköverkon maa", "Elnätets land", "Strømnettets land", "Electricity grid country"),
    "b4.applicable": (
        "Päästöraportointi koskee yritystä",
        "Rapportering av föroreningar gäller",
        "Rapportering av forurensning gjelder",
        "Pollutant reporting applies",
    ),
    "b4.emissions": ("Päästöt", "Utsläpp", "Utslipp", "Pollutant emissions"),
    "b4.emissions.pollutant": ("Päästö", "Förorening", "Forurensning", "Pollutant"),
    "b4.emissions.medium": ("Kohde", "Till", "Til", "Released to"),
    "b4.emissions.amount_kg": ("Määrä", "Mängd", "Mengde", "Amount"),
    "b4.notes": ("Huomautukset", "Kommentarer", "Merknader", "Notes"),
    "b5.sites_in_sensitive_areas": (
        "Toimipaikat herkillä luontoalueilla tai niiden lähellä",
        "Anläggningar i eller nära känsliga områden",
        "Lokasjoner i eller nær sårbare naturområder",
        "Sites in or near biodiversity-sensitive areas",
    ),
    "b5.sensitive_area_ha": (
        "Näiden toimipaikkojen pinta-ala",
        "Dessa anläggningars yta",
        "Arealet av disse lokasjonene",
        "Area of those sites",
    ),
    "b5.land_total_m2": ("Maankäyttö yhteensä", "Total markanvändning", "Samlet arealbruk", "Total use of land"),
    "b5.land_sealed_m2": ("Päällystetty pinta-ala", "Hårdgjord yta", "Tette flater", "Total sealed area"),
    "b5.land_nature_onsite_m2": (
        "Luontoalue toimipaikalla",
        "Naturområde på anläggningen",
        "Naturområde på lokasjonen",
        "Nature-oriented area on site",
    ),
    "b5.land_nature_offsite_m2": (
        "Luontoalue muualla",
        "Naturområde på annan plats",
        "Naturområde andre steder",
        "Nature-oriented area off site",
    ),
    "b6.water_withdrawal_m3": (
        "Veden otto yhteensä",
        "Totalt vattenuttag",
        "Samlet vannuttak",
        "Total water withdrawal",
    ),
    "b6.water_stress_withdrawal_m3": (
        "Veden otto vesistressialueilla",
        "Vattenuttag i områden med vattenstress",
        "Vannuttak i områder med vannstress",
        "Withdrawal in areas of high water stress",
    ),
    "b6.water_consumption_m3": ("Vedenkulutus", "Vattenförbrukning", "Vannforbruk", "Water consumption"),
    "b7.circular_principles": (
        "Kiertotalouden periaatteet",
        "Principer för cirkulär ekonomi",
        "Prinsipper for sirkulærøkonomi",
        "Circular economy principles",
    ),
    "b7.waste": ("Jätteet", "Avfall", "Avfall", "Waste"),
    "b7.waste.waste_type": ("Jätelaji", "Avfallsslag", "Avfallstype", "Waste type"),
    "b7.waste.hazardous": ("Vaarallinen", "Farligt", "Farlig", "Hazardous"),
    "b7.waste.amount_t": ("Määrä", "Mängd", "Mengde", "Amount"),
    "b7.waste.diverted_t": (
        "Kierrätykseen tai uudelleenkäyttöön",
        "Till återvinning eller återanvändning",
        "Til gjenvinning eller ombruk",
        "Diverted to recycling or reuse",
    ),
    "b7.material_flows": (
        "Keskeiset materiaalivirrat",
        "Viktiga materialflöden",
        "Viktige materialstrømmer",
        "Key material flows",
    ),
    "b8.permanent_employees": ("Vakituiset työntekijät", "Tillsvidareanställda", "Fast ansatte", "Permanent employees"),
    "b8.temporary_employees": (
        "Määräaikaiset työntekijät",
        "Visstidsanställda",
        "Midlertidig ansatte",
        "Temporary employees",
    ),
    "b8.male": ("Miehet", "Män", "Menn", "Men"),
    "b8.female": ("Naiset", "Kvinnor", "Kvinner", "Women"),
    "b8.other_gender": (
        "Muu tai ei ilmoitettu",
        "Annat eller ej angivet",
        "Annet eller ikke oppgitt",
        "Other or not reported",
    ),
    "b8.by_country": ("Työntekijät maittain", "Anställda per land", "Ansatte per land", "Employees by country"),
    "b8.turnover_rate_pct": (
        "Henkilöstön vaihtuvuus",
        "Personalomsättning",
        "Turnover blant ansatte",
        "Employee turnover rate",
    ),
    "b9.recordable_accidents": (
        "Kirjatut työtapaturmat",
        "Registrerade arbetsolyckor",
        "Registrerte arbeidsulykker",
        "Recordable work accidents",
    ),
    "b9.hours_worked": ("Tehdyt työtunnit", "Arbetade timmar", "Arbeidede timer", "Hours worked"),
    "b9.fatalities": ("Kuolemantapaukset", "Dödsfall", "Dødsfall", "Fatalities"),
    "b10.adequate_wage": (
        "Kaikille maksetaan riittävää palkkaa",
        "Alla anställda får skälig lön",
        "Alle ansatte får forsvarlig lønn",
        "All employees paid an adequate wage",
    ),
    "b10.gender_pay_gap_pct": (
        "Sukupuolten välinen palkkaero",
        "Löneskillnad mellan könen",
        "Lønnsforskjell mellom kjønnene",
        "Unadjusted gender pay gap",
    ),
    "b10.collective_agreement_pct": (
        "Työehtosopimusten piirissä",
        "Omfattas av kollektivavtal",
        "Omfattet av tariffavtale",
        "Covered by collective agreements",
    ),
    "b10.training_hours_per_employee": (
        "Koulutus työntekijää kohden",
        "Utbildning per anställd",
        "Opplæring per ansatt",
        "Training per employee",
    ),
    "b11.convictions": (
        "Tuomiot korruptiosta tai lahjonnasta",
        "Domar för korruption eller mutor",
        "Dommer for korrupsjon eller bestikkelser",
        "Convictions for corruption or bribery",
    ),
    "b11.fines_eur": (
        "Sakot korruptiosta tai lahjonnasta",
        "Böter för korruption eller mutor",
        "Bøter for korrupsjon eller bestikkelser",
        "Fines for corruption or bribery",
    ),
}


def normalise_language(lang: str) -> str:
    """Accepts fin/swe/nob/eng, nor and two-letter codes; anything else falls back to English."""
    code = lang.strip().lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else "eng"


def labels(lang: str) -> dict[str, str]:
    """Every PDF text in one language."""
    index = LANGUAGES.index(normalise_language(lang))
    return {key: texts[index] for key, texts in _TEXTS.items()}


def label(lang: str, key: str) -> str:
    """One PDF text; an unknown key is returned as is so a gap shows rather than breaks the report."""
    texts = _TEXTS.get(key)
    return texts[LANGUAGES.index(normalise_language(lang))] if texts else key
