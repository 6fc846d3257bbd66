"""While a case worker lives, only the GUI thread collects garbage (a collection the worker
started destroyed the window's Qt objects on the worker, and the window crashed). While a big
chart is drawn, Python's full garbage collection is held off (it stalled the window for a
whole batch and more); whatever ends the drawing gives collection back, what was alive is
frozen, and closing the case hands the frozen objects back to the collector."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from tests.ui.conftest import TIMEOUT
from tests.ui.test_chart_build import _NoCase, chart  # noqa: F401 (the fixture)

from casebench.ui import chart_links
from casebench.ui.analysis_chart_items import NodeItem
from casebench.ui.chart_build import Batches
from casebench.ui.chart_view import ChartTab, ChartView
from casebench.ui.session import CaseSession


@pytest.fixture(autouse=True)
def collector() -> Iterator[None]:
    assert gc.isenabled()
    yield
    gc.enable()  # a failed test leaves the next ones a working collector
    gc.unfreeze()


def _steps(n: int, seen: list[bool], fail_at: int | None = None) -> Iterator[None]:
    for i in range(n):
        seen.append(gc.isenabled())
        if i == fail_at:
            raise RuntimeError("a step failed")
        yield


@pytest.fixture
def batches(qtbot, monkeypatch: pytest.MonkeyPatch) -> Batches:
    monkeypatch.setattr(Batches, "budget_ms", 0.0)  # a turn per step
    return Batches()


def test_collection_is_off_while_batches_run_and_back_after(qtbot, batches: Batches) -> None:
    seen: list[bool] = []
    with qtbot.waitSignal(batches.finished, timeout=TIMEOUT):
        batches.start(_steps(5, seen), lambda: None)
        assert not gc.isenabled()
    assert seen == [False] * 5 and batches.turns >= 5
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the work left alive is out of later full collections


def test_small_work_done_at_once_leaves_the_collector_alone(qtbot, batches: Batches) -> None:
    seen: list[bool] = []
    batches.start(_steps(3, seen), lambda: None, at_once=True)
    assert seen == [True] * 3 and gc.get_freeze_count() == 0


def test_a_cancelled_work_gives_collection_back(qtbot, batches: Batches) -> None:
    batches.start(_steps(50, []), lambda: None)
    assert batches.running and not gc.isenabled()
    batches.cancel()
    assert gc.isenabled()
    batches.start(_steps(50, []), lambda: None)
    batches.start(_steps(3, []), lambda: None)  # a new drawing replaces the one under way
    assert not gc.isenabled()
    qtbot.waitUntil(lambda: not batches.running, timeout=TIMEOUT)
    assert gc.isenabled()


def test_a_failed_step_gives_collection_back(qtbot, batches: Batches) -> None:
    with qtbot.captureExceptions() as raised:
        batches.start(_steps(10, [], fail_at=4), lambda: None)
        qtbot.waitUntil(lambda: bool(raised), timeout=TIMEOUT)
    assert "a step failed" in str(raised[0][1])
    assert not batches.running and gc.isenabled()
    with pytest.raises(RuntimeError):  # also when the rest is done at once (a drag starts)
        batches.start(_steps(10, [], fail_at=4), lambda: None)
        batches.finish_now()
    assert gc.isenabled()


def test_work_whose_owner_is_deleted_gives_collection_back(qtbot, batches: Batches) -> None:
    batches.start(_steps(50, []), lambda: None)
    assert not gc.isenabled()
    batches.deleteLater()
    qtbot.waitUntil(gc.isenabled, timeout=TIMEOUT)


def test_two_works_at_once_hold_until_both_are_done(qtbot, batches: Batches) -> None:
    other = Batches()
    batches.start(_steps(10**6, []), lambda: None)
    other.start(_steps(3, []), lambda: None)
    qtbot.waitUntil(lambda: not other.running, timeout=TIMEOUT)
    assert not gc.isenabled()  # the first is still drawing
    batches.cancel()
    assert gc.isenabled()


def test_a_big_chart_is_drawn_without_full_collections(qtbot, chart: ChartView,  # noqa: F811
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChartTab, "SYNC_MODEL", 50)  # the model is made on the worker
    full: list[int] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    gc.callbacks.append(note)
    try:
        with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
            chart.tab.rebuild(fit=True)
            assert not gc.isenabled()  # from the moment the model is asked of the worker
            for _ in range(3):
                gc.collect(2)  # only what the code itself asks for runs; count from here
            full.clear()
            kept = [[] for _ in range(len(gc.get_objects()))]  # survivors enough for a full one
    finally:
        gc.callbacks.remove(note)
    assert not full and gc.isenabled() and kept
    assert len(chart.items) == len(chart.graph.nodes)  # type: ignore[union-attr]


def test_a_failed_drawing_model_gives_collection_back(qtbot, chart: ChartView,  # noqa: F811
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChartTab, "SYNC_MODEL", 50)
    failed: list[BaseException] = []
    monkeypatch.setattr(chart, "_error", failed.append)
    session: Any = chart.session

    def fail(fn: Any, *args: Any, on_done: Any = None, on_error: Any = None, **kwargs: Any) -> int:
        on_error(RuntimeError("no model"))
        return 1

    monkeypatch.setattr(session, "run_plain", fail)
    chart.tab.rebuild()
    assert failed and gc.isenabled() and not chart.tab.building


def test_a_big_chart_s_names_are_placed_once_it_is_on_screen(qtbot, chart: ChartView,  # noqa: F811
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chart_links, "SYNC_NAMES", 100)  # 300 nodes: placed on the worker
    session: Any = chart.session
    named: list[str] = []
    set_name = NodeItem.set_name

    def spy(item: NodeItem, text: str, box: Any) -> None:
        named.append(item.node.id)
        set_name(item, text, box)

    monkeypatch.setattr(NodeItem, "set_name", spy)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild(fit=True)
    assert "place_node_labels" not in session.asked  # nothing beside the build or its first paint
    assert not named
    qtbot.waitUntil(lambda: "place_node_labels" in session.asked, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: set(named) == set(chart.items), timeout=TIMEOUT)


def test_closing_the_case_unfreezes_what_was_frozen(qtbot) -> None:
    session = CaseSession()
    try:
        gc.freeze()
        assert gc.get_freeze_count() > 0
        with qtbot.waitSignal(session.closed, timeout=TIMEOUT):
            session.close()
        assert gc.get_freeze_count() == 0
    finally:
        session.shutdown(2)


def test_while_a_case_worker_lives_only_the_gui_thread_collects(qtbot) -> None:
    """A collection frees the Qt objects in the garbage cycles it finds; one the worker
    started destroyed the window's objects on the worker, under the GUI's event loop."""
    from PySide6.QtCore import QTimer

    collected_on: list[str] = []
    destroyed_on: list[str] = []
    refs: list[weakref.ref[QTimer]] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    def churn() -> int:  # the worker's own Python: garbage cycles enough for many collections
        for _ in range(100_000):
            cycle: list[object] = []
            cycle.append(cycle)
        return 1

    session = CaseSession()
    gc.callbacks.append(note)
    try:
        for _ in range(30):  # what a cleared form left: Python-owned Qt objects in cycles
            timer = QTimer()  # freed (and its C++ object deleted) where its wrapper is collected
            refs.append(weakref.ref(timer, lambda _r: destroyed_on.append(threading.current_thread().name)))
            holder: dict[str, object] = {"timer": timer}
            holder["self"] = holder
        del timer, holder
        done: list[int] = []
        session.run_plain(churn, on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
        qtbot.waitUntil(lambda: len(destroyed_on) == 30, timeout=TIMEOUT)  # the GUI's timer collects
    finally:
        gc.callbacks.remove(note)
        assert session.shutdown(5)
    assert collected_on and set(collected_on) == {threading.main_thread().name}
    assert set(destroyed_on) == {threading.main_thread().name}
    assert gc.isenabled()  # the worker stopped: automatic collection is back


def test_batches_beside_a_live_worker_leave_collection_to_the_gui_thread(qtbot, batches: Batches) -> None:
    session = CaseSession()
    try:
        with qtbot.waitSignal(batches.finished, timeout=TIMEOUT):
            batches.start(_steps(5, []), lambda: None)
        assert not gc.isenabled()  # the batches are done, the worker still lives
        assert gc.get_freeze_count() > 0
    finally:
        session.shutdown(5)
    assert gc.isenabled()


RUNNING_TIMERS_IN_GARBAGE = """
import faulthandler, sys
faulthandler.enable()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from casebench.ui.session import CaseSession

def churn():  # the worker's own Python, as opening a case and writing its audit record
    for _ in range(200_000):
        cycle = []
        cycle.append(cycle)
    return 1

session = CaseSession()
fired = []
for _ in range(30):  # running timers of the window, left in garbage cycles (a form cleared)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: fired.append(1))
    timer.start()
    holder = {"timer": timer}
    holder["self"] = holder
del timer, holder
done = []
session.run_plain(churn, on_done=done.append)
QTimer.singleShot(1500, app.quit)
app.exec()
print("alive", bool(done), session.shutdown(5))
"""


def test_the_window_survives_the_worker_making_garbage_beside_running_timers(tmp_path) -> None:
    """What crashed the window after a lock (segmentation fault in the GUI thread's event
    loop, no Python frame of ours): the worker's collection deleted running timers of the
    GUI thread ("Timers cannot be stopped from another thread"), whose events then came."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CASEBENCH_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", RUNNING_TIMERS_IN_GARBAGE], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["alive", "True", "True"]
    assert "another thread" not in out.stderr


def test_a_worker_stopping_late_gives_collection_back_once_stopped(qtbot) -> None:
    started, release = threading.Event(), threading.Event()
    session = CaseSession()

    def stubborn() -> None:  # ignores the cancel flag
        started.set()
        release.wait(10)

    session.run_plain(stubborn)
    try:
        assert started.wait(5)
        assert session.shutdown(0.2) is False  # still running: its Python must not collect
        qtbot.wait(300)
        assert not gc.isenabled()
        release.set()
        qtbot.waitUntil(gc.isenabled, timeout=TIMEOUT)  # stopped: automatic collection is back
    finally:
        release.set()
        session.shutdown(2)
