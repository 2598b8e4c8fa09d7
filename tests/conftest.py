"""Test set-up: every test gets a fresh data dir; nothing may touch the real home or the network."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt or platformdirs: headless Qt and a throwaway home for the whole session.
_SESSION_HOME = tempfile.mkdtemp(prefix="tender-helper-test-home-")
os.environ["HOME"] = _SESSION_HOME
os.environ["XDG_DATA_HOME"] = os.path.join(_SESSION_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SESSION_HOME, "config")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TENDER_HELPER_DB_URL", None)
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from tender_helper.services.context import AppContext, open_context  # noqa: E402
from tests.support.pg_server import temporary_postgres  # noqa: E402

pytest_plugins = ["tests.support.fake_ted"]  # the `fake_ted` fixture: a local TED Search API

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp: object) -> object:
    """One QApplication for the whole run, made first, so a CLI test's QCoreApplication never comes before it."""
    return qapp


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, also set as TENDER_HELPER_HOME so code that resolves it finds this one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TENDER_HELPER_HOME", str(folder))
    return folder


@pytest.fixture
def context(data_dir: Path) -> Iterator[AppContext]:
    opened = open_context(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL address for the tests marked `postgres`: TENDER_HELPER_TEST_PG_URL, or a throwaway server
    started once for the session from the machine's binaries (the tests skip where there are none). Each test
    module resets the schema it uses."""
    given = os.environ.get("TENDER_HELPER_TEST_PG_URL")
    if given:
        yield given
        return
    with temporary_postgres() as url:
        if url is None:
            pytest.skip("no PostgreSQL server binaries on this machine and TENDER_HELPER_TEST_PG_URL is not set")
        yield url
