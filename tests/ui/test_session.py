"""CaseSession, the window's operation layer: failures delivered, owners, latest request wins,
cancel on lock and quit (bounded), change notices."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QWidget
from tests.conftest import PASSPHRASE

from casebench.services import entities as es
from casebench.services.cases import create_case, open_case
from casebench.services.progress import OperationCancelled
from casebench.ui import failures
from casebench.ui.dialogs import ask
from casebench.ui.session import ENTITIES, CaseSession
from casebench.ui.workbench import Workbench

TIMEOUT = 15_000


@pytest.fixture
def session(qtbot) -> Iterator[CaseSession]:
    s = CaseSession()
    yield s
    s.shutdown(2)


@pytest.fixture
def open_session(qtbot, session: CaseSession, case_path: Path) -> CaseSession:
    create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul").close()
    session.open(lambda: open_case(case_path, PASSPHRASE, user="tester"))
    qtbot.waitUntil(lambda: session.is_open, timeout=TIMEOUT)
    return session


def hold(session: CaseSession) -> threading.Event:
    """Keep the worker busy until the returned event is set (so later work queues up)."""
    release = threading.Event()
    started = threading.Event()

    def wait() -> None:
        started.set()
        release.wait(10)

    session.run_plain(wait)
    assert started.wait(5)
    return release


def test_the_worker_hands_python_back_to_the_gui_thread_within_a_millisecond(qtbot) -> None:
    # Python's default lets a thread keep the interpreter 5 ms while another waits: each
    # call from Qt into the GUI thread's Python waited that long while the worker made a
    # big chart's model (50-65 ms with nothing to do)
    sys.setswitchinterval(0.005)
    s = CaseSession()
    try:
        assert sys.getswitchinterval() <= 0.001
    finally:
        s.shutdown(2)


def boom() -> None:
    {}["name"]  # a programming error deep in a service: KeyError('name')


# -- failures --------------------------------------------------------------------------------------
def test_a_failure_reaches_on_error(qtbot, session) -> None:
    got: list[BaseException] = []
    session.run_plain(boom, on_error=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    assert isinstance(got[0], KeyError)


def test_without_on_error_the_user_is_told_plainly_and_the_trace_kept_in_memory(qtbot, session) -> None:
    failures.ERRORS.clear()
    with ask.scripted([None]) as log:
        session.run_plain(boom)
        qtbot.waitUntil(lambda: bool(log), timeout=TIMEOUT)
    kind, _title, text = log[0]
    assert kind == "failure"
    assert text != "'name'" and "KeyError" in text and "unexpected" in text
    kept = failures.ERRORS[-1]
    assert kept.kind == "KeyError"
    assert "boom" in kept.trace and 'KeyError: \'name\'' in kept.trace  # the Details text


def test_the_failure_message_has_a_details_button_and_shows_markup_as_text(qtbot) -> None:
    box = ask.failure(None, "Something went wrong", "<b>x</b> failed", "Traceback …")
    assert box is not None
    qtbot.addWidget(box)
    assert box.detailedText() == "Traceback …"
    assert box.textFormat().name == "PlainText"
    box.close()


def test_a_cancelled_operation_is_not_reported_as_a_failure(qtbot, session) -> None:
    def cancelled() -> None:
        raise OperationCancelled("intake")

    done: list[object] = []
    with ask.scripted([]) as log:  # any question would fail the test (script exhausted)
        session.run_plain(cancelled)
        session.run_plain(lambda: 1, on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert log == []


# -- owners and stale results ----------------------------------------------------------------------
def test_callbacks_of_a_deleted_owner_are_dropped(qtbot, session) -> None:
    class Page(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.got: list[object] = []

        def show_result(self, value: object) -> None:
            self.got.append(value)

    page = Page()
    got = page.got
    release = hold(session)
    session.run_plain(lambda: 42, on_done=page.show_result)  # owner inferred from the bound method
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page), timeout=TIMEOUT)
    after: list[object] = []
    release.set()
    session.run_plain(lambda: 1, on_done=after.append)
    qtbot.waitUntil(lambda: bool(after), timeout=TIMEOUT)
    assert got == []


def _alive(obj: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_latest_request_wins_and_superseded_ones_do_not_run(qtbot, session) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    ran: list[str] = []
    got: list[str] = []

    def search(text: str) -> str:
        ran.append(text)
        return text

    release = hold(session)
    for text in ("g", "ga", "gar", "garcia"):
        session.query("search", search, text, needs_case=False, owner=owner, on_done=got.append)
    release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    qtbot.wait(100)
    assert got == ["garcia"]
    assert ran == ["garcia"]


def test_a_slow_older_answer_never_replaces_a_newer_one(qtbot, session) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    got: list[str] = []
    gate = threading.Event()

    def slow(text: str) -> str:
        gate.wait(5)
        return text

    session.query("window", slow, "old", needs_case=False, owner=owner, on_done=got.append)
    time.sleep(0.05)  # "old" is running now
    session.query("window", lambda t: t, "new", needs_case=False, owner=owner, on_done=got.append)
    gate.set()
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    qtbot.wait(100)
    assert got == ["new"]


def test_supersede_drops_answers_for_a_cleared_view(qtbot, session) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    got: list[str] = []
    release = hold(session)
    session.query("rows", lambda: "stale", needs_case=False, owner=owner, on_done=got.append)
    session.supersede(owner, "rows")
    release.set()
    marker: list[int] = []
    session.run_plain(lambda: 1, on_done=marker.append)
    qtbot.waitUntil(lambda: bool(marker), timeout=TIMEOUT)
    assert got == []


def test_big_progress_numbers_arrive_intact(qtbot, session) -> None:
    seen: list[tuple[int, int, str]] = []
    done: list[object] = []

    def intake(*, progress, cancelled) -> None:
        progress(5 * 2**30, 6 * 2**30, "copying")  # 5 of 6 GiB: beyond 32-bit ints

    session.run_task(intake, needs_case=False, on_progress=lambda *a: seen.append(a), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert seen == [(5 * 2**30, 6 * 2**30, "copying")]


# -- lock and quit during work -----------------------------------------------------------------------
def _long_work(started: threading.Event, saw_cancel: list[bool]):
    def work(case=None, *, progress, cancelled) -> None:
        started.set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if cancelled():
                saw_cancel.append(True)
                raise OperationCancelled("work")
            time.sleep(0.01)

    return work


def test_lock_during_work_cancels_it_and_skips_what_was_queued(qtbot, open_session) -> None:
    session = open_session
    started = threading.Event()
    saw_cancel: list[bool] = []
    errors: list[BaseException] = []
    queued: list[object] = []
    session.run_task(_long_work(started, saw_cancel), on_error=errors.append)
    assert started.wait(5)
    session.call(es.count_entities, on_done=queued.append, on_error=queued.append)
    with qtbot.waitSignal(session.closed, timeout=5000):
        session.close()
    assert saw_cancel == [True]
    assert len(errors) == 1 and isinstance(errors[0], OperationCancelled)  # its dialog can close
    assert queued == []  # work for the closed case neither ran nor called back
    assert not session.is_open and not session.busy


def test_quit_during_work_cancels_and_returns_promptly(qtbot, open_session) -> None:
    session = open_session
    started = threading.Event()
    saw_cancel: list[bool] = []
    session.run_task(_long_work(started, saw_cancel))
    assert started.wait(5)
    t0 = time.monotonic()
    assert session.shutdown(5) is True
    assert time.monotonic() - t0 < 3
    assert saw_cancel == [True]
    assert not session.is_open


def test_quit_never_hangs_on_work_that_ignores_cancel(qtbot, session) -> None:
    started = threading.Event()

    def stubborn(*, progress, cancelled) -> None:
        started.set()
        time.sleep(3)

    session.run_task(stubborn, needs_case=False)
    assert started.wait(5)
    t0 = time.monotonic()
    assert session.shutdown(0.3) is False  # no TimeoutError, no 30 s hang
    assert time.monotonic() - t0 < 1.5


def test_closing_the_window_during_work_asks_and_cancels(qtbot, open_session) -> None:
    session = open_session
    window = Workbench(session=session)
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()
    saw_cancel: list[bool] = []
    session.run_task(_long_work(started, saw_cancel), on_error=lambda _e: None)
    assert started.wait(5)
    with ask.scripted([False]) as log:  # "Stop it and quit?" — No
        window.close()
    assert log[0][0] == "confirm" and window.isVisible() and session.busy and not saw_cancel
    t0 = time.monotonic()
    with ask.scripted([True]):
        window.close()
    assert not window.isVisible()
    assert time.monotonic() - t0 < 5
    assert saw_cancel == [True]


# -- change notices ---------------------------------------------------------------------------------
def test_a_mutation_sends_a_change_notice_after_its_result(qtbot, open_session) -> None:
    session = open_session
    order: list[str] = []
    session.changed.connect(lambda topic: order.append(f"changed:{topic}"))
    session.mutate(ENTITIES, es.add_entity, es.EntityDraft("Person", [("name", "Ana Gomes")]),
                   on_done=lambda _id: order.append("done"))
    qtbot.waitUntil(lambda: len(order) == 2, timeout=TIMEOUT)
    assert order == ["done", "changed:entities"]
    failed: list[BaseException] = []
    session.mutate(ENTITIES, es.add_entity, es.EntityDraft("NoSuchSchema", [("name", "x")]),
                   on_error=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=TIMEOUT)
    qtbot.wait(50)
    assert order == ["done", "changed:entities"]  # nothing changed, nobody is told otherwise


def test_the_entity_list_follows_a_change_notice(qtbot, opened) -> None:
    page = opened.caseview.entities
    before = page.model.total
    opened.session.mutate(ENTITIES, es.add_entity, es.EntityDraft("Person", [("name", "Zé Carlos")]))
    qtbot.waitUntil(lambda: page.model.ready and page.model.total == before + 1, timeout=TIMEOUT)


def test_a_call_after_the_case_was_closed_is_cancelled_not_a_failure(qtbot, session) -> None:
    errors: list[BaseException] = []
    with ask.scripted([]):  # the default handler stays silent (no question asked)
        session.call(es.count_entities)
        session.call(es.count_entities, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    assert isinstance(errors[0], OperationCancelled)
