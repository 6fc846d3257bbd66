"""Python's garbage collector kept out of long GUI-thread work done in batches.

A full (oldest-generation) collection walks every tracked object of the process: 30–120 ms
once a 2,000-node chart (about 57,000 objects) and a case are loaded, and it ran inside
whichever batch of the chart's build happened to cross its threshold. While a batched
work is *held*, automatic collection is off and only the youngest generation is collected
between batches (about a millisecond). When the last hold is released, everything alive is
frozen (``gc.freeze``): the chart and the case stay in memory anyway, and a later full
collection then walks only what was made since, so it no longer stalls a drag or the next
build. Frozen objects are still freed by reference counting; only garbage cycles among them
wait until the case closes, when :func:`forget_frozen` hands them back to the collector.
"""

from __future__ import annotations

import gc


class _Pacing:
    """Process-wide (the collector is): counts the holds of every batched work."""

    def __init__(self) -> None:
        self.holds = 0
        self._was_enabled = True

    def hold(self) -> None:
        if self.holds == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
        self.holds += 1

    def release(self) -> None:
        if self.holds == 0:
            return
        self.holds -= 1
        if self.holds == 0:
            # the batches' young garbage first, so that little of it is frozen
            gc.collect(0)
            gc.freeze()
            if self._was_enabled:
                gc.enable()


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


def between_batches() -> None:
    """The youngest generation only, while held: garbage does not pile up meanwhile."""
    if _PACING.holds:
        gc.collect(0)


def forget_frozen() -> None:
    """The case closed: what was frozen goes back to the collector (its cycles can be freed)."""
    gc.unfreeze()
