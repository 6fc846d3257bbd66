"""Lazy entity list: a thin adapter over services.entities.list_entities, paged on the worker."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from casebench.domain.handling import TLP
from casebench.services import entities as svc
from casebench.services.types import Case, EntitySummary
from casebench.ui.common import plain_error, plain_tooltips, tlp_cell
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import schema_label
from casebench.ui.session import CaseSession

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    CAPTION = 0
    SCHEMA = 1
    TLP = 2
    CREATED = 3


_ORDER = {Col.CAPTION: "caption", Col.SCHEMA: "schema", Col.TLP: "tlp", Col.CREATED: "created"}


@dataclass(frozen=True)
class EntityFilter:
    schema: tuple[str, ...] = ()
    tag: str = ""
    tlp: TLP | None = None
    country: str = ""
    text: str = ""

    def kwargs(self) -> dict[str, Any]:
        return {"schema": list(self.schema) or None, "tag": self.tag or None, "tlp": self.tlp,
                "country": self.country or None, "text": self.text or None}


def first_page(case: Case, flt: EntityFilter, order: str, descending: bool,
               limit: int) -> tuple[int, list[EntitySummary]]:
    """Runs on the worker: the total and the first page in one trip."""
    kw = flt.kwargs()
    total = svc.count_entities(case, **kw)
    rows = svc.list_entities(case, order=order, descending=descending, limit=limit, offset=0, **kw)
    return total, rows


@plain_tooltips
class EntityTableModel(QAbstractTableModel):
    """As many rows as the filter matches (the scrollbar shows the whole list), read a page
    at a time on the worker when a page's rows are first drawn. Jumping to the end reads
    the last page only, so End on a 200,000-entity list does not walk the pages before it."""

    loaded = Signal()  # the first page (or an empty result) arrived
    failed = Signal(str)

    def __init__(self, session: CaseSession, parent: Any = None, page: int = PAGE) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.filter = EntityFilter()
        self._order = "caption"
        self._descending = False
        self._pages: dict[int, list[EntitySummary]] = {}
        self._asked: set[int] = set()  # pages on their way
        self._total = 0
        self._generation = 0  # answers for an older filter or order are dropped
        self.ready = False

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, flt: EntityFilter) -> None:
        self.filter = flt
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self.filter, **changes))

    def clear(self) -> None:
        self.session.supersede(self, "rows")  # answers on their way are for the old filter
        self._generation += 1
        self.beginResetModel()
        self._pages, self._asked, self._total, self.ready = {}, set(), 0, False
        self.endResetModel()

    def reload(self) -> None:
        self.clear()
        if not self.session.is_open:
            return
        generation = self._generation
        self._asked.add(0)
        self.session.query("rows", first_page, self.filter, self._order, self._descending, self.page,
                           on_done=lambda result: self._first(result, generation), on_error=self._error)

    def _first(self, result: tuple[int, list[EntitySummary]], generation: int) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self._asked.discard(0)
        if total:
            self.beginInsertRows(QModelIndex(), 0, total - 1)
            self._total = total
            self._pages[0] = list(rows)
            self.endInsertRows()
        self.ready = True
        self.loaded.emit()

    def _fetch_page(self, number: int) -> None:
        if number in self._pages or number in self._asked or not self.session.is_open:
            return
        self._asked.add(number)
        generation = self._generation
        # A page beside one already read starts from its edge row (keyset paging); any other
        # page is read from the nearer end of the list, so End reads the last page at once.
        prev, nxt = self._pages.get(number - 1), self._pages.get(number + 1)
        after = prev[-1] if prev and len(prev) == self.page else None
        before = nxt[0] if nxt and after is None else None
        self.session.call(svc.entity_page, number * self.page, self.page, self._total, after=after,
                          before=before, order=self._order, descending=self._descending,
                          **self.filter.kwargs(), owner=self,
                          on_done=lambda rows: self._got_page(number, rows, generation),
                          on_error=self._error)

    def _got_page(self, number: int, rows: list[EntitySummary], generation: int) -> None:
        if generation != self._generation:
            return
        self._asked.discard(number)
        self._pages[number] = list(rows)
        first = number * self.page
        last = min(first + self.page, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Col) - 1))

    def _error(self, exc: BaseException) -> None:
        self._asked.clear()
        self.failed.emit(plain_error(exc))
        self.session.report(exc, self)

    # -- Qt model --------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def loaded_rows(self) -> int:
        """How many rows have been read so far (the rest are read when they are drawn)."""
        return sum(len(p) for p in self._pages.values())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def summary(self, row: int) -> EntitySummary | None:
        if not 0 <= row < self._total:
            return None
        rows = self._pages.get(row // self.page)
        if rows is None:
            self._fetch_page(row // self.page)
            return None
        offset = row % self.page
        return rows[offset] if offset < len(rows) else None

    def row_of(self, entity_id: str) -> int:
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == entity_id:
                    return number * self.page + i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.summary(index.row())
        if r is None:  # its page is being read: drawn when it arrives
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == Col.CAPTION else None
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is Col.CAPTION:
                return r.caption
            if col is Col.SCHEMA:
                return schema_label(r.schema)
            if col is Col.TLP:
                return r.tlp.label
            return r.created_at[:10]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.DecorationRole and col is Col.CAPTION:
            return kind_icon(r.schema)
        if role == Qt.ItemDataRole.ToolTipRole and col is Col.CAPTION:
            return self.tr("{caption} — imported from another workbench").format(
                caption=r.caption) if r.origin else r.caption
        if col is Col.TLP:
            return tlp_cell(r.tlp, role)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Col):
            return None
        return (self.tr("Name"), self.tr("Kind"), self.tr("TLP"), self.tr("Created"))[section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Col):
            return
        self._order = _ORDER[Col(column)]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
