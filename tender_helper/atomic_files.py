"""Files written whole or not at all: a temporary file beside the target, flushed to disk, renamed over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def fsync_dir(path: Path) -> None:
    # Makes a rename itself durable; directories cannot be opened this way on Windows.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_quietly(path: str | Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


@contextmanager
def replacing(path: Path, *, prefix: str, suffix: str = "", sync_folder: bool = False) -> Iterator[Path]:
    """A temporary file beside `path` for the block to write. When the block ends without an error the file is
    flushed to disk and renamed over `path` (with `sync_folder`, the rename is made durable too); on any error,
    including a full disk, it is removed and `path` is left as it was."""
    fd, tmp_name = tempfile.mkstemp(dir=Path(path).parent, prefix=prefix, suffix=suffix)
    os.close(fd)
    try:
        yield Path(tmp_name)
        with open(tmp_name, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        remove_quietly(tmp_name)
        raise
    if sync_folder:
        fsync_dir(Path(path).parent)
