"""Case ▸ Executive summary…: the text that opens every briefing pack, with its own TLP.

The dialog reads and writes through ``services.summary`` on the session's worker; saving
names the session's actor (the investigator identity when unlocked, else the login) as
the author and writes an audit record. Saving an empty text removes the summary. The
pack prints the summary only when its TLP is within the pack's highest TLP.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.handling import TLP
from casebench.services import summary as summary_svc
from casebench.services.summary import ExecutiveSummary
from casebench.ui import captions
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.session import CaseSession

TLP_CHOICES = (TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED)
SUMMARY = "summary"  # change-notice topic


def _save(case: object, text: str, tlp: TLP) -> ExecutiveSummary | None:
    """Runs on the worker: write the summary, or remove it when the text is empty."""
    if not text.strip():
        summary_svc.clear_summary(case)  # type: ignore[arg-type]
        return None
    return summary_svc.set_summary(case, text, tlp)  # type: ignore[arg-type]


class SummaryDialog(QDialog):
    """Edit the case's executive summary; ``saved`` carries the summary (None: removed)."""

    saved = Signal(object)
    loaded = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *,
                 default_tlp: TLP = TLP.AMBER) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.session = session
        self.ready = False
        self.text = QPlainTextEdit()
        self.text.setObjectName("summaryText")
        self.text.setTabChangesFocus(True)
        self.tlp = QComboBox()
        for level in TLP_CHOICES:
            self.tlp.addItem(level.label, level.name)
        self.tlp.setCurrentIndex(TLP_CHOICES.index(default_tlp))
        self.author = QLabel()
        self.author.setObjectName("summaryAuthor")
        self.author.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("summaryProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.tlp_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tlp_label, self.tlp)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(form)
        layout.addWidget(self.author)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self.retranslate()
        plain_labels(self)  # the author and errors quote case data
        session.call(summary_svc.get_summary, owner=self, on_done=self._loaded, on_error=self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Executive summary"))
        self.hint.setText(self.tr("Opens every briefing pack whose highest TLP includes the summary's "
                                  "own TLP. Separate paragraphs with an empty line. Saving an empty "
                                  "text removes the summary."))
        self.tlp_label.setText(self.tr("TLP of the summary:"))
        self.text.setPlaceholderText(self.tr("The case in a few paragraphs: what happened, where the "
                                             "proceedings stand, what the forum must decide."))

    def _show_author(self, saved: ExecutiveSummary | None) -> None:
        if saved is None:
            self.author.setText(self.tr("No summary yet."))
        else:
            when = saved.updated_at[:16].replace("T", " ")
            self.author.setText(self.tr("Last written by {author} on {when} UTC.").format(
                author=captions.actor(saved.author), when=when))

    def _loaded(self, saved: ExecutiveSummary | None) -> None:
        if saved is not None:
            self.text.setPlainText(saved.text)
            self.tlp.setCurrentIndex(TLP_CHOICES.index(saved.tlp))
        self._show_author(saved)
        self.ready = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.loaded.emit()

    def save(self) -> None:
        if not self.ready:
            return
        self.problem.clear()
        self.buttons.setEnabled(False)
        self.session.mutate(SUMMARY, _save, self.text.toPlainText(), TLP[self.tlp.currentData()],
                            owner=self, on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: ExecutiveSummary | None) -> None:
        self.buttons.setEnabled(True)
        self._show_author(saved)
        self.saved.emit(saved)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(plain_error(exc))
