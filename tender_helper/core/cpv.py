"""The CPV 2008 vocabulary: labels in five languages, the code hierarchy and text search."""

from __future__ import annotations

import csv
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput
from tender_helper.resource_files import open_resource

LABEL_LANGS = ("eng", "fin", "swe", "dan", "nob")


@dataclass(frozen=True, slots=True)
class CpvEntry:
    """One CPV code (8 digits, no check digit) with its labels keyed by ISO 639-3 language."""

    code: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("eng", "")


def normalise_cpv(text: str) -> str:
    """Turns '72000000-5', ' 72000000 ' or '72000000' into '72000000'; raises on anything else."""
    raw = text.strip()
    code = raw.split("-", 1)[0]
    if len(code) != 8 or not code.isdigit():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "'{value}' is not a CPV code: it needs 8 digits, like 72000000."),
            field="cpv",
            value=raw,
        )
    return code


def significant_prefix(code: str) -> str:
    """The leading digits that carry meaning: 72000000 -> '72', 90910000 -> '9091' (at least two)."""
    stripped = code.rstrip("0")
    return code[: max(2, len(stripped))]


def cpv_covers(parent: str, child: str) -> bool:
    """True when `child` is `parent` or lies below it in the CPV tree."""
    return child.startswith(significant_prefix(parent))


def fold(text: str) -> str:
    """Lower-cases and strips accents so that 'Äänentoisto' matches 'aanentoisto' (å, ä, ö, ø, æ fold)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ø", "o").replace("æ", "ae"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CpvVocabulary:
    """Lookups, parents, children and search over the 9,454 CPV codes."""

    def __init__(self, entries: Iterable[CpvEntry]) -> None:
        self._entries: dict[str, CpvEntry] = {entry.code: entry for entry in entries}
        self._children: dict[str | None, list[str]] = {}
        for code in self._entries:
            self._children.setdefault(self.parent(code), []).append(code)
        self._folded: list[tuple[str, str]] | None = None  # labels folded for search(): see prepare_search
        self._fold_lock = threading.Lock()

    def prepare_search(self) -> list[tuple[str, str]]:
        """Every code with its labels folded for search(): a quarter of a second, so done on the first search
        (or ahead of it, on a worker) rather than whenever the list is read."""
        with self._fold_lock:
            if self._folded is None:
                self._folded = [
                    (code, " | ".join(fold(label) for label in entry.labels.values() if label))
                    for code, entry in self._entries.items()
                ]
            return self._folded

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __iter__(self) -> Iterator[CpvEntry]:
        return iter(self._entries.values())

    def get(self, code: str) -> CpvEntry | None:
        return self._entries.get(code)

    def require(self, text: str) -> str:
        """Normalises `text` and checks that the code exists; raises InvalidInput otherwise."""
        code = normalise_cpv(text)
        if code not in self._entries:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "CPV code {value} is not in the official CPV list."),
                field="cpv",
                value=code,
            )
        return code

    def label(self, code: str, lang: str = "eng") -> str:
        entry = self._entries.get(code)
        return entry.label(lang) if entry else ""

    def parent(self, code: str) -> str | None:
        """The nearest existing code above `code`, or None for a division (XX000000)."""
        prefix = significant_prefix(code)
        while len(prefix) > 2:
            prefix = prefix[:-1]
            candidate = prefix.ljust(8, "0")
            if candidate in self._entries:
                return candidate
        return None

    def children(self, code: str | None) -> list[str]:
        """Codes directly below `code`; `None` gives the divisions."""
        return list(self._children.get(code, ()))

    def ancestors(self, code: str) -> list[str]:
        chain = []
        current = self.parent(code)
        while current is not None:
            chain.append(current)
            current = self.parent(current)
        return chain

    def search(self, text: str, limit: int = 200) -> list[CpvEntry]:
        """Codes whose code starts with `text` or whose labels (any language) contain every word of it."""
        query = text.strip()
        if not query:
            return []
        if query.replace("-", "").isdigit():
            digits = query.split("-", 1)[0]
            return [entry for code, entry in self._entries.items() if code.startswith(digits)][:limit]
        words = fold(query).split()
        folded = self.prepare_search()
        hits = [self._entries[code] for code, labels in folded if all(word in labels for word in words)]
        hits.sort(key=lambda entry: (len(significant_prefix(entry.code)), entry.code))
        return hits[:limit]


_LOAD_LOCK = threading.Lock()


def cpv_vocabulary() -> CpvVocabulary:
    """The bundled CPV list, loaded once; a second thread asking meanwhile waits instead of loading it again."""
    with _LOAD_LOCK:
        return _load_vocabulary()


def searchable_cpv_vocabulary() -> CpvVocabulary:
    """The CPV list with its labels folded for search: what a worker reads ahead of a picker."""
    vocabulary = cpv_vocabulary()
    vocabulary.prepare_search()
    return vocabulary


@cache
def _load_vocabulary() -> CpvVocabulary:
    with open_resource("codelists", "cpv.tsv") as handle:
        reader = csv.reader(handle, delimiter="\t")  # plain rows: twice as fast as a DictReader here
        header = next(reader)
        columns = [(lang, header.index(lang)) for lang in LABEL_LANGS]
        entries = [CpvEntry(row[0], {lang: row[column] for lang, column in columns}) for row in reader]
    return CpvVocabulary(entries)
