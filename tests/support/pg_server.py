"""A throwaway PostgreSQL server for the storage tests, started from the machine's PostgreSQL binaries."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def temporary_postgres() -> Iterator[str | None]:
    """Yields a SQLAlchemy URL of a fresh server on a Unix socket, or None when PostgreSQL is not installed."""
    binaries = _binaries()
    if binaries is None:
        yield None
        return
    as_root = os.geteuid() == 0
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    user = "postgres" if as_root else getpass.getuser()
    folder = Path(tempfile.mkdtemp(prefix="th-pg-"))
    if as_root:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
    try:
        subprocess.run([*run_as, str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", user], **quiet)
        options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off"
        pg_ctl = [*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-w", "-o", options]
        subprocess.run([*pg_ctl, "-l", str(folder / "log"), "start"], **quiet)
        try:
            subprocess.run(
                [*run_as, str(binaries / "createdb"), "-h", str(folder), "-p", str(port), "-U", user, "tender_helper"],
                **quiet,
            )
            yield f"postgresql+psycopg://{user}@/tender_helper?host={folder}&port={port}"
        finally:
            subprocess.run([*pg_ctl, "stop", "-m", "fast"], **quiet)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
