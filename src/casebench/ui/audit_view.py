"""Audit log view: filters, a lazy list, and the chain verification result.

Calls `casebench.services.audit.records/verify`
as plain functions on the session worker (no SQL here).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebench.services import audit, entity_links
from casebench.services.audit import AuditRecord
from casebench.services.entity_links import Named
from casebench.services.types import Case
from casebench.ui import captions
from casebench.ui.audit_actions import action_label
from casebench.ui.columns import fit_columns, refit
from casebench.ui.common import plain_error
from casebench.ui.kind_icons import kind_icon
from casebench.ui.links import follow, link_role
from casebench.ui.session import CaseSession
from casebench.ui.table_base import Column, PagedModel
from casebench.ui.value_labels import refresh_texts

PAGE = 500


class ACol(enum.IntEnum):
    SEQ = 0
    AT = 1
    USER = 2
    CATEGORY = 3
    ACTION = 4
    TARGET = 5
    JUSTIFICATION = 6


class AuditModel(PagedModel[AuditRecord]):
    """The log a page at a time as it is scrolled; items are shown by name once read."""

    def __init__(self, session: CaseSession, parent: Any = None, page: int = PAGE) -> None:
        super().__init__(session, parent, page)
        self.filters: dict[str, Any] = {"category": None, "who": (), "text": None}
        self._names: dict[str, Named] = {}  # target id -> the entity or exhibit it is
        self.newest_first = True  # the log opens at its newest record, numbered down the chain
        self._head: int | None = None  # the newest record of the first page read

        def col(header: object, text: Callable[[AuditRecord], str]) -> Column[AuditRecord]:
            return Column(header, text, tooltip=self._record_tip)

        self.column_specs = (
            col(QT_TRANSLATE_NOOP("AuditModel", "No."), lambda r: str(r.seq)),
            col(QT_TRANSLATE_NOOP("AuditModel", "When"), lambda r: r.at[:19].replace("T", " ") + " UTC"),
            col(QT_TRANSLATE_NOOP("AuditModel", "User"), lambda r: captions.actor(r.user)),
            # The category's words are AuditPage's own (its filter lists them translated).
            col(QT_TRANSLATE_NOOP("AuditModel", "Category"),
                lambda r: QCoreApplication.translate("AuditPage", r.category)),
            col(QT_TRANSLATE_NOOP("AuditModel", "Action"), lambda r: action_label(r.action)),
            Column(QT_TRANSLATE_NOOP("AuditModel", "Item"), self._target, tooltip=self._target_tip,
                   roles=self._target_roles),
            col(QT_TRANSLATE_NOOP("AuditModel", "Justification"), lambda r: r.justification),
        )

    def page_query(self, offset: int, limit: int) -> Callable[[Case], list[AuditRecord]]:
        filters: dict[str, Any] = dict(self.filters)
        # Newest first: the pages after the first read no record appended since it was read
        # (every consultation appends one), so rows never repeat or shift while scrolling.
        upto = self._head if offset and self.newest_first else None
        return partial(audit.records, limit=limit, offset=offset, newest_first=self.newest_first,
                       upto=upto, **filters)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and section == ACol.SEQ:
            return (self.tr("Newest record first, numbered down the chain. Click to list the chain "
                            "from its first record.") if self.newest_first else
                    self.tr("The chain from its first record. Click to list the newest record first."))
        return super().headerData(section, orientation, role)

    def set_newest_first(self, newest_first: bool) -> None:
        if newest_first != self.newest_first:
            self.newest_first = newest_first
            self.reload()

    def clear(self) -> None:
        self._names = {}
        self._head = None
        super().clear()

    def named(self, row: int) -> Named | None:
        """The entity or exhibit a record is about, once its page of names has arrived."""
        r = self.row(row)
        return self._names.get(r.target) if r is not None else None

    def page_arrived(self, rows: list[AuditRecord]) -> None:
        if self._head is None and rows:
            self._head = max(r.seq for r in rows)
        # One read of names per page of records, not one per row.
        wanted = sorted({r.target for r in rows if r.target and r.target not in self._names})
        if wanted and self.session.is_open:
            self.session.call(entity_links.names, wanted, owner=self, on_done=self._got_names,
                              on_error=lambda exc: self.session.report(exc, self))

    def _got_names(self, names: dict[str, Named]) -> None:
        self._names.update(names)
        if self.total:
            self.dataChanged.emit(self.index(0, ACol.TARGET), self.index(self.total - 1, ACol.TARGET))

    def _target(self, r: AuditRecord) -> str:
        named = self._names.get(r.target)
        return captions.named(named) if named is not None else r.target

    def _record_tip(self, r: AuditRecord) -> str:
        details = json.dumps(r.details, ensure_ascii=False) if r.details else ""
        return self.tr("Record {seq}, hash {hash}").format(seq=r.seq, hash=r.hash[:16] + "…") + (
            "\n" + details if details else "")

    def _target_tip(self, r: AuditRecord) -> str:
        named = self._names.get(r.target)
        if named is not None and named.id:  # the case itself is named but opens nothing
            return self.tr("{name}\nDouble-click or Enter opens it.\n{id}").format(name=captions.named(named),
                                                                                 id=r.target)
        return self._record_tip(r)

    def _target_roles(self, r: AuditRecord, role: int) -> Any:
        named = self._names.get(r.target)
        if named is None or not named.id:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(named.kind)
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return link_role(role)
        return None


class AuditPage(QWidget):
    itemFollowed = Signal(str, str)  # id, kind ("entity" or "Exhibit"): the record's item is opened

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AuditModel(session, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.category = QComboBox()
        self.user = QLineEdit()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyAudit")
        self.verify_button.clicked.connect(self.verify)
        bar.addWidget(self.category, 1)
        bar.addWidget(self.user, 1)
        bar.addWidget(self.text, 2)
        bar.addWidget(self.verify_button)
        lay.addLayout(bar)
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        lay.addWidget(self.result)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        # Measured widths, not the contents of the first rows: the log opened as one wide
        # column, and fitting 100,000 rows to their contents is slow.
        fit_columns(self.table, fill=ACol.TARGET, fill_minimum="Operation Mar Azul (Person)",
                    samples={ACol.SEQ: "00000", ACol.AT: "2024-03-11 14:05:00 UTC",
                             ACol.USER: "i.moreno", ACol.CATEGORY: "consultation",
                             ACol.ACTION: "alta: Organismo público", ACol.JUSTIFICATION: "why it was done, briefly"})
        # Newest first, and said so: the No. header carries the order's arrow; a click on it
        # lists the chain from its first record (and back). No other column sorts.
        hh = self.table.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(ACol.SEQ, Qt.SortOrder.DescendingOrder)
        hh.sectionClicked.connect(self._header_clicked)
        follow(self.table, self._target, self._follow)
        lay.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._apply)
        self.category.currentIndexChanged.connect(lambda _i: self._apply())
        self.user.textChanged.connect(lambda _t: self._timer.start())
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        names = {"collection": self.tr("collection"), "alteration": self.tr("alteration"),
                 "consultation": self.tr("consultation"), "disclosure": self.tr("disclosure"),
                 "combination": self.tr("combination"), "erasure": self.tr("erasure")}
        for cat in audit.CATEGORIES:
            self.category.addItem(names[cat], cat)
        self.category.setCurrentIndex(max(0, self.category.findData(keep)))
        self.category.blockSignals(False)
        self.user.setPlaceholderText(self.tr("User"))
        self.text.setPlaceholderText(self.tr("Action, item or justification contains…"))
        self.verify_button.setText(self.tr("Verify chain"))
        refit(self.table)  # the headers' length changes with the language
        refresh_texts(self.model)  # categories in the new language
        if not self.result.text():
            self.result.setText(self.tr("The audit log records who collected, changed, consulted, "
                                        "disclosed, combined or erased what, and when. Verify the "
                                        "chain to prove no record was altered or removed."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _target(self, index: QModelIndex) -> str | None:
        named = self.model.named(index.row())
        return f"{named.kind}\t{named.id}" if named is not None and named.id else None

    def _follow(self, target: str) -> None:
        kind, _, item = target.partition("\t")
        self.itemFollowed.emit(item, "Exhibit" if kind == entity_links.EXHIBIT else "entity")

    def _header_clicked(self, column: int) -> None:
        newest_first = self.model.newest_first != (column == ACol.SEQ)  # No. turns the order round
        self.table.horizontalHeader().setSortIndicator(
            ACol.SEQ, Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder)
        self.model.set_newest_first(newest_first)

    def _apply(self) -> None:
        typed = self.user.text().strip()  # any part of what the User column shows (a name, a login)
        self.model.filters = {"category": self.category.currentData(),
                              "who": captions.actor_search(typed) if typed else (),
                              "text": self.text.text().strip() or None}
        self.model.reload()

    def load(self) -> None:
        self._apply()

    def clear(self) -> None:
        self.model.clear()
        self.result.clear()
        self.retranslate()

    def verify(self) -> None:
        if not self.session.is_open:
            return
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Verifying the audit chain…"))
        self.session.call(audit.verify, on_done=self._verified, on_error=self._failed)

    def _verified(self, problems: list[str]) -> None:
        self.verify_button.setEnabled(True)
        if problems:
            self.result.setStyleSheet("color: #b00020; font-weight: bold;")
            self.result.setText(self.tr("The audit chain is BROKEN:") + "\n" + "\n".join(problems))
        else:
            self.result.setStyleSheet("color: #1b7a1b; font-weight: bold;")
            self.result.setText(self.tr("The audit chain is intact: every record follows the one "
                                        "before it and none was altered or removed."))

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(plain_error(exc))
