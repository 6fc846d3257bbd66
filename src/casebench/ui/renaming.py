"""Changes to entities that may name many relationships again (a rename, a retracted name, a
merge, an unmerge): run with progress and Cancel, the dialog shown only when the work is slow.

Renaming a phone number that 50,000 calls name takes seconds (decision 60): the calls are
named again in the same transaction. A quick save shows no dialog at all; a slow one shows
how many links are named again and can be cancelled, leaving the case as it was.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from casebench.ui.progress import TaskRunner
from casebench.ui.session import ENTITIES, CaseSession

DIALOG_DELAY_MS = 700  # shorter work shows nothing; a dialog flashing on every save would annoy


class Change(enum.Enum):
    """What a change does, as its dialog's title and first words say it (a retraction
    titled "Saving" read as if it saved something)."""

    SAVE = (QT_TRANSLATE_NOOP("Renaming", "Saving values"), QT_TRANSLATE_NOOP("Renaming", "Saving the values…"))
    RETRACT = (QT_TRANSLATE_NOOP("Renaming", "Retracting a value"),
               QT_TRANSLATE_NOOP("Renaming", "Retracting the value…"))
    MERGE = (QT_TRANSLATE_NOOP("Renaming", "Merging entities"), QT_TRANSLATE_NOOP("Renaming", "Merging…"))
    UNMERGE = (QT_TRANSLATE_NOOP("Renaming", "Unmerging an entity"), QT_TRANSLATE_NOOP("Renaming", "Unmerging…"))

    def title(self) -> str:
        return QCoreApplication.translate("Renaming", str(self.value[0]))

    def label(self) -> str:
        return QCoreApplication.translate("Renaming", str(self.value[1]))


def _label(done: int, total: int, _message: str) -> str:
    loc = QLocale()
    return QCoreApplication.translate(
        "Renaming", "Naming the linked calls, payments and links again: {done} of {total}").format(
        done=loc.toString(done), total=loc.toString(total))


def run_change(session: CaseSession, parent: QWidget, change: Change, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> TaskRunner:
    """``fn(case, *args, progress=, cancelled=)`` on the case worker, its dialog (if the work
    is slow) titled by what it does (``change``); every view hears the change of entities
    after it succeeds."""
    runner = TaskRunner(session, parent, change.title(), change.label(), topic=ENTITIES,
                        delay_ms=DIALOG_DELAY_MS)
    runner.label_format = _label
    runner.finished.connect(on_done)
    runner.failed.connect(on_error)
    runner.start(fn, *args)
    return runner
