"""Background operations: run a callable on a worker, deliver its result or error on the GUI thread.

`Op(fn).on_success(cb).on_failure(cb).run()`; `fn` receives an `OpControl` to report progress and to
check for cancellation, and never touches widgets. Database writes pass `writer=True` and run one at a
time on a single writer thread (Anki's CollectionOp).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from tender_helper.ui.qt import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
_running: set[Op[Any]] = set()
_writer_pool: QThreadPool | None = None


class OpCancelled(Exception):
    """Raised inside a worker by `OpControl.check_cancelled()` once the user pressed cancel."""


class OpControl:
    """What the worker callable may use: progress reports and the cancel flag."""

    def __init__(self, signals: _OpSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise OpCancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


class _OpSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)
    finished = Signal()


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[OpControl], Any], control: OpControl, signals: _OpSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._control = control
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn(self._control)
        except BaseException as error:  # delivered to the GUI thread, which decides what to show
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)
        self._signals.finished.emit()


def writer_pool() -> QThreadPool:
    """The single thread all database writes go through, so they never contend with each other."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
    return _writer_pool


def wait_for_all(msecs: int = 30_000) -> None:
    """Blocks until every background op is done (used on quit, so no write is cut short)."""
    QThreadPool.globalInstance().waitForDone(msecs)
    writer_pool().waitForDone(msecs)


class Op(Generic[T]):
    """One background call. Callbacks run on the GUI thread through queued signals."""

    def __init__(self, fn: Callable[[OpControl], T], *, writer: bool = False) -> None:
        self.signals = _OpSignals()
        self.control = OpControl(self.signals)
        self._fn = fn
        self._writer = writer
        self.signals.finished.connect(self._forget)

    def on_success(self, callback: Callable[[T], Any]) -> Op[T]:
        self.signals.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], Any]) -> Op[T]:
        self.signals.failed.connect(callback)
        return self

    def on_progress(self, callback: Callable[[int, int, str], Any]) -> Op[T]:
        self.signals.progress.connect(callback)
        return self

    def on_finished(self, callback: Callable[[], Any]) -> Op[T]:
        self.signals.finished.connect(callback)
        return self

    def run(self) -> Op[T]:
        _running.add(self)
        pool = writer_pool() if self._writer else QThreadPool.globalInstance()
        pool.start(_Runner(self._fn, self.control, self.signals))
        return self

    def cancel(self) -> None:
        self.control.cancel()

    def _forget(self) -> None:
        _running.discard(self)
