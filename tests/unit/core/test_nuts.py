"""NUTS regions: the Nordic and Baltic tree and covering by prefix."""

from __future__ import annotations

import pytest

from tender_helper.core.errors import InvalidInput
from tender_helper.core.nuts import nuts_covers, nuts_regions


def test_countries_and_levels() -> None:
    regions = nuts_regions()
    assert set(regions.children(None)) == {"FI", "SE", "NO", "DK", "EE", "LV", "LT", "IS"}
    assert regions.label("FI1B") == "Helsinki-Uusimaa"
    assert regions.label("FI1C1") == "Varsinais-Suomi"
    region = regions.get("FI1C1")
    assert region is not None and region.level == 3
    assert "FI1C1" in regions.children("FI1C")
    assert regions.parent("FI1C1") == "FI1C"
    assert regions.parent("FI") is None
    assert "NO083" in regions  # NUTS 2024: Østfold


def test_covering_by_prefix() -> None:
    assert nuts_covers("FI1C", "FI1C1")
    assert nuts_covers("FI", "FI1C1")
    assert not nuts_covers("FI1C1", "FI1C")
    assert not nuts_covers("SE", "FI1C1")


def test_require_and_search() -> None:
    regions = nuts_regions()
    assert regions.require(" fi1b ") == "FI1B"
    with pytest.raises(InvalidInput):
        regions.require("FI9X")
    assert "FI1B" in [r.code for r in regions.search("uusimaa")]
