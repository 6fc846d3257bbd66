"""New case wizard: details, location, first passphrase (twice, with a strength hint).

The wizard only collects and checks; the workbench creates the case on the worker.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from casebench.domain.handling import TLP
from casebench.services.cases import neutral_folder_name
from casebench.ui.common import plain_labels
from casebench.ui.dialogs import ask
from casebench.ui.value_labels import country_choices

MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class NewCase:
    path: Path
    title: str
    reference: str
    originator: str
    originator_country: str
    default_tlp: str


def strength_bits(secret: str) -> float:
    """A rough entropy estimate: length × log2(alphabet in use)."""
    if not secret:
        return 0.0
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation + " "]
    size = sum(len(p) for p in pools if any(c in p for c in secret))
    size += 100 if any(ord(c) > 127 for c in secret) else 0
    unique = len(set(secret))
    return len(secret) * math.log2(max(size, 2)) * min(1.0, unique / max(4, len(secret) / 2))


def country_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem("", "")
    for code, name in country_choices():
        combo.addItem(f"{name} ({code.upper()})", code)
    combo.setEditable(False)
    return combo


def tlp_combo(parent: QWidget | None = None, default: TLP = TLP.AMBER) -> QComboBox:
    combo = QComboBox(parent)
    for level in TLP:
        combo.addItem(level.label, level.short)
    combo.setCurrentIndex(int(default))
    return combo


class DetailsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Case details"))
        self.setSubTitle(self.tr("These appear on briefing packs and bundles. The title is stored "
                                 "inside the encrypted case only."))
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("e.g. Operation Mar Azul"))
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("e.g. ES-UDYCO-2024-0117"))
        self.originator = QLineEdit()
        self.originator.setObjectName("originator")
        self.originator.setPlaceholderText(self.tr("e.g. UDYCO Madrid"))
        self.country = country_combo()
        self.country.setObjectName("country")
        self.tlp = tlp_combo()
        self.tlp.setObjectName("tlp")
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Originator agency:"), self.originator)
        form.addRow(self.tr("Originator country:"), self.country)
        form.addRow(self.tr("Default TLP:"), self.tlp)
        self.title_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.title_edit.text().strip())


class LocationPage(QWizardPage):
    def __init__(self, details: DetailsPage) -> None:
        super().__init__()
        self.details = details
        self.setTitle(self.tr("Where to keep the case"))
        self.setSubTitle(self.tr("The case is a folder ending in .casebench; everything in it is "
                                 "encrypted. Keep it on an encrypted disk or stick."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(Path.home()))
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Parent folder:"), row)
        self.name_note = QLabel(self.tr(
            "The folder name can be read on this disk without the passphrase, so it is the "
            "file reference or a random name — never the case title, which stays inside the "
            "encrypted case."))
        self.name_note.setObjectName("nameNote")
        self.name_note.setWordWrap(True)
        form.addRow(self.tr("Case folder name:"), self.name)
        form.addRow("", self.name_note)
        form.addRow(self.tr("The case will be:"), self.result_label)
        self.folder.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)

    def initializePage(self) -> None:
        if not self.name.text():
            self.name.setText(neutral_folder_name(self.details.reference.text()))
        self._update()

    def _browse(self) -> None:
        path = ask.directory(self, self.tr("Choose the parent folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def target(self) -> Path:
        name = self.name.text().strip()
        if name and not name.endswith(".casebench"):
            name += ".casebench"
        return Path(self.folder.text().strip()) / name

    def _problem(self) -> str:
        parent = Path(self.folder.text().strip())
        if not self.name.text().strip():
            return self.tr("Give the case folder a name.")
        if not parent.is_dir():
            return self.tr("The parent folder does not exist.")
        target = self.target()
        if target.exists() and any(target.iterdir()):
            return self.tr("A folder with this name already exists and is not empty.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.result_label.setText(problem or str(self.target()))
        self.result_label.setStyleSheet("color: #b00020;" if problem else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem()


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("The passphrase unlocks the case. It is never stored; if it is "
                                 "lost, only a recovery key slot can open the case."))
        form = QFormLayout(self)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase1")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphrase2")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setObjectName("strength")
        self.hint.setWordWrap(True)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        form.addRow(self.tr("Strength:"), self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        secret = self.first.text()
        bits = strength_bits(secret)
        if not secret:
            text, colour = self.tr("Use several unrelated words; at least {n} characters.").format(
                n=MIN_PASSPHRASE), ""
        elif len(secret) < MIN_PASSPHRASE:
            text, colour = self.tr("Too short: at least {n} characters.").format(n=MIN_PASSPHRASE), "#b00020"
        elif bits < 50:
            text, colour = self.tr("Weak: add more words."), "#b00020"
        elif bits < 80:
            text, colour = self.tr("Fair: one or two more words would make it strong."), "#a06000"
        else:
            text, colour = self.tr("Strong."), "#1b7a1b"
        if secret and self.second.text() and self.second.text() != secret:
            text += " " + self.tr("The two passphrases differ.")
            colour = "#b00020"
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {colour};" if colour else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        secret = self.first.text()
        return (len(secret) >= MIN_PASSPHRASE and strength_bits(secret) >= 50
                and secret == self.second.text())


class NewCaseWizard(QWizard):
    def __init__(self, parent: QWidget | None = None, start_folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(620, 420)
        self.details = DetailsPage()
        self.location = LocationPage(self.details)
        if start_folder:
            self.location.folder.setText(start_folder)
        self.passphrase = PassphrasePage()
        for page in (self.details, self.location, self.passphrase):
            self.addPage(page)
        plain_labels(self)  # case data in labels is shown as written, never as markup

    def values(self) -> NewCase:
        d = self.details
        return NewCase(path=self.location.target(), title=d.title_edit.text().strip(),
                       reference=d.reference.text().strip(), originator=d.originator.text().strip(),
                       originator_country=str(d.country.currentData() or ""),
                       default_tlp=str(d.tlp.currentData()))

    def secret(self) -> str:
        return self.passphrase.first.text()

    def wipe(self) -> None:
        self.passphrase.first.clear()
        self.passphrase.second.clear()
