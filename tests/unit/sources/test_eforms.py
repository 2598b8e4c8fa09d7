"""The eForms parser against real notices; every expected value was read from the fixture XML."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from tender_helper.core.notice import Money
from tender_helper.sources.eforms import parse_eforms
from tender_helper.sources.eforms_dates import combine, parse_time
from tender_helper.sources.errors import InvalidNotice, UnsupportedNotice
from tender_helper.sources.notice_xml import parse_notice_xml

FIXTURES = Path(__file__).parents[2] / "fixtures" / "notices" / "eforms"
EET = timezone(timedelta(hours=2))
EEST = timezone(timedelta(hours=3))


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_salo_contract_notice() -> None:
    notice = parse_eforms(load("FIN_cn-standard_622690-2023_salo_4lots.xml"), name="salo.xml")
    assert (notice.source, notice.source_id, notice.version) == ("ted", "622690-2023", "01")
    assert notice.url == "https://ted.europa.eu/en/notice/-/detail/622690-2023"
    assert notice.procedure_id == "7450a31d-7e21-44bb-ac95-032d37241638"
    assert (notice.notice_type, notice.form_type, notice.subtype, notice.kind) == (
        "cn-standard",
        "competition",
        "16",
        "competition",
    )
    assert notice.title == {"fin": "Eteläisen Salon liikuntapaikkojen hoidon hankinta"}
    assert notice.buyer is not None
    assert (notice.buyer.name, notice.buyer.country) == ("Salon kaupunki", "FIN")
    assert (notice.buyer.national_id, notice.buyer.nuts) == ("0139533-1", "FI1C1")
    assert notice.cpv == ("92610000",)
    assert notice.nuts == ("FI1C1",)
    assert (notice.contract_nature, notice.procedure_type, notice.languages) == ("services", "open", ("FIN",))
    assert notice.publication_date == date(2023, 10, 13)
    assert notice.deadline == datetime(2023, 11, 15, 12, 0, tzinfo=EET)
    assert notice.estimated_value is None
    assert [lot.id for lot in notice.lots] == ["LOT-0001", "LOT-0002", "LOT-0003", "LOT-0004"]
    first = notice.lots[0]
    # The lot title, not an award criterion's cbc:Name further down the lot.
    assert first.title == {"fin": "1. Perniön kaupunginosa, kesähoito"}
    assert first.cpv == ("92610000",)
    assert first.participation_deadline is None


def test_json_shape_of_salo() -> None:
    data = parse_eforms(load("FIN_cn-standard_622690-2023_salo_4lots.xml")).to_json_dict()
    assert data["deadline"] == "2023-11-15T12:00:00+02:00"
    assert data["publication_date"] == "2023-10-13"
    assert data["lots"][0]["deadline"] == "2023-11-15T12:00:00+02:00"
    assert data["languages"] == ["FIN"]


def test_restricted_procedure_has_only_a_participation_deadline() -> None:
    notice = parse_eforms(load("FIN_cn-standard-defence_615708-2023_restricted.xml"))
    assert notice.procedure_type == "restricted"
    assert notice.deadline is None
    assert notice.lots[0].deadline is None
    assert notice.lots[0].participation_deadline == datetime(2023, 11, 10, 14, 0, tzinfo=EET)
    assert notice.participation_deadline == notice.lots[0].participation_deadline
    assert notice.buyer is not None and notice.buyer.name == "Puolustusvoimien logistiikkalaitos"


def test_award_notice_buyer_is_resolved_through_the_contracting_party() -> None:
    notice = parse_eforms(load("FIN_can-standard_525037-2024_12lots.xml"))
    # ORG-0001 is the review body (Markkinaoikeus); the buyer is ORG-0002.
    assert notice.buyer is not None
    assert notice.buyer.name == "Kristinestad Stad/Kristiinankaupungin kaupunki"
    assert (notice.buyer.country, notice.buyer.national_id) == ("FIN", "0216509-5")
    assert set(notice.title) == {"fin", "swe"}
    assert notice.title["swe"].endswith("Kristinestads upphandling av transportservice")
    assert (notice.form_type, notice.kind, notice.subtype) == ("result", "result", "29")
    assert len(notice.lots) == 12
    assert notice.cpv[0] == "60100000"
    assert "FI195" in notice.nuts
    assert notice.languages == ("FIN", "SWE")


def test_doffin_national_subtype_and_identity() -> None:
    notice = parse_eforms(load("NOR-doffin_national-N16_2024-107345.xml"))
    assert (notice.source, notice.source_id, notice.url) == ("doffin", "870ff007-688a-4ad1-9ad7-28c2ae514b40", None)
    assert (notice.subtype, notice.form_type) == ("N16", "competition")
    assert notice.title == {"nor": "Byggeledelse"}
    assert notice.buyer is not None
    assert (notice.buyer.name, notice.buyer.country, notice.buyer.national_id) == (
        "Kongsbergregionen",
        "NOR",
        "995969653",
    )
    assert notice.deadline == datetime(2024, 6, 19, 10, 0, tzinfo=UTC)
    assert [lot.id for lot in notice.lots] == ["LOT-0000"]
    assert notice.publication_date is None  # Doffin XML carries no TED publication


def test_doffin_bilingual_notice_with_values_in_nok() -> None:
    notice = parse_eforms(load("NOR-doffin_cn-social_2024-102327_8lots.xml"))
    assert notice.title == {
        "nor": "Anskaffelse av tiltaket oppfølging for NAV Vest-Viken",
        "eng": "Procurement of follow-up measure for NAV Vest-Viken",
    }
    assert notice.estimated_value == Money(Decimal("259380000.00"), "NOK")
    assert notice.to_json_dict()["estimated_value"] == {"amount": "259380000.00", "currency": "NOK"}
    assert len(notice.lots) == 8
    assert notice.lots[0].estimated_value == Money(Decimal("117000000.00"), "NOK")
    assert notice.buyer is not None and notice.buyer.name == "ARBEIDS- OG VELFERDSETATEN"
    assert notice.deadline is None  # no lot has BT-131


def test_prior_information_parts_count_as_lots() -> None:
    notice = parse_eforms(load("NOR-doffin_pin-only_2023-101219.xml"))
    assert (notice.form_type, notice.kind, notice.subtype) == ("planning", "planning", "4")
    assert [lot.id[:4] for lot in notice.lots] == ["PAR-"]


def test_migrated_doffin_notice_ignores_an_older_ojs_reference() -> None:
    notice = parse_eforms(load("ContractAwardNotice_veat_2022-674620.xml"))
    # efac:Publication holds "2015/S 229-417277", another notice's OJ reference, so Doffin's id is kept.
    assert (notice.source, notice.source_id, notice.url) == ("doffin", "2022-674620", None)
    assert notice.languages == ("NOB",)
    assert set(notice.title) == {"nob"}
    assert (notice.form_type, notice.kind) == ("dir-awa-pre", "result")


def test_unknown_subtype_and_no_lots_still_parse() -> None:
    notice = parse_eforms(load("ContractNotice_cn-standard_2022-963627.xml"))
    assert notice.subtype == "99"
    assert notice.lots == ()
    assert notice.deadline is None
    assert notice.title == {"nob": "Konsulentoppdrag - evaluering av Tolletatens organisering"}


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("ROU_corrigendum-change-corr_775348-2023.xml", datetime(2023, 10, 6, 11, 25, 29, tzinfo=EEST)),
        ("SWE_cn-desg-utilities_701354-2023.xml", datetime(2024, 1, 16, 0, 0, tzinfo=timezone(timedelta(hours=1)))),
        ("EST_cn-standard_291858-2023_sdk1.3.xml", datetime(2023, 5, 30, 10, 0, tzinfo=EEST)),
    ],
)
def test_deadline_time_forms(fixture: str, expected: datetime) -> None:
    notice = parse_eforms(load(fixture))
    assert notice.deadline == expected
    assert isinstance(notice.deadline, datetime) and notice.deadline.utcoffset() == expected.utcoffset()


def test_corrigendum_is_a_change() -> None:
    notice = parse_eforms(load("ROU_corrigendum-change-corr_775348-2023.xml"))
    assert (notice.form_type, notice.notice_type, notice.kind, notice.subtype) == ("change", "corr", "change", "23")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12:00:00+02:00", (12, 0, 0, 0, EET)),
        ("11:25:29.0000000+03:00", (11, 25, 29, 0, EEST)),
        ("10:00:00.123+03:00", (10, 0, 0, 123000, EEST)),
        ("09:30:00Z", (9, 30, 0, 0, UTC)),
        ("09:30:00", (9, 30, 0, 0, None)),
    ],
)
def test_time_forms(text: str, expected: tuple[object, ...]) -> None:
    clock, zone = parse_time(text, name="t.xml")
    assert (clock.hour, clock.minute, clock.second, clock.microsecond, zone) == expected


def test_date_without_time_stays_a_date() -> None:
    assert combine("2023-11-10+02:00", None, name="t.xml") == date(2023, 11, 10)
    assert combine("2023-10-13Z", "08:00:00", name="t.xml") == datetime(2023, 10, 13, 8, tzinfo=UTC)


def test_bad_date_is_a_typed_error_naming_the_file() -> None:
    with pytest.raises(InvalidNotice, match=r"t\.xml"):
        combine("15.11.2023", None, name="t.xml")


def test_notice_without_title_is_refused() -> None:
    data = load("NOR-doffin_national-N16_2024-107345.xml").replace(
        b'<cbc:Name languageID="NOR">Byggeledelse</cbc:Name>', b""
    )
    with pytest.raises(InvalidNotice, match="no title") as info:
        parse_eforms(data, name="untitled.xml")
    assert info.value.params["name"] == "untitled.xml"


def test_dispatch_reads_eforms_and_refuses_other_xml() -> None:
    notice = parse_notice_xml(load("SWE_cn-desg-utilities_701354-2023.xml"), name="swe.xml")
    assert notice.buyer is not None and notice.buyer.name == "Umeå Energi Elnät AB"
    with pytest.raises(UnsupportedNotice, match=r"other\.xml"):
        parse_notice_xml(b"<catalogue><item/></catalogue>", name="other.xml")


def test_json_round_trip_of_every_fixture() -> None:
    from tender_helper.core.notice import Notice

    for path in sorted(FIXTURES.glob("*.xml")):
        notice = parse_eforms(path.read_bytes(), name=path.name)
        assert Notice.from_json_dict(notice.to_json_dict()) == notice, path.name


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&lol9;</ContractNotice>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&xxe;</ContractNotice>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_documents_with_a_dtd_are_refused(data: bytes) -> None:
    with pytest.raises(InvalidNotice, match=r"hostile\.xml declares a DTD"):
        parse_notice_xml(data, name="hostile.xml")


def test_dtd_in_utf16_is_refused_after_parsing() -> None:
    data = EXTERNAL_ENTITY.split(b"\n", 1)[1].decode().encode("utf-16")  # the byte scan cannot see it
    with pytest.raises(InvalidNotice, match=r"utf16\.xml declares a DTD"):
        parse_notice_xml(data, name="utf16.xml")


def test_undeclared_entity_is_malformed_not_expanded() -> None:
    data = (
        b'<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2">&xxe;</ContractNotice>'
    )
    with pytest.raises(InvalidNotice, match="not well-formed"):
        parse_notice_xml(data, name="entity.xml")


def test_oversize_input_is_refused_before_parsing() -> None:
    data = load("SWE_cn-desg-utilities_701354-2023.xml")
    with pytest.raises(InvalidNotice, match="too large") as info:
        parse_notice_xml(data, name="big.xml", max_bytes=len(data) - 1)
    assert info.value.params["size"] == len(data)


@pytest.mark.parametrize("data", [b"", b"<ContractNotice>", b"not xml at all", b"<a><b></a>"])
def test_malformed_xml_is_a_typed_error(data: bytes) -> None:
    with pytest.raises(InvalidNotice, match=r"broken\.xml"):
        parse_notice_xml(data, name="broken.xml")


def test_truncated_real_notice_is_a_typed_error() -> None:
    data = load("FIN_cn-standard_622690-2023_salo_4lots.xml")
    with pytest.raises(InvalidNotice, match=r"cut\.xml is not well-formed"):
        parse_notice_xml(data[: len(data) // 2], name="cut.xml")
