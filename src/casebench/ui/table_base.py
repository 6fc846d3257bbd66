"""One base for the window's table models: columns declared once, rows plain or paged.

A model declares its columns as :class:`Column` specs (header, text, tooltip, alignment,
other roles); ``rowCount``, ``columnCount``, ``headerData`` and ``data`` live here, and
every tooltip is shown literally (case data is untrusted).

- :class:`TableModel` holds a plain list (``set_rows``): the zero-paging case.
- :class:`PagedModel` reads its rows a page at a time on the case worker through the
  session's latest-wins queries. *Counted* models (``count_query`` given) know their
  total from the first trip, so the scrollbar shows the whole list and a page is read
  when its rows are first drawn (End reads only the last page); the others grow by
  ``fetchMore`` as the view scrolls. A page that arrives emits ``dataChanged``.

Headers are source texts marked with ``QT_TRANSLATE_NOOP("<model class>", …)`` and
translated when shown (``self.tr`` looks in each class of the model's MRO), so a language
switch needs no rebuild and the translation contexts stay those of the model classes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from casebench.services.types import Case
from casebench.ui.common import plain_error, plain_tooltips
from casebench.ui.session import CaseSession

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: what its header says and what a row shows in it."""

    # QT_TRANSLATE_NOOP("<model class>", …), translated when shown (typed object: so is the NOOP)
    header: object
    text: Callable[[R], Any]  # DisplayRole
    tooltip: Callable[[R], Any] | None = None  # shown literally
    align: Qt.AlignmentFlag | None = None
    roles: Callable[[R, int], Any] | None = None  # any other role: icon, colours, font, edit value


@plain_tooltips
class TableModel(QAbstractTableModel, Generic[R]):
    """A flat table of rows of type ``R`` described by ``column_specs``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_specs: Sequence[Column[R]] = ()
        self._rows: list[R] = []

    # -- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, i: int) -> R | None:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def find(self, match: Callable[[R], bool]) -> int:
        """The first row (of those read) that ``match``es, or -1."""
        return next((i for i, r in enumerate(self._rows) if match(r)), -1)

    # -- what a model may add ------------------------------------------------------------------
    def row_data(self, row: R, role: int) -> Any:
        """A role that holds for the whole row (its key, a struck-out row); None: ask the column."""
        return None

    def header_label(self, section: int) -> str:
        return self.tr(str(self.column_specs[section].header))

    def vertical_label(self, section: int) -> Any:
        return None  # the views hide or number the rows themselves

    def unread_data(self, column: int, role: int) -> Any:
        """What a row whose page is on its way shows (PagedModel)."""
        return None

    # -- Qt model ------------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """``column`` defaults to 0, as in a list model (lists are one-column tables here)."""
        return super().index(row, column, parent)

    def row_total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_specs)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        specs = self.column_specs
        if not index.isValid() or not 0 <= index.column() < len(specs):
            return None
        row = self.row(index.row())
        if row is None:  # out of range, or (PagedModel) its page is on its way
            return self.unread_data(index.column(), role) if 0 <= index.row() < self.row_total() else None
        col = specs[index.column()]
        if role == Role.DisplayRole:
            return col.text(row)
        value = self.row_data(row, role)
        if value is not None:
            return value
        if role == Role.ToolTipRole:
            return col.tooltip(row) if col.tooltip is not None else None
        if role == Role.TextAlignmentRole and col.align is not None:
            return int(col.align)
        return col.roles(row, role) if col.roles is not None else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Role.DisplayRole) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.vertical_label(section) if 0 <= section < self.row_total() else None
        return self.header_label(section) if 0 <= section < len(self.column_specs) else None


def _count_and_read(case: Case, count: Callable[[Case], int],
                    read: Callable[[Case], list[Any]]) -> tuple[int, list[Any]]:
    """Runs on the worker: the total and the first page in one trip."""
    return count(case), read(case)


class PagedModel(TableModel[R]):
    """Rows read a page at a time on the worker (see the module docstring).

    A subclass says how to read: ``page_query(offset, limit)`` and, for a counted model,
    ``count_query()``; each returns a callable of the case, built on the GUI thread so it
    captures the filter and order of the moment.
    """

    loaded = Signal()  # the first page (or an empty result) arrived
    failed = Signal(str)

    def __init__(self, session: CaseSession, parent: Any = None, page: int = 200) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.ready = False  # the first page (or a failure) has arrived
        self._pages: dict[int, list[R]] = {}
        self._asked: set[int] = set()  # pages on their way
        self._total = 0
        self._more = False  # an uncounted model may have more rows after the last page read
        self._counted = False

    # -- how to read (the subclass) ------------------------------------------------------------
    def page_query(self, offset: int, limit: int) -> Callable[[Case], list[R]]:
        raise NotImplementedError

    def count_query(self) -> Callable[[Case], int] | None:
        return None  # uncounted: the list grows by fetchMore

    def page_arrived(self, rows: list[R]) -> None:
        """A page was added (a model may read more about its rows here)."""

    # -- loading -------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def loaded_rows(self) -> int:
        """How many rows have been read so far (the rest are read when they are drawn)."""
        return sum(len(p) for p in self._pages.values())

    def clear(self) -> None:
        # answers on their way are for the old filter or order: they are dropped, and those
        # still queued are not even run
        self.session.supersede(self, "rows")
        for number in self._asked:
            self.session.supersede(self, f"page {number}")
        self.beginResetModel()
        self._pages, self._asked, self._total, self._more, self.ready = {}, set(), 0, False, False
        self.endResetModel()

    def reload(self) -> None:
        self.clear()
        if not self.session.is_open:
            return
        self._asked.add(0)
        read = self.page_query(0, self.page)
        count = self.count_query()
        self._counted = count is not None
        if count is None:
            self.session.query("rows", read, owner=self, on_done=lambda rows: self._first((len(rows), rows)),
                               on_error=lambda exc: self._failed(exc, 0))
        else:
            self.session.query("rows", _count_and_read, count, read, owner=self, on_done=self._first,
                               on_error=lambda exc: self._failed(exc, 0))

    def _first(self, result: tuple[int, list[R]]) -> None:
        total, rows = result
        self._asked.discard(0)
        self._more = not self._counted and len(rows) == self.page
        if total:
            self.beginInsertRows(QModelIndex(), 0, total - 1)
            self._total = total
            self._pages[0] = list(rows)
            self.endInsertRows()
            self.page_arrived(list(rows))
        self.ready = True
        self.loaded.emit()

    def _fetch_page(self, number: int) -> None:
        if number in self._pages or number in self._asked or not self.session.is_open:
            return
        self._asked.add(number)
        self.session.query(f"page {number}", self.page_query(number * self.page, self.page), owner=self,
                           on_done=lambda rows: self._got_page(number, rows),
                           on_error=lambda exc: self._failed(exc, number))

    def _got_page(self, number: int, rows: list[R]) -> None:
        self._asked.discard(number)
        if number * self.page >= self._total:  # a page after the end: the list grows
            self._more = len(rows) == self.page
            if rows:
                start = self._total
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._pages[number] = list(rows)
                self._total += len(rows)
                self.endInsertRows()
                self.page_arrived(list(rows))
            return
        self._pages[number] = list(rows)
        first = number * self.page
        last = min(first + self.page, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.column_specs) - 1))
            self.page_arrived(list(rows))

    def _failed(self, exc: BaseException, number: int) -> None:
        # the page is asked again when it is drawn again; pages still on their way stay
        # asked (so clear() still drops them if the filter changes meanwhile)
        self._asked.discard(number)
        self._more = False
        self.failed.emit(plain_error(exc))
        self.session.report(exc, self)

    # -- rows ----------------------------------------------------------------------------------
    def row(self, i: int) -> R | None:
        """Row ``i`` if its page has been read; otherwise None, and its page is asked for."""
        if not 0 <= i < self._total:
            return None
        rows = self._pages.get(i // self.page)
        if rows is None:
            self._fetch_page(i // self.page)
            return None
        offset = i % self.page
        return rows[offset] if offset < len(rows) else None

    def find(self, match: Callable[[R], bool]) -> int:
        for number, rows in sorted(self._pages.items()):
            for i, r in enumerate(rows):
                if match(r):
                    return number * self.page + i
        return -1

    def set_rows(self, rows: Iterable[R]) -> None:
        raise TypeError("a paged model reads its own rows: use reload()")

    def row_total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._asked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch_page(len(self._pages))
