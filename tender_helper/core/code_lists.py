"""The small eForms code lists (procedure, notice and form types, contract nature, countries) with labels."""

from __future__ import annotations

import json
from functools import cache

from tender_helper.resource_files import open_resource

PROCEDURE_TYPE = "procurement-procedure-type"
NOTICE_TYPE = "notice-type"
NOTICE_SUBTYPE = "notice-subtype"
FORM_TYPE = "form-type"
CONTRACT_NATURE = "contract-nature"
COUNTRY = "country"


@cache
def _lists() -> dict[str, dict[str, dict[str, str]]]:
    with open_resource("codelists", "codes.json") as handle:
        data: dict[str, dict[str, dict[str, str]]] = json.load(handle)
    return data


def codes(list_name: str) -> list[str]:
    return sorted(_lists()[list_name])


def code_label(list_name: str, code: str, lang: str = "eng") -> str:
    """The label of `code` in `lang` (ISO 639-3), falling back to English, then to the code itself."""
    labels = _lists()[list_name].get(code)
    if not labels:
        return code
    return labels.get(lang) or labels.get("eng") or code
