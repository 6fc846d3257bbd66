"""The navigator's "Bundles" pane: export, import, partners, your card, and the merge review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebench.services import identity as identity_svc
from casebench.services import partners as partners_svc
from casebench.services.bundles import ExportResult, ImportResult
from casebench.services.identity import ContactCard
from casebench.ui.bundle_import import ImportDialog
from casebench.ui.bundle_wizard import ExportWizard
from casebench.ui.common import plain_error
from casebench.ui.dialogs import ask
from casebench.ui.identity_dialog import KeyGate, Keys
from casebench.ui.merge_review import MergeReviewView
from casebench.ui.red_recipients import RedRecipientsDialog
from casebench.ui.session import CaseSession


def _add_partner(keys: Keys, card: ContactCard) -> str:
    """Runs on the worker after the user confirmed the fingerprint (unlocks the directory)."""
    partner = partners_svc.add(keys.passphrase, card, fingerprint_confirmed=True)
    return partner.label()


class BundlesPage(QWidget):
    """Everything about partner bundles for the open case."""

    changed = Signal()  # an import or a merge decision changed the case
    exportRequested = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.gate = KeyGate(session, self)
        self.export_wizard: ExportWizard | None = None
        self.import_dialog: ImportDialog | None = None
        self.preselect: tuple[str, str] | None = None  # (id, caption) of the entity open elsewhere
        self.last_folder = str(Path.home())
        self.setObjectName("bundlesPage")
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.heading)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportBundle")
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importBundle")
        self.import_button.clicked.connect(self.import_bundle)
        self.partner_button = QPushButton()
        self.partner_button.setObjectName("addPartner")
        self.partner_button.clicked.connect(self.add_partner)
        self.card_button = QPushButton()
        self.card_button.setObjectName("myCard")
        self.card_button.clicked.connect(self.show_card)
        self.red_button = QPushButton()
        self.red_button.setObjectName("redRecipientsButton")
        self.red_button.clicked.connect(self.red_recipients)
        self.red_dialog: RedRecipientsDialog | None = None
        for b in (self.export_button, self.import_button, self.partner_button, self.card_button,
                  self.red_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.identity_label = QLabel()
        self.identity_label.setObjectName("identityStatus")
        self.identity_label.setWordWrap(True)
        lay.addWidget(self.identity_label)
        self.status = QLabel()
        self.status.setObjectName("bundleStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.review = MergeReviewView(session)
        self.review.changed.connect(self.changed)
        lay.addWidget(self.review, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Partner bundles"))
        self.intro.setText(self.tr(
            "A bundle is a signed, encrypted file for partner workbenches. Handling rules decide what "
            "each recipient may receive; you see what is withheld before anything is written. "
            "Imported bundles are verified completely and may propose merges, listed below."))
        self.export_button.setText(self.tr("Export bundle…"))
        self.import_button.setText(self.tr("Import bundle…"))
        self.partner_button.setText(self.tr("Add partner…"))
        self.card_button.setText(self.tr("My contact card…"))
        self.red_button.setText(self.tr("RED recipients…"))
        self.red_button.setToolTip(self.tr("Name the partners who may receive each RED item"))
        self._identity_text()
        self.review.retranslate()

    def load_identity(self) -> None:
        """Whether this computer has an investigator identity, as of now (also right after one is made)."""
        self._identity_text()

    def _identity_text(self) -> None:
        if identity_svc.exists():
            self.identity_label.setText(self.tr("Your investigator identity is set up on this computer."))
        else:
            self.identity_label.setText(self.tr("You have no investigator identity yet; it is created the "
                                                "first time you export or import a bundle."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        self._identity_text()
        self.review.load()

    def clear(self) -> None:
        self.review.clear()
        self.status.clear()
        for dlg in (self.export_wizard, self.import_dialog, self.red_dialog):
            if dlg is not None:
                dlg.reject()

    # -- export ------------------------------------------------------------------------------------
    def export_bundle(self) -> None:
        self.gate.request(self._open_export, self.tr(
            "Passphrase of your investigator identity, to sign the bundle:"))

    def _open_export(self, keys: Keys) -> None:
        self._identity_text()
        wizard = ExportWizard(self.session, keys, self, start_folder=self.last_folder, preselect=self.preselect)
        wizard.written.connect(self._written)
        self.export_wizard = wizard
        wizard.open()

    def _written(self, result: ExportResult) -> None:
        files = ", ".join(str(p) for p in result.paths)
        text = self.tr("Bundle {id} written to {files}. SHA-256 of its SHA256SUMS: {sha}.").format(
            id=result.bundle_id, files=files, sha=result.sha256)
        if result.key_file:
            text += " " + self.tr("Key file {key}: send its passphrase by another channel.").format(
                key=str(result.key_file))
        if result.paths:
            self.last_folder = str(result.paths[0].parent)
        self.status.setText(text)

    # -- import ------------------------------------------------------------------------------------
    def import_bundle(self) -> None:
        self.gate.request(self._open_import, self.tr(
            "Passphrase of your investigator identity, to decrypt the bundle:"))

    def _open_import(self, keys: Keys) -> None:
        self._identity_text()
        dialog = ImportDialog(self.session, keys, self)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, result: ImportResult) -> None:
        self.status.setText(self.tr("Last import: bundle {id} from {sender}.").format(
            id=result.bundle_id, sender=result.sender))
        self.review.load()
        self.changed.emit()

    # -- RED recipients ----------------------------------------------------------------------------
    def red_recipients(self) -> None:
        self.gate.request(self._open_red, self.tr(
            "Passphrase of your investigator identity, to read your partner directory:"))

    def _open_red(self, keys: Keys) -> None:
        self._identity_text()  # the gate may have just made the identity
        self.red_dialog = RedRecipientsDialog(self.session, keys, self)
        self.red_dialog.open()

    # -- partners and card -------------------------------------------------------------------------
    def add_partner(self) -> None:
        self.gate.request(self._choose_card)

    def _choose_card(self, keys: Keys) -> None:
        self._identity_text()  # the gate may have just made the identity
        paths = ask.open_files(self, self.tr("Choose the partner's contact card"), self.last_folder)
        if not paths:
            return
        try:
            text = Path(paths[0]).read_text("utf-8")
            card = partners_svc.parse_card(text, Path(paths[0]).name)
        except (OSError, UnicodeDecodeError) as exc:
            ask.error(self, self.tr("Add partner"), str(exc))
            return
        except Exception as exc:  # a malformed card: the reason in plain words
            ask.error(self, self.tr("Add partner"), plain_error(exc))
            return
        question = self.tr(
            "{name} ({agency}, {country})\n\nFingerprint:\n{hex}\n\nIn words:\n{words}\n\n"
            "Call the partner on a number you already know (not one from the same message) and have "
            "them read their fingerprint. Does it match exactly?").format(
            name=card.name, agency=card.agency, country=card.country.upper(), hex=card.fingerprint_hex,
            words=card.fingerprint_words)
        if not ask.confirm(self, self.tr("Add partner"), question):
            return
        self.session.run_plain(_add_partner, keys, card,
                               on_done=lambda label: self.status.setText(
                                   self.tr("Partner pinned: {label}.").format(label=label)),
                               on_error=lambda e: ask.error(self, self.tr("Add partner"), plain_error(e)))

    def show_card(self) -> None:
        self.gate.request(self._card)

    def _card(self, keys: Keys) -> None:
        self._identity_text()
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("My contact card"))
        dialog.resize(620, 360)
        lay = QVBoxLayout(dialog)
        note = QLabel(self.tr("Give this card to partners (e-mail or stick), then read them the "
                              "fingerprint by phone so they can check it."))
        note.setWordWrap(True)
        lay.addWidget(note)
        text = QPlainTextEdit(identity_svc.card_text(keys.identity))
        text.setReadOnly(True)
        lay.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        buttons.accepted.connect(lambda: self._save_card(dialog, text.toPlainText()))
        lay.addWidget(buttons)
        ask.exec(dialog)
        dialog.deleteLater()

    def _save_card(self, parent: QWidget, text: str) -> None:
        path = ask.save_file(parent, self.tr("Save my contact card"),
                             str(Path(self.last_folder) / "contact-card.txt"), self.tr("Text files (*.txt)"))
        if path:
            try:
                Path(path).write_text(text, "utf-8")
            except OSError as exc:
                ask.error(parent, self.tr("Save my contact card"), plain_error(exc))
