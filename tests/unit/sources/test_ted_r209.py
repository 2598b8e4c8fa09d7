"""The TED_EXPORT R2.0.9 parser against real notices; expected values read from the fixture XML."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tender_helper.core.notice import Money, Notice
from tender_helper.sources.errors import InvalidNotice
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.sources.ted_r209 import parse_ted_r209

FIXTURES = Path(__file__).parents[2] / "fixtures" / "notices" / "ted-r209"


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_swedish_contract_notice() -> None:
    notice = parse_notice_xml(load("SE_F02-contract-notice_21-364236.xml"), name="se.xml")
    assert (notice.source, notice.source_id) == ("ted", "352907-2021")
    assert notice.url == "https://ted.europa.eu/en/notice/-/detail/352907-2021"
    assert (notice.notice_type, notice.form_type, notice.kind) == ("F02", "competition", "competition")
    assert notice.title["swe"] == "Laboratorieinredning Hus 6 och 7 Ångström"
    assert notice.title["eng"] == "Laboratory furniture"  # from the translated title blocks
    assert notice.title["fin"] == "Laboratoriokalusteet"
    assert notice.description == {"swe": "Laboratorieinredning"}
    assert notice.buyer is not None
    assert (notice.buyer.name, notice.buyer.country) == ("Uppsala universitet", "SWE")
    assert (notice.buyer.national_id, notice.buyer.nuts) == ("202100-2932", "SE121")
    assert notice.cpv == ("39180000",)
    assert notice.nuts == ("SE121",)
    assert (notice.contract_nature, notice.procedure_type, notice.languages) == ("supplies", "open", ("SWE",))
    assert notice.publication_date == date(2021, 7, 13)
    # TED_EXPORT gives no offset; the deadline stays naive rather than guessing one.
    assert notice.deadline == datetime(2021, 8, 18, 23, 59)
    assert notice.estimated_value == Money(Decimal("2000000.00"), "SEK")
    assert len(notice.lots) == 1
    lot = notice.lots[0]
    assert (lot.id, lot.cpv, lot.nuts) == ("1", ("39180000",), ("SE121",))
    assert lot.deadline == notice.deadline
    assert lot.estimated_value == Money(Decimal("2000000.00"), "SEK")


def test_finnish_notice_with_24_form_copies_in_the_relative_namespace() -> None:
    notice = parse_ted_r209(load("FI_F02-contract-notice_18-168448.xml"), name="fi.xml")
    assert notice.source_id == "178087-2018"
    assert notice.buyer is not None
    assert (notice.buyer.name, notice.buyer.country, notice.buyer.nuts) == (
        "European Chemicals Agency (ECHA)",
        "FIN",
        "FI1B1",
    )
    assert notice.title["eng"].startswith("Public sale of ECHA Service Car")
    assert len(notice.title) >= 24 and "fin" in notice.title
    assert notice.languages == ("ENG",)
    assert notice.cpv == ("34100000", "34110000")
    assert notice.deadline == datetime(2018, 5, 28, 12, 0)
    assert len(notice.lots) == 1  # one lot, described in 24 languages
    assert notice.lots[0].estimated_value == Money(Decimal("31000.00"), "EUR")
    assert len(notice.lots[0].description) == 24


def test_award_notice_of_a_restricted_procedure() -> None:
    notice = parse_ted_r209(load("SE_F03-award-notice_21-364240.xml"))
    assert (notice.source_id, notice.form_type, notice.kind) == ("354339-2021", "result", "result")
    assert notice.procedure_type == "restricted"
    assert notice.buyer is not None and notice.buyer.name == "Uppsala kommun"
    assert notice.cpv[0] == "85300000"
    assert notice.deadline is None


def test_json_round_trip() -> None:
    for path in sorted(FIXTURES.glob("*.xml")):
        notice = parse_ted_r209(path.read_bytes(), name=path.name)
        assert Notice.from_json_dict(notice.to_json_dict()) == notice


def test_missing_doc_id_is_a_typed_error() -> None:
    data = load("SE_F02-contract-notice_21-364236.xml").replace(b'DOC_ID="352907-2021"', b"")
    with pytest.raises(InvalidNotice, match=r"se\.xml has no TED document number"):
        parse_ted_r209(data, name="se.xml")
