"""Small XPath helpers over eForms UBL: namespaces, texts, per-language texts, codes and amounts."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from lxml import etree

from tender_helper.core.notice import Money

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "ext": "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
    "efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
    "efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
    "efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
}
EXT = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension"
# Each path compiled once: compiling it again on every `element.xpath` call was most of the parse time.
# Compiled XPath objects lock while evaluating, so threads may share them.
_COMPILED: dict[str, etree.XPath] = {}


def _select(element: etree._Element, path: str) -> object:
    compiled = _COMPILED.get(path)
    if compiled is None:
        compiled = _COMPILED[path] = etree.XPath(path, namespaces=NS)
    return compiled(element)


def nodes(element: etree._Element, path: str) -> list[etree._Element]:
    found = _select(element, path)
    assert isinstance(found, list)
    return [node for node in found if isinstance(node, etree._Element)]


def strings(element: etree._Element, path: str) -> list[str]:
    """Stripped, non-empty texts (or attribute values) that `path` selects, in document order."""
    found = _select(element, path)
    assert isinstance(found, list)
    values = [node.text if isinstance(node, etree._Element) else str(node) for node in found]
    return [value.strip() for value in values if value and value.strip()]


def text(element: etree._Element, path: str) -> str | None:
    values = strings(element, path)
    return values[0] if values else None


def lang_key(code: str | None) -> str | None:
    """eForms language codes (`FIN`, `NOR`, `NOB`) as lower-case ISO 639-3 keys (`fin`, `nor`, `nob`)."""
    return code.strip().lower() if code and code.strip() else None


def texts_by_language(element: etree._Element, path: str, default_lang: str | None) -> dict[str, str]:
    """Texts keyed by their languageID; repeated texts in one language are joined by a blank line."""
    result: dict[str, str] = {}
    for node in nodes(element, path):
        value = (node.text or "").strip()
        lang = lang_key(node.get("languageID")) or default_lang
        if not value or lang is None:
            continue
        result[lang] = f"{result[lang]}\n\n{value}" if lang in result else value
    return result


def unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def cpv_codes(project: etree._Element) -> list[str]:
    """Main CPV first, then the additional ones; eForms gives 8 digits without the check digit."""
    main = strings(project, "cac:MainCommodityClassification/cbc:ItemClassificationCode[@listName='cpv']")
    extra = strings(project, "cac:AdditionalCommodityClassification/cbc:ItemClassificationCode[@listName='cpv']")
    return [code.split("-", 1)[0] for code in main + extra]


def nuts_codes(project: etree._Element) -> list[str]:
    return strings(project, "cac:RealizedLocation/cac:Address/cbc:CountrySubentityCode[@listName='nuts']")


def estimated_value(project: etree._Element) -> Money | None:
    """BT-27: the estimated value of a procedure or lot, with its currency; None when absent or unreadable."""
    amounts = nodes(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")
    if not amounts:
        return None
    amount, currency = (amounts[0].text or "").strip(), (amounts[0].get("currencyID") or "").strip()
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return None
    return Money(amount=value, currency=currency.upper()) if currency and value.is_finite() else None
