"""Tests of the statement's JSON export and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tender_helper.core.errors import InvalidInput
from tender_helper.sustainability.factors import EmissionFactor
from tender_helper.sustainability.sample import sample_statement
from tender_helper.sustainability.serialise import (
    FORMAT_VERSION,
    load_statement,
    save_statement,
    statement_from_dict,
    statement_from_json,
    statement_to_dict,
    statement_to_json,
)
from tender_helper.sustainability.validation import InvalidStatement


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    statement = sample_statement()
    statement.b3.factor_overrides["district_heat:FI"] = EmissionFactor(0.05, "kg CO2e/kWh", "Turku Energia", 2024)
    statement.b8.by_country = {"FI": 20, "SE": 3}
    path = save_statement(statement, tmp_path / "vsme-2024.json")
    assert load_statement(path) == statement
    assert list(tmp_path.iterdir()) == [path]


def test_json_has_format_version_and_nordic_letters() -> None:
    text = statement_to_json(sample_statement())
    data = json.loads(text)
    assert data["format_version"] == FORMAT_VERSION
    assert "Pääkonttori" in text  # written as UTF-8, not escaped


def test_newer_format_version_is_refused() -> None:
    data = statement_to_dict(sample_statement())
    data["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(InvalidInput, match="newer Tender Helper") as caught:
        statement_from_dict(data)
    assert caught.value.field == "format_version"


def test_other_json_is_refused() -> None:
    with pytest.raises(InvalidInput, match="not a Tender Helper"):
        statement_from_json('{"hello": 1}')
    with pytest.raises(InvalidInput, match="line 1"):
        statement_from_json("{not json")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda s: s["b3"].update(electricity_kwh="lots"), "b3.electricity_kwh"),
        (lambda s: s["b8"].update(male=1.5), "b8.male"),
        (lambda s: s["b10"].update(adequate_wage=1), "b10.adequate_wage"),
        (lambda s: s["b3"]["fuels"][0].update(colour="red"), "b3.fuels[0]"),
        (lambda s: s["b3"]["fuels"][0].pop("quantity"), "b3.fuels[0]"),
        (lambda s: s.update(b5=[]), "b5"),
    ],
)
def test_wrong_types_name_the_field(change: object, field: str) -> None:
    data = statement_to_dict(sample_statement())
    change(data["statement"])  # type: ignore[operator]
    with pytest.raises(InvalidInput) as caught:
        statement_from_dict(data)
    assert caught.value.field == field
    assert field in str(caught.value)


def test_invalid_values_are_refused_after_parsing() -> None:
    data = statement_to_dict(sample_statement())
    data["statement"]["b10"]["collective_agreement_pct"] = 140
    with pytest.raises(InvalidStatement) as caught:
        statement_from_dict(data)
    assert caught.value.field == "b10.collective_agreement_pct"


def test_load_names_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"missing\.json"):
        load_statement(tmp_path / "missing.json")
    bad = tmp_path / "latin1.json"
    bad.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidInput, match=r"latin1\.json"):
        load_statement(bad)


def test_save_refuses_invalid_statement_and_leaves_old_file(tmp_path: Path) -> None:
    path = save_statement(sample_statement(), tmp_path / "s.json")
    before = path.read_text(encoding="utf-8")
    broken = sample_statement()
    broken.b6.water_withdrawal_m3 = -1
    with pytest.raises(InvalidStatement):
        save_statement(broken, path)
    assert path.read_text(encoding="utf-8") == before
