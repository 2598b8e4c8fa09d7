"""Parses notice XML in worker processes while the importing process stores: parsing is most of an import's CPU.

Workers are spawned (never forked: the GUI process has threads), get (name, XML) chunks and send back each
notice's JSON, search text and packed XML, or the error template that explains why it could not be read.
Nothing here imports Qt or SQLAlchemy, so a worker starts quickly.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType, TracebackType
from typing import Any

from tender_helper.core.errors import TenderHelperError
from tender_helper.core.notice import Notice
from tender_helper.sources.notice_xml import parse_notice_xml
from tender_helper.storage.notice_values import PreparedNotice, pack_xml, search_body

WORKERS = 2  # the machines we aim at have two cores; the importing process needs little besides
CHUNK = 40  # notices per task: the hand-over costs little next to 40 parses, and both workers stay busy
AHEAD = 4 * WORKERS  # tasks in flight: workers never wait while this process stores a batch; ~16 MB of XML at most

Item = tuple[str, bytes]  # (name, XML)
_STARTING = threading.Lock()


@dataclass(frozen=True, slots=True)
class Parsed:
    """One notice as a worker sends it back: its JSON, search text and packed XML, or why it cannot be read."""

    data: dict[str, Any] | None = None
    body: str = ""
    packed_xml: bytes | None = None
    error: tuple[str, dict[str, Any]] | None = None  # the error's template and params, translated by the importer

    def prepared(self, xml: bytes) -> PreparedNotice:
        """The notice ready to store; raises the worker's error when it could not be parsed."""
        if self.data is None:
            assert self.error is not None
            template, params = self.error
            raise TenderHelperError(template, **params)
        notice = Notice.from_json_dict(self.data)
        return PreparedNotice(notice, xml, data=self.data, body=self.body, packed_xml=self.packed_xml)


def parse_chunk(items: list[Item]) -> list[Parsed]:
    """Runs in a worker: parses each notice; errors the user should see travel back as data."""
    return [_parse(name, xml) for name, xml in items]


def _parse(name: str, xml: bytes) -> Parsed:
    try:
        notice = parse_notice_xml(xml, name=name)
    except TenderHelperError as error:
        return Parsed(error=(error.template, error.params))
    return Parsed(data=notice.to_json_dict(), body=search_body(notice), packed_xml=pack_xml(xml))


def chunked(items: Iterable[Item], size: int = CHUNK) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ParsePool:
    """Worker processes that parse chunks in order, a few chunks ahead of the caller that stores them.

    If the workers cannot start or die, the remaining chunks are parsed in this process: slower, same result.
    """

    def __init__(self, workers: int = WORKERS) -> None:
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn")
        )
        # The executor starts a worker in a submit while it has fewer than `workers` and none idle: the first ones.
        self._unstarted = workers + AHEAD

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def parse(self, chunks: Iterable[list[Item]]) -> Iterator[tuple[list[Item], list[Parsed]]]:
        """Each chunk with its results, in the order given; reads `chunks` only as far as AHEAD tasks need."""
        pending: deque[tuple[list[Item], Future[list[Parsed]] | None]] = deque()
        for chunk in chunks:
            pending.append((chunk, self._submit(chunk)))
            if len(pending) >= AHEAD:
                yield self._result(*pending.popleft())
        while pending:
            yield self._result(*pending.popleft())

    def _submit(self, chunk: list[Item]) -> Future[list[Parsed]] | None:
        if self._executor is None:
            return None
        try:
            if self._unstarted <= 0:
                return self._executor.submit(parse_chunk, chunk)
            self._unstarted -= 1
            with _without_main_module():
                return self._executor.submit(parse_chunk, chunk)
        except (BrokenProcessPool, OSError, RuntimeError):
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
            return None

    def _result(self, chunk: list[Item], future: Future[list[Parsed]] | None) -> tuple[list[Item], list[Parsed]]:
        if future is not None:
            try:
                return chunk, future.result()
            except BrokenProcessPool:  # a worker was killed (out of memory, say): parse here from now on
                self.close()
        return chunk, parse_chunk(chunk)


@contextmanager
def _without_main_module() -> Iterator[None]:
    """Starts workers that do not import the launching script, which spawn would otherwise do in each of them.

    That script is the whole application (`tender-helper` imports the CLI, SQLAlchemy, Qt: over 1 s of CPU per
    worker); the workers need this module only. Spawn reads `sys.modules["__main__"]` while starting a process,
    so a bare stand-in is put there for those few milliseconds.
    """
    with _STARTING:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main
