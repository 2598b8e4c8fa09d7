"""Pre-eForms TED_EXPORT R2.0.9 notices (standard forms F01-F25) into the normalised `Notice`."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.core.notice import Buyer, Lot, Moment, Money, Notice
from tender_helper.sources.errors import InvalidNotice
from tender_helper.sources.safe_xml import MAX_NOTICE_BYTES, local_name, parse_xml
from tender_helper.sources.ted_r209_codes import (
    COUNTRIES,
    DOCUMENT_TYPES,
    FORM_TYPES,
    LANGUAGES,
    PARTICIPATION_FIRST,
    PROCEDURES,
)

ROOT = "TED_EXPORT"
TED_NOTICE_URL = "https://ted.europa.eu/en/notice/-/detail/{id}"
_DOC_ID = re.compile(r"0*(?P<number>\d{1,8})-(?P<year>\d{4})")
_FORM = re.compile(r"F\d\d(_\d{4})?|MOVE|OTH_NOT|CONTRACT_DEFENCE|CONTRACT")


def is_ted_r209(root: etree._Element) -> bool:
    """The root is TED_EXPORT; its namespace varies (`.../R2.0.9/publication`, relative `ted/R2.0.9.S02/...`)."""
    return local_name(root) == ROOT


def parse_ted_r209(data: bytes, *, name: str = "notice", max_bytes: int = MAX_NOTICE_BYTES) -> Notice:
    return notice_from_ted_r209(parse_xml(data, name=name, max_bytes=max_bytes), name=name)


def _all(element: etree._Element, path: str) -> list[etree._Element]:
    return list(element.iterfind(path))


def _flat(element: etree._Element) -> str:
    """All text inside `element`, white space collapsed."""
    return " ".join("".join(str(part) for part in element.itertext()).split())


def _text(element: etree._Element | None, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return (_flat(found) or None) if found is not None else None


def _attr(element: etree._Element | None, path: str, attribute: str) -> str | None:
    found = element.find(path) if element is not None else None
    value = (found.get(attribute) or "").strip() if found is not None else ""
    return value or None


def _paragraphs(element: etree._Element | None) -> str | None:
    """The text of a TITLE or SHORT_DESCR: its P paragraphs joined by line breaks."""
    if element is None:
        return None
    parts = [_flat(paragraph) for paragraph in element.iterfind("{*}P")]
    text = "\n".join(part for part in parts if part) or _flat(element)
    return text or None


def _lang(code: str | None) -> str | None:
    return LANGUAGES.get((code or "").strip().upper())


def notice_from_ted_r209(root: etree._Element, *, name: str = "notice") -> Notice:
    if not is_ted_r209(root):
        raise InvalidNotice(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a TED_EXPORT notice (its root element is {root})."),
            name=name,
            root=local_name(root),
        )
    forms = [form for form in _all(root, "{*}FORM_SECTION/*") if _FORM.fullmatch(local_name(form))]
    original = next((form for form in forms if form.get("CATEGORY") == "ORIGINAL"), forms[0] if forms else None)
    title = _titles(root, forms)
    if original is None or not title:
        raise InvalidNotice(QT_TRANSLATE_NOOP("Errors", "{name} has no title in any language."), name=name)
    doc_id = _DOC_ID.fullmatch((root.get("DOC_ID") or "").strip())
    if doc_id is None:
        raise InvalidNotice(QT_TRANSLATE_NOOP("Errors", "{name} has no TED document number."), name=name)
    source_id = f"{int(doc_id['number'])}-{doc_id['year']}"
    contract = original.find("{*}OBJECT_CONTRACT")
    procedure_type = _procedure_type(original)
    deadline = _deadline(root, name)
    participation = procedure_type in PARTICIPATION_FIRST
    lots = _lots(original, forms, contract, deadline, participation)
    main_cpv = [code for code in [_attr(contract, "{*}CPV_MAIN/{*}CPV_CODE", "CODE")] if code]
    lang = _lang(original.get("LG"))
    return Notice(
        source="ted",
        source_id=source_id,
        title=title,
        notice_type=local_name(original).split("_", 1)[0],
        form_type=_form_type(root, original),
        description=_by_language(forms, "{*}OBJECT_CONTRACT/{*}SHORT_DESCR"),
        buyer=_buyer(original),
        cpv=tuple(dict.fromkeys(main_cpv + [code for lot in lots for code in lot.cpv])),
        nuts=tuple(dict.fromkeys(code for lot in lots for code in lot.nuts)),
        contract_nature=(_attr(contract, "{*}TYPE_CONTRACT", "CTYPE") or "").lower() or None,
        procedure_type=procedure_type,
        languages=(lang.upper(),) if lang else (),
        publication_date=_publication_date(root, name),
        deadline=None if participation else deadline,
        estimated_value=_money(contract.find("{*}VAL_ESTIMATED_TOTAL") if contract is not None else None),
        lots=lots,
        url=TED_NOTICE_URL.format(id=source_id),
    )


def _by_language(forms: list[etree._Element], path: str) -> dict[str, str]:
    """One text per form copy (the original and TED's translations), keyed by the copy's language."""
    result: dict[str, str] = {}
    for form in forms:
        lang, text = _lang(form.get("LG")), _paragraphs(form.find(path))
        if lang and text and lang not in result:
            result[lang] = text
    return result


def _titles(root: etree._Element, forms: list[etree._Element]) -> dict[str, str]:
    """The forms' own titles first; TED's short translated titles (ML_TI_DOC) fill the other languages."""
    titles = _by_language(forms, "{*}OBJECT_CONTRACT/{*}TITLE")
    for block in _all(root, "{*}TRANSLATION_SECTION/{*}ML_TITLES/{*}ML_TI_DOC"):
        lang, text = _lang(block.get("LG")), _paragraphs(block.find("{*}TI_TEXT"))
        if lang and text:
            titles.setdefault(lang, text)
    return titles


def _form_type(root: etree._Element, form: etree._Element) -> str | None:
    code = _attr(root, "{*}CODED_DATA_SECTION/{*}CODIF_DATA/{*}TD_DOCUMENT_TYPE", "CODE")
    return DOCUMENT_TYPES.get(code or "") or FORM_TYPES.get(local_name(form).split("_", 1)[0])


def _procedure_type(form: etree._Element) -> str | None:
    procedure = form.find("{*}PROCEDURE")
    if procedure is None:
        return None
    return next((PROCEDURES[local_name(child)] for child in procedure if local_name(child) in PROCEDURES), None)


def _buyer(form: etree._Element) -> Buyer | None:
    address = form.find("{*}CONTRACTING_BODY/{*}ADDRESS_CONTRACTING_BODY")
    name = _text(address, "{*}OFFICIALNAME")
    if address is None or name is None:
        return None
    country = _attr(address, "{*}COUNTRY", "VALUE")
    return Buyer(
        name=name,
        country=COUNTRIES.get((country or "").upper()),
        national_id=_text(address, "{*}NATIONALID"),
        nuts=_attr(address, "{*}NUTS", "CODE"),
    )


def _deadline(root: etree._Element, name: str) -> datetime | None:
    """CODIF_DATA/DT_DATE_FOR_SUBMISSION (`20210818 23:59`): local time with no offset, kept naive."""
    value = _text(root, "{*}CODED_DATA_SECTION/{*}CODIF_DATA/{*}DT_DATE_FOR_SUBMISSION")
    if value is None:
        return None
    for pattern in ("%Y%m%d %H:%M", "%Y%m%d"):
        try:
            return datetime.strptime(value, pattern)
        except ValueError:
            continue
    raise InvalidNotice(
        QT_TRANSLATE_NOOP("Errors", "{name} has a date or time that cannot be read: '{value}'."), name=name, value=value
    )


def _publication_date(root: etree._Element, name: str) -> date | None:
    value = _text(root, "{*}CODED_DATA_SECTION/{*}REF_OJS/{*}DATE_PUB")
    try:
        return datetime.strptime(value, "%Y%m%d").date() if value else None
    except ValueError:
        raise InvalidNotice(
            QT_TRANSLATE_NOOP("Errors", "{name} has a date or time that cannot be read: '{value}'."),
            name=name,
            value=value,
        ) from None


def _money(element: etree._Element | None) -> Money | None:
    if element is None or not element.get("CURRENCY"):
        return None
    try:
        amount = Decimal((element.text or "").strip())
    except InvalidOperation:
        return None
    return Money(amount=amount, currency=(element.get("CURRENCY") or "").upper()) if amount.is_finite() else None


def _lots(
    original: etree._Element,
    forms: list[etree._Element],
    contract: etree._Element | None,
    deadline: Moment | None,
    participation: bool,
) -> tuple[Lot, ...]:
    """OBJECT_DESCR blocks; the procedure-level deadline applies to every lot, and the main CPV too."""
    if contract is None:
        return ()
    main_cpv = _codes(contract, "{*}CPV_MAIN/{*}CPV_CODE")
    lots = []
    for descr in _all(contract, "{*}OBJECT_DESCR"):
        item = descr.get("ITEM") or ""
        pairs = [
            (form, copy)
            for form in forms
            for copy in form.iterfind("{*}OBJECT_CONTRACT/{*}OBJECT_DESCR")
            if copy.get("ITEM") == descr.get("ITEM")
        ]
        lots.append(
            Lot(
                id=_text(descr, "{*}LOT_NO") or item,
                title=_lot_texts(pairs, "{*}TITLE"),
                description=_lot_texts(pairs, "{*}SHORT_DESCR"),
                cpv=tuple(dict.fromkeys(main_cpv + _codes(descr, "{*}CPV_ADDITIONAL/{*}CPV_CODE"))),
                nuts=_codes(descr, "{*}NUTS"),
                estimated_value=_money(descr.find("{*}VAL_OBJECT")),
                deadline=None if participation else deadline,
                participation_deadline=deadline if participation else None,
            )
        )
    return tuple(lots)


def _codes(element: etree._Element, path: str) -> tuple[str, ...]:
    """The CODE attributes (CPV, NUTS) under `element`, unique, in document order."""
    codes = [(found.get("CODE") or "").strip() for found in element.iterfind(path)]
    return tuple(dict.fromkeys(code for code in codes if code))


def _lot_texts(pairs: list[tuple[etree._Element, etree._Element]], path: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for form, descr in pairs:
        lang, text = _lang(form.get("LG")), _paragraphs(descr.find(path))
        if lang and text:
            result.setdefault(lang, text)
    return result
