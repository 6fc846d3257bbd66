"""Python's cyclic garbage collector in the window: only ever on the GUI thread, and kept out
of long GUI-thread work done in batches.

**Only on the GUI thread.** CPython runs a collection in whichever thread happens to push
the allocation count over its threshold, and a collection frees every garbage cycle it
finds, the Python wrappers of Qt objects in them included: a Python-owned QTimer, a chart
layer, what is left of a window or a form that was cleared. With the case worker running
Python beside the GUI (opening a case, writing its audit record), that thread was often the
worker: Qt objects of the GUI thread were then destroyed on the worker while the GUI
thread's event loop used them (their timers, connections, posted events), and the window
crashed inside Qt's event loop with no Python frame of ours, or just vanished. So while a
:class:`~casebench.ui.session.CaseSession` worker lives (:func:`claim_for_worker`),
automatic collection is off and a timer on the GUI thread collects instead, generation by
generation as CPython would (the same thresholds). No other thread ever collects.

**Paced around batches.** A full (oldest-generation) collection walks every tracked object
of the process: 30–120 ms once a 2,000-node chart (about 57,000 objects) and a case are
loaded, and it ran inside whichever batch of the chart's build happened to cross its
threshold. While a batched work is *held*, only the youngest generation is collected
(between batches and on the timer, about a millisecond). When the last hold is released,
everything alive is frozen (``gc.freeze``): the chart and the case stay in memory anyway,
and a later full collection then walks only what was made since, so it no longer stalls a
drag or the next build. Frozen objects are still freed by reference counting; only garbage
cycles among them wait until the case closes, when :func:`forget_frozen` hands them back to
the collector.
"""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer

TICK_MS = 100  # how often the GUI thread looks whether a generation is due


class _Pacing:
    """Process-wide (the collector is): the holds of every batched work and the case
    workers alive. While there is either, automatic collection is off."""

    def __init__(self) -> None:
        self.holds = 0
        self.workers = 0
        self._was_enabled = True
        self._timer: QTimer | None = None
        self._stopping: list[tuple[WorkerClaim, threading.Thread]] = []  # told to stop, not yet stopped

    @property
    def _taken(self) -> bool:
        return self.holds > 0 or self.workers > 0

    def _take(self) -> None:
        if not self._taken:
            self._was_enabled = gc.isenabled()
            gc.disable()

    def _give_back(self) -> None:
        if not self._taken and self._was_enabled:
            gc.enable()

    # -- batched work ----------------------------------------------------------------------
    def hold(self) -> None:
        self._take()
        self.holds += 1

    def release(self) -> None:
        if self.holds == 0:
            return
        self.holds -= 1
        if self.holds == 0:
            # the batches' young garbage first, so that little of it is frozen
            gc.collect(0)
            gc.freeze()
            self._give_back()

    # -- case workers ----------------------------------------------------------------------
    def add_worker(self) -> None:
        self._take()
        self.workers += 1
        timer = self._timer
        if timer is None or not shiboken6.isValid(timer):
            # on the GUI thread: made there (a CaseSession is), and owned by the application
            timer = self._timer = QTimer(QCoreApplication.instance())
            timer.setInterval(TICK_MS)
            timer.timeout.connect(self.tick)
        if not timer.isActive():
            timer.start()

    def remove_worker(self) -> None:
        if self.workers == 0:
            return
        self.workers -= 1
        if self.workers == 0:
            if self._timer is not None and shiboken6.isValid(self._timer):
                self._timer.stop()
            self._give_back()

    def release_when_stopped(self, claim: WorkerClaim, thread: threading.Thread) -> None:
        if (claim, thread) not in self._stopping:
            self._stopping.append((claim, thread))

    def tick(self) -> None:
        """On the GUI thread: what CPython would have collected by now, at most one generation."""
        for claim, thread in list(self._stopping):
            if not thread.is_alive():  # a worker that did not stop in time has stopped since
                self._stopping.remove((claim, thread))
                claim.release()
        if self.workers == 0:
            return
        young, middle, old = gc.get_count()
        t_young, t_middle, t_old = gc.get_threshold()
        if t_young == 0 or young <= t_young:
            return
        if self.holds:  # batched work under way: the youngest only, as between batches
            gc.collect(0)
        elif old > t_old:
            gc.collect(2)
        elif middle > t_middle:
            gc.collect(1)
        else:
            gc.collect(0)


_PACING = _Pacing()


class Holds:
    """One batched work's hold on the collector (at most one at a time). :meth:`release`
    may be called any number of times (finished, cancelled, failed, its owner deleted):
    only a hold taken is given back."""

    def __init__(self) -> None:
        self._held = False

    def take(self) -> None:
        if not self._held:
            self._held = True
            _PACING.hold()

    def release(self) -> None:
        if self._held:
            self._held = False
            _PACING.release()


class WorkerClaim:
    """A case worker's claim: from :func:`claim_for_worker` until :meth:`release` (once the
    worker has stopped), the collector runs on the GUI thread only. Releasing twice is harmless."""

    def __init__(self) -> None:
        self._held = True
        _PACING.add_worker()

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        if self._held:
            self._held = False
            _PACING.remove_worker()

    def release_when_stopped(self, thread: threading.Thread) -> None:
        """The worker was told to stop but still runs: released once it has (seen on the GUI
        thread's timer)."""
        if self._held:
            _PACING.release_when_stopped(self, thread)


def claim_for_worker() -> WorkerClaim:
    """Call on the GUI thread before starting a thread that runs Python beside it."""
    return WorkerClaim()


def collects_on_gui_thread_only() -> bool:
    """No other thread can start a collection now (automatic collection is off, the GUI's
    timer does it)."""
    return _PACING.workers > 0 and not gc.isenabled()


def between_batches() -> None:
    """The youngest generation only, while held: garbage does not pile up meanwhile."""
    if _PACING.holds:
        gc.collect(0)


def forget_frozen() -> None:
    """The case closed: what was frozen goes back to the collector (its cycles can be freed)."""
    gc.unfreeze()
