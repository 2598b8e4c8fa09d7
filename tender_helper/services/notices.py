"""Notice use cases: parse one file, import files/folders/packages into the cache, list and show."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput, TenderHelperError
from tender_helper.core.notice import Notice
from tender_helper.core.notice_changes import CANCELLED, CORRECTED, diff_notices, version_number
from tender_helper.i18n import translate
from tender_helper.services.matching import MatchingService
from tender_helper.sources.eforms_changes import change_info
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.sources.packages import NoticeSource
from tender_helper.storage.database import Database
from tender_helper.storage.notices_repo import NoticeFilter, NoticeListRow, NoticeRepository, StoredNotice

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]
BATCH = 200  # notices per transaction: one commit per batch keeps imports fast, a savepoint per notice keeps them whole

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


@dataclass
class ImportResult:
    """Counts of what an import did, and what it could not read (name and translated reason)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    new_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
    new_matches: dict[int, int] = field(default_factory=dict)  # company id -> matches that arrived
    read: int = 0  # notice files and package members read

    def count(self, outcome: str, row_id: int) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)
        if outcome == NEW:
            self.new_ids.append(row_id)
        elif outcome == UPDATED:
            self.updated_ids.append(row_id)


def _readable(source: NoticeSource, paths: Collection[Path], result: ImportResult) -> Iterator[tuple[str, bytes]]:
    """Every (name, XML) of every path; a path that cannot be read at all is a failure, the others go on."""
    for path in paths:
        try:
            yield from source.iter_path(path)
        except InvalidInput as error:
            result.failed.append((str(path), error.translated(translate)))


def parse_file(path: Path) -> Notice:
    """One notice XML to the normalised notice; raises InvalidNotice naming the file."""
    return parse_notice_xml(_read(path), name=path.name)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} cannot be read: {reason}"), name=str(path), reason=error.strerror or ""
        ) from error


def store_notice(
    repo: NoticeRepository, notice: Notice, xml: bytes | None, *, is_sample: bool = False
) -> tuple[str, int]:
    """Stores one notice: new, a newer version replacing the old, or a corrigendum applied to its notice."""
    existing = repo.find_id(notice.source, notice.source_id)
    if existing is not None:
        old = repo.get(existing).notice
        if version_number(notice.version) < version_number(old.version) or old == notice:
            return UNCHANGED, existing
        repo.save(notice, xml, row_id=existing)
        repo.record_change(existing, _stamped(diff_notices(old, notice), notice))
        return UPDATED, existing
    if notice.kind == "change" and xml is not None:
        applied = _apply_change(repo, notice, xml)
        if applied is not None:
            return applied
    return NEW, repo.save(notice, xml, is_sample=is_sample)


def _apply_change(repo: NoticeRepository, notice: Notice, xml: bytes) -> tuple[str, int] | None:
    info = change_info(xml, name=notice.source_id)
    target = repo.find_id(notice.source, info.changed_notice) if info and info.changed_notice else None
    if target is None and notice.procedure_id:
        target = repo.find_competition_for_procedure(notice.source, notice.procedure_id)
    if target is None:
        return None
    stored = repo.get(target)
    if any(change.get("by") == notice.source_id for change in stored.changes):
        return UNCHANGED, target
    old = stored.notice
    merged = dataclasses.replace(notice, source_id=old.source_id, form_type=old.form_type, notice_type=old.notice_type)
    cancels = bool(info and info.cancels)
    changes = diff_notices(old, merged)
    changes.append(
        {"kind": CANCELLED if cancels else CORRECTED, "descriptions": list(info.descriptions if info else ())}
    )
    repo.save(merged, xml, row_id=target)
    repo.record_change(target, _stamped(changes, notice), cancelled=cancels)
    return UPDATED, target


def _stamped(changes: list[dict[str, Any]], notice: Notice) -> list[dict[str, Any]]:
    published = notice.publication_date.isoformat() if notice.publication_date else None
    return [{**change, "by": notice.source_id, "version": notice.version, "published": published} for change in changes]


def store_batch(
    repo: NoticeRepository,
    batch: Sequence[tuple[str, bytes]],
    result: ImportResult,
    *,
    countries: Collection[str] | None = None,
    is_sample: bool = False,
) -> list[Notice]:
    """Parses and stores (name, XML) items in the repository's session, a savepoint per notice.

    A notice that cannot be parsed or stored is listed in `result.failed` and the rest still land;
    returns the notices stored (new, updated or unchanged).
    """
    parsed: list[tuple[Notice, bytes]] = []
    for name, data in batch:
        try:
            notice = parse_notice_xml(data, name=name)
        except TenderHelperError as error:
            result.failed.append((name, error.translated(translate)))
            continue
        if countries and (notice.buyer is None or notice.buyer.country not in countries):
            continue
        parsed.append((notice, data))
    stored: list[Notice] = []
    for notice, data in parsed:
        try:
            with repo.session.begin_nested():
                outcome, row_id = store_notice(repo, notice, data, is_sample=is_sample)
        except TenderHelperError as error:
            result.failed.append((notice.source_id, error.translated(translate)))
            continue
        result.count(outcome, row_id)
        stored.append(notice)
    return stored


class NoticeService:
    """The notice cache as the GUI and CLI use it."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def import_paths(
        self,
        paths: Collection[Path],
        *,
        countries: Collection[str] | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ImportResult:
        """Imports XML files, folders and TED packages; a bad notice is reported and the rest still land."""
        source = NoticeSource(countries=set(countries) if countries else None)
        result = ImportResult()
        batch: list[tuple[str, bytes]] = []
        for number, item in enumerate(_readable(source, paths, result), start=1):
            batch.append(item)
            result.read = number
            if progress:
                progress(number, 0, item[0])
            if len(batch) >= BATCH:
                self._store_batch(batch, result, countries)
                batch = []
            if cancelled and cancelled():
                result.cancelled = True
                break
        if batch:
            self._store_batch(batch, result, countries)
        result.skipped.extend((skip.name, skip.reason) for skip in source.skipped)
        # Analyse what landed into the matching index and score it for every company (new matches).
        result.new_matches = MatchingService(self.database).index_notices([*result.new_ids, *result.updated_ids])
        return result

    def _store_batch(
        self, batch: list[tuple[str, bytes]], result: ImportResult, countries: Collection[str] | None
    ) -> None:
        with self.database.session() as session:
            store_batch(NoticeRepository(session), batch, result, countries=countries)

    def list(
        self,
        wanted: NoticeFilter,
        *,
        offset: int = 0,
        limit: int = 200,
        sort: str = "deadline",
        descending: bool = False,
    ) -> list[NoticeListRow]:
        with self.database.session() as session:
            return NoticeRepository(session).list_rows(
                wanted, offset=offset, limit=limit, sort=sort, descending=descending
            )

    def count(self, wanted: NoticeFilter) -> int:
        with self.database.session() as session:
            return NoticeRepository(session).count(wanted)

    def get(self, row_id: int) -> StoredNotice:
        with self.database.session() as session:
            return NoticeRepository(session).get(row_id)

    def find(self, reference: str) -> StoredNotice:
        with self.database.session() as session:
            return NoticeRepository(session).find(reference)

    def remove_samples(self) -> int:
        with self.database.session() as session:
            return NoticeRepository(session).delete_samples()

    def sample_count(self) -> int:
        with self.database.session() as session:
            return NoticeRepository(session).sample_count()
