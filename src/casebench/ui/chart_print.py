"""Print / export chart…: the chart on screen as a PDF, SVG or PNG sheet.

The dialog only collects choices (format, paper, orientation, language of the
legend, highest TLP, file). ``services.charts.export_chart`` runs on the session's
worker through a :class:`~casebench.ui.progress.TaskRunner` (progress and Cancel); it
applies the handling decision for an export and writes the disclosure record, as
``casebench chart`` does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.drawing import Chart
from casebench.domain.handling import TLP
from casebench.services import charts
from casebench.services.progress import OperationCancelled
from casebench.ui import i18n
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.dialogs import ask
from casebench.ui.progress import TaskRunner
from casebench.ui.session import CaseSession

LANGUAGES = ("en", "es", "pt", "fr")
TLP_CHOICES = (TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED)


def highest_tlp_box(default: TLP) -> QComboBox:
    """The *Highest TLP* choice of the export dialogs (chart, timeline, pack)."""
    box = QComboBox()
    for level in TLP_CHOICES:
        box.addItem(level.label, level.name)
    box.setCurrentIndex(TLP_CHOICES.index(default))
    return box


def new_file_problem(text: str) -> str:
    """Why an export cannot be written to ``text``, in plain words; empty when it can."""
    translate = QCoreApplication.translate
    if not text.strip():
        return translate("ChartPrintDialog", "Choose a file to write.")
    path = Path(text.strip())
    if not path.parent.is_dir():
        return translate("ChartPrintDialog", "The folder {path} does not exist.").format(path=str(path.parent))
    if path.exists():
        return translate("ChartPrintDialog", "{path} exists already: choose another name.").format(path=str(path))
    return ""


def follow_format(edit: QLineEdit, fmt: str, fallback: str) -> None:
    """The file name's suffix follows the format chosen (chart, timeline)."""
    path = Path(edit.text().strip() or fallback)
    edit.setText(str(path.with_suffix("." + fmt)))


def browse_export_file(parent: QWidget, edit: QLineEdit, title: str, fmt: str) -> None:
    """Browse… beside an export's file: the name chosen, with the format's suffix if it has none."""
    path = ask.save_file(parent, title, edit.text(), QCoreApplication.translate(
        "ChartPrintDialog", "{0} files (*.{1})").format(fmt.upper(), fmt))
    if path:
        edit.setText(path if Path(path).suffix else f"{path}.{fmt}")


def export_summary(done: charts.ChartExport) -> str:
    """What the export wrote and what handling left out, in plain words (the status line)."""
    translate = QCoreApplication.translate
    text = translate("ChartPrintDialog", "Exported to {0}, marked {1}.").format(str(done.path), done.tlp.label)
    parts = []
    if done.withheld_nodes:
        parts.append(translate("ChartPrintDialog", "%n entity(ies) left out", None, done.withheld_nodes))
    if done.withheld_links:
        parts.append(translate("ChartPrintDialog", "%n link(s) left out", None, done.withheld_links))
    if done.names_as_kind:
        parts.append(translate("ChartPrintDialog", "%n name(s) that may not leave replaced by the kind",
                               None, done.names_as_kind))
    others = done.names_replaced - done.names_as_kind
    if others:
        parts.append(translate("ChartPrintDialog", "%n name(s) replaced by another name that may leave",
                               None, others))
    if parts:
        text += " " + translate("ChartPrintDialog", "Handling: {0}.").format("; ".join(parts))
    return text


class ChartPrintDialog(QDialog):
    """Choices for one printed chart; ``exported`` carries the ``charts.ChartExport``."""

    exported = Signal(object)

    def __init__(self, session: CaseSession, chart: Chart, parent: QWidget | None = None, *,
                 folder: str = "", default_tlp: TLP = TLP.AMBER) -> None:
        super().__init__(parent)
        self.setObjectName("chartPrintDialog")
        self.session = session
        self.chart = chart
        self.runner: TaskRunner | None = None
        self.format = QComboBox()
        for key, text in (("pdf", "PDF"), ("svg", "SVG"), ("png", "PNG")):
            self.format.addItem(text, key)
        self.paper = QComboBox()
        for key in ("A4", "A3"):
            self.paper.addItem(key, key)
        self.orientation = QComboBox()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        # the case's default level (AMBER without a case), as the briefing pack's dialog: the
        # window's export dialogs agree; so does the command line's --max-tlp
        self.max_tlp = highest_tlp_box(default_tlp)
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in (chart.title or "chart"))
        self.file = QLineEdit(str(Path(folder or Path.home()) / f"{stem.strip('-') or 'chart'}.pdf"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.problem = QLabel()
        self.problem.setObjectName("chartPrintProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        self.row_labels = [QLabel() for _ in range(6)]
        fields: list[QWidget | QHBoxLayout] = [self.format, self.paper, self.orientation, self.language,
                                               self.max_tlp, where]
        for label, field in zip(self.row_labels, fields, strict=True):
            form.addRow(label, field)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        plain_labels(self)  # file names and errors are shown as written

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print / export chart"))
        texts = (self.tr("Format:"), self.tr("Paper:"), self.tr("Orientation:"), self.tr("Language:"),
                 self.tr("Highest TLP:"), self.tr("File:"))
        for label, text in zip(self.row_labels, texts, strict=True):
            label.setText(text)
        current = self.orientation.currentData() or "landscape"
        self.orientation.clear()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(current)))
        self.browse.setText(self.tr("Browse…"))
        self.note.setText(self.tr("{0} entities. The sheet carries the legend, the case reference, the "
                                  "date and the TLP marking top and bottom. What handling keeps home "
                                  "is left out; the export is recorded in the audit log.")
                          .format(len(self.chart.nodes)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

    # -- choices ----------------------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        follow_format(self.file, self.fmt(), "chart.pdf")

    def _browse(self) -> None:
        browse_export_file(self, self.file, self.tr("Export the chart"), self.fmt())

    def _check(self) -> str:
        """What stops the export, in plain words; empty when nothing does."""
        if not self.chart.nodes:
            return self.tr("The chart is empty: put entities on it first.")
        return new_file_problem(self.file.text())

    # -- exporting --------------------------------------------------------------------------
    def start(self) -> None:
        problem = self._check()
        self.problem.setText(problem)
        if problem or self.runner is not None:
            return
        self.buttons.setEnabled(False)
        runner = TaskRunner(self.session, self, self.tr("Print / export chart"),
                            self.tr("Placing the labels…"))
        runner.label_format = lambda done, total, msg: self.tr("Exporting the chart…")
        runner.finished.connect(self._done)
        runner.failed.connect(self._failed)
        self.runner = runner
        runner.start(charts.export_chart, self.chart, Path(self.file.text().strip()), fmt=self.fmt(),
                     paper=self.paper.currentData(), orientation=self.orientation.currentData(),
                     lang=self.language.currentData(), max_tlp=TLP[self.max_tlp.currentData()])

    def _done(self, result: charts.ChartExport) -> None:
        self.runner = None
        self.buttons.setEnabled(True)
        self.exported.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.runner = None
        self.buttons.setEnabled(True)
        if isinstance(exc, OperationCancelled):
            self.problem.setText(self.tr("The export was cancelled; no file was written."))
        else:
            self.problem.setText(plain_error(exc))
