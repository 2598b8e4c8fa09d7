"""The background-operation helper: results, errors, progress and cancel arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from tender_helper.ui.ops import Op, OpCancelled, OpControl, wait_for_all
from tender_helper.ui.qt import QThreadPool


def test_result_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(_control: OpControl) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    op = Op(work).on_success(lambda value: seen.update(value=value, callback=threading.get_ident()))
    with qtbot.waitSignal(op.signals.finished, timeout=5000):
        op.run()
    assert seen["value"] == 42
    assert seen["callback"] == gui_thread
    assert seen["worker"] != gui_thread


def test_error_is_delivered_not_raised(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def work(_control: OpControl) -> None:
        raise ValueError("broken input")

    op = Op(work).on_failure(errors.append)
    with qtbot.waitSignal(op.signals.finished, timeout=5000):
        op.run()
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert "broken input" in getattr(errors[0], "__traceback_text__", "")


def test_progress_and_cancel(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()
    progress: list[tuple[int, int, str]] = []
    errors: list[BaseException] = []

    def work(control: OpControl) -> None:
        control.progress(1, 3, "first")
        started.set()
        release.wait(5)
        control.check_cancelled()
        control.progress(2, 3, "never")

    op = Op(work).on_progress(lambda *args: progress.append(args)).on_failure(errors.append)
    with qtbot.waitSignal(op.signals.finished, timeout=5000):
        op.run()
        assert started.wait(5)
        op.cancel()
        release.set()
    assert progress == [(1, 3, "first")]
    assert len(errors) == 1 and isinstance(errors[0], OpCancelled)


def test_writes_run_one_at_a_time(qtbot: QtBot) -> None:
    active = 0
    most = 0
    lock = threading.Lock()

    def write(_control: OpControl) -> None:
        nonlocal active, most
        with lock:
            active += 1
            most = max(most, active)
        threading.Event().wait(0.02)
        with lock:
            active -= 1

    ops = [Op(write, writer=True) for _ in range(4)]
    with qtbot.waitSignals([op.signals.finished for op in ops], timeout=5000):
        for op in ops:
            op.run()
    assert most == 1
    wait_for_all()


@pytest.mark.parametrize("writer", [False, True])
def test_gui_stays_responsive_while_working(qtbot: QtBot, writer: bool) -> None:
    release = threading.Event()
    op = Op(lambda _c: release.wait(5), writer=writer)
    op.run()
    ticks: list[int] = []
    from tender_helper.ui.qt import QTimer

    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the event loop ran while the worker waits
    with qtbot.waitSignal(op.signals.finished, timeout=5000):
        release.set()
    assert QThreadPool.globalInstance().maxThreadCount() >= 1
