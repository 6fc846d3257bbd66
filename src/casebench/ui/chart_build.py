"""Long GUI-thread work (making a big chart's items) cut into time-boxed batches.

Graphics items can only be made on the GUI thread, and 2,000 nodes with 5,000 links
took more than a second there in one go. :class:`Batches` runs a generator a step at a
time and gives the event loop back whenever a batch has used its time budget, so the
window keeps answering (input, repaints, the progress line) while a chart is drawn.
Small work (``sync_steps`` steps or fewer) is done at once, as before: a chart of a few
dozen entities is on screen when ``rebuild()`` returns.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal


class Batches(QObject):
    """Run one generator's steps across event-loop turns, ``budget_ms`` per turn at most
    (give or take one step). Starting new work cancels the unfinished one."""

    finished = Signal()  # the work ran to its end (not emitted when cancelled)

    budget_ms = 30.0

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

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, steps: Iterator[object], on_done: Callable[[], None], *, at_once: bool = False,
              on_batch: Callable[[], None] | None = None) -> None:
        """Run ``steps``; ``on_done`` after the last. ``at_once``: all now, in this call.
        ``on_batch`` is called after each batch that leaves work for a later turn."""
        self.cancel()
        self._steps, self._done, self._batch = steps, on_done, on_batch
        self.turns = 0
        if at_once:
            for _ in steps:
                pass
            self._finish()
            return
        self._run()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = self._done = self._batch = None

    def finish_now(self) -> None:
        """Do what is left in this call (a drag starts, the view scrolls)."""
        if self._steps is None:
            return
        self._timer.stop()
        for _ in self._steps:
            pass
        self._finish()

    def _run(self) -> None:
        steps = self._steps
        if steps is None:
            return
        self.turns += 1
        end = time.perf_counter() + self.budget_ms / 1000.0
        for _ in steps:
            if time.perf_counter() >= end:
                if self._batch is not None:
                    self._batch()
                if self._steps is steps:  # not cancelled by on_batch
                    self._timer.start()
                return
        if self._steps is steps:
            self._finish()

    def _finish(self) -> None:
        done = self._done
        self._steps = self._done = self._batch = None
        if done is not None:
            done()
        self.finished.emit()
