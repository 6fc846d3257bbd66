"""Merge two entities after a side-by-side preview (services.entities.merge_preview)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.schema import Property
from casebench.domain.values import PropType
from casebench.services import entities as svc
from casebench.services import entity_links
from casebench.ui import captions
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.fields import EntityField
from casebench.ui.labels import prop_label
from casebench.ui.progress import TaskRunner
from casebench.ui.renaming import Change, run_change
from casebench.ui.session import CaseSession


class MergeDialog(QDialog):
    """Choose the other entity, look at both side by side, then merge (reversible)."""

    def __init__(self, session: CaseSession, left_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner: TaskRunner | None = None  # the merge under way
        self.session = session
        self.left_id = left_id
        self.preview: svc.MergePreview | None = None
        self.result_id: str | None = None
        self.setWindowTitle(self.tr("Merge entities"))
        self.resize(760, 520)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Merging keeps every value with its source; it can be undone with "
                               "Unmerge. Names alone are not proof that two people are the same."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.other = EntityField(Property("other", "Other entity", PropType.ENTITY, "Thing"), session)
        self.other.exclude = {left_id}  # an entity is not offered to be merged with itself
        self.other.changed.connect(self._load_preview)
        form.addRow(self.tr("Merge with:"), self.other)
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setPlaceholderText(self.tr("e.g. same passport number ES-X1234567"))
        form.addRow(self.tr("Reason:"), self.reason)
        lay.addLayout(form)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Property"), self.tr("This entity"),
                                              self.tr("The other entity")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.keep_left = QRadioButton()
        self.keep_right = QRadioButton()
        self.keep_left.setChecked(True)
        lay.addWidget(self.keep_left)
        lay.addWidget(self.keep_right)
        for radio in (self.keep_left, self.keep_right):
            radio.hide()  # until the other entity is chosen and both can be named
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        plain_labels(self)  # case data in labels is shown as written, never as markup

    def choose(self, other_id: str, caption: str) -> None:
        self.other.choose(other_id, caption)

    def _load_preview(self) -> None:
        other = self.other.value()
        if self.other.problem() or not other:
            return
        if other == self.left_id:  # chosen by id elsewhere (choose()): say so before previewing
            self.error.setText(self.tr("That is this entity itself: choose the other one."))
            return
        self.session.call(entity_links.merge_preview, self.left_id, other,  # names, not ids
                          on_done=self._show, on_error=lambda e: self.error.setText(plain_error(e)))

    def _show(self, preview: svc.MergePreview) -> None:
        self.preview = preview
        left, right = preview.left, preview.right
        shown = [captions.caption(e.schema, e.caption, e.id) for e in (left, right)]
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Property"), *shown])
        for prop, lv, rv in preview.rows:
            items = [QStandardItem(prop_label(left.schema, prop)),
                     QStandardItem("\n".join(lv)), QStandardItem("\n".join(rv))]
            if prop in preview.shared:
                for it in items:
                    it.setBackground(QBrush(QColor("#e3f4e3")))
                    it.setToolTip(self.tr("Both have this value"))
            for it in items:
                it.setEditable(False)
                it.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.model.appendRow(items)
        self.table.resizeRowsToContents()
        names = list(shown)
        if left.caption == right.caption:  # namesakes: say which is which by the start of the id
            names = [f"{shown[0]} ({left.id[:8]})", f"{shown[1]} ({right.id[:8]})"]
            self.model.setHorizontalHeaderLabels([self.tr("Property"), *names])
        self.keep_left.setText(self.tr("Keep “{name}” as the main entity").format(name=names[0]))
        self.keep_right.setText(self.tr("Keep “{name}” as the main entity").format(name=names[1]))
        for radio in (self.keep_left, self.keep_right):
            radio.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.error.clear()

    def do_merge(self) -> None:
        if self.preview is None:
            return
        a, b = self.preview.left.id, self.preview.right.id
        source, canonical = (b, a) if self.keep_left.isChecked() else (a, b)
        self.buttons.setEnabled(False)
        self._runner = run_change(self.session, self, Change.MERGE, svc.merge, source, canonical,
                                  self.reason.text().strip(),
                                  on_done=self._merged, on_error=self._failed)

    def _merged(self, canonical: str) -> None:
        self.result_id = canonical
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(plain_error(exc))
