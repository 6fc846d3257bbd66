"""Changes to entities that may name many relationships again (a rename, a retracted name, a
merge, an unmerge): run with progress and Cancel, the dialog shown only when the work is slow.

Renaming a phone number that 50,000 calls name takes seconds (decision 60): the calls are
named again in the same transaction. A quick save shows no dialog at all; a slow one shows
how many links are named again and can be cancelled, leaving the case as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from casebench.ui.progress import TaskRunner
from casebench.ui.session import ENTITIES, CaseSession

DIALOG_DELAY_MS = 700  # shorter work shows nothing; a dialog flashing on every save would annoy


def _label(done: int, total: int, _message: str) -> str:
    loc = QLocale()
    return QCoreApplication.translate(
        "Renaming", "Naming the linked calls, payments and links again: {done} of {total}").format(
        done=loc.toString(done), total=loc.toString(total))


def run_change(session: CaseSession, parent: QWidget, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> TaskRunner:
    """``fn(case, *args, progress=, cancelled=)`` on the case worker; every view hears the
    change of entities after it succeeds."""
    runner = TaskRunner(session, parent, QCoreApplication.translate("Renaming", "Saving"),
                        QCoreApplication.translate("Renaming", "Saving…"), topic=ENTITIES,
                        delay_ms=DIALOG_DELAY_MS)
    runner.label_format = _label
    runner.finished.connect(on_done)
    runner.failed.connect(on_error)
    runner.start(fn, *args)
    return runner
