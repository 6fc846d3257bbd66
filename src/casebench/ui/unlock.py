"""Unlock dialog: the passphrase check (scrypt KDF, database checks) runs on the case worker."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from casebench.services.cases import open_case
from casebench.services.settings import current_user
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.session import CaseSession


class UnlockDialog(QDialog):
    """Non-blocking (window-modal, shown with open()); emits `unlocked` once the case is open."""

    unlocked = Signal(object)  # the Case (owned by the session's worker; do not touch here)

    def __init__(self, session: CaseSession, case_path: str, parent: QWidget | None = None,
                 *, reason: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.case_path = case_path
        self.reason = reason
        self.busy = False
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        form = QFormLayout()
        self.pass_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        form.addRow(self.pass_label, self.passphrase)
        lay.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        lay.addWidget(self.progress)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        plain_labels(self)  # the error quotes what went wrong, possibly with case data
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock case"))
        # rich text for the bold name; the folder name (chosen by whoever made the case) and
        # the reason are escaped so that they are shown as written
        name = html.escape(Path(self.case_path).name, quote=False)
        text = self.tr("Enter the passphrase for the case <b>{name}</b>.").format(name=name)
        if self.reason:
            text = html.escape(self.reason, quote=False) + "<br>" + text
        self.intro.setText(text)
        self.pass_label.setText(self.tr("Passphrase:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_unlock(self) -> None:
        if self.busy:
            return
        secret = self.passphrase.text()
        if not secret:
            self._show_error(self.tr("Type the passphrase first."))
            return
        self.busy = True
        self.error.hide()
        self.progress.show()
        self.passphrase.setEnabled(False)
        self.buttons.setEnabled(False)
        path, user = self.case_path, current_user()
        self.session.open(lambda: open_case(path, secret, user=user),
                          on_done=self._done, on_error=self._failed)

    def _done(self, case: Any) -> None:
        self.busy = False
        self.passphrase.clear()
        self.progress.hide()
        self.accept()
        self.unlocked.emit(case)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self.passphrase.setEnabled(True)
        self.buttons.setEnabled(True)
        self._show_error(plain_error(exc))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if self.busy:  # the worker is deciding; let it finish
            return
        self.passphrase.clear()
        super().reject()
