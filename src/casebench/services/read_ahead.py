"""Items made on a second thread while the caller's thread uses the ones before them.

A table import reads and plans a row (decoding, phone and date readings, the record key:
pure Python) and then writes it (SQLite, which lets go of the interpreter while it
works). On one thread the two take turns; here the rows are planned ahead on another
thread, in batches, so planning runs while SQLite writes. The caller sees the same items
in the same order, and an exception raised while making an item is raised to the caller
where that item would have come, after every item made before it.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

_POLL = 0.1  # seconds: how soon a producer notices the caller has stopped


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


_DONE = object()


class _Producer(threading.Thread, Generic[T]):
    def __init__(self, items: Iterable[T], batch: int, depth: int) -> None:
        super().__init__(name="read-ahead", daemon=True)
        self.items, self.batch = items, batch
        self.out: queue.Queue[object] = queue.Queue(maxsize=depth)
        self.stop = threading.Event()

    def run(self) -> None:
        made: list[T] = []
        try:
            for item in self.items:
                made.append(item)
                if len(made) >= self.batch:
                    if not self._put(made):
                        return
                    made = []
            end: object = _DONE
        except BaseException as exc:  # handed to the caller, raised there
            end = _Failed(exc)
        if not made or self._put(made):  # the rows made before a failure come first
            self._put(end)

    def _put(self, item: object) -> bool:
        while not self.stop.is_set():
            try:
                self.out.put(item, timeout=_POLL)
                return True
            except queue.Full:
                continue
        return False

    def results(self) -> Iterator[T]:
        while True:
            got = self.out.get()
            if got is _DONE:
                return
            if isinstance(got, _Failed):
                raise got.exc
            yield from got  # type: ignore[misc]


@contextlib.contextmanager
def read_ahead(items: Iterable[T], *, batch: int = 256, depth: int = 16) -> Iterator[Iterator[T]]:
    """Iterate ``items`` on a second thread, at most ``batch * depth`` ahead of the caller.

    Leaving the block stops the second thread (between two items) and waits for it, so
    nothing runs on after the caller has stopped, whether it finished, broke off or
    failed. ``items`` must not be used by the caller's thread meanwhile."""
    producer: _Producer[T] = _Producer(items, batch, depth)
    producer.start()
    try:
        yield producer.results()
    finally:
        producer.stop.set()
        producer.join()
