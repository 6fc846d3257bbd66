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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)


def _box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
         buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box whose text is shown as written: messages quote case data (names from
    partners' bundles), and QMessageBox would otherwise render any markup in them."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _plain_input(dialog: QInputDialog) -> None:
    """QInputDialog's label interprets markup; its label text can quote case data."""
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


class ScriptExhausted(AssertionError):
    """A test did not foresee a question the program asked."""


class Ask:
    def __init__(self) -> None:
        self._script: list[Any] | None = None
        self.log: list[tuple[str, str, str]] = []
        self._choices: list[QMessageBox] = []  # choices on screen, for `cancel_choices`

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
            _box(QMessageBox.Icon.Information, parent, title, text).exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        scripted, _ = self._answer("warn", title, text)
        if not scripted:
            _box(QMessageBox.Icon.Warning, parent, title, text).exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        scripted, _ = self._answer("error", title, text)
        if not scripted:
            _box(QMessageBox.Icon.Critical, parent, title, text).exec()

    def failure(self, parent: QWidget | None, title: str, text: str, details: str) -> QMessageBox | None:
        """An unexpected failure: plain words, the traceback behind Details. Does not block
        (it can arrive at any moment from the worker), so it is shown, not executed."""
        scripted, _ = self._answer("failure", title, text, details)
        if scripted:
            return None
        box = _box(QMessageBox.Icon.Critical, parent, title, text)
        box.setObjectName("failureMessage")
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def notice(self, parent: QWidget | None, title: str, text: str) -> QMessageBox | None:
        """Something the user must read, that asks nothing: shown without blocking."""
        scripted, _ = self._answer("notice", title, text)
        if scripted:
            return None
        box = _box(QMessageBox.Icon.Warning, parent, title, text)
        box.setObjectName("noticeMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        scripted, answer = self._answer("confirm", title, text)
        if scripted:
            return bool(answer)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = _box(QMessageBox.Icon.Question, parent, title, text, buttons)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, parent: QWidget | None, title: str, text: str,
               buttons: QMessageBox.StandardButton,
               default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        """A question answered by one of ``buttons`` (Save / Discard / Cancel); Escape is Cancel."""
        scripted, answer = self._answer("choose", title, text)
        if scripted:
            return QMessageBox.StandardButton(answer)
        box = _box(QMessageBox.Icon.Question, parent, title, text, buttons)
        box.setDefaultButton(default)
        self._choices.append(box)
        try:
            return QMessageBox.StandardButton(box.exec())
        finally:
            self._choices.remove(box)
            box.deleteLater()

    def cancel_choices(self) -> None:
        """Answer Cancel to the choices on screen (the case locks itself while one waits)."""
        for box in list(self._choices):
            cancel = box.button(QMessageBox.StandardButton.Cancel)
            if cancel is not None:
                cancel.click()
            else:
                box.reject()

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "",
             secret: bool = False) -> str | None:
        """A line of text, or None when cancelled."""
        scripted, answer = self._answer("text", title, label)
        if scripted:
            return None if answer is None else str(answer)
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
        dialog.setTextValue(default)
        _plain_input(dialog)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()
        return value if ok else None

    def item(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
        scripted, answer = self._answer("item", title, label)
        if scripted:
            return None if answer is None else str(answer)
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        _plain_input(dialog)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()
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
