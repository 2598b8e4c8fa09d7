"""The `documents` section: chosen company documents with their version history, blobs written to the vault first.

Documents have no uuid; a version is known by (type id, SHA-256) within the company, and a chain of versions by
any version it shares with the package. Versions carry no edit time, so differing metadata of a version both sides
hold is always asked about. A package whose chain ends in a version the local chain does not follow (the local
side added its own newer version) is a conflict too: taking the package's appends its newer versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.handoff.errors import PackageDamaged
from tender_helper.handoff.merge import Action, Change, Conflict, Resolution, decide
from tender_helper.handoff.sections import ExportContext, ImportContext
from tender_helper.services.documents import check_fields
from tender_helper.storage.vault_models import DocumentRow
from tender_helper.storage.vault_repo import Document, DocumentFields, DocumentRepository

SECTION = "documents"
Key = tuple[str, str]  # (type id, sha256)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def version_json(document: Document) -> dict[str, Any]:
    return {
        "type_id": document.type_id,
        "sha256": document.sha256,
        "size": document.size,
        "title": document.title,
        "original_name": document.original_name,
        "issued": _day(document.issued),
        "valid_until": _day(document.valid_until),
        "notes": document.notes,
        "version": document.version,
        "added_at": document.added_at.isoformat(),
    }


def _compared(data: dict[str, Any]) -> dict[str, Any]:
    """What a user edits about a version (its file and place in the history are its identity)."""
    return {name: data.get(name) for name in ("title", "issued", "valid_until", "notes")}


def _key(data: dict[str, Any]) -> Key:
    return str(data["type_id"]), str(data["sha256"])


def _label_key(key: Key) -> str:
    return f"{key[0]}:{key[1][:12]}"


def _fields(data: dict[str, Any]) -> DocumentFields:
    issued, until = data.get("issued"), data.get("valid_until")
    fields = DocumentFields(
        type_id=str(data["type_id"]),
        title=str(data["title"]),
        issued=date.fromisoformat(issued) if issued else None,
        valid_until=date.fromisoformat(until) if until else None,
        notes=str(data.get("notes", "")),
    )
    return check_fields(fields)


def _damaged(reason: str) -> PackageDamaged:
    return PackageDamaged(
        QT_TRANSLATE_NOOP("Errors", "The package is not usable ({reason}). Nothing was imported."), reason=reason
    )


def _store_blob(ctx: ImportContext, sha256: str, name: str) -> None:
    """Writes the version's file into the vault, re-hashed as it is written, before any row refers to it."""
    if ctx.dry_run or (ctx.vault.contains(sha256) and ctx.vault.verify([(sha256, name)]).all_ok):
        ctx.store_blob(sha256, name)  # counts a blob a preview would add; a verified local copy is kept
        return
    stored = ctx.vault.add_bytes(ctx.package.blob(sha256), name)  # also repairs a damaged local copy
    if stored.sha256 != sha256:
        raise _damaged(f"blob {sha256[:12]}… does not match its checksum")
    if stored.added:
        ctx.report.blobs_added += 1


@dataclass
class _Chain:
    """The local versions of one document, oldest first."""

    versions: list[Document]

    def find(self, key: Key) -> Document | None:
        return next((doc for doc in self.versions if (doc.type_id, doc.sha256) == key), None)

    @property
    def current(self) -> Document:
        return self.versions[-1]


class DocumentsSection:
    name = SECTION
    version = 1

    def export(self, ctx: ExportContext) -> Any:
        repo = DocumentRepository(ctx.session)
        chosen = ctx.options.documents
        starts = [doc.id for doc in repo.current(ctx.company_id)] if chosen is None else sorted(chosen)
        chains: list[list[Document]] = []
        seen: set[int] = set()
        for document_id in starts:
            document = repo.get(document_id)
            if document.company_id != ctx.company_id or document.id in seen:
                continue
            history = list(reversed(repo.history(document_id)))  # oldest first
            seen.update(doc.id for doc in history)
            chains.append(history)
        for history in chains:
            for doc in history:
                ctx.add_vault_blob(doc.sha256, doc.size, doc.title)
        return [{"versions": [version_json(doc) for doc in history]} for history in chains]

    def merge(self, ctx: ImportContext, data: Any) -> None:
        for chain in data:
            versions = list(chain["versions"])
            if not versions:
                continue
            for item in versions:
                if item["sha256"] not in ctx.package.manifest.blobs:
                    raise _damaged(f"the file of {item['title']} is not in the package")
            self._merge_chain(ctx, versions)

    def _merge_chain(self, ctx: ImportContext, incoming: list[dict[str, Any]]) -> None:
        repo = DocumentRepository(ctx.session)
        local = self._local_chain(ctx, repo, incoming)
        if local is None:
            previous: Document | None = None
            for item in incoming:
                previous = self._add_version(ctx, repo, item, previous, int(item["version"]))
            return
        matched = [i for i, item in enumerate(incoming) if local.find(_key(item)) is not None]
        for index in matched:
            self._merge_metadata(ctx, repo, local, incoming[index])
        newer = incoming[matched[-1] + 1 :]
        if not newer:
            return  # the local chain holds everything the package has (perhaps more)
        last_shared = local.find(_key(incoming[matched[-1]]))
        diverged = last_shared is not None and last_shared.id != local.current.id
        if diverged and not self._take(ctx, local, newer[-1]):
            return
        previous = local.current
        for item in newer:  # a taken conflict already stands for these versions in the report
            previous = self._add_version(ctx, repo, item, previous, previous.version + 1, record=not diverged)

    @staticmethod
    def _local_chain(ctx: ImportContext, repo: DocumentRepository, incoming: list[dict[str, Any]]) -> _Chain | None:
        keys = {_key(item) for item in incoming}
        company_id = ctx.require_company()
        for held in repo.all_versions(company_id):
            doc = held.document
            if (doc.type_id, doc.sha256) in keys:
                return _Chain(list(reversed(repo.history(doc.id))))
        return None

    def _merge_metadata(
        self, ctx: ImportContext, repo: DocumentRepository, local: _Chain, item: dict[str, Any]
    ) -> None:
        held = local.find(_key(item))
        assert held is not None
        key = _label_key(_key(item))
        change = ctx.record(
            decide(SECTION, key, str(item["title"]), _compared(version_json(held)), _compared(item), ctx.choose)
        )
        if change.writes:
            repo.update(held.id, _fields(item))

    def _take(self, ctx: ImportContext, local: _Chain, newest: dict[str, Any]) -> bool:
        """Asks whether the package's newer versions go after a local version the package does not have."""
        mine = version_json(local.current)
        key = _label_key(_key(newest))
        conflict = Conflict(SECTION, key, str(newest["title"]), ("sha256",), None, None, mine, newest)
        taken = ctx.choose(conflict) is Resolution.TAKE_PACKAGE
        action = Action.REPLACED if taken else Action.KEPT_LOCAL
        ctx.record(Change(SECTION, key, str(newest["title"]), action, ("sha256",), conflict))
        return taken

    def _add_version(
        self,
        ctx: ImportContext,
        repo: DocumentRepository,
        item: dict[str, Any],
        previous: Document | None,
        version: int,
        record: bool = True,
    ) -> Document:
        fields = _fields(item)
        sha256, size = str(item["sha256"]), int(item["size"])
        if ctx.package.manifest.blobs[sha256] != size:
            raise _damaged(f"the size of {fields.title} does not match its file")
        _store_blob(ctx, sha256, fields.title)
        company_id = ctx.require_company()
        added = repo.add(company_id, fields, str(item["original_name"]), sha256, size, version)
        if previous is not None:
            repo.mark_replaced(previous.id, added.id)
        _keep_added_at(ctx, added.id, item.get("added_at"))
        if record:
            ctx.record(Change(SECTION, _label_key(_key(item)), fields.title, Action.ADDED))
        return repo.get(added.id)


def _keep_added_at(ctx: ImportContext, document_id: int, text: Any) -> None:
    """Keeps when the version was first added; DocumentRepository has no way to say so (see the hand-off notes)."""
    if not isinstance(text, str) or not text:
        return
    row = ctx.session.get(DocumentRow, document_id)
    if row is not None:
        row.added_at = datetime.fromisoformat(text)
        ctx.session.flush()
