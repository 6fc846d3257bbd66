"""Long work on the case worker with a progress dialog (bytes / files, Cancel); never blocks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from casebench.ui.session import CaseSession

SCALE = 1000  # QProgressDialog takes int; work is reported in bytes that can exceed 2**31


class TaskRunner(QObject):
    """Run `fn(case, *args, progress=, cancelled=)`; emits finished(result) or failed(exc)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget, title: str, label: str, *,
                 needs_case: bool = True, topic: str = "", delay_ms: int = 0) -> None:
        super().__init__(parent)
        self.session = session
        self.needs_case = needs_case  # False: fn(*args, progress=, cancelled=) without a case
        self.topic = topic  # the work changes the case: views hear `changed(topic)` after it
        # > 0: the dialog appears only if the work is still running then (a save that renames
        # a few links should not flash a dialog; one renaming 50,000 calls shows it)
        self.delay_ms = delay_ms
        self.task_id: int | None = None
        self.cancel_requested = False
        self.last_progress: tuple[int, int, str] = (0, 0, "")
        self.label_format: Callable[[int, int, str], str] | None = None
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, SCALE, parent)
        self.dialog.setObjectName("taskProgress")
        shown = QLabel(label)  # progress messages name files and entities: plain text
        shown.setTextFormat(Qt.TextFormat.PlainText)
        self.dialog.setLabel(shown)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(delay_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
        self.dialog.setValue(0)  # starts the dialog's own timer: shown after `delay_ms`
        if not self.delay_ms:
            self.dialog.show()
        self.task_id = self.session.run_task(fn, *args, on_done=self._done, on_error=self._failed,
                                             on_progress=self._progress, needs_case=self.needs_case,
                                             topic=self.topic, **kwargs)
        return self.task_id

    def cancel(self) -> None:
        if self.task_id is not None and not self.cancel_requested:
            self.cancel_requested = True
            self.session.cancel(self.task_id)
            self.dialog.setLabelText(self.tr("Cancelling… the case is being put back as it was.")
                                     if self.needs_case else self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, message: str) -> None:
        self.last_progress = (done, total, message)
        if self.cancel_requested:
            return
        if total > 0:
            self.dialog.setValue(min(SCALE, int(done * SCALE / total)))
        label = self.label_format(done, total, message) if self.label_format else message
        if label:
            self.dialog.setLabelText(label)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()  # stops its timer: a delayed dialog never appears after the work
        self.dialog.hide()
        self.dialog.deleteLater()

    def _done(self, result: Any) -> None:
        self._close()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        self.failed.emit(exc)
