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
from casebench.domain.ordering import name_key
from casebench.domain.schema import concrete_schemata, get_schema
from casebench.domain.values import PropType
from casebench.services import entities as svc
from casebench.services.display import number_text
from casebench.services.types import Case, EntitySummary
from casebench.ui import captions, i18n, moments
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

# A list of relationships reads as a table of links (decision 62): its two ends, its date
# (a call's or payment's moment, else when the link began), a payment's amount, a call's
# duration. Over several kinds an end's column is "owner|payer|…": each kind has one.
DATE = "date|startDate"
# Lists whose caption is always "<from> <verb> <to>" (decision 57: no typed role): sorted by
# caption they are sorted by their first end, through the caption index.
COMPOSED = frozenset({"Call", "Payment"})
# A sort by a property reads that property for every row of the list (no index holds it):
# ~1.5 s a page at 200,000 payments. Offered up to this many rows; filter the list first.
PROP_SORT_LIMIT = 50_000


def _shown_value(prop: str) -> Callable[[EntitySummary], str]:
    return lambda r: prop_value_label(prop, r.value(prop))  # "open" as the user's language says it


def _kind_column(kind: str, prop: str) -> Extra:
    """A kind's own column: a date as every list shows one (`moments.listed`, sorted by the
    instant, decision 66), other values as the user's language says them."""
    label = partial(prop_label, kind, prop)
    if get_schema(kind).properties[prop].type is PropType.DATE:
        return Extra(Column(prop, lambda r: moments.listed(r.value(prop)),
                            tooltip=lambda r: moments.readable(r.value(prop)) or None), svc.TIME_ORDER + prop, label)
    return Extra(Column(prop, _shown_value(prop)), svc.PROP_ORDER + prop, label)


def is_relationship_list(schemata: tuple[str, ...]) -> bool:
    """A list of relationship kinds only (Links, Calls, Payments): shown as a table of links."""
    return bool(schemata) and all(get_schema(s).is_edge for s in schemata)


def duration_text(value: str) -> str:
    """A call's duration in seconds as ``m:ss`` (``h:mm:ss`` from an hour); other text as it is."""
    try:
        seconds = round(float(value))
    except ValueError:
        return value
    if seconds < 0:
        return value
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class Extra:
    """A column after the four every list has."""

    column: Column[EntitySummary]
    order: str | None  # what a click on its header sorts by; None: it does not sort
    label: Callable[[], str]  # its header in the window's language


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
        self.schemata: tuple[str, ...] | None = None  # the kinds listed (set_kind)
        self.kind = ""  # the one kind listed, when its properties are columns
        self.props: tuple[str, ...] = ()  # the properties each row is read with
        self.named: tuple[str, ...] = ()  # those of them holding entity ids, read with their names
        self.extras: tuple[Extra, ...] = ()
        self.relationships = False  # the list shows relationships as a table of links
        self._ends = ("", "")  # the columns of a relationship's first and second end
        # rows that are calls kept as compact records: after the entities in their file's
        # order whatever the sort, so a property sort would order only the rows before them
        self.records = 0

    @property
    def sort_column(self) -> int:
        """The column the list is sorted by (CAPTION for its name order)."""
        if self._order == "caption":
            return next((len(Col) + i for i, x in enumerate(self.extras) if x.order == "caption"), Col.CAPTION)
        base = {v: k for k, v in _ORDER.items()}
        if self._order in base:
            return int(base[self._order])
        return next((len(Col) + i for i, x in enumerate(self.extras) if x.order == self._order), Col.CAPTION)

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_kind(self, schemata: tuple[str, ...]) -> None:
        """Columns for the list of ``schemata``, after the four of every list: a kind's
        properties (``KIND_COLUMNS``), or a relationship list's ends, date, amount, duration."""
        if schemata == self.schemata:
            return
        self.beginResetModel()
        self.schemata = schemata
        kind = schemata[0] if len(schemata) == 1 else ""
        self.relationships = is_relationship_list(schemata)
        if self.relationships:
            self.kind = kind
            self.extras = self._link_columns(schemata)
        else:
            props = KIND_COLUMNS.get(kind, ())
            self.kind = kind if props else ""
            self.named = ()
            self.props = props
            self.extras = tuple(_kind_column(kind, prop) for prop in props)
        self.column_specs = self._base_specs + tuple(x.column for x in self.extras)
        # a property's sort is offered by the list's size (`sortable`): another list starts in
        # its own order, not in one that reads every row of it for each page
        if self._order != "caption" and self._order not in _ORDER.values():
            self._order, self._descending = "caption", False
        self.endResetModel()

    # -- a table of links ---------------------------------------------------------------------
    def _link_columns(self, schemata: tuple[str, ...]) -> tuple[Extra, ...]:
        edges = [get_schema(s).edge for s in schemata]
        first = "|".join(sorted({e[0] for e in edges if e}))
        second = "|".join(sorted({e[1] for e in edges if e}))
        self._ends = (first, second)
        props = [first, second, DATE]
        named = [first, second]
        calls, payments = "Call" in schemata, "Payment" in schemata
        if payments:
            props += ["payerAccount", "beneficiaryAccount", "amount", "currency"]
            named += ["payerAccount", "beneficiaryAccount"]
        if calls:
            props += ["callerNumber", "receiverNumber", "duration"]
        self.props, self.named = tuple(props), tuple(named)
        one = self.kind
        by_caption = "caption" if set(schemata) <= COMPOSED else None

        # An end sorts by the name it is shown by (what the cell reads: the entity's name, a
        # payment's account, a call's number), read for every row like a property.
        fallbacks = (["payerAccount"] if payments else []) + (["callerNumber"] if calls else [])
        by_name = [svc.NAME_ORDER + ",".join([end, *fallbacks]) for end in (first, second)]
        if payments:
            by_name[1] = by_name[1].replace("payerAccount", "beneficiaryAccount")
        if calls:
            by_name[1] = by_name[1].replace("callerNumber", "receiverNumber")

        def end_label(side: int) -> Callable[[], str]:
            if one:  # "Caller", "Payer" …: the property's own label
                return partial(prop_label, one, self._ends[side])
            return partial(self.tr, "From" if side == 0 else "To")

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        extras = [
            Extra(Column(QT_TRANSLATE_NOOP("EntityTableModel", "From"), partial(self.end_text, side=0),
                         tooltip=lambda r: self.end_text(r, 0) or None), by_caption or by_name[0], end_label(0)),
            Extra(Column(QT_TRANSLATE_NOOP("EntityTableModel", "To"), partial(self.end_text, side=1),
                         tooltip=lambda r: self.end_text(r, 1) or None), by_name[1], end_label(1)),
            Extra(Column(QT_TRANSLATE_NOOP("EntityTableModel", "Date"), lambda r: moments.listed(r.value(DATE)),
                         tooltip=lambda r: moments.readable(r.value(DATE)) or None), svc.TIME_ORDER + DATE,
                  partial(self.tr, "Date")),
        ]
        if set(schemata) == {"Payment"}:  # a list of several kinds leaves them to the form: no room
            extras.append(Extra(Column(QT_TRANSLATE_NOOP("EntityTableModel", "Amount"), self.amount_text,
                                       tooltip=lambda r: self.amount_text(r) or None, align=right),
                                svc.NUM_ORDER + "amount", partial(self.tr, "Amount")))
        if set(schemata) == {"Call"}:
            extras.append(Extra(Column(QT_TRANSLATE_NOOP("EntityTableModel", "Duration"),
                                       lambda r: duration_text(r.value("duration")) if r.value("duration") else "",
                                       tooltip=self._duration_tip, align=right),
                                svc.NUM_ORDER + "duration", partial(self.tr, "Duration")))
        return tuple(extras)

    def end_text(self, r: EntitySummary, side: int) -> str:
        """A relationship's first (0) or second end as the window names it: the entity's name,
        else (a payment) its account's, else (a call) the number."""
        names = {i: (schema, name) for i, schema, name in r.names}
        prop = self._ends[side]
        if r.schema == "Payment":
            candidates = [r.value(prop), r.value(("payerAccount", "beneficiaryAccount")[side])]
        else:
            candidates = [r.value(prop)]
        for eid in candidates:
            if eid in names:
                schema, name = names[eid]
                return captions.caption(schema, name, eid)
        if r.schema == "Call":
            return r.value(("callerNumber", "receiverNumber")[side])
        return ""

    def amount_text(self, r: EntitySummary) -> str:
        amount = r.value("amount")
        if not amount:
            return ""
        return f"{number_text(amount, i18n.current())} {r.value('currency')}".strip()

    def _duration_tip(self, r: EntitySummary) -> str | None:
        seconds = r.value("duration")
        return self.tr("{n} seconds").format(n=number_text(seconds, i18n.current())) if seconds else None

    def header_label(self, section: int) -> str:
        if section >= len(Col):  # a property or a link's part, in the list's words
            return self.extras[section - len(Col)].label()
        return super().header_label(section)

    def store_order(self) -> str:
        """The order the store sorts by: the Kind column by the kinds' names in the window's
        language (a Spanish "Familia" before "Llamada"), as its cells read; the schema names'
        own order (and its index) when that is the same."""
        if self._order != "schema":
            return self._order
        names = list(self.schemata or ()) or [s.name for s in concrete_schemata()]
        shown = sorted(names, key=lambda n: (name_key(schema_label(n)), n))
        return "schema" if shown == sorted(names) else svc.KIND_ORDER + "|".join(shown)

    def row_query(self, entity_id: str) -> Callable[[Case], int | None]:
        """Where ``entity_id`` is in this list as filtered and sorted (None: not in it)."""
        return partial(svc.entity_row, entity_id=entity_id, order=self.store_order(),
                       descending=self._descending, **self.filter.kwargs())

    def sortable(self, column: int) -> bool:
        """Whether a click on ``column`` sorts the list: its own columns always, a property's
        or an end's name up to ``PROP_SORT_LIMIT`` rows (it is read for every row), the first
        end of calls or payments at any size (as the caption)."""
        if column < len(Col):
            return True
        order = self.extras[column - len(Col)].order if column - len(Col) < len(self.extras) else None
        if order is None:
            return False
        return order == "caption" or (self._total <= PROP_SORT_LIMIT and not self.records)

    def reload(self) -> None:
        super().reload()
        self.records = 0
        if self.session.is_open:
            self.session.query("records", partial(svc.count_listed_records, **self.filter.kwargs()), owner=self,
                               on_done=self._records_counted)

    def _records_counted(self, n: int) -> None:
        self.records = n

    # -- reading (the service calls; paging itself is PagedModel's) -------------------------
    def count_query(self) -> Callable[[Case], int]:
        return partial(svc.count_entities, **self.filter.kwargs())

    def page_query(self, offset: int, limit: int) -> Callable[[Case], list[EntitySummary]]:
        if offset == 0 or not self._total:  # the first page comes with the count
            return partial(svc.list_entities, order=self.store_order(), descending=self._descending,
                           limit=limit, offset=offset, columns=self.props, named=self.named,
                           **self.filter.kwargs())
        # A page beside one already read starts from its edge row (keyset paging); any other
        # page is read from the nearer end of the list, so End reads the last page at once.
        number = offset // self.page
        prev, nxt = self._pages.get(number - 1), self._pages.get(number + 1)
        after = prev[-1] if prev and len(prev) == self.page else None
        before = nxt[0] if nxt and after is None else None
        return partial(svc.entity_page, offset=offset, limit=limit, total=self._total, after=after,
                       before=before, order=self.store_order(), descending=self._descending, columns=self.props,
                       named=self.named, **self.filter.kwargs())

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
        """Sort by ``column`` when it sorts (`sortable`); otherwise the list stays as it is
        (the view puts its header's arrow back)."""
        if not 0 <= column < len(self.column_specs) or not self.sortable(column):
            return
        wanted = _ORDER[Col(column)] if column < len(Col) else self.extras[column - len(Col)].order
        assert wanted is not None
        self._order = wanted
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
