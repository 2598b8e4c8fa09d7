"""The bundled checklist templates load cleanly; broken template files are reported and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender_helper.checklists.templates import (
    CATEGORIES,
    LANGUAGES,
    LocalizedText,
    load_templates,
    normalize_language,
)
from tender_helper.core.code_lists import PROCEDURE_TYPE, codes
from tender_helper.core.document_types import DOCUMENT_TYPE_IDS
from tender_helper.resource_files import resource

GOOD = """
id = "good"
version = 1
scope = "general"

[[items]]
id = "good.one"
category = "decide"
documents = ["reference"]
due = { anchor = "tender_deadline", offset_days = -3 }
title = { fi = "Yksi", sv = "Ett", nb = "Én", en = "One" }
help = { fi = "Ohje", sv = "Hjälp", nb = "Hjelp", en = "Help" }
"""


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_all_bundled_templates_load_without_problems() -> None:
    templates = load_templates()
    assert templates.problems == ()
    ids = {t.id for t in templates.templates}
    assert {"general", "country-fi", "country-se", "country-no"} <= ids
    assert {"procedure-open", "procedure-restricted", "procedure-neg-w-call", "procedure-comp-dial"} <= ids
    assert {"procedure-innovation", "procedure-below-threshold"} <= ids


def test_bundled_items_are_complete_and_use_known_codes() -> None:
    templates = load_templates()
    item_ids = [item.id for t in templates.templates for item in t.items]
    assert len(item_ids) == len(set(item_ids))
    procedures = set(codes(PROCEDURE_TYPE))
    for template in templates.templates:
        assert template.applies_when.procedures <= procedures
        for item in template.items:
            assert item.category in CATEGORIES
            assert set(item.documents) <= DOCUMENT_TYPE_IDS
            assert all(item.title.texts[lang] and item.help.texts[lang] for lang in LANGUAGES)


def test_every_category_of_the_issue_is_covered() -> None:
    used = {item.category for t in load_templates().templates for item in t.items}
    assert used == set(CATEGORIES)


def test_legal_rules_name_their_source() -> None:
    items = {item.id: item for t in load_templates().templates for item in t.items}
    assert "12 kap. 11 §" in (items["se.questions"].source or "")
    assert "129 §" in (items["fi.standstill"].source or "")
    assert "20 kap. 1 §" in (items["se.standstill"].source or "")
    assert "§ 7-2" in (items["no.tax-certificate"].source or "")


def test_the_assessment_file_is_not_read_as_a_template() -> None:
    assert resource("checklists", "assessment.toml").is_file()
    assert load_templates().get("bid-no-bid") is None


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("missing-translation.toml", GOOD.replace('nb = "Én", ', ""), "missing translation 'nb'"),
        ("unknown-document.toml", GOOD.replace('"reference"', '"passport"'), "unknown document type 'passport'"),
        ("bad-syntax.toml", GOOD.replace("version = 1", "version = = 1"), "cannot be read as TOML"),
        ("unknown-anchor.toml", GOOD.replace('"tender_deadline"', '"someday"'), "unknown due anchor"),
        ("unknown-procedure.toml", GOOD + '\napplies_when = { procedure = "auction" }\n', "unknown code 'auction'"),
        ("unknown-category.toml", GOOD.replace('"decide"', '"misc"'), "unknown category 'misc'"),
    ],
)
def test_a_broken_template_is_named_and_the_rest_still_load(tmp_path: Path, name: str, text: str, message: str) -> None:
    _write(tmp_path, "a-good.toml", GOOD)
    _write(tmp_path, name, text.replace('"good"', '"broken"').replace("good.one", "broken.one"))
    result = load_templates(tmp_path)
    assert [t.id for t in result.templates] == ["good"]
    assert len(result.problems) == 1
    assert result.problems[0].file == name
    assert message in result.problems[0].message
    assert name in str(result.problems[0])


def test_a_duplicate_item_id_within_a_file_is_reported(tmp_path: Path) -> None:
    item = GOOD[GOOD.index("[[items]]") :]
    _write(tmp_path, "twice.toml", GOOD + item)
    result = load_templates(tmp_path)
    assert result.templates == ()
    assert result.problems[0].file == "twice.toml"
    assert "duplicate item id 'good.one'" in result.problems[0].message


def test_an_item_id_reused_in_another_file_skips_the_later_file(tmp_path: Path) -> None:
    _write(tmp_path, "a.toml", GOOD)
    _write(tmp_path, "b.toml", GOOD.replace('id = "good"', 'id = "other"'))
    result = load_templates(tmp_path)
    assert [t.id for t in result.templates] == ["good"]
    assert result.problems[0].file == "b.toml"
    assert "also used in a.toml" in result.problems[0].message


def test_a_missing_folder_gives_no_templates(tmp_path: Path) -> None:
    assert load_templates(tmp_path / "nowhere").templates == ()


def test_texts_fall_back_to_english() -> None:
    text = LocalizedText({"en": "Hello", "fi": "Hei"})
    assert text.get("fi") == "Hei"
    assert text.get("fin") == "Hei"
    assert text.get("sv") == "Hello"
    assert text.get("de") == "Hello"
    assert normalize_language("nob") == "nb"
