"""Merge review: proposals from imports (shared strong identifiers), decided by the user.

Accept folds the imported entity into the local one (statements are never rewritten);
Reject keeps both; Later leaves it pending; Undo reverts a decision. The side-by-side
preview comes from services.entities.merge_preview.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebench.services import entities as entities_svc
from casebench.services import entity_links, merge_review
from casebench.services.merge_review import Review
from casebench.services.types import Case
from casebench.ui import captions
from casebench.ui.common import plain_error
from casebench.ui.dialogs import ask
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import prop_label
from casebench.ui.links import follow, link_role
from casebench.ui.merge_reasons import reason_label
from casebench.ui.session import CaseSession
from casebench.ui.table_base import Column, TableModel
from casebench.ui.value_labels import refresh_texts


@dataclass(frozen=True)
class ReviewRow:
    review: Review
    imported_caption: str
    local_caption: str
    imported_kind: str = ""  # schema, "" when the entity is gone
    local_kind: str = ""


def review_rows(case: Case, status: str | None) -> list[ReviewRow]:
    """Runs on the worker: the proposals with both entities' names (one read for all)."""
    reviews = merge_review.list_reviews(case, status)
    names = entity_links.names(case, {i for r in reviews for i in (r.imported_id, r.local_id)})
    out = []
    for r in reviews:
        imported, local = names.get(r.imported_id), names.get(r.local_id)  # gone: shown by id
        out.append(ReviewRow(r, imported.name if imported else r.imported_id,
                             local.name if local else r.local_id,
                             imported.kind if imported else "", local.kind if local else ""))
    return out


class Col(enum.IntEnum):
    STATUS = 0
    IMPORTED = 1
    LOCAL = 2
    REASON = 3


class ReviewModel(TableModel[ReviewRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("ReviewModel", "Status"), lambda row: self.status_label(row.review.status),
                   tooltip=self._decided, roles=_status_colour),
            Column(QT_TRANSLATE_NOOP("ReviewModel", "Imported entity"), lambda row: row.imported_caption,
                   tooltip=self._imported_tip,
                   roles=lambda row, role: _entity_link(row.imported_kind, role)),
            Column(QT_TRANSLATE_NOOP("ReviewModel", "Entity in this case"), lambda row: row.local_caption,
                   tooltip=lambda row: f"{row.local_caption}\n{row.review.local_id}",
                   roles=lambda row, role: _entity_link(row.local_kind, role)),
            Column(QT_TRANSLATE_NOOP("ReviewModel", "Why it is proposed"), lambda row: reason_label(row.review.reason),
                   tooltip=lambda row: reason_label(row.review.reason)),
        )

    def _imported_tip(self, row: ReviewRow) -> str:
        source = row.review.bundle_id
        if source.startswith("table:"):  # an end a table import created (decision 65)
            return self.tr("{caption}\nimported from a table (import {run})\n{id}").format(
                caption=row.imported_caption, run=source.removeprefix("table:"), id=row.review.imported_id)
        return self.tr("{caption}\nimported in bundle {bundle}\n{id}").format(
            caption=row.imported_caption, bundle=source, id=row.review.imported_id)

    def row_of(self, review_id: int) -> int:
        return self.find(lambda r: r.review.id == review_id)

    def status_label(self, status: str) -> str:
        return {"pending": self.tr("pending"), "accepted": self.tr("accepted"),
                "rejected": self.tr("rejected")}.get(status, status)

    def _decided(self, row: ReviewRow) -> str:
        r = row.review
        if r.decided_at:
            return self.tr("decided {at} by {who}").format(at=r.decided_at[:16], who=captions.actor(r.decided_by or ""))
        return reason_label(r.reason)

    def row_data(self, row: ReviewRow, role: int) -> Any:
        return row.review.id if role == Qt.ItemDataRole.UserRole else None


def _entity_link(kind: str, role: int) -> Any:
    """A name to follow (kind "" when the entity is gone): double-click or Enter opens it."""
    if not kind:
        return None
    if role == Qt.ItemDataRole.DecorationRole:
        return kind_icon(kind)
    if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
        return link_role(role)
    return None


def _status_colour(row: ReviewRow, role: int) -> Any:
    if role != Qt.ItemDataRole.ForegroundRole:
        return None
    colour = {"accepted": "#1b7a1b", "rejected": "#8a1c1c"}.get(row.review.status)
    return QBrush(QColor(colour)) if colour else None


class MergeReviewView(QWidget):
    """The queue, the decision buttons and the side-by-side preview of the chosen proposal."""

    changed = Signal()  # a decision was taken (entity lists may need a reload)
    itemFollowed = Signal(str, str)  # entity id, "entity": the user opens one side of a proposal

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ready = False
        self.busy = False
        self.setObjectName("mergeReview")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("reviewFilter")
        self.show_combo.addItem("", "pending")
        self.show_combo.addItem("", None)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.load())
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_combo)
        lay.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(Col.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(Col.IMPORTED, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(Col.LOCAL, QHeaderView.ResizeMode.Interactive)
        hh.resizeSection(Col.IMPORTED, 200)
        hh.resizeSection(Col.LOCAL, 200)
        hh.setSectionResizeMode(Col.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen(cur.row()))
        follow(self.table, self._target, lambda eid: self.itemFollowed.emit(eid, "entity"))
        split.addWidget(self.table)
        self.preview = QStandardItemModel(0, 3, self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("reviewPreview")
        self.preview_view.setModel(self.preview)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.preview_view)
        split.setSizes([180, 260])
        lay.addWidget(split, 1)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("reviewNote")
        row.addWidget(self.note, 1)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("reviewAccept")
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("reviewReject")
        self.later_button = QPushButton()
        self.later_button.setObjectName("reviewLater")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("reviewUndo")
        for b, fn in ((self.accept_button, merge_review.accept), (self.reject_button, merge_review.reject)):
            b.clicked.connect(lambda _c=False, f=fn: self.decide(f))
            row.addWidget(b)
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        self.later_button.clicked.connect(self.later)
        row.insertWidget(3, self.later_button)
        lay.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("reviewError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.retranslate()
        self._buttons()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Merge review — proposals from imported bundles and tables"))
        self.show_combo.setItemText(0, self.tr("Pending"))
        self.show_combo.setItemText(1, self.tr("All decisions"))
        self.note.setPlaceholderText(self.tr("Note for the audit log (optional), e.g. same IMO confirmed "
                                             "with the port authority"))
        self.accept_button.setText(self.tr("Accept merge"))
        self.accept_button.setToolTip(self.tr("Fold the imported entity into the one in this case; "
                                              "every value keeps its source; reversible with Undo"))
        self.reject_button.setText(self.tr("Reject"))
        self.reject_button.setToolTip(self.tr("They are different: keep both"))
        self.later_button.setText(self.tr("Later"))
        self.later_button.setToolTip(self.tr("Leave it pending and go to the next proposal"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Revert the decision (an accepted merge is split again)"))
        refresh_texts(self.model)  # reasons and statuses in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------------
    def load(self, select: int | None = None) -> None:
        if not self.session.is_open:
            return
        self.ready = False
        self.session.call(review_rows, self.show_combo.currentData(),
                          on_done=lambda rows: self._loaded(rows, select),
                          on_error=lambda e: self.error.setText(plain_error(e)))

    def _loaded(self, rows: list[ReviewRow], select: int | None) -> None:
        self.model.set_rows(rows)
        self.preview.clear()
        i = self.model.row_of(select) if select is not None else -1
        if i < 0 and rows:
            i = 0
        if i >= 0:
            self.table.selectRow(i)
            self._chosen(i)
        self.ready = True
        self._buttons()

    def clear(self) -> None:
        self.model.set_rows([])
        self.preview.clear()
        self.error.clear()
        self.ready = False

    def _target(self, index: QModelIndex) -> str | None:
        row = self.model.row(index.row())
        if row is None:
            return None
        if index.column() == Col.IMPORTED and row.imported_kind:
            return row.review.imported_id
        if index.column() == Col.LOCAL and row.local_kind:
            return row.review.local_id
        return None

    def current(self) -> ReviewRow | None:
        idx = self.table.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def _buttons(self) -> None:
        row = self.current()
        status = row.review.status if row else ""
        idle = not self.busy
        self.accept_button.setEnabled(idle and status in ("pending", "rejected"))
        self.reject_button.setEnabled(idle and status == "pending")
        self.later_button.setEnabled(idle and status == "pending")
        self.undo_button.setEnabled(idle and status in ("accepted", "rejected"))

    def _chosen(self, i: int) -> None:
        row = self.model.row(i)
        self._buttons()
        if row is None:
            return
        self.session.call(entity_links.merge_preview, row.review.local_id, row.review.imported_id,
                          on_done=self._show_preview, on_error=lambda e: self.error.setText(plain_error(e)))

    def _show_preview(self, preview: entities_svc.MergePreview) -> None:
        left, right = preview.left, preview.right
        self.preview.clear()
        if left.id == right.id:
            self.preview.setHorizontalHeaderLabels([self.tr("Property"), left.caption, ""])
        else:
            self.preview.setHorizontalHeaderLabels([
                self.tr("Property"), self.tr("In this case: {name}").format(name=left.caption),
                self.tr("Imported: {name}").format(name=right.caption)])
        for prop, lv, rv in preview.rows:
            label = prop_label(left.schema, prop)
            if label == prop:  # only the imported side's kind has it (an organisation and a person)
                label = prop_label(right.schema, prop)
            items = [QStandardItem(label), QStandardItem("\n".join(lv)),
                     QStandardItem("\n".join(rv))]
            for it in items:
                it.setEditable(False)
                it.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if prop in preview.shared:
                    it.setBackground(QBrush(QColor("#e3f4e3")))
                    it.setToolTip(self.tr("Both have this value"))
            self.preview.appendRow(items)
        self.preview_view.resizeRowsToContents()

    # -- decisions -------------------------------------------------------------------------------
    def decide(self, fn: Any) -> None:
        row = self.current()
        if row is None or self.busy:
            return
        self.busy = True
        self.error.clear()
        self._buttons()
        rid = row.review.id
        self.session.call(fn, rid, self.note.text().strip(), on_done=lambda _r: self._decided(rid),
                          on_error=self._failed)

    def undo(self) -> None:
        """Undo; when later merges build on this one, say which and ask before undoing all."""
        row = self.current()
        if row is None or self.busy:
            return
        if row.review.status != "accepted":
            self.decide(merge_review.undo)
            return
        rid = row.review.id
        self.session.call(merge_review.built_on, rid, on_done=lambda deps: self._undo_with(rid, deps),
                          on_error=self._failed)

    def _undo_with(self, review_id: int, dependents: list[tuple[int | None, int]]) -> None:
        if not dependents:
            self.decide(merge_review.undo)
            return
        names = ", ".join(self.tr("proposal {n}").format(n=rid) if rid is not None
                          else self.tr("merge {n} (made by hand)").format(n=mid)
                          for rid, mid in dependents)
        question = self.tr(
            "Later merges build on proposal {id}: {names}. Undoing it splits them too, newest "
            "first, and every proposal goes back to pending review. Undo them all?").format(
                id=review_id, names=names)
        if not ask.confirm(self, self.tr("Undo merges built on this one"), question):
            return
        self.decide(lambda case, rid, note: merge_review.undo(case, rid, note, cascade=True))

    def later(self) -> None:
        i = self.table.currentIndex().row()
        if self.model.rowCount() > 1:
            self.table.selectRow((i + 1) % self.model.rowCount())

    def _decided(self, review_id: int) -> None:
        self.busy = False
        self.note.clear()
        self.load(select=review_id)
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.error.setText(plain_error(exc))
        self._buttons()
