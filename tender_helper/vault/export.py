"""Owns copying verified vault documents out: into a folder (all or nothing) or into one zip file (atomically)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tender_helper.atomic_files import remove_quietly, replacing
from tender_helper.core.errors import QT_TRANSLATE_NOOP
from tender_helper.vault.errors import VaultExportError
from tender_helper.vault.files import safe_file_name, store_error, unique_name

if TYPE_CHECKING:
    from tender_helper.vault.store import Vault


def export_to_folder(vault: Vault, items: Iterable[tuple[str, str]], target_dir: Path) -> list[Path]:
    """Copies verified blobs into `target_dir` under their (made safe, de-duplicated) names.

    All or nothing: when one blob fails its check, the files this call already wrote are removed again.
    """
    target_dir = Path(target_dir)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VaultExportError(
            QT_TRANSLATE_NOOP("Errors", "The folder {name} cannot be created: {reason}"),
            name=str(target_dir),
            reason=exc.strerror or str(exc),
        ) from None
    written: list[Path] = []
    taken = {p.name.lower() for p in target_dir.iterdir()}
    try:
        for sha256, name in items:
            file_name = unique_name(safe_file_name(name, sha256[:16]), taken)
            written.append(vault.copy_to(sha256, target_dir / file_name, name))
    except BaseException:
        for path in written:
            remove_quietly(path)
        raise
    return written


def export_to_zip(vault: Vault, items: Iterable[tuple[str, str]], zip_path: Path) -> Path:
    """Writes verified blobs into one zip file, atomically; a failed check leaves no zip behind."""
    zip_path = Path(zip_path)
    try:
        with (
            replacing(zip_path, prefix=".export-", suffix=".zip", sync_folder=True) as tmp,
            zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            taken: set[str] = set()
            for sha256, name in items:
                arcname = unique_name(safe_file_name(name, sha256[:16]), taken)
                with archive.open(arcname, "w", force_zip64=True) as member:
                    vault.write_to(sha256, member, name)
    except OSError as exc:
        raise store_error(exc, zip_path.name) from exc
    return zip_path
