"""The open case in the GUI: one worker thread owns the case connection.

Every call into services runs on that thread (SQLCipher connections must not be
shared across threads, and KDF and I/O must never block the GUI thread); results
come back to the GUI thread through queued signals.

    session.call(services.entities.show, entity_id,
                 on_done=self.show_entity, on_error=self.show_error)

`fn` receives the open Case as first argument. For long work use `run_task`,
which also passes `progress` and `cancelled` keyword arguments.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from casebench.store.case import Case
from casebench.store.errors import storage_error


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)


class CaseSession(QObject):
    """Owns the executor and (once opened) the Case. Create in the GUI thread."""

    opened = Signal()
    closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casebench-case")
        self._case: Case | None = None
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None,
                                         Callable[[int, int, str], None] | None]] = {}
        self._cancel_flags: dict[int, threading.Event] = {}

    # -- life cycle ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._case is not None

    @property
    def case_path(self) -> str | None:
        return str(self._case.path) if self._case is not None else None

    def open(self, opener: Callable[[], Case], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> int:
        """Run `opener()` (unlock: KDF and checks) on the worker and keep the Case."""

        def job() -> Case:
            case = opener()
            self._case = case
            return case

        def done(case: Any) -> None:
            self.opened.emit()
            if on_done:
                on_done(case)

        return self._submit(job, done, on_error, None)

    def close(self, on_done: Callable[[Any], None] | None = None) -> None:
        def job() -> None:
            if self._case is not None:
                self._case.close()
                self._case = None

        def done(_: Any) -> None:
            self.closed.emit()
            if on_done:
                on_done(None)

        self._submit(job, done, None, None)

    def shutdown(self) -> None:
        """Close the case and stop the worker (blocks; call on application exit only)."""
        fut: Future[None] = self._executor.submit(self._close_now)
        fut.result(timeout=30)
        self._executor.shutdown(wait=True)

    def _close_now(self) -> None:
        if self._case is not None:
            self._case.close()
            self._case = None

    # -- work -----------------------------------------------------------------------------
    def call(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> int:
        def job() -> Any:
            if self._case is None:
                raise RuntimeError("no case is open")
            return fn(self._case, *args, **kwargs)

        return self._submit(job, on_done, on_error, None)

    def run_task(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_progress: Callable[[int, int, str], None] | None = None, needs_case: bool = True,
                 **kwargs: Any) -> int:
        """Long work with progress and Cancel: fn(case, *args, progress=, cancelled=, **kwargs).

        With ``needs_case=False`` (building the demo, say) fn gets no case argument.
        """
        task_id = next(self._ids)
        flag = threading.Event()
        self._cancel_flags[task_id] = flag

        def progress(done: int, total: int, message: str) -> None:
            self._relay.progressed.emit(task_id, done, total, message)

        def job() -> Any:
            if not needs_case:
                return fn(*args, progress=progress, cancelled=flag.is_set, **kwargs)
            if self._case is None:
                raise RuntimeError("no case is open")
            return fn(self._case, *args, progress=progress, cancelled=flag.is_set, **kwargs)

        return self._submit(job, on_done, on_error, on_progress, task_id=task_id)

    def run_plain(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> int:
        """Work that does not need the case (e.g. creating one) on the same worker."""
        return self._submit(lambda: fn(*args, **kwargs), on_done, on_error, None)

    def cancel(self, task_id: int) -> None:
        flag = self._cancel_flags.get(task_id)
        if flag is not None:
            flag.set()

    def _submit(self, job: Callable[[], Any], on_done: Callable[[Any], None] | None,
                on_error: Callable[[BaseException], None] | None,
                on_progress: Callable[[int, int, str], None] | None, task_id: int | None = None) -> int:
        tid = task_id if task_id is not None else next(self._ids)
        self._callbacks[tid] = (on_done, on_error, on_progress)

        def run() -> None:
            try:
                result = job()
            except BaseException as exc:  # delivered to the GUI, never lost
                if self._case is not None:  # SQLCipher and disk errors in plain words
                    exc = storage_error(exc, self._case.path) or exc
                exc.__casebench_trace__ = traceback.format_exc()  # type: ignore[attr-defined]
                self._relay.failed.emit(tid, exc)
            else:
                self._relay.finished.emit(tid, result)

        self._executor.submit(run)
        return tid

    @Slot(int, object)
    def _on_finished(self, tid: int, result: object) -> None:
        on_done, _, _ = self._callbacks.pop(tid, (None, None, None))
        self._cancel_flags.pop(tid, None)
        if on_done:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, tid: int, exc: object) -> None:
        _, on_error, _ = self._callbacks.pop(tid, (None, None, None))
        self._cancel_flags.pop(tid, None)
        if on_error and isinstance(exc, BaseException):
            on_error(exc)

    @Slot(int, int, int, str)
    def _on_progress(self, tid: int, done: int, total: int, message: str) -> None:
        cb = self._callbacks.get(tid)
        if cb and cb[2]:
            cb[2](done, total, message)
