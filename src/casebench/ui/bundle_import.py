"""Import dialog: choose a .cbx, watch every verification step, decide on an unknown sender key.

services.bundles.import_bundle verifies everything (header, decryption, tar rules,
signature against the pinned key, hashes, manifest caps), stages, then commits in one
transaction or nothing. A bundle signed by an unknown or changed key is refused; the
dialog then shows the key's fingerprint (hex groups and words) in a loud warning and
imports again with `accept_key` only after the user ticked that they compared it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebench.services import bundles
from casebench.services.bundles import ImportResult
from casebench.services.errors import FutureDated, SignerKeyChanged, UnknownSigner
from casebench.services.progress import OperationCancelled
from casebench.ui import moments
from casebench.ui.common import plain_error, plain_labels, plain_tip
from casebench.ui.dialogs import ask
from casebench.ui.identity_dialog import Keys, fingerprint_words
from casebench.ui.progress import TaskRunner
from casebench.ui.session import CaseSession

STEP_MS = 120  # the verification steps appear one after another

OK_COLOUR = "#1b7a1b"
BAD_COLOUR = "#b00020"


class KeyWarning(QFrame):
    """The loud part: who claims to have sent it, the fingerprint, and an explicit confirmation."""

    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyWarning")
        self.setStyleSheet("#keyWarning { background: #fff1f0; border: 2px solid #b00020; "
                           "border-radius: 4px; } QLabel { background: transparent; }")
        lay = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("keyWarningTitle")
        self.title.setStyleSheet("color: #b00020; font-weight: bold; font-size: 13pt;")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fp_hex = QLabel()
        self.fp_hex.setObjectName("fingerprintHex")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(mono.pointSizeF() * 1.25)
        mono.setBold(True)
        self.fp_hex.setFont(mono)
        self.fp_hex.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fp_words = QLabel()
        self.fp_words.setObjectName("fingerprintWords")
        self.fp_words.setWordWrap(True)
        self.fp_words.setStyleSheet("font-weight: bold;")
        self.fp_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QCheckBox(self.tr("I compared this fingerprint with the sender by phone or in "
                                         "person, and it matches exactly."))
        self.confirm.setObjectName("confirmFingerprint")
        self.accept_button = QPushButton(self.tr("Accept this key and import"))
        self.accept_button.setObjectName("acceptKey")
        self.accept_button.setEnabled(False)
        self.confirm.toggled.connect(self.accept_button.setEnabled)
        self.accept_button.clicked.connect(self._accept)
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint:"), self.fp_hex)
        form.addRow(self.tr("In words:"), self.fp_words)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addLayout(form)
        lay.addWidget(self.confirm)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_button)
        lay.addLayout(row)

    def show_for(self, exc: UnknownSigner) -> None:
        changed = isinstance(exc, SignerKeyChanged)
        if changed:
            self.title.setText(self.tr("WARNING: the sender's key has CHANGED"))
            intro = self.tr("Someone who claims to be a partner you already know signed this bundle "
                            "with a different key. This can mean an impostor. Do not accept it unless "
                            "the partner confirms the new fingerprint by phone or in person.")
        else:
            self.title.setText(self.tr("Unknown sender key"))
            intro = self.tr("This bundle is signed by a key that is not in your partner directory. "
                            "Compare the fingerprint below with the sender out of band before "
                            "accepting it.")
        self.text.setText(intro)
        self.text.setToolTip(plain_tip(plain_error(exc)))  # the window's words: no CLI flags
        fp = exc.fingerprint or ""
        self.fp_hex.setText(fp or self.tr("(the bundle does not give the sender's card)"))
        self.fp_words.setText(fingerprint_words(fp) if fp else "")
        self.confirm.setChecked(False)
        self.confirm.setEnabled(bool(fp))
        self.show()

    def _accept(self) -> None:
        if self.confirm.isChecked():
            self.accepted.emit()


class ClockWarning(QFrame):
    """A bundle dated too far ahead: refused unless the user confirmed the sender's clock.

    A future date is how an old bundle could be made to look new, so the override needs a
    confirmation out of band; it is recorded in the audit log with the bundle's date."""

    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockWarning")
        self.setStyleSheet("#clockWarning { background: #fff8e1; border: 2px solid #b26a00; "
                           "border-radius: 4px; } QLabel { background: transparent; }")
        lay = QVBoxLayout(self)
        self.title = QLabel(self.tr("The bundle is dated in the future"))
        self.title.setStyleSheet("color: #b26a00; font-weight: bold; font-size: 12pt;")
        self.text = QLabel()
        self.text.setObjectName("clockWarningText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm = QCheckBox(self.tr("I confirmed with the sender (by phone or in person) that "
                                         "their computer's clock was wrong."))
        self.confirm.setObjectName("confirmClock")
        self.accept_button = QPushButton(self.tr("Import anyway (recorded in the audit log)"))
        self.accept_button.setObjectName("acceptClock")
        self.accept_button.setEnabled(False)
        self.confirm.toggled.connect(self.accept_button.setEnabled)
        self.accept_button.clicked.connect(self._accept)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addWidget(self.confirm)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_button)
        lay.addLayout(row)

    def show_for(self, exc: FutureDated) -> None:
        self.text.setText(self.tr(
            "It says it was made on {made}, but this computer's clock says {now}. Partners' "
            "bundles are never dated more than 48 hours ahead; an old bundle dated forward could "
            "bring back what the sender has since retracted. If the sender's clock was wrong, "
            "confirm it with them before importing.").format(
                made=moments.readable(exc.created_at), now=moments.readable(exc.now)))
        self.confirm.setChecked(False)
        self.show()

    def _accept(self) -> None:
        if self.confirm.isChecked():
            self.accepted.emit()


class ImportDialog(QDialog):
    """Shown with open(); emits `imported(ImportResult)` when a bundle was committed."""

    imported = Signal(object)

    def __init__(self, session: CaseSession, keys: Keys, parent: QWidget | None = None,
                 path: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.keys = keys
        self.runner: TaskRunner | None = None
        self.result_: ImportResult | None = None
        self.refusal: BaseException | None = None
        self.steps_shown = False
        self._key_accepted = False  # kept when the clock is confirmed after the key was
        self._pending_steps: list[str] = []
        self._seen_progress: set[str] = set()
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a partner bundle"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(680, 520)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("The bundle is checked completely before anything enters the case: "
                               "encryption, signature against the sender's pinned key, every hash and "
                               "the manifest. Then it is committed in one step, or not at all."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit(path)
        self.path.setObjectName("bundlePath")
        self.path.setPlaceholderText(self.tr("FILE.cbx"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Bundle:"), row)
        self.key_file = QLineEdit()
        self.key_file.setObjectName("keyFile")
        self.key_file.setPlaceholderText(self.tr("only for passphrase mode: FILE.cbx.key.age"))
        self.key_pass = QLineEdit()
        self.key_pass.setObjectName("keyPassphrase")
        self.key_pass.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Key file:"), self.key_file)
        form.addRow(self.tr("Key file passphrase:"), self.key_pass)
        lay.addLayout(form)
        self.steps_label = QLabel(self.tr("Verification steps:"))
        lay.addWidget(self.steps_label)
        self.steps = QListWidget()
        self.steps.setObjectName("importSteps")
        self.steps.setWordWrap(True)
        lay.addWidget(self.steps, 1)
        self.warning = KeyWarning()
        self.warning.hide()
        self.warning.accepted.connect(lambda: self.start(accept_key=True))
        lay.addWidget(self.warning)
        self.clock_warning = ClockWarning()
        self.clock_warning.hide()
        self.clock_warning.accepted.connect(lambda: self.start(accept_key=self._key_accepted,
                                                               accept_clock=True))
        lay.addWidget(self.clock_warning)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(lambda: self.start())
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(STEP_MS)
        self._timer.timeout.connect(self._next_step)
        self.path.textChanged.connect(lambda _t: self._update())
        self._update()
        plain_labels(self)  # case data in labels is shown as written, never as markup

    def _update(self) -> None:
        self.import_button.setEnabled(bool(self.path.text().strip()) and self.runner is None)

    def _browse(self) -> None:
        paths = ask.open_files(self, self.tr("Choose a bundle (.cbx)"), str(Path(self.path.text()).parent))
        if paths:
            self.path.setText(paths[0])
            key = Path(paths[0] + ".key.age")
            if key.is_file() and not self.key_file.text():
                self.key_file.setText(str(key))

    # -- running --------------------------------------------------------------------------------
    def start(self, accept_key: bool = False, accept_clock: bool = False) -> None:
        path = self.path.text().strip()
        if not path or self.runner is not None:
            return
        self._key_accepted = accept_key
        self.clock_warning.hide()
        self.steps.clear()
        self._seen_progress.clear()
        self.summary.clear()
        self.warning.hide()
        self.refusal = None
        self.steps_shown = False
        runner = TaskRunner(self.session, self, self.tr("Import a partner bundle"),
                            self.tr("Checking and importing the bundle…"))
        runner.label_format = self._progress
        self.runner = runner
        runner.finished.connect(self._done)
        runner.failed.connect(self._failed)
        self._update()
        key_file = self.key_file.text().strip() or None
        runner.start(bundles.import_bundle, path, identity=self.keys.identity, partners=self.keys.partners,
                     identity_passphrase=self.keys.passphrase, accept_key=accept_key, key_file=key_file,
                     key_passphrase=self.key_pass.text() or None, accept_clock=accept_clock)

    def _progress(self, done: int, total: int, message: str) -> str:
        if message and message not in self._seen_progress:
            self._seen_progress.add(message)
            self._add_step("…", message, "")
        return message

    def _add_step(self, mark: str, text: str, colour: str) -> QListWidgetItem:
        item = QListWidgetItem(f"{mark}  {text}")
        if colour:
            item.setForeground(Qt.GlobalColor.darkGreen if colour == OK_COLOUR else Qt.GlobalColor.red)
        self.steps.addItem(item)
        self.steps.scrollToBottom()
        return item

    def _done(self, result: ImportResult) -> None:
        self.runner = None
        self.result_ = result
        self.key_pass.clear()
        self.steps.clear()
        self._pending_steps = list(result.steps)
        self._timer.start()
        self._update()

    def _next_step(self) -> None:
        if self._pending_steps:
            step = self._pending_steps.pop(0)
            warned = self.result_ is not None and step in self.result_.warnings
            # a diverged custody chain or an id kept apart: shown, but not as a passed check
            self._add_step("!" if warned else "✓", step, BAD_COLOUR if warned else OK_COLOUR)
            return
        self._timer.stop()
        result = self.result_
        if result is None:
            return
        if result.already_imported:
            text = self.tr("This bundle ({id}) was already imported; nothing changed.").format(id=result.bundle_id)
        else:
            text = self.tr("Imported bundle {id} from {sender}: {new} new entities, {known} already known, "
                           "{stmts} new values, {retracted} retracted, {exhibits} exhibits, {files} files.").format(
                id=result.bundle_id, sender=result.sender, new=result.entities_new, known=result.entities_merged,
                stmts=result.statements_new, retracted=result.retracted, exhibits=result.exhibits_new,
                files=result.files_new)
            if result.reviews or result.candidates:
                text += " " + self.tr("Merges proposed for your review (Bundles › Merge review): {n}; "
                                      "name candidates: {c}.").format(n=result.reviews, c=result.candidates)
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {OK_COLOUR};")
        self.import_button.setEnabled(False)
        self.steps_shown = True
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.runner = None
        self.refusal = exc
        self._update()
        if isinstance(exc, OperationCancelled):
            self._add_step("✗", self.tr("Cancelled: nothing was imported."), BAD_COLOUR)
        elif isinstance(exc, UnknownSigner):
            self._add_step("✗", self.tr("Signature: the sender's key is not pinned — refused"), BAD_COLOUR)
            self.warning.show_for(exc)
            self.adjustSize()
        elif isinstance(exc, FutureDated):
            self._add_step("✗", self.tr("Date: more than 48 hours in the future — refused"), BAD_COLOUR)
            self.clock_warning.show_for(exc)
            self.adjustSize()
        else:
            self._add_step("✗", plain_error(exc), BAD_COLOUR)
        self.summary.setText(self.tr("Nothing was imported; the case is unchanged."))
        self.summary.setStyleSheet(f"color: {BAD_COLOUR};")
        self.steps_shown = True

    def reject(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            return
        self.key_pass.clear()
        super().reject()
