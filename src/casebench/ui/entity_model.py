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
    loaded = Signal()  # the first page (or an empty result) arrived
    failed = Signal(str)

    def __init__(self, session: CaseSession, parent: Any = None, page: int = PAGE) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.filter = EntityFilter()
        self._order = "caption"
        self._descending = False
        self._rows: list[EntitySummary] = []
        self._total = 0
        self._pending = False
        self.ready = False

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, flt: EntityFilter) -> None:
        self.filter = flt
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self.filter, **changes))

    def clear(self) -> None:
        self.session.supersede(self, "rows")  # answers on their way are for the old filter
        self.beginResetModel()
        self._rows, self._total, self._pending, self.ready = [], 0, False, False
        self.endResetModel()

    def reload(self) -> None:
        self.clear()
        if not self.session.is_open:
            return
        self._pending = True
        self.session.query("rows", first_page, self.filter, self._order, self._descending, self.page,
                           on_done=self._first, on_error=self._error)

    def _first(self, result: tuple[int, list[EntitySummary]]) -> None:
        total, rows = result
        self._pending = False
        self._total = total
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows = list(rows)
            self.endInsertRows()
        self.ready = True
        self.loaded.emit()

    def _more(self, rows: list[EntitySummary]) -> None:
        self._pending = False
        if not rows:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _error(self, exc: BaseException) -> None:
        self._pending = False
        self.failed.emit(plain_error(exc))
        self.session.report(exc, self)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and self.ready and not self._pending
                and len(self._rows) < self._total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.session.is_open:
            return
        self._pending = True
        self.session.query("rows", svc.list_entities, order=self._order, descending=self._descending,
                           limit=self.page, offset=len(self._rows), **self.filter.kwargs(),
                           on_done=self._more, on_error=self._error)

    # -- Qt model --------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def summary(self, row: int) -> EntitySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entity_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == entity_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
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
