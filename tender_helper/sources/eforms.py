"""eForms UBL notices (TED, Doffin, other national eForms) into the normalised `Notice`."""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.core.notice import Buyer, Lot, Moment, Notice, earliest
from tender_helper.sources.eforms_dates import combine, parse_date
from tender_helper.sources.eforms_xml import (
    EXT,
    cpv_codes,
    estimated_value,
    lang_key,
    nodes,
    nuts_codes,
    strings,
    text,
    texts_by_language,
    unique,
)
from tender_helper.sources.errors import InvalidNotice
from tender_helper.sources.safe_xml import MAX_NOTICE_BYTES, local_name, namespace, parse_xml

ROOTS = ("ContractNotice", "ContractAwardNotice", "PriorInformationNotice")
ROOT_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
TED_NOTICE_URL = "https://ted.europa.eu/en/notice/-/detail/{id}"
DOFFIN_CUSTOMIZATION = "anskaffelser.no"  # Norway's extended CustomizationID (eu or national forms)

# OPP-010 as TED publishes it: `00622690-2023`. Doffin migrations carry `n.a.` or an older notice's
# OJ reference (`2015/S 229-417277`) here, which is not this notice's TED number.
_OJS_NOTICE_ID = re.compile(r"0*(?P<number>\d{1,8})-(?P<year>\d{4})")
_LOT_SCHEMES = ("Lot", "Part")  # PIN-only notices describe parts (PAR-0001) instead of lots


def is_eforms(root: etree._Element) -> bool:
    name = local_name(root)
    return name in ROOTS and namespace(root) == ROOT_NAMESPACE.format(root=name)


def parse_eforms(data: bytes, *, name: str = "notice", max_bytes: int = MAX_NOTICE_BYTES) -> Notice:
    """Parses one eForms notice; raises InvalidNotice (naming `name`) when it cannot."""
    return notice_from_eforms(parse_xml(data, name=name, max_bytes=max_bytes), name=name)


def notice_from_eforms(root: etree._Element, *, name: str = "notice") -> Notice:
    if not is_eforms(root):
        raise InvalidNotice(
            QT_TRANSLATE_NOOP("Errors", "{name} is not an eForms notice (its root element is {root})."),
            name=name,
            root=local_name(root),
        )
    languages = tuple(strings(root, "cbc:NoticeLanguageCode | cac:AdditionalNoticeLanguage/cbc:ID"))
    main_lang = lang_key(languages[0]) if languages else None
    project = _first(root, "cac:ProcurementProject")
    title = texts_by_language(project, "cbc:Name", main_lang) if project is not None else {}
    if not title:
        raise InvalidNotice(QT_TRANSLATE_NOOP("Errors", "{name} has no title in any language."), name=name)
    source, source_id, url = _identity(root)
    lots = tuple(_lot(lot, main_lang, name) for lot in _lot_elements(root))
    project_cpv = cpv_codes(project) if project is not None else []
    project_nuts = nuts_codes(project) if project is not None else []
    notice_type = _first(root, "cbc:NoticeTypeCode")
    return Notice(
        source=source,
        source_id=source_id,
        title=title,
        version=text(root, "cbc:VersionID"),
        procedure_id=text(root, "cbc:ContractFolderID"),
        notice_type=_stripped(notice_type.text) if notice_type is not None else None,
        form_type=_stripped(notice_type.get("listName")) if notice_type is not None else None,
        subtype=text(root, f"{EXT}/efac:NoticeSubType/cbc:SubTypeCode"),
        description=texts_by_language(project, "cbc:Description", main_lang) if project is not None else {},
        buyer=_buyer(root, main_lang),
        cpv=unique(project_cpv + [code for lot in lots for code in lot.cpv]),
        nuts=unique(project_nuts + [code for lot in lots for code in lot.nuts]),
        contract_nature=text(root, "cac:ProcurementProject/cbc:ProcurementTypeCode[@listName='contract-nature']"),
        procedure_type=text(root, "cac:TenderingProcess/cbc:ProcedureCode"),
        languages=languages,
        publication_date=_publication_date(root, name),
        deadline=earliest(lot.deadline for lot in lots),
        estimated_value=estimated_value(project) if project is not None else None,
        lots=lots,
        url=url,
    )


def _stripped(value: str | None) -> str | None:
    return value.strip() or None if value else None


def _first(element: etree._Element, path: str) -> etree._Element | None:
    found = nodes(element, path)
    return found[0] if found else None


def _identity(root: etree._Element) -> tuple[str, str, str | None]:
    """(source, source_id, url): the TED publication number when TED published it, else the notice id."""
    published = text(root, f"{EXT}/efac:Publication/efbc:NoticePublicationID[@schemeName='ojs-notice-id']")
    match = _OJS_NOTICE_ID.fullmatch(published or "")
    if match is not None:
        number = f"{int(match['number'])}-{match['year']}"
        return "ted", number, TED_NOTICE_URL.format(id=number)
    notice_id = text(root, "cbc:ID") or ""
    customization = text(root, "cbc:CustomizationID") or ""
    # Doffin's own XML has no TED number; its cbc:ID is the Doffin reference (2023-307227) for notices
    # migrated from the old Doffin, a UUID for native ones. The Doffin page URL is not in the XML.
    source = "doffin" if DOFFIN_CUSTOMIZATION in customization else "eforms"
    return source, notice_id, None


def _publication_date(root: etree._Element, name: str) -> date | None:
    value = text(root, f"{EXT}/efac:Publication/efbc:PublicationDate")
    return parse_date(value, name=name)[0] if value else None


def _buyer(root: etree._Element, main_lang: str | None) -> Buyer | None:
    """The first ContractingParty's organisation (never simply the first organisation: that may be a review body)."""
    party_id = text(root, "cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID")
    if party_id is None:
        return None
    companies = [
        company
        for company in nodes(root, f"{EXT}/efac:Organizations/efac:Organization/efac:Company")
        if party_id in strings(company, "cac:PartyIdentification/cbc:ID")
    ]
    if not companies:
        return None
    company = companies[0]
    names = texts_by_language(company, "cac:PartyName/cbc:Name", main_lang)
    name = names.get(main_lang or "") or next(iter(names.values()), None)
    if name is None:
        return None
    return Buyer(
        name=name,
        country=text(company, "cac:PostalAddress/cac:Country/cbc:IdentificationCode"),
        national_id=text(company, "cac:PartyLegalEntity/cbc:CompanyID"),
        nuts=text(company, "cac:PostalAddress/cbc:CountrySubentityCode"),
    )


def _lot_elements(root: etree._Element) -> list[etree._Element]:
    """Lots and parts; lot groups (GLO-xxxx, schemeName LotsGroup) only bundle lots and are left out."""
    return [lot for lot in nodes(root, "cac:ProcurementProjectLot") if text(lot, "cbc:ID/@schemeName") in _LOT_SCHEMES]


def _lot(lot: etree._Element, main_lang: str | None, name: str) -> Lot:
    project = _first(lot, "cac:ProcurementProject")
    process = "cac:TenderingProcess/"
    tender = nodes(lot, process + "cac:TenderSubmissionDeadlinePeriod")
    participation = nodes(lot, process + "cac:ParticipationRequestReceptionPeriod")
    return Lot(
        id=text(lot, "cbc:ID") or "",
        title=texts_by_language(project, "cbc:Name", main_lang) if project is not None else {},
        description=texts_by_language(project, "cbc:Description", main_lang) if project is not None else {},
        cpv=unique(cpv_codes(project)) if project is not None else (),
        nuts=unique(nuts_codes(project)) if project is not None else (),
        estimated_value=estimated_value(project) if project is not None else None,
        deadline=_period_end(tender[0], name) if tender else None,
        participation_deadline=_period_end(participation[0], name) if participation else None,
    )


def _period_end(period: etree._Element, name: str) -> Moment | None:
    return combine(text(period, "cbc:EndDate"), text(period, "cbc:EndTime"), name=name)
