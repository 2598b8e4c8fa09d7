"""Parses untrusted XML with lxml: no DTDs, no entities, no network, bounded size."""

from __future__ import annotations

import re

from lxml import etree

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.sources.errors import InvalidNotice

# The largest real notice we know is the SDK's 100-lot example (1.7 MB); 20 MB leaves ample room.
MAX_NOTICE_BYTES = 20 * 1024 * 1024
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_blank_text=False,
    )


def parse_xml(data: bytes, *, name: str, max_bytes: int = MAX_NOTICE_BYTES) -> etree._Element:
    """The root element of `data`; raises InvalidNotice naming `name` for anything unsafe or malformed."""
    if len(data) > max_bytes:
        raise InvalidNotice(
            QT_TRANSLATE_NOOP("Errors", "{name} is too large to be a notice ({size} bytes, at most {limit})."),
            name=name,
            size=len(data),
            limit=max_bytes,
        )
    # A notice never needs a DTD; refusing any keeps entity expansion (billion laughs) and external
    # entities (file:///etc/passwd) out before the parser sees them.
    first = _FIRST_ELEMENT.search(data)
    if _DOCTYPE.search(data, 0, first.start() if first else len(data)):
        raise _doctype_error(name)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InvalidNotice(
            QT_TRANSLATE_NOOP("Errors", "{name} is not well-formed XML: {reason}"), name=name, reason=str(exc)
        ) from None
    docinfo = root.getroottree().docinfo
    doctype: str = getattr(docinfo, "doctype", "")  # DocInfo.doctype is missing from lxml-stubs
    if doctype or docinfo.internalDTD is not None:  # e.g. a UTF-16 file the byte scan could not read
        raise _doctype_error(name)
    return root


def _doctype_error(name: str) -> InvalidNotice:
    return InvalidNotice(
        QT_TRANSLATE_NOOP("Errors", "{name} declares a DTD or entities, which notices never do; it was not read."),
        name=name,
    )


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname


def namespace(element: etree._Element) -> str:
    return etree.QName(element).namespace or ""
