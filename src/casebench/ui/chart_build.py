"""Long GUI-thread work (making a big chart's items) cut into time-boxed batches.

Graphics items can only be made on the GUI thread, and 2,000 nodes with 5,000 links
took more than a second there in one go. :class:`Batches` runs a generator a step at a
time and gives the event loop back whenever a batch has used its time budget, so the
window keeps answering (input, repaints, the progress line) while a chart is drawn.
Small work (``sync_steps`` steps or fewer) is done at once, as before: a chart of a few
dozen entities is on screen when ``rebuild()`` returns. While work runs in batches, Python's
full garbage collection is held off (``gc_pacing``): it took a whole batch's time and more.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from casebench.ui import gc_pacing


class Batches(QObject):
    """Run one generator's steps across event-loop turns, ``budget_ms`` per turn at most
    (give or take one step). Starting new work cancels the unfinished one."""

    finished = Signal()  # the work ran to its end (not emitted when cancelled)

    # 30 ms left 40-55 ms gaps on a quiet machine (a step may pass the budget, and Qt's own
    # work between batches counts too); 20 ms: 37-48 ms for the same total time
    budget_ms = 20.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Iterator[object] | None = None
        self._done: Callable[[], None] | None = None
        self._batch: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)
        self.turns = 0  # event-loop turns the last work took (tests)
        self._turn_ends = False
        holds = self._holds = gc_pacing.Holds()
        # deleted mid-work (its tab closed): the collector must not stay held off
        self.destroyed.connect(lambda *_: holds.release())

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, steps: Iterator[object], on_done: Callable[[], None], *, at_once: bool = False,
              on_batch: Callable[[], None] | None = None, later: bool = False) -> None:
        """Run ``steps``; ``on_done`` after the last. ``at_once``: all now, in this call.
        ``on_batch`` is called after each batch that leaves work for a later turn. ``later``:
        the first batch too (what called this, a paint say, is not made any longer)."""
        self.cancel()
        self._steps, self._done, self._batch = steps, on_done, on_batch
        self.turns = 0
        self._turn_ends = False
        if at_once:
            for _ in steps:
                pass
            self._finish()
            return
        self._holds.take()
        if later:
            self._timer.start()
        else:
            self._run()

    def hold(self) -> None:
        """Work to be started soon is being prepared elsewhere (the worker makes what the
        steps will draw): the collector is held off from now, not only from ``start``."""
        self._holds.take()

    def end_turn(self) -> None:
        """Called by a step: what follows it waits for the next turn of the event loop."""
        self._turn_ends = True

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = self._done = self._batch = None
        self._holds.release()

    def finish_now(self) -> None:
        """Do what is left in this call (a drag starts, the view scrolls)."""
        if self._steps is None:
            return
        self._timer.stop()
        try:
            for _ in self._steps:
                pass
        except BaseException:
            self.cancel()
            raise
        self._finish()

    def _run(self) -> None:
        steps = self._steps
        if steps is None:
            return
        self.turns += 1
        gc_pacing.between_batches()
        end = time.perf_counter() + self.budget_ms / 1000.0
        try:
            for _ in steps:
                if self._turn_ends or time.perf_counter() >= end:
                    self._turn_ends = False
                    if self._batch is not None:
                        self._batch()
                    if self._steps is steps:  # not cancelled by on_batch
                        self._timer.start()
                    return
        except BaseException:
            self.cancel()  # a failed step ends the work (and its hold on the collector)
            raise
        if self._steps is steps:
            self._finish()

    def _finish(self) -> None:
        done = self._done
        self._steps = self._done = self._batch = None
        self._holds.release()
        if done is not None:
            done()
        self.finished.emit()
