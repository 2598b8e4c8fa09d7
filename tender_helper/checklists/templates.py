"""Checklist templates (TOML under resources/checklists/): typed model, loader and validation."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from tender_helper.core.code_lists import CONTRACT_NATURE, PROCEDURE_TYPE, codes
from tender_helper.core.document_types import DOCUMENT_TYPE_IDS
from tender_helper.resource_files import resource

LANGUAGES = ("fi", "sv", "nb", "en")
FALLBACK_LANGUAGE = "en"
CATEGORIES = (
    "decide",
    "documents",
    "qualification",
    "espd",
    "award",
    "price",
    "sustainability",
    "signature",
    "submission",
    "after",
)
SCOPES = ("general", "country", "procedure")
# Points of the bid timeline a due date can hang on; computed in deadlines.py.
ANCHORS = (
    "first_deadline",
    "participation_deadline",
    "tender_deadline",
    "question_cutoff",
    "answers_due",
    "internal_question_deadline",
    "award_decision",
    "standstill_end",
)
THRESHOLDS = ("above", "below")
LOT_CONDITIONS = ("single", "multiple")
ASSESSMENT_FILE = "assessment.toml"
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# ISO 639-3 keys used in notices, mapped to the template languages.
_LANGUAGE_ALIASES = {"fin": "fi", "swe": "sv", "nob": "nb", "nor": "nb", "no": "nb", "eng": "en"}


def normalize_language(lang: str) -> str:
    """`lang` as one of LANGUAGES (accepts ISO 639-3 keys such as "fin"); unknown languages become English."""
    key = lang.strip().lower()
    key = _LANGUAGE_ALIASES.get(key, key)
    return key if key in LANGUAGES else FALLBACK_LANGUAGE


@dataclass(frozen=True)
class LocalizedText:
    """One text in the template languages."""

    texts: Mapping[str, str]

    def get(self, lang: str) -> str:
        """The text in `lang`, else English, else any language present."""
        key = normalize_language(lang)
        return self.texts.get(key) or self.texts.get(FALLBACK_LANGUAGE) or next(iter(self.texts.values()), "")


@dataclass(frozen=True)
class DueRule:
    """Due `offset_days` (negative: before) from a timeline anchor."""

    anchor: str
    offset_days: int = 0


@dataclass(frozen=True)
class Conditions:
    """When a template or an item applies; an empty set or None means "any"."""

    countries: frozenset[str] = frozenset()
    procedures: frozenset[str] = frozenset()
    natures: frozenset[str] = frozenset()
    threshold: str | None = None
    lots: str | None = None

    def matches(
        self, *, country: str, procedure: str | None, nature: str | None, above_threshold: bool | None, lot_count: int
    ) -> bool:
        """True when the bid fits. An unknown nature or threshold (None) never excludes, so no step is dropped by
        guessing; an unknown procedure does exclude procedure-specific steps, which contradict each other."""
        if self.countries and country.upper() not in self.countries:
            return False
        if self.procedures and procedure not in self.procedures:
            return False
        if self.natures and nature is not None and nature not in self.natures:
            return False
        if (
            self.threshold is not None
            and above_threshold is not None
            and (self.threshold == "above") != above_threshold
        ):
            return False
        if self.lots == "multiple" and lot_count < 2:
            return False
        return not (self.lots == "single" and lot_count > 1)


@dataclass(frozen=True)
class TemplateItem:
    id: str
    category: str
    title: LocalizedText
    help: LocalizedText
    documents: tuple[str, ...] = ()
    due: DueRule | None = None
    applies_when: Conditions = field(default_factory=Conditions)
    source: str | None = None


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    version: int
    scope: str
    file: str
    title: LocalizedText
    applies_when: Conditions
    items: tuple[TemplateItem, ...]


@dataclass(frozen=True)
class TemplateProblem:
    """A template file that could not be used, and why (English, for the log and the user)."""

    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass(frozen=True)
class TemplateSet:
    templates: tuple[ChecklistTemplate, ...]
    problems: tuple[TemplateProblem, ...] = ()

    def get(self, template_id: str) -> ChecklistTemplate | None:
        return next((t for t in self.templates if t.id == template_id), None)


class _Invalid(Exception):
    """Raised inside the parser; becomes a TemplateProblem for the file."""


def load_templates(directory: Traversable | Path | None = None) -> TemplateSet:
    """Every *.toml checklist template in `directory` (default: the bundled one).

    A file with any error is reported as a TemplateProblem and skipped as a whole; the others load.
    Item ids must be unique across all files; a later file (by name) that reuses an id is skipped.
    """
    folder: Traversable | Path = directory if directory is not None else resource("checklists")
    templates: list[ChecklistTemplate] = []
    problems: list[TemplateProblem] = []
    seen_items: dict[str, str] = {}
    seen_templates: dict[str, str] = {}
    for entry in _toml_files(folder):
        template, problem = _load_one(entry)
        if problem is None and template is not None:
            problem = _check_unique(template, seen_templates, seen_items)
        if problem is not None:
            problems.append(problem)
            continue
        assert template is not None
        seen_templates[template.id] = template.file
        seen_items.update((item.id, template.file) for item in template.items)
        templates.append(template)
    return TemplateSet(tuple(templates), tuple(problems))


def _toml_files(folder: Traversable | Path) -> list[Traversable | Path]:
    if not folder.is_dir():
        return []
    entries = [e for e in folder.iterdir() if e.name.endswith(".toml") and e.name != ASSESSMENT_FILE]
    return sorted(entries, key=lambda e: e.name)


def _load_one(entry: Traversable | Path) -> tuple[ChecklistTemplate | None, TemplateProblem | None]:
    try:
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        return None, TemplateProblem(entry.name, f"cannot be read as TOML: {exc}")
    try:
        return parse_template(data, entry.name), None
    except _Invalid as exc:
        return None, TemplateProblem(entry.name, str(exc))


def _check_unique(
    template: ChecklistTemplate, seen_templates: Mapping[str, str], seen_items: Mapping[str, str]
) -> TemplateProblem | None:
    if template.id in seen_templates:
        return TemplateProblem(
            template.file, f"template id {template.id!r} is also used in {seen_templates[template.id]}"
        )
    for item in template.items:
        if item.id in seen_items:
            return TemplateProblem(template.file, f"item id {item.id!r} is also used in {seen_items[item.id]}")
    return None


def parse_template(data: Mapping[str, Any], file: str) -> ChecklistTemplate:
    """One template from its parsed TOML; raises a private error with the first problem found."""
    template_id = _identifier(data.get("id"), "template id")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Invalid("version must be a positive integer")
    scope = data.get("scope")
    if scope not in SCOPES:
        raise _Invalid(f"scope must be one of {', '.join(SCOPES)}, not {scope!r}")
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise _Invalid("a template needs at least one [[items]] entry")
    items = tuple(_parse_item(raw, index) for index, raw in enumerate(raw_items, start=1))
    duplicates = _duplicates(item.id for item in items)
    if duplicates:
        raise _Invalid(f"duplicate item id {duplicates[0]!r}")
    title = _texts(data.get("title"), "title") if "title" in data else LocalizedText({"en": template_id})
    applies = _conditions(data.get("applies_when", {}), "template applies_when")
    return ChecklistTemplate(template_id, version, str(scope), file, title, applies, items)


def _parse_item(raw: Any, index: int) -> TemplateItem:
    if not isinstance(raw, Mapping):
        raise _Invalid(f"item {index} is not a table")
    item_id = _identifier(raw.get("id"), f"item {index} id")
    where = f"item {item_id!r}"
    category = raw.get("category")
    if category not in CATEGORIES:
        raise _Invalid(f"{where}: unknown category {category!r}")
    documents = raw.get("documents", [])
    if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
        raise _Invalid(f"{where}: documents must be a list of document type ids")
    unknown = [d for d in documents if d not in DOCUMENT_TYPE_IDS]
    if unknown:
        raise _Invalid(f"{where}: unknown document type {unknown[0]!r}")
    source = raw.get("source")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise _Invalid(f"{where}: source must be a non-empty string")
    return TemplateItem(
        id=item_id,
        category=str(category),
        title=_texts(raw.get("title"), f"{where} title"),
        help=_texts(raw.get("help"), f"{where} help"),
        documents=tuple(documents),
        due=_due(raw.get("due"), where),
        applies_when=_conditions(raw.get("applies_when", {}), f"{where} applies_when"),
        source=source,
    )


def _identifier(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise _Invalid(f"{what} must be lower-case letters, digits, '-', '_' or '.', not {value!r}")
    return value


def _texts(value: Any, what: str) -> LocalizedText:
    if not isinstance(value, Mapping):
        raise _Invalid(f"{what}: needs texts in {', '.join(LANGUAGES)}")
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise _Invalid(f"{what}: missing translation {lang!r}")
    extra = sorted(set(value) - set(LANGUAGES))
    if extra:
        raise _Invalid(f"{what}: unknown language {extra[0]!r}")
    return LocalizedText({lang: " ".join(str(value[lang]).split()) for lang in LANGUAGES})


def _due(value: Any, where: str) -> DueRule | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _Invalid(f"{where}: due must be a table such as {{ anchor = 'tender_deadline', offset_days = -3 }}")
    anchor = value.get("anchor")
    if anchor not in ANCHORS:
        raise _Invalid(f"{where}: unknown due anchor {anchor!r}")
    offset = value.get("offset_days", 0)
    if not isinstance(offset, int) or isinstance(offset, bool):
        raise _Invalid(f"{where}: offset_days must be a whole number of days")
    return DueRule(str(anchor), offset)


def _conditions(value: Any, what: str) -> Conditions:
    if not isinstance(value, Mapping):
        raise _Invalid(f"{what} must be a table")
    known = {"country", "procedure", "contract_nature", "threshold", "lots"}
    extra = sorted(set(value) - known)
    if extra:
        raise _Invalid(f"{what}: unknown condition {extra[0]!r}")
    countries = _code_set(value.get("country"), f"{what} country", None)
    if any(not _COUNTRY.match(c) for c in countries):
        raise _Invalid(f"{what}: countries are ISO 3166-1 alpha-2 codes in capitals, such as 'FI'")
    threshold = value.get("threshold")
    if threshold is not None and threshold not in THRESHOLDS:
        raise _Invalid(f"{what}: threshold must be 'above' or 'below'")
    lots = value.get("lots")
    if lots is not None and lots not in LOT_CONDITIONS:
        raise _Invalid(f"{what}: lots must be 'single' or 'multiple'")
    return Conditions(
        countries=countries,
        procedures=_code_set(value.get("procedure"), f"{what} procedure", set(codes(PROCEDURE_TYPE))),
        natures=_code_set(value.get("contract_nature"), f"{what} contract_nature", set(codes(CONTRACT_NATURE))),
        threshold=threshold,
        lots=lots,
    )


def _code_set(value: Any, what: str, allowed: set[str] | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _Invalid(f"{what} must be a code or a list of codes")
    if allowed is not None:
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise _Invalid(f"{what}: unknown code {unknown[0]!r}")
    return frozenset(values)


def _duplicates(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    dupes: list[str] = []
    for item_id in ids:
        if item_id in seen:
            dupes.append(item_id)
        seen.add(item_id)
    return dupes
