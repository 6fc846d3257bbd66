"""The open case in the GUI: one worker thread owns the case connection.

Every call into services runs on that thread (SQLCipher connections must not be
shared across threads, and KDF and I/O must never block the GUI thread); results
come back to the GUI thread through queued signals.

    session.call(services.entities.show, entity_id,
                 on_done=self.show_entity, on_error=self.show_error)

`fn` receives the open Case as first argument. For long work use `run_task`,
which also passes `progress` and `cancelled` keyword arguments.

The operation layer (in the spirit of Anki's CollectionOp/QueryOp and Orange's
FutureWatcher):

- **Owners.** Callbacks belong to a QObject: the ``owner`` given, or the object whose
  bound method ``on_done``/``on_error`` is. When the owner is gone (a closed dialog, a
  cleared page) its callbacks are dropped instead of touching a deleted widget.
- **Latest request wins.** ``query(key, fn, …)``: of the queries one owner sent under
  one key, only the newest delivers; older ones still waiting are not even run.
- **Failures are never lost.** Without ``on_error`` a failure goes to the default
  handler: its traceback is kept in memory (``failures.ERRORS``; never written to disk)
  and the user sees a plain message with a Details button.
- **Cancel on lock, close and quit.** ``close()`` sets the cancel flag of running long
  work, skips everything still queued for the closed case, and drops callbacks of plain
  calls (long work still reports back, as cancelled, so its progress dialog closes).
  ``shutdown(timeout)`` does the same and waits a bounded time; it never raises.
- **Garbage collected on the GUI thread only.** While the worker lives, Python's automatic
  collection is off and the GUI thread collects on a timer (``gc_pacing``): a collection
  the worker happened to start destroyed Qt objects of the window on the worker, under the
  GUI thread's event loop.
- **Change notices.** ``mutate(topic, fn, …)`` runs a change and then emits
  ``changed(topic)``; views subscribe to it instead of being refreshed by hand.
"""

from __future__ import annotations

import itertools
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from casebench.services.errors import storage_error
from casebench.services.progress import OperationCancelled
from casebench.services.types import Case
from casebench.ui import captions, failures, gc_pacing

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int, str], None]

SWITCH_INTERVAL = 0.001  # seconds of Python a thread runs before another waiting may take over

# Topics of change notices (``CaseSession.changed``).
ENTITIES = "entities"  # entities, values, links, merges: lists, counts, charts, timeline
EXHIBITS = "exhibits"
CHARTS = "charts"


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)
    progressed = Signal(int, object, object, str)  # ints as objects: byte counts pass 2**31


@dataclass
class _Pending:
    on_done: OnDone | None
    on_error: OnError | None
    on_progress: OnProgress | None
    owner: QObject | None
    key: tuple[int, str] | None = None
    task: bool = False  # long work: reports back even after close (as cancelled)
    topic: str = ""


@dataclass
class _Job:
    tid: int
    run: Callable[[], Any]
    epoch: int
    always: bool = False  # runs even when the session was closed after it was queued
    flag: threading.Event = field(default_factory=threading.Event)


def _owner_of(*callbacks: Any) -> QObject | None:
    for cb in callbacks:
        obj = getattr(cb, "__self__", None)
        if isinstance(obj, QObject):
            return obj
    return None


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class CaseSession(QObject):
    """Owns the worker thread and (once opened) the Case. Create in the GUI thread."""

    opened = Signal()
    closed = Signal()
    changed = Signal(str)  # a change notice: one of the topics above

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        # The investigator's unlocked identity (ui.identity_dialog.Keys): in memory for the
        # session, asked once, dropped when the case is closed or locked.
        self.keys: Any = None
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.progressed.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[tuple[int, str], int] = {}
        self._flags: dict[int, threading.Event] = {}  # cancel flags of queued and running long work
        self._epoch = 0  # bumped by close(): work queued before belongs to a closed case
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._running: _Job | None = None
        self._stopped = False
        # The worker's Python shares the interpreter with the GUI thread, which waited up to
        # the default 5 ms each time it wanted it back (every call into Python from Qt): a
        # worker making a big chart's model held the window 50-65 ms with nothing to do.
        sys.setswitchinterval(SWITCH_INTERVAL)
        # From now on Python's cyclic collector runs on this (the GUI) thread only: a collection
        # started by the worker freed Qt objects of the window there, under the event loop.
        self._collector = gc_pacing.claim_for_worker()
        # A daemon thread: if long work ignores its cancel flag, quitting must not hang on it.
        self._thread = threading.Thread(target=self._work, name="casebench-case", daemon=True)
        self._thread.start()
        self.failure_handler: Callable[[BaseException, str, QObject | None], None] = failures.report
        captions.watch(self)  # first: the typed captions are read before any view's rows

    # -- life cycle ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._case is not None

    @property
    def case_path(self) -> str | None:
        return str(self._case.path) if self._case is not None else None

    @property
    def busy(self) -> bool:
        """Long work (``run_task``) is queued or running."""
        return bool(self._flags)

    def open(self, opener: Callable[[], Case], on_done: OnDone | None = None,
             on_error: OnError | None = None) -> int:
        """Run `opener()` (unlock: KDF and checks) on the worker and keep the Case."""

        def job() -> Case:
            case = opener()
            if self._case is not None:  # never two connections: the newer replaces the older
                self._case.close()
            self._case = case
            return case

        def done(case: Any) -> None:
            self.opened.emit()
            if on_done:
                on_done(case)

        return self._submit(job, _Pending(done, on_error, None, _owner_of(on_done, on_error)))

    def close(self, on_done: OnDone | None = None) -> None:
        """Close the case: running long work is told to stop, queued work for it is skipped."""
        self._abandon()
        self.keys = None

        def done(_: Any) -> None:
            gc_pacing.forget_frozen()  # the case's objects, frozen after its charts were drawn
            self.closed.emit()
            if on_done:
                on_done(None)

        self._submit(self._close_now, _Pending(done, None, None, _owner_of(on_done)), always=True)

    def shutdown(self, timeout: float = 10.0) -> bool:
        """Cancel everything, close the case and stop the worker, waiting at most ``timeout`` s.

        For application exit. Returns False when the work did not stop in time (it is left
        to die with the process; the case's transactions keep it consistent)."""
        if not self._stopped:
            self._stopped = True
            self._abandon()
            self._pending.clear()
            self._queue.put(_Job(next(self._ids), self._close_now, self._epoch, always=True))
            self._queue.put(None)
            self._thread.join(timeout)
        if self._thread.is_alive():  # still running Python: the collector stays on the GUI thread
            self._collector.release_when_stopped(self._thread)
            return False
        self._collector.release()
        return True

    def _close_now(self) -> None:
        if self._case is not None:
            self._case.close()
            self._case = None

    def _abandon(self) -> None:
        """Everything sent so far belongs to the case being closed."""
        self._epoch += 1
        for flag in self._flags.values():
            flag.set()
        for tid in [t for t, p in self._pending.items() if not p.task]:
            del self._pending[tid]
        self._latest.clear()

    # -- work -----------------------------------------------------------------------------
    def call(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
             on_error: OnError | None = None, owner: QObject | None = None, **kwargs: Any) -> int:
        return self._submit(self._with_case(fn, args, kwargs),
                            _Pending(on_done, on_error, None, owner or _owner_of(on_done, on_error)))

    def query(self, key: str, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
              on_error: OnError | None = None, owner: QObject | None = None, needs_case: bool = True,
              **kwargs: Any) -> int:
        """A read whose newer requests make older ones pointless: only the latest one (per
        owner and ``key``) delivers, and superseded ones still queued are not run."""
        who = owner or _owner_of(on_done, on_error)
        slot = (id(who), key)
        run = self._with_case(fn, args, kwargs) if needs_case else (lambda: fn(*args, **kwargs))
        tid = next(self._ids)
        self._latest[slot] = tid
        return self._submit(run, _Pending(on_done, on_error, None, who, key=slot), tid=tid)

    def mutate(self, topic: str, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
               on_error: OnError | None = None, owner: QObject | None = None, **kwargs: Any) -> int:
        """A change to the case: after it succeeds ``changed(topic)`` tells every view."""
        return self._submit(self._with_case(fn, args, kwargs),
                            _Pending(on_done, on_error, None, owner or _owner_of(on_done, on_error),
                                     topic=topic))

    def run_task(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
                 on_error: OnError | None = None, on_progress: OnProgress | None = None,
                 needs_case: bool = True, owner: QObject | None = None, topic: str = "",
                 **kwargs: Any) -> int:
        """Long work with progress and Cancel: fn(case, *args, progress=, cancelled=, **kwargs).

        With ``needs_case=False`` (building the demo, say) fn gets no case argument. A
        ``topic``: the work changes the case, and after it succeeds ``changed(topic)`` tells
        every view, as `mutate` does.
        """
        task_id = next(self._ids)
        flag = threading.Event()
        self._flags[task_id] = flag

        def progress(done: int, total: int, message: str) -> None:
            self._relay.progressed.emit(task_id, done, total, message)

        def job() -> Any:
            if not needs_case:
                return fn(*args, progress=progress, cancelled=flag.is_set, **kwargs)
            if self._case is None:
                raise OperationCancelled()
            return fn(self._case, *args, progress=progress, cancelled=flag.is_set, **kwargs)

        pending = _Pending(on_done, on_error, on_progress, owner or _owner_of(on_done, on_error, on_progress),
                           task=True, topic=topic)
        return self._submit(job, pending, tid=task_id, flag=flag)

    def run_plain(self, fn: Callable[..., Any], *args: Any, on_done: OnDone | None = None,
                  on_error: OnError | None = None, owner: QObject | None = None, **kwargs: Any) -> int:
        """Work that does not need the case (e.g. creating one) on the same worker."""
        return self._submit(lambda: fn(*args, **kwargs),
                            _Pending(on_done, on_error, None, owner or _owner_of(on_done, on_error)))

    def notify(self, topic: str) -> None:
        """A change made outside ``mutate`` (long work, a wizard): tell every view."""
        self.changed.emit(topic)

    def supersede(self, owner: QObject, key: str) -> None:
        """Answers to ``owner``'s queries under ``key`` that are on their way are no longer
        wanted (the view was cleared)."""
        self._latest[(id(owner), key)] = 0  # no request has id 0

    def report(self, exc: BaseException, owner: QObject | None = None) -> None:
        """Hand a failure to the default handler (after a caller's own clean-up)."""
        if not isinstance(exc, OperationCancelled):
            self.failure_handler(exc, "", owner)

    def cancel(self, task_id: int) -> None:
        flag = self._flags.get(task_id)
        if flag is not None:
            flag.set()

    def cancel_all(self) -> None:
        for flag in self._flags.values():
            flag.set()

    def _with_case(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Callable[[], Any]:
        def job() -> Any:
            if self._case is None:  # asked for a case that was closed (locked) meanwhile
                raise OperationCancelled("work for a closed case")
            return fn(self._case, *args, **kwargs)

        return job

    def _submit(self, run: Callable[[], Any], pending: _Pending, *, tid: int | None = None,
                always: bool = False, flag: threading.Event | None = None) -> int:
        tid = tid if tid is not None else next(self._ids)
        self._pending[tid] = pending
        job = _Job(tid, run, self._epoch, always=always)
        if flag is not None:
            job.flag = flag
        self._queue.put(job)
        return tid

    # -- the worker thread --------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if not self._should_run(job):
                self._relay.failed.emit(job.tid, OperationCancelled(), "")
                continue
            self._running = job
            try:
                result = job.run()
            except BaseException as exc:  # delivered to the GUI, never lost
                trace = traceback.format_exc()
                if self._case is not None:  # SQLCipher and disk errors in plain words
                    exc = storage_error(exc, self._case.path) or exc
                self._relay.failed.emit(job.tid, exc, trace)
            else:
                self._relay.finished.emit(job.tid, result)
            finally:
                self._running = None

    def _should_run(self, job: _Job) -> bool:
        if job.always:
            return True
        if job.epoch != self._epoch or job.flag.is_set():
            return False
        pending = self._pending.get(job.tid)
        if pending is not None and pending.key is not None:
            return self._latest.get(pending.key) == job.tid
        return True

    # -- back on the GUI thread ----------------------------------------------------------------
    def _take(self, tid: int) -> _Pending | None:
        self._flags.pop(tid, None)
        pending = self._pending.pop(tid, None)
        if pending is None or not _alive(pending.owner):
            return None
        if pending.key is not None:
            if self._latest.get(pending.key) != tid:
                return None  # a newer request of the same kind was sent: this answer is stale
            del self._latest[pending.key]
        return pending

    @Slot(int, object)
    def _on_finished(self, tid: int, result: object) -> None:
        pending = self._take(tid)
        if pending is None:
            return
        if pending.on_done:
            pending.on_done(result)
        if pending.topic:
            self.changed.emit(pending.topic)

    @Slot(int, object, str)
    def _on_failed(self, tid: int, exc: object, trace: str) -> None:
        pending = self._take(tid)
        if pending is None or not isinstance(exc, BaseException):
            return
        if pending.on_error:
            pending.on_error(exc)
        elif not isinstance(exc, OperationCancelled):
            self.failure_handler(exc, trace, pending.owner)

    @Slot(int, object, object, str)
    def _on_progress(self, tid: int, done: object, total: object, message: str) -> None:
        pending = self._pending.get(tid)
        if pending is not None and pending.on_progress and _alive(pending.owner):
            pending.on_progress(int(done), int(total), message)  # type: ignore[call-overload]
