"""One notice XML of either schema (eForms UBL or TED_EXPORT R2.0.9), told apart by its root element."""

from __future__ import annotations

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.core.notice import Notice
from tender_helper.sources.eforms import is_eforms, notice_from_eforms
from tender_helper.sources.errors import UnsupportedNotice
from tender_helper.sources.safe_xml import MAX_NOTICE_BYTES, local_name, parse_xml
from tender_helper.sources.ted_r209 import is_ted_r209, notice_from_ted_r209


def parse_notice_xml(data: bytes, *, name: str = "notice", max_bytes: int = MAX_NOTICE_BYTES) -> Notice:
    """Parses `data` once and hands the tree to the parser of its schema; `name` appears in every error."""
    root = parse_xml(data, name=name, max_bytes=max_bytes)
    if is_eforms(root):
        return notice_from_eforms(root, name=name)
    if is_ted_r209(root):
        return notice_from_ted_r209(root, name=name)
    raise UnsupportedNotice(
        QT_TRANSLATE_NOOP("Errors", "{name} is not a notice this version can read (root element {root})."),
        name=name,
        root=local_name(root),
    )
