"""Lazy entity list: a thin adapter over services.entities.count_entities/list_entities,
paged on the worker by table_base.PagedModel."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from casebench.domain.handling import TLP
from casebench.services import entities as svc
from casebench.services.types import Case, EntitySummary
from casebench.ui import captions
from casebench.ui.common import tlp_cell
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import prop_label, schema_label
from casebench.ui.session import CaseSession
from casebench.ui.table_base import Column, PagedModel
from casebench.ui.value_labels import prop_value_label

PAGE = 200


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


# Lists of one kind show the properties a reader follows it by, after the name, each
# sortable (in SQL, "prop:<name>"): where a request for co-operation stands and since when
# (requests carry no due date; an action item its deadline).
KIND_COLUMNS: dict[str, tuple[str, ...]] = {
    "Request": ("status", "sentDate"),
    "ActionItem": ("status", "deadline"),
}


def _shown_value(prop: str) -> Callable[[EntitySummary], str]:
    return lambda r: prop_value_label(prop, r.value(prop))  # "open" as the user's language says it


class EntityTableModel(PagedModel[EntitySummary]):
    """As many rows as the filter matches (the scrollbar shows the whole list), read a page
    at a time on the worker when a page's rows are first drawn. Jumping to the end reads
    the last page only, so End on a 200,000-entity list does not walk the pages before it."""

    def __init__(self, session: CaseSession, parent: Any = None, page: int = PAGE) -> None:
        super().__init__(session, parent, page)
        self.filter = EntityFilter()
        self._order = "caption"
        self._descending = False
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("EntityTableModel", "Name"), self._caption,
                   tooltip=self._caption_tip,
                   roles=lambda r, role: kind_icon(r.schema) if role == Qt.ItemDataRole.DecorationRole else None),
            Column(QT_TRANSLATE_NOOP("EntityTableModel", "Kind"), lambda r: schema_label(r.schema)),
            Column(QT_TRANSLATE_NOOP("EntityTableModel", "TLP"), lambda r: r.tlp.label,
                   roles=lambda r, role: tlp_cell(r.tlp, role)),
            Column(QT_TRANSLATE_NOOP("EntityTableModel", "Created"), lambda r: r.created_at[:10]),
        )
        self._base_specs = self.column_specs
        self.kind = ""  # the one kind listed, when its properties are columns
        self.props: tuple[str, ...] = ()

    def set_kind(self, schemata: tuple[str, ...]) -> None:
        """Columns for a list of one kind (``KIND_COLUMNS``), after the four of every list."""
        kind = schemata[0] if len(schemata) == 1 else ""
        props = KIND_COLUMNS.get(kind, ())
        if (kind, props) == (self.kind, self.props):
            return
        self.beginResetModel()
        self.kind, self.props = kind, props
        self.column_specs = self._base_specs + tuple(Column(prop, _shown_value(prop)) for prop in props)
        if self._order.startswith(svc.PROP_ORDER) and self._order[len(svc.PROP_ORDER):] not in props:
            self._order, self._descending = "caption", False
        self.endResetModel()

    def header_label(self, section: int) -> str:
        if section >= len(Col):  # a property: its label, in the property's words
            return prop_label(self.kind, str(self.column_specs[section].header))
        return super().header_label(section)

    # -- reading (the service calls; paging itself is PagedModel's) -------------------------
    def count_query(self) -> Callable[[Case], int]:
        return partial(svc.count_entities, **self.filter.kwargs())

    def page_query(self, offset: int, limit: int) -> Callable[[Case], list[EntitySummary]]:
        if offset == 0 or not self._total:  # the first page comes with the count
            return partial(svc.list_entities, order=self._order, descending=self._descending,
                           limit=limit, offset=offset, columns=self.props, **self.filter.kwargs())
        # A page beside one already read starts from its edge row (keyset paging); any other
        # page is read from the nearer end of the list, so End reads the last page at once.
        number = offset // self.page
        prev, nxt = self._pages.get(number - 1), self._pages.get(number + 1)
        after = prev[-1] if prev and len(prev) == self.page else None
        before = nxt[0] if nxt and after is None else None
        return partial(svc.entity_page, offset=offset, limit=limit, total=self._total, after=after,
                       before=before, order=self._order, descending=self._descending, columns=self.props,
                       **self.filter.kwargs())

    def set_filter(self, flt: EntityFilter) -> None:
        self.filter = flt
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self.filter, **changes))

    # -- rows ----------------------------------------------------------------------------------
    def summary(self, row: int) -> EntitySummary | None:
        return self.row(row)

    def row_of(self, entity_id: str) -> int:
        return self.find(lambda r: r.id == entity_id)

    def row_data(self, row: EntitySummary, role: int) -> Any:
        return row.id if role == Qt.ItemDataRole.UserRole else None

    def unread_data(self, column: int, role: int) -> Any:
        # its page is being read: drawn when it arrives
        return "…" if role == Qt.ItemDataRole.DisplayRole and column == Col.CAPTION else None

    @staticmethod
    def _caption(r: EntitySummary) -> str:
        """A relationship's caption in the window's language (stored and searched in English)."""
        return captions.caption(r.schema, r.caption, r.id)

    def _caption_tip(self, r: EntitySummary) -> str:
        shown = self._caption(r)
        return self.tr("{caption} — imported from another workbench").format(
            caption=shown) if r.origin else shown

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.column_specs):
            return
        self._order = _ORDER[Col(column)] if column < len(Col) else svc.PROP_ORDER + self.props[column - len(Col)]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
