"""Unexpected failures: kept in memory with their traceback, shown in plain words.

Nothing here is ever written to disk: a traceback can carry case data (names in an
exception message), and the case's data stays inside the encrypted case. The list lives
as long as the process and can be read from the Details button of the message.
"""

from __future__ import annotations

import sys
import traceback
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from casebench.services.errors import CodedError
from casebench.ui.common import plain_error
from casebench.ui.dialogs import ask

KEEP = 100


@dataclass(frozen=True)
class Failure:
    at: str  # UTC, ISO 8601
    kind: str  # exception type
    message: str  # what the user was shown: the window's words for its code, else its text
    trace: str
    code: str = ""  # the error's code (errors as data), for technical support

    def details(self) -> str:
        kind = f"{self.kind} [{self.code}]" if self.code else self.kind
        return f"{self.at}  {kind}\n\n{self.trace}".rstrip()


ERRORS: deque[Failure] = deque(maxlen=KEEP)


def record(exc: BaseException, trace: str = "") -> Failure:
    if not trace:
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    failure = Failure(datetime.now(UTC).isoformat(timespec="seconds"), type(exc).__name__,
                      plain_error(exc), trace, exc.code if isinstance(exc, CodedError) else "")
    ERRORS.append(failure)
    return failure


def report(exc: BaseException, trace: str = "", owner: QObject | None = None) -> None:
    """The default failure handler: keep the traceback in memory, tell the user plainly."""
    failure = record(exc, trace)
    parent: QWidget | None = owner.window() if isinstance(owner, QWidget) else None
    if parent is None:
        parent = QApplication.activeWindow()
    ask.failure(parent, QCoreApplication.translate("failures", "Something went wrong"), failure.message,
                failure.details())


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report(exc, "".join(traceback.format_exception(kind, exc, tb)))


def install_excepthook() -> None:
    """Exceptions in Qt slots and callbacks reach the user instead of a terminal nobody reads."""
    sys.excepthook = _hook
