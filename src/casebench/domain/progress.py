"""The contract for long work, for every layer: `progress(done, total, message)`,
`cancelled() -> bool`, and one exception, `OperationCancelled`, raised wherever a cancel is
noticed and let through unchanged up to the CLI or the window."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]  # the question "has the user pressed Cancel?"


class OperationCancelled(Exception):
    """The user pressed Cancel; the case is as it was before the operation."""

    def __init__(self, what: str = "operation") -> None:
        super().__init__(f"{what} cancelled; nothing was changed")
        self.what = what


def no_progress(done: int, total: int, message: str) -> None:
    return None


def never_cancelled() -> bool:
    return False
