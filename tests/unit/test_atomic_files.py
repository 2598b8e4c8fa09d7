"""A file is replaced whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tender_helper.atomic_files import replacing


def test_the_target_is_replaced_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with replacing(target, prefix=".report-", suffix=".pdf", sync_folder=True) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".report-")
        tmp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing visible before the block ends
    assert target.read_bytes() == b"new"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.pdf"]


def test_an_error_leaves_the_target_as_it_was_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text("{}", encoding="utf-8")
    with pytest.raises(OSError, match="No space left"), replacing(target, prefix=".settings-") as tmp:
        tmp.write_text('{"half": ', encoding="utf-8")
        raise OSError(28, "No space left on device")
    assert target.read_text(encoding="utf-8") == "{}"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["settings.json"]


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), replacing(tmp_path / "gone" / "x.zip", prefix=".export-"):
        pass
