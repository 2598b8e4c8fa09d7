"""Notice use cases: parse one file, import files/folders/packages into the cache, list and show."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from tender_helper.core.errors import QT_TRANSLATE_NOOP, InvalidInput, TenderHelperError
from tender_helper.core.notice import Notice
from tender_helper.core.notice_changes import CANCELLED, CORRECTED, diff_notices, version_number
from tender_helper.i18n import translate
from tender_helper.services.ingest_pool import ParsePool, chunked
from tender_helper.services.matching import MatchingService
from tender_helper.sources.eforms_changes import change_info
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.sources.packages import NoticeSource
from tender_helper.storage.database import Database
from tender_helper.storage.notice_values import PreparedNotice
from tender_helper.storage.notices_repo import NoticeFilter, NoticeListRow, NoticeRepository, StoredNotice

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]
BATCH = 200  # notices per transaction: one commit per batch keeps imports fast
POOL_FROM = BATCH  # imports with more notices than this parse in worker processes; smaller ones stay in this one

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


def _counted(
    items: Iterator[tuple[str, bytes]], result: ImportResult, progress: Progress | None, cancelled: CancelCheck | None
) -> Iterator[tuple[str, bytes]]:
    """The items, counted and reported as they are read, until the user cancels (what was read is still stored)."""
    for number, item in enumerate(items, start=1):
        result.read = number
        if progress:
            progress(number, 0, item[0])
        yield item
        if cancelled and cancelled():
            result.cancelled = True
            return


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
    return _store(repo, notice, xml, repo.find_id(notice.source, notice.source_id), is_sample=is_sample)


def _store(
    repo: NoticeRepository, notice: Notice, xml: bytes | None, existing: int | None, *, is_sample: bool
) -> tuple[str, int]:
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
    """Parses and stores (name, XML) items in the repository's session.

    A notice that cannot be parsed or stored is listed in `result.failed` and the rest still land;
    returns the notices stored (new, updated or unchanged).
    """
    parsed: list[PreparedNotice] = []
    for name, data in batch:
        try:
            notice = parse_notice_xml(data, name=name)
        except TenderHelperError as error:
            result.failed.append((name, error.translated(translate)))
            continue
        if _wanted(notice, countries):
            parsed.append(PreparedNotice(notice, data))
    return store_prepared(repo, parsed, result, is_sample=is_sample)


def _wanted(notice: Notice, countries: Collection[str] | None) -> bool:
    return not countries or (notice.buyer is not None and notice.buyer.country in countries)


def store_prepared(
    repo: NoticeRepository, items: Sequence[PreparedNotice], result: ImportResult, *, is_sample: bool = False
) -> list[Notice]:
    """Stores parsed notices in order, as `store_batch` does; each notice whole or not at all.

    Notices not in the cache yet are inserted together, a few statements for all of them. A savepoint per
    notice is only spent where it is needed: a notice already stored (a new version?), a change notice
    (its notice may be stored), a second copy within the items, or a group insert that failed.
    """
    writer = _BatchWriter(repo, result, is_sample)
    writer.known = repo.existing_ids({(item.notice.source, item.notice.source_id) for item in items})
    for item in items:
        key = (item.notice.source, item.notice.source_id)
        if key in writer.known or key in writer.fresh or (item.notice.kind == "change" and item.xml is not None):
            writer.flush()  # what came before is stored first: the order of the items is the order of storing
            writer.store_one(item, writer.known.get(key))
        else:
            writer.fresh[key] = item
    writer.flush()
    return writer.stored


class _BatchWriter:
    """Groups notices new to the cache into one insert; stores the others one by one, each in a savepoint."""

    def __init__(self, repo: NoticeRepository, result: ImportResult, is_sample: bool) -> None:
        self.repo, self.result, self.is_sample = repo, result, is_sample
        self.known: dict[tuple[str, str], int] = {}
        self.fresh: dict[tuple[str, str], PreparedNotice] = {}
        self.stored: list[Notice] = []

    def flush(self) -> None:
        items, self.fresh = list(self.fresh.values()), {}
        if not items:
            return
        try:
            with self.repo.session.begin_nested():
                ids = self.repo.insert_many(items, is_sample=self.is_sample)
        except (TenderHelperError, SQLAlchemyError):
            # One of them cannot be stored: one by one, to name it and keep the others.
            for item in items:
                self.store_one(item, None)
            return
        for item, row_id in zip(items, ids, strict=True):
            self._stored(item.notice, NEW, row_id)

    def store_one(self, item: PreparedNotice, existing: int | None) -> None:
        notice = item.notice
        try:
            with self.repo.session.begin_nested():
                outcome, row_id = _store(self.repo, notice, item.xml, existing, is_sample=self.is_sample)
        except TenderHelperError as error:
            self.result.failed.append((notice.source_id, error.translated(translate)))
            return
        self._stored(notice, outcome, row_id)

    def _stored(self, notice: Notice, outcome: str, row_id: int) -> None:
        self.result.count(outcome, row_id)
        self.stored.append(notice)
        if outcome == NEW:
            self.known[(notice.source, notice.source_id)] = row_id  # a second copy later in the items


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
        items = _counted(_readable(source, paths, result), result, progress, cancelled)
        head = list(islice(items, POOL_FROM + 1))
        if len(head) > POOL_FROM:  # a package or a large folder: parse in worker processes while storing here
            self._import_in_pool(chain(head, items), result, countries)
        else:
            for start in range(0, len(head), BATCH):
                self._store_batch(head[start : start + BATCH], result, countries)
        result.skipped.extend((skip.name, skip.reason) for skip in source.skipped)
        # Analyse what landed into the matching index and score it for every company (new matches).
        result.new_matches = MatchingService(self.database).index_notices([*result.new_ids, *result.updated_ids])
        return result

    def _import_in_pool(
        self, items: Iterator[tuple[str, bytes]], result: ImportResult, countries: Collection[str] | None
    ) -> None:
        batch: list[PreparedNotice] = []
        with ParsePool() as pool:
            for chunk, parsed in pool.parse(chunked(items)):
                for (name, xml), one in zip(chunk, parsed, strict=True):
                    try:
                        item = one.prepared(xml)
                    except TenderHelperError as error:
                        result.failed.append((name, error.translated(translate)))
                        continue
                    if _wanted(item.notice, countries):
                        batch.append(item)
                if len(batch) >= BATCH:
                    self._store_prepared(batch, result)
                    batch = []
        self._store_prepared(batch, result)

    def _store_batch(
        self, batch: list[tuple[str, bytes]], result: ImportResult, countries: Collection[str] | None
    ) -> None:
        with self.database.session() as session:
            store_batch(NoticeRepository(session), batch, result, countries=countries)

    def _store_prepared(self, batch: list[PreparedNotice], result: ImportResult) -> None:
        if batch:
            with self.database.session() as session:
                store_prepared(NoticeRepository(session), batch, result)

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
