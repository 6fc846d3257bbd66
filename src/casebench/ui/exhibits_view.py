"""Exhibits: list, detail (custody, files, hashes), intake by drag-and-drop or dialog with
progress and Cancel, custody events, verification and extraction with a reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebench.services import bundles
from casebench.services import evidence as ev
from casebench.services.progress import OperationCancelled
from casebench.ui import captions, moments
from casebench.ui.columns import fit_columns, refit
from casebench.ui.common import ExplainPane, TlpBadge, clipboard_guard, plain_error
from casebench.ui.dialogs import ask
from casebench.ui.exhibit_dialogs import CustodyDialog, ExhibitDialog
from casebench.ui.exhibit_models import CustodyModel, ExhibitModel, FilesModel, XCol, human_size
from casebench.ui.labels import schema_label
from casebench.ui.links import LinkButton
from casebench.ui.progress import TaskRunner
from casebench.ui.session import CaseSession
from casebench.ui.value_labels import EXHIBIT_TYPE, refresh_texts, value_label


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ExhibitsPage(QWidget):
    itemFollowed = Signal(str, str)  # entity id, "entity": a linked entity is opened

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: ev.Exhibit | None = None
        self.runner: TaskRunner | None = None
        self.last_result: Any = None
        self.setAcceptDrops(True)
        self.model = ExhibitModel(session, self)
        self.custody_model = CustodyModel(self)
        self.files_model = FilesModel(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._filter)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_exhibit)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.new_button)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = _table(self.model)
        self.table.setObjectName("exhibitTable")
        # Measured widths: fitted to their contents, the seizure column took the description's room.
        fit_columns(self.table, fill=XCol.DESCRIPTION, fill_minimum="Photographs of the",
                    samples={XCol.REFERENCE: "IMPORT-60C00931A6FD", XCol.TYPE: "imagen forense",
                             XCol.SEIZED: "2024-01-17 10:40 (UTC+01:00) = 09:40",
                             XCol.FILES: "203 (131.4 KiB)", XCol.TLP: "TLP:AMBER+STRICT"})
        self.table.selectionModel().selectionChanged.connect(self._selected)
        split.addWidget(self.table)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 120%;")
        self.badge = TlpBadge()
        self.intake_button = QPushButton()
        self.intake_button.setObjectName("intake")
        self.intake_button.clicked.connect(self.choose_intake)
        self.custody_button = QPushButton()
        self.custody_button.clicked.connect(self.add_custody)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.extract_button = QPushButton()
        self.extract_button.clicked.connect(self.extract)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        for b in (self.intake_button, self.custody_button, self.verify_button, self.extract_button):
            head.addWidget(b)
        dl.addLayout(head)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dl.addWidget(self.summary)
        # The entities this exhibit is about (seized from, belongs to …): names to follow.
        self.entity_links = QWidget()
        self.entity_links.setObjectName("exhibitEntities")
        self.entity_links_layout = QHBoxLayout(self.entity_links)
        self.entity_links_layout.setContentsMargins(0, 0, 0, 0)
        self.entity_links_scroll = QScrollArea()  # many names never widen the window
        self.entity_links_scroll.setWidget(self.entity_links)
        self.entity_links_scroll.setWidgetResizable(True)
        self.entity_links_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.entity_links_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        dl.addWidget(self.entity_links_scroll)
        self.tabs = QTabWidget()
        self.custody_view = _table(self.custody_model)
        self.files_view = _table(self.files_model)
        self.files_view.doubleClicked.connect(self._copy_hash)
        self.tabs.addTab(self.custody_view, "")
        self.tabs.addTab(self.files_view, "")
        dl.addWidget(self.tabs, 1)
        self.placeholder = ExplainPane("", "")
        split.addWidget(detail)
        split.addWidget(self.placeholder)
        split.setSizes([300, 420, 0])
        self.detail = detail
        lay.addWidget(split, 1)
        self.status = QLabel()
        self.status.setObjectName("exhibitStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.retranslate()
        self._show_detail(None)

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by reference or description…"))
        self.new_button.setText(self.tr("New exhibit…"))
        self.intake_button.setText(self.tr("Take in files…"))
        self.intake_button.setToolTip(self.tr("Or drop files and folders onto this page"))
        self.custody_button.setText(self.tr("Add custody event…"))
        self.verify_button.setText(self.tr("Verify"))
        self.extract_button.setText(self.tr("Extract…"))
        self.tabs.setTabText(0, self.tr("Chain of custody"))
        self.tabs.setTabText(1, self.tr("Content files and hashes"))
        self.files_view.setToolTip(self.tr("Double-click a file to copy its SHA-256 (cleared from the "
                                           "clipboard after 30 s)"))
        self.placeholder.set_texts(self.tr("No exhibit selected"), self.tr(
            "Choose an exhibit to see its custody chain and content files, or create one with "
            "New exhibit. Files and folders dropped here are taken into the selected exhibit."))
        refresh_texts(self.model, self.custody_model, self.files_model)
        refit(self.table)
        if getattr(self, "current", None) is not None:
            self._show_detail(self.current)  # the title names the type in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------------
    def load(self) -> None:
        self.model.reload()

    def clear(self) -> None:
        self.model.clear()
        self._show_detail(None)
        self.status.clear()

    def _filter(self) -> None:
        self.model.text = self.filter.text().strip()
        self.model.reload()

    def _selected(self, selected: QItemSelection, _d: QItemSelection) -> None:
        idx = selected.indexes()
        x = self.model.exhibit(idx[0].row()) if idx else None
        if x is not None:
            self.open_exhibit(x.id)

    def open_exhibit(self, exhibit_id: str) -> None:
        self.session.call(self._detail_of, exhibit_id, on_done=self._got_detail,
                          on_error=lambda e: self.status.setText(plain_error(e)))

    @staticmethod
    def _detail_of(case: Any, exhibit_id: str) -> tuple[ev.Exhibit, list[ev.CustodyEvent], list[ev.ContentFile]]:
        """Runs on the worker: the exhibit (audited consultation), its custody and its files."""
        x = ev.show_exhibit(case, exhibit_id)
        return x, bundles.custody_graph(case, x.id), ev.content_files(case, x.id, limit=5000)

    def _got_detail(self, result: tuple[ev.Exhibit, list[ev.CustodyEvent], list[ev.ContentFile]]) -> None:
        x, events, files = result
        self.custody_model.set_rows(events)
        self.files_model.set_rows(files)
        self._show_detail(x)

    def _show_detail(self, x: ev.Exhibit | None) -> None:
        self.current = x
        self.detail.setVisible(x is not None)
        self.placeholder.setVisible(x is None)
        if x is None:
            self.custody_model.set_rows([])
            self.files_model.set_rows([])
            return
        self.title.setText(f"{x.reference} — {value_label(EXHIBIT_TYPE, x.type)}")
        self.badge.set_tlp(x.handling.tlp)
        parts = [x.description]
        if x.seized_at or x.seized_place:
            parts.append(self.tr("Seized {when} at {where} by {who}").format(
                when=moments.readable(x.seized_at) if x.seized_at else "?", where=x.seized_place or "?",
                who=x.seized_by or "?"))
        if x.seal_numbers:
            parts.append(self.tr("Seals: {seals}").format(seals=", ".join(x.seal_numbers)))
        if x.storage_location:
            parts.append(self.tr("Stored at: {place}").format(place=x.storage_location))
        parts.append(self.tr("%n file(s), {size}", "", x.files).format(size=human_size(x.bytes)))
        self.summary.setText("\n".join(p for p in parts if p))
        self._set_entity_links(x)

    def _set_entity_links(self, x: ev.Exhibit) -> None:
        lay = self.entity_links_layout
        while lay.count():
            item = lay.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        tallest = 0
        for link in x.links:
            if link.role:
                role = QLabel(link.role + ":")
                role.setTextFormat(Qt.TextFormat.PlainText)
                lay.addWidget(role)
            button = LinkButton(link.entity_id, link.schema,
                                captions.caption(link.schema, link.caption, link.entity_id) or schema_label(link.schema))
            button.followed.connect(self.itemFollowed)
            lay.addWidget(button)
            tallest = max(tallest, button.sizeHint().height())
        lay.addStretch(1)
        self.entity_links_scroll.setVisible(bool(x.links))
        if x.links:
            # the row's own hint is not laid out yet (it read 0 and cut the names in half): the
            # tallest button is the row's height, with room kept for the scroll bar of a long row
            bar = self.entity_links_scroll.horizontalScrollBar().sizeHint().height()
            self.entity_links_scroll.setFixedHeight(tallest + bar)

    # -- actions ---------------------------------------------------------------------------------
    def new_exhibit(self) -> None:
        dialog = ExhibitDialog(self)
        if ask.exec(dialog):
            self.session.call(ev.add_exhibit, dialog.draft(), on_done=self._created,
                              on_error=lambda e: ask.error(self, self.tr("New exhibit"), plain_error(e)))
        dialog.deleteLater()

    def _created(self, exhibit_id: str) -> None:
        self.model.reload()
        self.open_exhibit(exhibit_id)

    def choose_intake(self) -> None:
        if self.current is None:
            ask.info(self, self.tr("Take in files"), self.tr("Choose or create an exhibit first."))
            return
        folder = ask.directory(self, self.tr("Take in a folder"))
        if folder:
            self.intake([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.current is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.intake(paths)

    def intake(self, paths: list[str]) -> TaskRunner | None:
        if self.current is None or self.runner is not None:
            return None
        exhibit = self.current
        runner = TaskRunner(self.session, self, self.tr("Intake into {ref}").format(ref=exhibit.reference),
                            self.tr("Hashing and encrypting…"))
        runner.label_format = self._progress_label
        runner.finished.connect(self._intake_done)
        runner.failed.connect(self._intake_failed)
        self.runner = runner
        runner.start(ev.intake, exhibit.id, paths)
        return runner

    def _progress_label(self, done: int, total: int, message: str) -> str:
        return self.tr("{message}\n{done} of {total}").format(
            message=message, done=human_size(done), total=human_size(total))

    def _intake_done(self, report: ev.IntakeReport) -> None:
        self.runner = None
        self.last_result = report
        text = self.tr("Took in %n file(s), {size}.", "", report.files).format(size=human_size(report.bytes))
        if report.duplicates:
            text += " " + self.tr("%n duplicate(s) stored once.", "", report.duplicates)
        if report.skipped:
            text += " " + self.tr("Skipped: {list}").format(list="; ".join(report.skipped[:5]))
        self.status.setText(text)
        self.model.reload()
        if self.current:
            self.open_exhibit(self.current.id)

    def _intake_failed(self, exc: BaseException) -> None:
        self.runner = None
        self.last_result = exc
        if isinstance(exc, OperationCancelled):
            self.status.setText(self.tr("Intake cancelled; nothing was added to the exhibit."))
        else:
            self.status.setText(plain_error(exc))
            ask.error(self, self.tr("Intake"), plain_error(exc))

    def add_custody(self) -> None:
        if self.current is None:
            return
        dialog = CustodyDialog(self, exhibit=self.current.reference,
                               previous_seal=self.custody_model.last_seal())
        exhibit_id = self.current.id
        if ask.exec(dialog) and not dialog.problem():  # never an incomplete event, however accepted
            self.session.call(ev.add_custody, exhibit_id, dialog.draft(),
                              on_done=lambda _e: self.open_exhibit(exhibit_id),
                              on_error=lambda e: ask.error(self, self.tr("Custody"), plain_error(e)))
        dialog.deleteLater()

    def verify(self) -> None:
        if self.current is None:
            return
        exhibit_id = self.current.id
        runner = TaskRunner(self.session, self, self.tr("Verify exhibit"),
                            self.tr("Re-hashing the content and checking the custody chain…"))
        runner.finished.connect(lambda res: self._verified(exhibit_id, res))
        runner.failed.connect(lambda exc: self.status.setText(plain_error(exc)))
        runner.start(ev.verify_evidence, exhibit_id)

    def _verified(self, exhibit_id: str, result: ev.ContentCheck) -> None:
        self.last_result = result
        if result.problems:
            self.status.setText(self.tr("Verification found problems:") + " " + "; ".join(result.problems))
            self.status.setStyleSheet("color: #b00020;")
        else:
            self.status.setText(self.tr("Verified: %n file(s), {size}; custody chain intact.", "",
                                    result.files).format(size=human_size(result.bytes)))
            self.status.setStyleSheet("color: #1b7a1b;")
        self.open_exhibit(exhibit_id)

    def extract(self) -> None:
        if self.current is None:
            return
        dest = ask.directory(self, self.tr("Extract the exhibit's files into…"))
        if not dest:
            return
        reason = ask.text(self, self.tr("Extract"),
                          self.tr("Reason for the extraction (recorded as a custody check-out):"))
        if not reason or not reason.strip():
            return
        exhibit_id = self.current.id
        runner = TaskRunner(self.session, self, self.tr("Extract"), self.tr("Decrypting and checking…"))
        runner.finished.connect(lambda paths: self._extracted(exhibit_id, paths))
        runner.failed.connect(lambda exc: self.status.setText(plain_error(exc)))
        runner.start(ev.extract, exhibit_id, Path(dest), reason.strip())

    def _extracted(self, exhibit_id: str, paths: list[Path]) -> None:
        self.last_result = paths
        self.status.setText(self.tr("Extracted %n file(s); the check-out is in the custody chain.", "",
                                        len(paths)))
        self.open_exhibit(exhibit_id)

    def _copy_hash(self, index: Any) -> None:
        f = self.files_model.item(index.row())
        if f is not None:
            clipboard_guard().copy(f.sha256)
            self.status.setText(self.tr("SHA-256 copied; it leaves the clipboard after 30 seconds."))
