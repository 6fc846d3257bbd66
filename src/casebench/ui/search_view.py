"""Global search: a box that queries the case's full-text index on the worker, and the
results grouped by kind. Enter in the box opens the selected (or best) hit."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebench.services import search as svc
from casebench.services.types import SearchHit, SearchResult
from casebench.ui import captions
from casebench.ui.chart_actions import chart_menu
from casebench.ui.common import plain_tip
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import prop_label, schema_label
from casebench.ui.session import CaseSession

_MARK = re.compile(r"[\[\]]")

# Results asked for at first, and added by each "Show more".
PAGE = 100


class SearchResults(QWidget):
    entityChosen = Signal(str)
    showOnChart = Signal(list)  # entity ids the user wants on the link chart
    moreRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.more = QPushButton()
        self.more.setObjectName("searchShowMore")
        self.more.clicked.connect(self.moreRequested)
        self.more.hide()
        top.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setObjectName("searchResults")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: chart_menu(self.tree.viewport(), pos, self.chart_ids(), self.showOnChart.emit))
        lay.addWidget(self.tree, 1)
        self.hits: list[SearchHit] = []
        self.total = 0
        self.more_than = False
        self.query = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Result"), self.tr("Matched in"), self.tr("TLP")])
        self.more.setText(self.tr("Show more"))
        self.more.setToolTip(plain_tip(
            self.tr("Show the next {n} results").format(n=QLocale().toString(PAGE))))
        if self.hits:  # kinds, properties and relationship captions in the new language
            self._fill(self.query, self.hits)
        else:
            self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_summary(self) -> None:
        if not self.query:
            self.summary.setText(self.tr("Type in the search box to search every value in the case."))
        elif not self.hits:
            self.summary.setText(self.tr("Nothing found for “{q}”.").format(q=self.query))
        else:
            locale = QLocale()
            shown, total = locale.toString(len(self.hits)), locale.toString(self.total)
            if self.more_than:
                count = self.tr("{shown} of more than {total} results for “{q}”")
            elif self.total > len(self.hits):
                count = self.tr("{shown} of {total} results for “{q}”")
            elif self.total == 1:
                count = self.tr("One result for “{q}”")
            else:
                count = self.tr("All {total} results for “{q}”")
            self.summary.setText(count.format(shown=shown, total=total, q=self.query) + " — "
                                 + self.tr("grouped by kind. Press Enter or double-click to open."))
        self.more.setVisible(bool(self.query) and (self.more_than or self.total > len(self.hits)))

    def set_result(self, query: str, result: SearchResult, *, more: bool = False) -> None:
        hits = result.hits
        if more and query == self.query:
            # "Show more" adds below what is shown: nothing the user saw moves
            shown = {h.entity_id for h in self.hits}
            hits = self.hits + [h for h in hits if h.entity_id not in shown]
        self.total, self.more_than = max(result.total, len(hits)), result.more_than
        self._fill(query, hits)

    def set_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.total, self.more_than = len(hits), False
        self._fill(query, hits)

    def _fill(self, query: str, hits: list[SearchHit]) -> None:
        keep = self.current_entity() if query == self.query else None
        self.query, self.hits = query, hits
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        first: QTreeWidgetItem | None = None
        items: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.schema)
            if group is None:
                group = QTreeWidgetItem([schema_label(hit.schema, plural=True)])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[hit.schema] = group
                self.tree.addTopLevelItem(group)
            snippet = _MARK.sub("", hit.snippet)
            item = QTreeWidgetItem([captions.caption(hit.schema, hit.caption, hit.entity_id),
                                    f"{prop_label(hit.schema, hit.prop)}: {snippet}",
                                    hit.tlp.label])
            item.setData(0, Qt.ItemDataRole.UserRole, hit.entity_id)
            item.setIcon(0, kind_icon(hit.schema))  # the kind at a glance, as in the entity list
            items[hit.entity_id] = item
            group.addChild(item)
            first = first or item
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.tree.expandAll()
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        # "Show more" keeps the place the user was at
        current = items.get(keep, first) if keep is not None else first
        if current is not None:
            self.tree.setCurrentItem(current)
        self._update_summary()

    def current_entity(self) -> str | None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole):
            return str(item.data(0, Qt.ItemDataRole.UserRole))
        return self.hits[0].entity_id if self.hits else None

    def chart_ids(self) -> list[str]:
        """What "Show on chart" takes here: the selected hits (a group: all its hits)."""
        ids: dict[str, None] = {}
        current = self.tree.currentItem()
        for item in self.tree.selectedItems() or ([current] if current is not None else []):
            for it in [item.child(i) for i in range(item.childCount())] or [item]:
                eid = it.data(0, Qt.ItemDataRole.UserRole) if it is not None else None
                if eid:
                    ids.setdefault(str(eid), None)
        return list(ids)

    def _activated(self, item: QTreeWidgetItem, _col: int) -> None:
        eid = item.data(0, Qt.ItemDataRole.UserRole)
        if eid:
            self.entityChosen.emit(str(eid))

    def clear(self) -> None:
        self.set_hits("", [])


class SearchBox(QLineEdit):
    """Searches as you type (debounced); Up/Down move in the results; Enter opens."""

    resultsReady = Signal(str, list)
    openRequested = Signal()

    def __init__(self, session: CaseSession, results: SearchResults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.results = results
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._enter)
        self.pending = False
        self.limit = PAGE
        self.results.moreRequested.connect(self.show_more)
        self.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search the case (Ctrl+F)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run(self) -> None:
        self.limit = PAGE
        self._search()

    def show_more(self) -> None:
        """The next PAGE results of the same search (the results on screen stay in place)."""
        if self.results.query and self.results.query == self.text().strip():
            self.limit = len(self.results.hits) + PAGE
            self._search(more=True)

    def _search(self, *, more: bool = False) -> None:
        text = self.text().strip()
        if not text or not self.session.is_open:
            self.results.set_hits("", [])
            self.resultsReady.emit("", [])
            return
        self.pending = True
        self.session.query("search", svc.find, text, limit=self.limit, owner=self,
                           on_done=lambda result: self._done(text, result, more),
                           on_error=lambda exc: self._failed(text, exc))

    def _failed(self, text: str, exc: BaseException) -> None:
        self._done(text, SearchResult([], 0))
        self.session.report(exc, self)

    def _done(self, text: str, result: SearchResult, more: bool = False) -> None:
        self.pending = False
        self.results.set_result(text, result, more=more)
        self.resultsReady.emit(text, result.hits)
        if getattr(self, "_open_when_ready", False):
            self._open_when_ready = False
            self.openRequested.emit()

    def _enter(self) -> None:
        if self._timer.isActive() or self.pending or self.results.query != self.text().strip():
            self._timer.stop()
            self._open_when_ready = True
            self.run()
            return
        self.openRequested.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)):
            tree = self.results.tree
            tree.setFocus()
            tree.keyPressEvent(event)  # move the selection, then come back
            self.setFocus()
            return True
        return super().eventFilter(obj, event)
