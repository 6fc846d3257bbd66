"""The investigator's identity: create it (first use), unlock it for export and import.

The identity (signing and encryption keys, services.identity) is shared by all cases on
this computer; its passphrase also unlocks the partner directory. Both KDF runs happen on
the worker; the passphrase is kept only as long as the dialog that needs it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
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

from casebench.services import identity as identity_svc
from casebench.services import partners as partners_svc
from casebench.services.identity import WorkbenchIdentity, to_words
from casebench.services.partners import PartnerDirectory
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.dialogs import ask
from casebench.ui.session import CaseSession
from casebench.ui.wizard import MIN_PASSPHRASE, country_combo, strength_bits


@dataclass
class Keys:
    """An unlocked identity, its partner directory and the passphrase that saves the directory."""

    identity: WorkbenchIdentity
    partners: PartnerDirectory
    passphrase: str


def load_keys(passphrase: str) -> Keys:
    """Runs on the worker: unlock the identity and the partner directory."""
    ident = identity_svc.unlock(passphrase)
    return Keys(ident, partners_svc.load(passphrase), passphrase)


def create_keys(passphrase: str, name: str, agency: str, country: str) -> Keys:
    ident = identity_svc.create(passphrase, name=name, agency=agency, country=country)
    return Keys(ident, partners_svc.load(passphrase), passphrase)


def fingerprint_words(fingerprint_hex: str) -> str:
    """The words for a fingerprint given in hex groups ("1A2B 3C4D …"), or "" if it is not hex."""
    try:
        return " ".join(to_words(bytes.fromhex(fingerprint_hex.replace(" ", ""))))
    except ValueError:
        return ""


HINT_LINES = 3  # the validation advice wraps to at most this many lines at the dialog's width


class IdentityDialog(QDialog):
    """Name, agency, country and passphrase (twice); creates the identity on the worker."""

    created = Signal(object)  # Keys

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.keys: Keys | None = None
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Your investigator identity"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("identityIntro")
        self.intro.setWordWrap(True)
        text = self.tr(
            "Your identity is a pair of keys that belongs to you, not to a case. It <b>signs</b> "
            "the bundles you send, so partners can prove they come from you and were not altered, "
            "and it lets partners <b>encrypt</b> bundles that only you can open. It is kept "
            "encrypted on this computer and serves all your cases.<br><br>"
            "Your name, agency and country go on your public contact card, which you give to "
            "partners; read them its fingerprint by phone or in person so they can check it.")
        self.intro.setTextFormat(Qt.TextFormat.RichText)  # our own bold; the reason is escaped
        self.intro.setText(((html.escape(reason, quote=False) + "<br><br>") if reason else "") + text)
        lay.addWidget(self.intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("identityName")
        self.name.setPlaceholderText(self.tr("e.g. Ana Ruiz"))
        self.agency = QLineEdit()
        self.agency.setObjectName("identityAgency")
        self.agency.setPlaceholderText(self.tr("e.g. UDYCO Madrid"))
        self.country = country_combo()
        self.country.setObjectName("identityCountry")
        self.first = QLineEdit()
        self.first.setObjectName("identityPassphrase1")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("identityPassphrase2")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("identityHint")
        self.hint.setWordWrap(True)
        # room for the longest advice from the start: the dialog must not grow while the user types
        # (it moved the fields under the pointer between two clicks)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint.setFixedHeight(self.hint.fontMetrics().lineSpacing() * HINT_LINES + 4)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Agency:"), self.agency)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Identity passphrase:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        form.addRow("", self.hint)
        lay.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        lay.addWidget(self.progress)
        self.error = QLabel()
        self.error.setObjectName("identityError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create identity"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.create_identity)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for edit in (self.name, self.first, self.second):
            edit.textChanged.connect(self._update)
        self._update()
        plain_labels(self)  # case data in labels is shown as written, never as markup

    def problem(self) -> str:
        secret = self.first.text()
        if not self.name.text().strip():
            return self.tr("Give your name as partners know you.")
        if len(secret) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {n} characters; use several unrelated "
                           "words.").format(n=MIN_PASSPHRASE)
        if strength_bits(secret) < 50:
            return self.tr("Weak: add more words.")
        if secret != self.second.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or self.tr("Ready. Keep this passphrase safe: without it your "
                                             "identity cannot be used and partners need a new card."))
        # what is still missing is advice until the user has typed something; then it is a problem
        touched = any(e.text() for e in (self.name, self.first, self.second))
        self.hint.setStyleSheet("color: #1b7a1b;" if not problem else
                                "color: #b00020;" if touched else "color: #555;")
        self.ok.setEnabled(not problem and not self.busy)

    def create_identity(self) -> None:
        if self.busy or self.problem():
            return
        self.busy = True
        self.error.hide()
        self.progress.show()
        self.ok.setEnabled(False)
        secret = self.first.text()
        self.session.run_plain(create_keys, secret, self.name.text().strip(), self.agency.text().strip(),
                               str(self.country.currentData() or ""), on_done=self._done,
                               on_error=self._failed)

    def _done(self, keys: Keys) -> None:
        self.busy = False
        self.keys = keys
        self.progress.hide()
        self._wipe()
        self.accept()
        self.created.emit(keys)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self.error.setText(plain_error(exc))
        self.error.show()
        self._update()

    def _wipe(self) -> None:
        self.first.clear()
        self.second.clear()

    def reject(self) -> None:
        if self.busy:
            return
        self._wipe()
        super().reject()


class IdentityUnlockDialog(QDialog):
    """Asked once when a case opens: unlock the identity so records name the investigator.

    Not blocking: the case is usable meanwhile, and "Not now" keeps the computer login."""

    unlocked = Signal(object)  # Keys

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False
        self.setObjectName("identityUnlockDialog")
        self.setWindowTitle(self.tr("Your investigator identity"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Unlock your identity so that the audit log, custody events and new values record "
            "your name, agency and key — not only this computer's login. It stays unlocked "
            "until the case is closed or locked."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("identityUnlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Identity passphrase:"), self.passphrase)
        lay.addLayout(form)
        self.progress = QProgressBar()  # the key derivation takes a second or two
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        lay.addWidget(self.progress)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        plain_labels(self)

    def unlock(self) -> None:
        secret = self.passphrase.text()
        if self.busy or not secret:
            return
        self.busy = True
        self.error.hide()
        self.progress.show()
        self.passphrase.setEnabled(False)
        self.ok.setEnabled(False)
        self.session.run_plain(load_keys, secret, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, keys: Keys) -> None:
        self.busy = False
        self.passphrase.clear()
        self.unlocked.emit(keys)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self.passphrase.setEnabled(True)
        self.ok.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.error.setText(plain_error(exc))
        self.error.show()

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()


class KeyGate(QObject):
    """Get the unlocked identity for export or import; create it first when there is none.

    `KeyGate(session, parent).request(on_ready)`: calls `on_ready(keys)` on success; nothing
    (after telling the user why) when cancelled or refused.
    """

    def __init__(self, session: CaseSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.dialog: IdentityDialog | None = None

    def request(self, on_ready: Callable[[Keys], None], purpose: str = "") -> None:
        if not identity_svc.exists():
            reason = self.tr("Sending and receiving partner bundles needs your investigator identity, "
                        "and this computer has none yet. Create it now; it takes a moment.")
            dialog = IdentityDialog(self.session, self.widget, reason=reason)
            dialog.created.connect(on_ready)
            self.dialog = dialog
            dialog.open()
            return
        if self.session.keys is not None:  # unlocked once for this session
            on_ready(self.session.keys)
            return
        text = ask.text(self.widget, self.tr("Identity passphrase"),
                        purpose or self.tr("Passphrase of your investigator identity (it also unlocks "
                                      "your partner directory):"), secret=True)
        if not text:
            return
        self.session.run_plain(load_keys, text, on_done=lambda keys: self._ready(keys, on_ready),
                               on_error=lambda exc: ask.error(self.widget, self.tr("Identity passphrase"),
                                                              plain_error(exc)))

    def _ready(self, keys: Keys, on_ready: Callable[[Keys], None]) -> None:
        if self.session.is_open:
            self.session.keys = keys
        on_ready(keys)
