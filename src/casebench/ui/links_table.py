"""The Links section of an entity page: one row per link, as an analyst's link list reads.

Each call, payment, family or company link is a row (kind, direction from this entity's
side, the other end, date, amount, relationship or role), then the entities that name this
one, those it names and the exhibits about it; a line above sums each kind up (counts, what
was paid and received). The rows come in one trip (``entity_links.links_of``: the totals
need every link anyway) and the view takes them in batches as it scrolls (``fetchMore``);
a sort orders them all on the GUI thread (decision 58). Case data is plain text.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.ordering import name_key
from casebench.domain.schema import get_schema
from casebench.services import entity_links as el
from casebench.services.display import number_text
from casebench.ui import captions, i18n, moments
from casebench.ui.columns import text_width
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import prop_label, schema_label
from casebench.ui.links import link_role
from casebench.ui.table_base import Column, TableModel

BATCH = 200  # rows the view takes at a time as it scrolls
Index = QModelIndex | QPersistentModelIndex


class LCol(enum.IntEnum):
    KIND = 0
    DIRECTION = 1
    OTHER = 2
    DATE = 3
    AMOUNT = 4
    DETAILS = 5


def money(totals: tuple[tuple[str, float], ...]) -> str:
    """Totals per currency in the window's language (``2.300,50 EUR`` in Spanish)."""
    lang = i18n.current()
    return ", ".join(f"{number_text(f'{v:.2f}', lang)} {c}".strip() for c, v in totals)


def _amount(row: el.LinkRow) -> float | None:
    try:
        return float(row.amount) if row.amount else None
    except ValueError:
        return None



def shown_name(r: el.LinkRow) -> str:
    """The other end's name as the window shows it (a relationship's verb in its language)."""
    return captions.caption(r.other_schema, r.other_name, r.other_id)

# The narrow columns' widest text (wider is cut, whole in the tooltip); the other end takes the rest.
NARROW = {LCol.KIND: "Directorship", LCol.DIRECTION: "↔ with", LCol.DATE: "2024-03-11 14:05 UTC",
          LCol.AMOUNT: "1,250,000.00 EUR", LCol.DETAILS: "Event · Involved, Organizer, Location"}
OTHER_CAP = "Francisco Javier Romero Delgado Ltda."  # past this a name is cut (tooltip: whole)
OTHER_LEAST = "Francisco Javier"
DETAILS_LEAST = 60  # pixels of details kept beside the other end before it gives up room
ICON_ROOM = 22  # the kind icon before a name
HEADER_ROOM = "Amount"  # a header is cut past this width when its cells are narrower (tooltip: whole)


class LinksModel(TableModel[el.LinkRow]):
    """The links of one entity, a row per link; sorts every row, shows them in batches."""

    def __init__(self, parent: Any = None, batch: int = BATCH) -> None:
        super().__init__(parent)
        self.batch = batch
        self.own_schema = ""  # the entity shown: its properties name what it names (REFERS)
        self._given: list[el.LinkRow] = []  # in the service's order (the groups')
        self._shown = 0
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("LinksModel", "Kind"), self.kind_text, tooltip=self.kind_text),
            Column(QT_TRANSLATE_NOOP("LinksModel", "Direction"), self.direction_text,
                   tooltip=self._direction_tip),
            Column(QT_TRANSLATE_NOOP("LinksModel", "Other end"), lambda r: shown_name(r),
                   tooltip=self._other_tip, roles=self._other_roles),
            Column(QT_TRANSLATE_NOOP("LinksModel", "Date"), lambda r: moments.listed(r.date) if r.date else "",
                   tooltip=lambda r: moments.readable(r.date) if r.date else None),
            Column(QT_TRANSLATE_NOOP("LinksModel", "Amount"), self.amount_text, tooltip=self.amount_text,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(QT_TRANSLATE_NOOP("LinksModel", "Details"), self.detail_text, tooltip=self.detail_text),
        )

    # -- rows ------------------------------------------------------------------------------------
    def set_links(self, rows: tuple[el.LinkRow, ...] | list[el.LinkRow], own_schema: str = "") -> None:
        self._given = list(rows)
        self.own_schema = own_schema
        self._arrange()

    def clear_links(self) -> None:
        self.set_links([])

    def _arrange(self) -> None:
        rows = list(self._given)
        if self._sort is not None:
            column, order = self._sort
            key = self._key(column)
            known = [(k, r) for r in rows if (k := key(r)) is not None]
            known.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
            rows = [r for _k, r in known] + [r for r in rows if key(r) is None]  # no date, no amount: last
        self.beginResetModel()
        self._rows = rows
        self._shown = min(self.batch, len(rows))
        self.endResetModel()

    def row_total(self) -> int:
        return self._shown

    def row(self, i: int) -> el.LinkRow | None:
        return self._rows[i] if 0 <= i < self._shown else None

    def all_rows(self) -> list[el.LinkRow]:
        """Every row in the order shown (those the view has not taken yet too)."""
        return list(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        last = min(self._shown + self.batch, len(self._rows))
        self.beginInsertRows(QModelIndex(), self._shown, last - 1)
        self._shown = last
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.column_specs):
            self._sort = None
        else:
            self._sort = (column, order)
        self._arrange()

    def _key(self, column: int) -> Callable[[el.LinkRow], Any]:
        if column == LCol.DATE:
            return lambda r: el.date_key(r.date) if r.date else None
        if column == LCol.AMOUNT:
            return lambda r: None if (a := _amount(r)) is None else (a, r.currency)
        if column == LCol.OTHER:
            return lambda r: name_key(shown_name(r))
        text = self.column_specs[column].text
        return lambda r: name_key(str(text(r)))

    def target(self, i: int) -> tuple[str, str] | None:
        """(id, "entity" or "Exhibit") a double-click on row ``i`` opens: the other end, or the
        relationship itself when the other end is a bare number."""
        r = self.row(i)
        if r is None or not r.open_id:
            return None
        return r.open_id, el.EXHIBIT if r.other_id and r.other_schema == el.EXHIBIT else "entity"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            role = Qt.ItemDataRole.DisplayRole  # a header cut to its column's width reads whole here
        return super().headerData(section, orientation, role)

    def row_data(self, row: el.LinkRow, role: int) -> Any:
        return row.open_id if role == Qt.ItemDataRole.UserRole else None

    # -- texts -----------------------------------------------------------------------------------
    def kind_text(self, r: el.LinkRow) -> str:
        if r.kind == el.MENTIONS:
            return self.tr("Named by")
        if r.kind == el.REFERS:
            return self.tr("Names")
        if r.kind == el.EXHIBITS:
            return self.tr("Exhibit")
        return schema_label(r.kind)

    def direction_text(self, r: el.LinkRow) -> str:
        if r.kind in (el.MENTIONS, el.REFERS, el.EXHIBITS):
            return ""
        if r.direction == el.OUT:
            return self.tr("→ to")
        if r.direction == el.IN:
            return self.tr("← from")
        return self.tr("↔ with")

    def _direction_tip(self, r: el.LinkRow) -> str | None:
        if r.kind in (el.MENTIONS, el.REFERS, el.EXHIBITS):
            return None
        if r.direction == el.UNDIRECTED:
            return self.tr("A link without a direction")
        mine, theirs = (0, 1) if r.direction == el.OUT else (1, 0)
        return self.tr("{role}: this entity\n{other}: {name}").format(
            role=self._end_label(r.kind, mine), name=shown_name(r), other=self._end_label(r.kind, theirs))

    @staticmethod
    def _end_label(kind: str, side: int) -> str:
        try:
            schema = get_schema(kind)
        except ValueError:
            return ""
        return prop_label(kind, schema.edge[side]) if schema.edge else ""

    def amount_text(self, r: el.LinkRow) -> str:
        if not r.amount:
            return ""
        return f"{number_text(r.amount, i18n.current())} {r.currency}".strip()

    def detail_text(self, r: el.LinkRow) -> str:
        if r.kind == el.MENTIONS:
            props = ", ".join(prop_label(r.other_schema, p) for p in r.props)
            return f"{schema_label(r.other_schema)} · {props}" if props else schema_label(r.other_schema)
        if r.kind == el.REFERS:
            return ", ".join(prop_label(self.own_schema or "Thing", p) for p in r.props)
        return r.detail

    def _other_tip(self, r: el.LinkRow) -> str:
        if not r.open_id:
            return shown_name(r)
        if not r.other_id:  # a bare number: the call itself opens
            return self.tr("{name}\nDouble-click or Enter opens the link itself ({kind}).").format(
                name=shown_name(r), kind=schema_label(r.kind))
        return self.tr("{name}\nDouble-click or Enter opens it; Alt+Left comes back.").format(name=shown_name(r))

    def _other_roles(self, r: el.LinkRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(r.other_schema)
        if r.open_id:
            return link_role(role)
        return None


class LinksPanel(QWidget):
    """The Links tab: a line summing each kind up, and the table of links to follow."""

    followed = Signal(str, str)  # id, "entity" or "Exhibit"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityLinks")
        self.links: el.EntityLinks | None = None
        self.own_schema = ""  # the schema of the entity shown (labels of its own properties)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.summary = QLabel()
        self.summary.setObjectName("linksSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.model = LinksModel(self)
        self.table = QTableView()
        self.table.setObjectName("linksTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the groups' order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        # A name is cut at its end (its full text in the tooltip): "Francisco Javier Rom…"
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        # The other end takes the room left; kind, direction, date and amount stay on screen
        # at 1280×800 (details are last, and in the tooltips).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        self.table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.table.viewport().installEventFilter(self)
        self._other_width = 0  # what the widest name here needs
        self._details_width = 0  # what the widest details here need (within a cap)
        self.table.activated.connect(self._activated)
        lay.addWidget(self.table, 1)

    def retranslate(self) -> None:
        if self.links is not None:  # headers and kinds changed length
            self.set_links(self.links)

    def clear_links(self) -> None:
        self.links = None
        self.model.clear_links()
        self.summary.clear()

    def total(self) -> int:
        return len(self.links.rows) if self.links else 0

    def set_links(self, links: el.EntityLinks) -> None:
        self.links = links
        self.model.set_links(links.rows, self.own_schema)
        self.summary.setText(" · ".join(f"{self.group_title(g)}: {d}" if (d := self.group_detail(g))
                                        else self.group_title(g) for g in links.groups))
        self.summary.setVisible(bool(links.groups))
        self._fit()

    def _fit(self) -> None:
        """The narrow columns as wide as what they hold here (within a cap; a longer text is cut
        and whole in its tooltip) and hidden when empty, so that the other end gets the rest: a
        person with calls only keeps no room for amounts, a payment's page (what it names) none
        for dates."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        rows = self.model.all_rows()[:2000]
        for column, cap in NARROW.items():
            text = self.model.column_specs[column].text
            widths = [metrics.horizontalAdvance(str(text(r))) for r in rows]
            empty = not any(widths)
            self.table.setColumnHidden(column, empty and column != LCol.KIND)
            if empty and column != LCol.KIND:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # a header longer than its cells is cut (its tooltip has it), a short one is whole
            least = min(metrics.horizontalAdvance(title), metrics.horizontalAdvance(HEADER_ROOM))
            width = max(widths, default=0)
            if column != LCol.AMOUNT:  # an amount is whole, its currency too (a few words at most)
                width = min(width, metrics.horizontalAdvance(cap))
            header.resizeSection(column, max(width, least) + text_width(self.table, ""))
        self._details_width = header.sectionSize(LCol.DETAILS)
        names = (metrics.horizontalAdvance(shown_name(r)) for r in rows)
        self._other_width = min(max(names, default=0), metrics.horizontalAdvance(OTHER_CAP)) + ICON_ROOM
        self._share()

    def _share(self) -> None:
        """The other end first: as wide as its widest name, or all the room left when that is
        less (never narrower than ``OTHER_LEAST``); the details take what is left beside it, or
        their own width past the edge when nothing is (the table scrolls sideways to them)."""
        header = self.table.horizontalHeader()
        pad = text_width(self.table, "")
        narrow = sum(header.sectionSize(c) for c in NARROW if c != LCol.DETAILS and not header.isSectionHidden(c))
        room = self.table.viewport().width() - narrow
        want = max(text_width(self.table, OTHER_LEAST) + ICON_ROOM, self._other_width + pad)
        if header.isSectionHidden(LCol.DETAILS) or room - want < DETAILS_LEAST + pad:
            header.resizeSection(LCol.OTHER, max(want if header.isSectionHidden(LCol.DETAILS) else 0,
                                                 room, text_width(self.table, OTHER_LEAST) + ICON_ROOM))
            header.resizeSection(LCol.DETAILS, self._details_width)
        else:
            header.resizeSection(LCol.OTHER, want)
            header.resizeSection(LCol.DETAILS, room - want)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share()
        return False

    # -- texts --------------------------------------------------------------------------------
    def group_title(self, g: el.LinkGroup) -> str:
        if g.kind == el.MENTIONS:
            name = self.tr("Named by")
        elif g.kind == el.REFERS:
            name = self.tr("Names")
        elif g.kind == el.EXHIBITS:
            name = self.tr("Exhibits")
        else:
            name = schema_label(g.kind, plural=True)
        return f"{name} ({g.count})"

    def group_detail(self, g: el.LinkGroup) -> str:
        parts = []
        if g.paid_out:
            parts.append(self.tr("paid {amount}").format(amount=money(g.paid_out)))
        if g.paid_in:
            parts.append(self.tr("received {amount}").format(amount=money(g.paid_in)))
        return "; ".join(parts)

    # -- following ------------------------------------------------------------------------------
    def rows_shown(self) -> list[list[str]]:
        """The cells as the table shows them (tests and screenshots read what a user reads)."""
        m = self.model
        return [[str(m.index(r, c).data() or "") for c in range(m.columnCount())] for r in range(m.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        target = self.model.target(index.row())
        if target is not None:
            self.followed.emit(*target)

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        r = self.model.row(index.row()) if index.isValid() else None
        if r is None:
            return
        menu = QMenu(self)
        target = self.model.target(index.row())
        if target is not None:
            other = QAction(self.tr("Open {name}").format(name=shown_name(r).replace("&", "&&")), menu)
            other.triggered.connect(lambda _c=False, t=target: self.followed.emit(*t))
            menu.addAction(other)
        if r.via and r.other_id:  # the call or payment itself, with its own values and sources
            link = QAction(self.tr("Open the link itself ({kind})").format(kind=schema_label(r.kind)), menu)
            link.triggered.connect(lambda _c=False, via=r.via: self.followed.emit(via, "entity"))
            menu.addAction(link)
        if not menu.isEmpty():
            menu.popup(self.table.viewport().mapToGlobal(pos))
