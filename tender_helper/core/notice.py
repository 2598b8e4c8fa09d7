"""The normalised notice (DESIGN.md "Normalised notice"): frozen dataclasses with a JSON round-trip."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput

# A deadline is a datetime (with the offset the notice gave, naive when it gave none) or, when the
# notice gave only a day, a date.
Moment = datetime | date
Texts = Mapping[str, str]  # lower-case ISO 639-3 language -> text

KIND_COMPETITION = "competition"
KIND_PLANNING = "planning"
KIND_RESULT = "result"
KIND_CHANGE = "change"
KIND_OTHER = "other"

# eForms form types (BT-03, the NoticeTypeCode listName) to the kinds a user filters on.
_KIND_OF_FORM_TYPE = {
    "competition": KIND_COMPETITION,  # includes pin-cfc-*: PINs used as a call for competition
    "planning": KIND_PLANNING,
    "consultation": KIND_PLANNING,  # preliminary market consultation (E1)
    "result": KIND_RESULT,
    "dir-awa-pre": KIND_RESULT,  # voluntary ex-ante transparency: a direct award announced
    "cont-modif": KIND_RESULT,  # modification of an awarded contract
    "completion": KIND_RESULT,
    "change": KIND_CHANGE,  # corrigendum
}


def notice_kind(form_type: str | None) -> str:
    """Maps an eForms form type to "competition", "planning", "result", "change" or "other"."""
    return _KIND_OF_FORM_TYPE.get(form_type or "", KIND_OTHER)


def moment_to_json(value: Moment | None) -> str | None:
    return None if value is None else value.isoformat()


def moment_from_json(text: str | None) -> Moment | None:
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date or a date and time."), field="date", value=text
        ) from None


def moment_sort_key(value: Moment) -> datetime:
    """Orders deadlines: aware ones by their instant; a day alone counts as its end; naive ones as UTC."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.max)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def earliest(values: Iterable[Moment | None]) -> Moment | None:
    present = [value for value in values if value is not None]
    return min(present, key=moment_sort_key) if present else None


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in a currency (ISO 4217, e.g. EUR, NOK); written to JSON as a decimal string."""

    amount: Decimal
    currency: str

    def to_json_dict(self) -> dict[str, str]:
        return {"amount": str(self.amount), "currency": self.currency}

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Money:
        try:
            amount = Decimal(str(data["amount"]))
        except (InvalidOperation, KeyError):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "'{value}' is not an amount of money."),
                field="amount",
                value=str(data.get("amount")),
            ) from None
        return cls(amount=amount, currency=str(data.get("currency") or ""))


def _money_or_none(data: Mapping[str, Any] | None) -> Money | None:
    return None if data is None else Money.from_json_dict(data)


def _money_json(value: Money | None) -> dict[str, str] | None:
    return None if value is None else value.to_json_dict()


@dataclass(frozen=True, slots=True)
class Buyer:
    """The buyer (contracting authority or entity) that runs the procedure."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    national_id: str | None = None
    nuts: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "national_id": self.national_id, "nuts": self.nuts}

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Buyer:
        return cls(
            name=str(data.get("name") or ""),
            country=data.get("country"),
            national_id=data.get("national_id"),
            nuts=data.get("nuts"),
        )


@dataclass(frozen=True, slots=True)
class Lot:
    """One lot (or, in a prior information notice, one part) of a procedure."""

    id: str
    title: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    cpv: tuple[str, ...] = ()
    nuts: tuple[str, ...] = ()
    estimated_value: Money | None = None
    deadline: Moment | None = None  # BT-131, receipt of tenders
    participation_deadline: Moment | None = None  # BT-1311, receipt of requests to participate

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": dict(self.title),
            "description": dict(self.description),
            "cpv": list(self.cpv),
            "nuts": list(self.nuts),
            "estimated_value": _money_json(self.estimated_value),
            "deadline": moment_to_json(self.deadline),
            "participation_deadline": moment_to_json(self.participation_deadline),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Lot:
        return cls(
            id=str(data["id"]),
            title=dict(data.get("title") or {}),
            description=dict(data.get("description") or {}),
            cpv=tuple(data.get("cpv") or ()),
            nuts=tuple(data.get("nuts") or ()),
            estimated_value=_money_or_none(data.get("estimated_value")),
            deadline=moment_from_json(data.get("deadline")),
            participation_deadline=moment_from_json(data.get("participation_deadline")),
        )


@dataclass(frozen=True, slots=True)
class Notice:
    """A notice from any source in one shape; fields the notice lacks are None or empty."""

    source: str
    source_id: str
    title: Texts
    version: str | None = None
    procedure_id: str | None = None
    notice_type: str | None = None
    form_type: str | None = None
    subtype: str | None = None
    description: Texts = field(default_factory=dict)
    buyer: Buyer | None = None
    cpv: tuple[str, ...] = ()
    nuts: tuple[str, ...] = ()
    contract_nature: str | None = None
    procedure_type: str | None = None
    languages: tuple[str, ...] = ()
    publication_date: date | None = None
    deadline: Moment | None = None
    estimated_value: Money | None = None
    lots: tuple[Lot, ...] = ()
    url: str | None = None

    @property
    def kind(self) -> str:
        return notice_kind(self.form_type)

    @property
    def participation_deadline(self) -> Moment | None:
        """The earliest request-to-participate deadline over the lots (not part of the JSON shape)."""
        return earliest(lot.participation_deadline for lot in self.lots)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_id": self.source_id,
            "version": self.version,
            "procedure_id": self.procedure_id,
            "notice_type": self.notice_type,
            "form_type": self.form_type,
            "subtype": self.subtype,
            "title": dict(self.title),
            "description": dict(self.description),
            "buyer": None if self.buyer is None else self.buyer.to_json_dict(),
            "cpv": list(self.cpv),
            "nuts": list(self.nuts),
            "contract_nature": self.contract_nature,
            "procedure_type": self.procedure_type,
            "languages": list(self.languages),
            "publication_date": moment_to_json(self.publication_date),
            "deadline": moment_to_json(self.deadline),
            "estimated_value": _money_json(self.estimated_value),
            "lots": [lot.to_json_dict() for lot in self.lots],
            "url": self.url,
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Notice:
        publication = moment_from_json(data.get("publication_date"))
        if isinstance(publication, datetime):
            publication = publication.date()
        buyer = data.get("buyer")
        return cls(
            source=str(data["source"]),
            source_id=str(data["source_id"]),
            title=dict(data.get("title") or {}),
            version=data.get("version"),
            procedure_id=data.get("procedure_id"),
            notice_type=data.get("notice_type"),
            form_type=data.get("form_type"),
            subtype=data.get("subtype"),
            description=dict(data.get("description") or {}),
            buyer=None if buyer is None else Buyer.from_json_dict(buyer),
            cpv=tuple(data.get("cpv") or ()),
            nuts=tuple(data.get("nuts") or ()),
            contract_nature=data.get("contract_nature"),
            procedure_type=data.get("procedure_type"),
            languages=tuple(data.get("languages") or ()),
            publication_date=publication,
            deadline=moment_from_json(data.get("deadline")),
            estimated_value=_money_or_none(data.get("estimated_value")),
            lots=tuple(Lot.from_json_dict(lot) for lot in data.get("lots") or ()),
            url=data.get("url"),
        )
