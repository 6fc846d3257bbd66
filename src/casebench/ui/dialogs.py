"""The one gate every modal question goes through, so tests can script the answers.

Widgets never call QMessageBox / QFileDialog / QInputDialog / dialog.exec() directly;
they call `ask.confirm(...)`, `ask.text(...)`, `ask.exec(dialog)` and so on. In tests:

    with ask.scripted([True, "reason for retraction", lambda dlg: dlg.accept_with(...)]) as log:
        ...
    # log holds (kind, title, text) of every question that was asked

Each scripted answer is consumed in order; a callable answer is called with the dialog
(for `exec`) or with the question, and its return value is the answer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class ScriptExhausted(AssertionError):
    """A test did not foresee a question the program asked."""


class Ask:
    def __init__(self) -> None:
        self._script: list[Any] | None = None
        self.log: list[tuple[str, str, str]] = []

    @contextlib.contextmanager
    def scripted(self, answers: list[Any]) -> Iterator[list[tuple[str, str, str]]]:
        saved, self._script = self._script, list(answers)
        log: list[tuple[str, str, str]] = []
        saved_log, self.log = self.log, log
        try:
            yield log
        finally:
            self._script, self.log = saved, saved_log

    def _answer(self, kind: str, title: str, text: str, subject: Any = None) -> tuple[bool, Any]:
        if self._script is None:
            return False, None
        self.log.append((kind, title, text))
        if not self._script:
            raise ScriptExhausted(f"unexpected {kind}: {title}: {text}")
        answer = self._script.pop(0)
        if callable(answer):
            answer = answer(subject if subject is not None else text)
        return True, answer

    # -- questions ----------------------------------------------------------------------
    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        scripted, _ = self._answer("info", title, text)
        if not scripted:
            QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        scripted, _ = self._answer("warn", title, text)
        if not scripted:
            QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        scripted, _ = self._answer("error", title, text)
        if not scripted:
            QMessageBox.critical(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        scripted, answer = self._answer("confirm", title, text)
        if scripted:
            return bool(answer)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "",
             secret: bool = False) -> str | None:
        """A line of text, or None when cancelled."""
        scripted, answer = self._answer("text", title, label)
        if scripted:
            return None if answer is None else str(answer)
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(parent, title, label, mode, default)
        return value if ok else None

    def item(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
        scripted, answer = self._answer("item", title, label)
        if scripted:
            return None if answer is None else str(answer)
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return value if ok else None

    def directory(self, parent: QWidget | None, title: str, start: str = "") -> str | None:
        scripted, answer = self._answer("directory", title, start)
        if scripted:
            return None if answer is None else str(answer)
        path = QFileDialog.getExistingDirectory(parent, title, start)
        return path or None

    def open_files(self, parent: QWidget | None, title: str, start: str = "") -> list[str]:
        scripted, answer = self._answer("open_files", title, start)
        if scripted:
            return list(answer or [])
        paths, _ = QFileDialog.getOpenFileNames(parent, title, start)
        return list(paths)

    def save_file(self, parent: QWidget | None, title: str, start: str = "",
                  filter_: str = "") -> str | None:
        scripted, answer = self._answer("save_file", title, start)
        if scripted:
            return None if answer is None else str(answer)
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filter_)
        return path or None

    def exec(self, dialog: QDialog) -> int:
        """Run a modal dialog; scripted answers get the dialog to fill in and return a code."""
        scripted, answer = self._answer("exec", dialog.windowTitle(), type(dialog).__name__, dialog)
        if scripted:
            code = int(answer) if answer is not None else int(dialog.result())
            return code
        return int(dialog.exec())


ask = Ask()

Answer = Callable[[Any], Any]
