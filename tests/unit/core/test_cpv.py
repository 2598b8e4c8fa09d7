"""The CPV vocabulary: all 9,454 codes with five languages, hierarchy, covering and search."""

from __future__ import annotations

import pytest

from tender_helper.core.cpv import cpv_covers, cpv_vocabulary, fold, normalise_cpv, significant_prefix
from tender_helper.core.errors import InvalidInput


def test_full_list_with_five_languages() -> None:
    vocabulary = cpv_vocabulary()
    assert len(vocabulary) == 9454
    entry = vocabulary.get("72000000")
    assert entry is not None
    assert entry.label("eng").startswith("IT services")
    assert entry.label("fin").startswith("Tietotekniset palvelut")
    assert entry.label("swe").startswith("IT-tjänster")
    assert entry.label("dan")
    assert entry.label("nob")
    assert all(entry.labels["eng"] and entry.labels["fin"] and entry.labels["nob"] for entry in vocabulary)


@pytest.mark.parametrize(
    ("code", "prefix"), [("72000000", "72"), ("90910000", "9091"), ("90911200", "909112"), ("03111100", "031111")]
)
def test_significant_prefix(code: str, prefix: str) -> None:
    assert significant_prefix(code) == prefix


def test_covering_follows_the_hierarchy() -> None:
    assert cpv_covers("90910000", "90911200")
    assert cpv_covers("72000000", "72212000")
    assert cpv_covers("90911200", "90911200")
    assert not cpv_covers("90911200", "90910000")
    assert not cpv_covers("72000000", "71000000")


def test_parent_children_and_ancestors() -> None:
    vocabulary = cpv_vocabulary()
    assert vocabulary.parent("90911200") == "90911000"
    assert vocabulary.ancestors("90911200") == ["90911000", "90910000", "90900000", "90000000"]
    assert vocabulary.parent("45000000") is None
    assert "90911200" in vocabulary.children("90911000")
    divisions = vocabulary.children(None)
    assert "03000000" in divisions and "72000000" in divisions
    assert all(code.endswith("000000") for code in divisions)


def test_every_code_has_a_reachable_parent_chain() -> None:
    vocabulary = cpv_vocabulary()
    reached = set()
    pending = [None]
    while pending:
        node = pending.pop()
        for child in vocabulary.children(node):
            reached.add(child)
            pending.append(child)
    assert len(reached) == len(vocabulary)


def test_search_in_finnish_swedish_norwegian_and_by_code() -> None:
    vocabulary = cpv_vocabulary()
    assert "90910000" in [e.code for e in vocabulary.search("siivous")]
    assert "90910000" in [e.code for e in vocabulary.search("städning")]
    assert "90910000" in [e.code for e in vocabulary.search("rengjøring")]
    assert "72212000" in [e.code for e in vocabulary.search("ohjelmisto")]
    assert vocabulary.search("9091")[0].code == "90910000"
    assert vocabulary.search("   ") == []
    assert vocabulary.search("xyzzyqq") == []


def test_search_folds_accents() -> None:
    assert fold("Städning Ø") == "stadning o"
    codes = [e.code for e in cpv_vocabulary().search("stadning")]
    assert "90910000" in codes


def test_normalise_and_require() -> None:
    assert normalise_cpv("72000000-5") == "72000000"
    with pytest.raises(InvalidInput):
        normalise_cpv("7200")
    with pytest.raises(InvalidInput, match="not in the official CPV list"):
        cpv_vocabulary().require("99999999")
