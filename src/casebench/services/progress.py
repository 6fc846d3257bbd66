"""The contract for long work: progress(done, total, message) and cancelled() -> bool."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class OperationCancelled(Exception):
    """The user pressed Cancel; the case is as it was before the operation."""

    def __init__(self, what: str = "operation") -> None:
        super().__init__(f"{what} cancelled; nothing was changed")


def no_progress(done: int, total: int, message: str) -> None:
    return None


def never_cancelled() -> bool:
    return False
