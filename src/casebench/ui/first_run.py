"""First run: build the demo case off the GUI thread (with progress and Cancel), then open it.

The demo case lives under the user data folder (services.settings.user_home()/demo) and
opens with the passphrase `demo`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from casebench.services.demo import DEMO_PASSPHRASE, build_demo
from casebench.services.settings import user_home
from casebench.ui.session import CaseSession

SCALE = 1000


def demo_path() -> Path:
    return user_home() / "demo" / "Mar-Azul.casebench"


def demo_exists() -> bool:
    return (demo_path() / "case.json").is_file()


def build_demo_case(*, progress: Any, cancelled: Any) -> Path:
    path = demo_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return build_demo(path, passphrase=DEMO_PASSPHRASE, replace=True, progress=progress,
                      cancelled=cancelled).path


class PlainTask(QObject):
    """Like progress.TaskRunner, for work that needs no open case (session.run_plain)."""

    finished = Signal(object)
    failed = Signal(object)
    _progressed = Signal(int, int, str)

    def __init__(self, session: CaseSession, parent: QWidget, title: str, label: str) -> None:
        super().__init__(parent)
        self.session = session
        self._flag = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, SCALE, parent)
        self.dialog.setObjectName("plainTaskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._on_progress)  # queued: emitted on the worker

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.dialog.setValue(0)
        self.dialog.show()

        def progress(done: int, total: int, message: str) -> None:
            self._progressed.emit(done, total, message)

        self.session.run_plain(fn, *args, progress=progress, cancelled=self._flag.is_set,
                               on_done=self._done, on_error=self._failed, **kwargs)

    def cancel(self) -> None:
        self._flag.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._flag.is_set():
            return
        if total > 0:
            self.dialog.setValue(min(SCALE, int(done * SCALE / total)))
        if message:
            self.dialog.setLabelText(message)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.hide()
        self.dialog.deleteLater()

    def _done(self, result: Any) -> None:
        self._close()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        self.failed.emit(exc)
