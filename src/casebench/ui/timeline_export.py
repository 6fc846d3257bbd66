"""Export the timeline…: the choices for a timeline image (format, highest TLP, file).

The dialog only collects choices, as the chart's print dialog (``ui.chart_print``) does;
``services.charts.export_timeline`` applies the handling decision for an export (the
same one as the printed chart and the briefing pack) and writes the disclosure record,
as ``casebench timeline --export`` does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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

from casebench.domain.handling import TLP
from casebench.services import charts
from casebench.ui.chart_print import (
    browse_export_file,
    follow_format,
    highest_tlp_box,
    new_file_problem,
)
from casebench.ui.common import plain_labels


def timeline_export_summary(done: charts.TimelineExport) -> str:
    """What the export wrote and what handling left out, in plain words (the status line)."""
    translate = QCoreApplication.translate
    text = translate("TimelineExportDialog", "Exported to {0}, marked {1}.").format(str(done.path),
                                                                                   done.tlp.label)
    if done.withheld:
        text += " " + translate("TimelineExportDialog",
                                "Handling: %n item(s) left out (they may not leave at this level).",
                                None, done.withheld)
    return text


class TimelineExportDialog(QDialog):
    """Choices for one timeline image; read ``path()`` and ``highest()`` once accepted."""

    def __init__(self, parent: QWidget | None = None, *, folder: str = "",
                 default_tlp: TLP = TLP.AMBER) -> None:
        super().__init__(parent)
        self.setObjectName("timelineExportDialog")
        self.format = QComboBox()
        for key, text in (("png", "PNG"), ("svg", "SVG")):
            self.format.addItem(text, key)
        # the case's default level (AMBER without a case), as the briefing pack's dialog: the
        # window's export dialogs agree; so does the command line's --max-tlp
        self.max_tlp = highest_tlp_box(default_tlp)
        self.file = QLineEdit(str(Path(folder or Path.home()) / "timeline.png"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.problem = QLabel()
        self.problem.setObjectName("timelineExportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        self.row_labels = [QLabel() for _ in range(3)]
        fields: list[QWidget | QHBoxLayout] = [self.format, self.max_tlp, where]
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
        plain_labels(self)  # file names are shown as written

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the timeline"))
        texts = (self.tr("Format:"), self.tr("Highest TLP:"), self.tr("File:"))
        for label, text in zip(self.row_labels, texts, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Browse…"))
        self.note.setText(self.tr("The items in view, marked with the highest TLP printed. Items, names "
                                  "and dates that handling keeps home are left out; the export is "
                                  "recorded in the audit log."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

    # -- choices ----------------------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format.currentData())

    def path(self) -> Path:
        return Path(self.file.text().strip())

    def highest(self) -> TLP:
        return TLP[self.max_tlp.currentData()]

    def _format_changed(self) -> None:
        follow_format(self.file, self.fmt(), "timeline.png")

    def _browse(self) -> None:
        browse_export_file(self, self.file, self.tr("Export the timeline"), self.fmt())

    def problem_text(self) -> str:
        """What stops the export, in plain words; empty when nothing does."""
        text = self.file.text().strip()
        if text and Path(text).suffix.lower() not in (".png", ".svg"):
            return self.tr("Export to a .png or .svg file.")
        return new_file_problem(text)

    def check_and_accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()
