"""The normalised notice: JSON round trip, kinds and deadline ordering."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from tender_helper.core.errors import InvalidInput
from tender_helper.core.notice import Buyer, Lot, Money, Notice, earliest, notice_kind

EET = timezone(timedelta(hours=2))


def sample() -> Notice:
    return Notice(
        source="ted",
        source_id="622690-2023",
        title={"fin": "Eteläisen Salon liikuntapaikkojen hoidon hankinta"},
        version="01",
        form_type="competition",
        buyer=Buyer(name="Salon kaupunki", country="FIN", national_id="0139533-1", nuts="FI1C1"),
        cpv=("92610000",),
        languages=("FIN",),
        publication_date=date(2023, 10, 13),
        deadline=datetime(2023, 11, 15, 12, tzinfo=EET),
        estimated_value=Money(Decimal("460000.50"), "EUR"),
        lots=(
            Lot(id="LOT-0001", deadline=datetime(2023, 11, 15, 12, tzinfo=EET)),
            Lot(id="LOT-0002", participation_deadline=date(2023, 11, 10)),
        ),
    )


def test_json_round_trip_through_text() -> None:
    notice = sample()
    text = json.dumps(notice.to_json_dict())
    assert Notice.from_json_dict(json.loads(text)) == notice


def test_json_shape() -> None:
    data = sample().to_json_dict()
    assert data["deadline"] == "2023-11-15T12:00:00+02:00"
    assert data["publication_date"] == "2023-10-13"
    assert data["estimated_value"] == {"amount": "460000.50", "currency": "EUR"}
    assert data["lots"][1]["participation_deadline"] == "2023-11-10"
    assert data["buyer"]["country"] == "FIN"
    assert data["url"] is None and data["description"] == {}
    assert list(data) == [
        "source", "source_id", "version", "procedure_id", "notice_type", "form_type", "subtype", "title",
        "description", "buyer", "cpv", "nuts", "contract_nature", "procedure_type", "languages",
        "publication_date", "deadline", "estimated_value", "lots", "url",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("form_type", "kind"),
    [
        ("competition", "competition"),
        ("planning", "planning"),
        ("consultation", "planning"),
        ("result", "result"),
        ("dir-awa-pre", "result"),
        ("change", "change"),
        ("bri", "other"),
        (None, "other"),
    ],
)
def test_notice_kind(form_type: str | None, kind: str) -> None:
    assert notice_kind(form_type) == kind


def test_earliest_compares_instants_across_offsets() -> None:
    helsinki_noon = datetime(2023, 11, 15, 12, tzinfo=EET)  # 10:00 UTC
    utc_eleven = datetime(2023, 11, 15, 11, tzinfo=UTC)
    assert earliest([utc_eleven, None, helsinki_noon]) == helsinki_noon
    assert earliest([None]) is None
    # A day alone counts as its end, so a time on that day comes first.
    assert earliest([date(2023, 11, 15), utc_eleven]) == utc_eleven


def test_participation_deadline_is_derived_from_lots() -> None:
    assert sample().participation_deadline == date(2023, 11, 10)


def test_bad_amount_is_a_typed_error() -> None:
    with pytest.raises(InvalidInput):
        Money.from_json_dict({"amount": "lots", "currency": "EUR"})


def test_bad_date_is_a_typed_error() -> None:
    data = sample().to_json_dict()
    data["deadline"] = "15.11.2023"
    with pytest.raises(InvalidInput):
        Notice.from_json_dict(data)
