"""Print briefing pack…: the window's way to what ``casebench pack`` does.

The dialog only collects choices. Printing runs ``services.briefing.print_packs`` on the
session's worker through a :class:`~casebench.ui.progress.TaskRunner` (progress and
Cancel), which writes the same disclosure record in the audit log as the command line.
When it is done the folder is opened in the system's file manager.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.handling import TLP
from casebench.services.briefing import SECTIONS, ForumDetails, PackRequest, print_packs
from casebench.services.progress import OperationCancelled
from casebench.ui import i18n
from casebench.ui.chart_print import highest_tlp_box
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.dialogs import ask
from casebench.ui.progress import TaskRunner
from casebench.ui.session import CaseSession

PACK_LANGUAGES = ("en", "es", "pt", "fr")
# The pack's sections as the dialog offers them (reports.content.SECTIONS, same order).
SECTION_NAMES: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    "summary": QT_TRANSLATE_NOOP("PackDialog", "Executive summary"),
    "handling": QT_TRANSLATE_NOOP("PackDialog", "Handling instructions"),
    "distribution": QT_TRANSLATE_NOOP("PackDialog", "Distribution list"),
    "agenda": QT_TRANSLATE_NOOP("PackDialog", "Agenda"),
    "purpose": QT_TRANSLATE_NOOP("PackDialog", "Purpose"),
    "proceedings": QT_TRANSLATE_NOOP("PackDialog", "State of proceedings"),
    "summaries": QT_TRANSLATE_NOOP("PackDialog", "Case summary by country"),
    "requests": QT_TRANSLATE_NOOP("PackDialog", "Requests for co-operation"),
    "decisions": QT_TRANSLATE_NOOP("PackDialog", "Decisions and proposed actions"),
    "network": QT_TRANSLATE_NOOP("PackDialog", "Network chart"),
    "persons": QT_TRANSLATE_NOOP("PackDialog", "Person profiles"),
    "organisations": QT_TRANSLATE_NOOP("PackDialog", "Organisations, vessels, aircraft"),
    "timeline": QT_TRANSLATE_NOOP("PackDialog", "Timeline"),
    "seizures": QT_TRANSLATE_NOOP("PackDialog", "Seizures"),
    "money_flows": QT_TRANSLATE_NOOP("PackDialog", "Money flows"),
    "exhibits": QT_TRANSLATE_NOOP("PackDialog", "Evidence and chain of custody"),
    "gaps": QT_TRANSLATE_NOOP("PackDialog", "Intelligence gaps"),
    "actions": QT_TRANSLATE_NOOP("PackDialog", "Action tracker"),
    "contacts": QT_TRANSLATE_NOOP("PackDialog", "Participants and contact points"),
    "calls": QT_TRANSLATE_NOOP("PackDialog", "Annex: calls"),
    "glossary": QT_TRANSLATE_NOOP("PackDialog", "Glossary"),
}
assert tuple(SECTION_NAMES) == SECTIONS, "the dialog offers every section of the pack, in order"


class PackDialog(QDialog):
    """Choices for one briefing pack; ``printed`` carries the files written."""

    printed = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *,
                 default_tlp: TLP = TLP.AMBER, folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("packDialog")
        self.session = session
        self.runner: TaskRunner | None = None
        self.open_when_done = True  # tests switch this off: no file manager in CI
        self.forum = QLineEdit()
        self.language = QComboBox()
        for code in PACK_LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        # Bilingual pack: the whole pack again in a second language, after the first.
        self.second_language = QComboBox()
        self.second_language.setObjectName("secondLanguage")
        self.second_language.addItem("", None)  # "None", named in retranslate()
        for code in PACK_LANGUAGES:
            self.second_language.addItem(i18n.LANGUAGE_NAMES.get(code, code), code)
        # The pack's date: the cover, every footer and "days pending" count to it, so a
        # pack for a meeting next week can be printed today.
        self.pack_date = QDateEdit(QDate.currentDate())
        self.pack_date.setObjectName("packDate")
        self.pack_date.setCalendarPopup(True)
        self.pack_date.setDisplayFormat("dd/MM/yyyy")
        self.max_tlp = highest_tlp_box(default_tlp)
        self.recipient = QLineEdit()
        self.version = QLineEdit("1.0")
        self.pdf = QCheckBox("PDF")
        self.pdf.setChecked(True)
        self.word = QCheckBox("Word (.docx)")
        self.folder = QLineEdit(folder or str(Path.home()))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.sections: dict[str, QCheckBox] = {}
        self.sections_box = QWidget()
        grid = QGridLayout(self.sections_box)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (len(SECTIONS) + 2) // 3
        for i, key in enumerate(SECTIONS):
            box = QCheckBox()
            box.setObjectName(f"section-{key}")
            box.setChecked(True)
            box.toggled.connect(self._name_toggle)
            self.sections[key] = box
            grid.addWidget(box, i % rows, i // rows)
        self.all_sections = QPushButton()
        self.all_sections.clicked.connect(self._toggle_sections)
        grid.addWidget(self.all_sections, rows, 0)
        self.problem = QLabel()
        self.problem.setObjectName("packProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.word)
        formats.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.browse)
        self.form = QFormLayout()
        self.row_labels = [QLabel() for _ in range(10)]
        fields: list[QWidget | QHBoxLayout] = [self.forum, self.language, self.second_language,
                                               self.pack_date, self.max_tlp, self.recipient,
                                               self.version, self.sections_box, formats, where]
        for label, field in zip(self.row_labels, fields, strict=True):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        plain_labels(self)  # errors quote case data: shown as written, never as markup

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print briefing pack"))
        labels = (self.tr("Forum or meeting:"), self.tr("Language:"), self.tr("Second language:"),
                  self.tr("Pack date:"), self.tr("Highest TLP:"), self.tr("Recipient:"),
                  self.tr("Version:"), self.tr("Sections:"), self.tr("Formats:"),
                  self.tr("Save in folder:"))
        for label, text in zip(self.row_labels, labels, strict=True):
            label.setText(text)
        self.forum.setPlaceholderText(self.tr("Blank: the case's latest meeting"))
        self.recipient.setPlaceholderText(self.tr("Named recipient (required for TLP:RED)"))
        self.browse.setText(self.tr("Browse…"))
        self.second_language.setItemText(0, self.tr("No second language"))
        self.second_language.setToolTip(self.tr(
            "Bilingual pack: the whole pack again in this language, after the first, in the same "
            "file, each language with its own contents"))
        self.pack_date.setToolTip(self.tr(
            "Printed on the cover and every page; days pending are counted to this date"))
        for key, box in self.sections.items():
            box.setText(self.tr(str(SECTION_NAMES[key])))
        self._name_toggle()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))

    # -- choices ----------------------------------------------------------------------------
    def _browse(self) -> None:
        path = ask.directory(self, self.tr("Save the briefing pack in"), self.folder.text())
        if path:
            self.folder.setText(path)

    def _toggle_sections(self) -> None:
        everything = all(box.isChecked() for box in self.sections.values())
        for box in self.sections.values():
            box.setChecked(not everything)
        self._name_toggle()

    def _name_toggle(self, _checked: bool = False) -> None:
        if not hasattr(self, "all_sections"):
            return  # boxes being made
        everything = all(box.isChecked() for box in self.sections.values())
        self.all_sections.setText(self.tr("Clear all") if everything else self.tr("Select all"))

    def chosen_sections(self) -> frozenset[str] | None:
        """The sections ticked; None when all are (the pack prints whatever it has)."""
        chosen = frozenset(k for k, box in self.sections.items() if box.isChecked())
        return None if chosen == frozenset(SECTIONS) else chosen

    def request(self) -> PackRequest:
        forum = self.forum.text().strip()
        return PackRequest(
            max_tlp=TLP[self.max_tlp.currentData()],
            language=self.language.currentData(),
            recipient=self.recipient.text().strip() or None,
            version=self.version.text().strip() or "1.0",
            forum=ForumDetails(forum) if forum else None,
            sections=self.chosen_sections(),
            second_language=self.second_language.currentData(),
            generated_on=self._pack_day(),
        )

    def _pack_day(self) -> date:
        d = self.pack_date.date()
        return date(d.year(), d.month(), d.day())

    def formats(self) -> list[str]:
        return [f for f, box in (("pdf", self.pdf), ("docx", self.word)) if box.isChecked()]

    def _check(self) -> str:
        """What stops printing, in plain words; empty when nothing does."""
        if not self.formats():
            return self.tr("Choose PDF, Word or both.")
        if self.second_language.currentData() == self.language.currentData():
            return self.tr("Choose a second language other than the first, or none.")
        if not any(box.isChecked() for box in self.sections.values()):
            return self.tr("Choose at least one section to print.")
        if TLP[self.max_tlp.currentData()] is TLP.RED and not self.recipient.text().strip():
            return self.tr("A TLP:RED pack needs a named recipient: it is printed on every page.")
        if not Path(self.folder.text().strip()).is_dir():
            return self.tr("The folder {path} does not exist.").format(path=self.folder.text())
        return ""

    # -- printing ---------------------------------------------------------------------------
    def start(self) -> None:
        problem = self._check()
        self.problem.setText(problem)
        if problem or self.runner is not None:
            return
        self.buttons.setEnabled(False)
        runner = TaskRunner(self.session, self, self.tr("Print briefing pack"),
                            self.tr("Reading the case…"))
        runner.label_format = lambda done, total, msg: self.tr("Printing the briefing pack…")
        runner.finished.connect(self._done)
        runner.failed.connect(self._failed)
        self.runner = runner
        runner.start(print_packs, self.request(), Path(self.folder.text().strip()), self.formats())

    def _done(self, paths: list[Path]) -> None:
        self.runner = None
        self.buttons.setEnabled(True)
        self.printed.emit(paths)
        if self.open_when_done and paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0].parent)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.runner = None
        self.buttons.setEnabled(True)
        if isinstance(exc, OperationCancelled):
            self.problem.setText(self.tr("Printing was cancelled; no file was written."))
        else:
            self.problem.setText(plain_error(exc))
