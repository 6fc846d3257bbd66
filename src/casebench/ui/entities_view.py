"""Entities page: filters, the lazy list, and the schema-driven editor side by side."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QItemSelection, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.handling import TLP
from casebench.domain.ordering import name_key
from casebench.domain.schema import concrete_schemata
from casebench.services import entities as svc
from casebench.ui import moments
from casebench.ui.chart_actions import chart_menu
from casebench.ui.columns import text_width
from casebench.ui.common import tlp_column_width
from casebench.ui.dialogs import ask
from casebench.ui.editor import EntityEditor
from casebench.ui.entity_model import PROP_SORT_LIMIT, Col, EntityTableModel
from casebench.ui.labels import schema_label
from casebench.ui.merge import MergeDialog
from casebench.ui.session import ENTITIES, CaseSession
from casebench.ui.value_labels import country_choices, refresh_texts

# What a list is filtered by: name text, tag, TLP level (None: any), country.
Filters = tuple[str, str, int | None, str]
NO_FILTERS: Filters = ("", "", None, "")


# The widest text of a relationship list's narrow columns (by their source header): a date
# as its cell shows it (the zone is in the tooltip), an amount of tens of millions with its
# currency (wider ones widen the column when their page is read: the currency is never cut).
DATE_SAMPLE = "2024-12-31T23:59:00Z"
LINK_SAMPLES = {"Amount": "12,500,000.00 EUR", "Duration": "0:00:00"}
# What each end of a relationship list is given when there is room ("Francisco Javier Romero"
# whole), and never less than (a name's first word and a few letters, not "Fat…").
END_ROOM = "Francisco Javier Romero D"
END_LEAST = "Francisco Jav"
LIST_LEAST = 330  # the list of any other kind
LIST_SHARE = 0.55  # at most this share of the page goes to a relationship list at first
FORM_SPARE = "Beneficiario"  # what the form keeps past its minimum width beside such a list


def creatable_schemata() -> list[str]:
    return sorted((s.name for s in concrete_schemata()), key=lambda n: name_key(schema_label(n)))



class EntitiesPage(QWidget):
    entityOpened = Signal(str)
    showOnChart = Signal(list)  # entity ids the user wants on the link chart
    entitiesSelected = Signal(list)  # several rows selected (marked on the chart, none opened)

    def __init__(self, session: CaseSession, schemata: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.fixed = schemata
        self._reselecting = False
        # Each list (All entities, People, Phones…) keeps the filters typed in it: switching
        # lists shows that list's own, empty at first (an "Ana" typed on People emptied Phones).
        self._filters: dict[tuple[str, ...], Filters] = {}
        self.model = EntityTableModel(session, self)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(300)
        self._text_timer.timeout.connect(self._text_changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("entityFilter")
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(lambda _t: self._text_timer.start())
        self.tag = QComboBox()
        self.tlp = QComboBox()
        self.country = QComboBox()
        self.country.setMaximumWidth(180)
        for combo in (self.tag, self.tlp, self.country):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.new_button = QToolButton()
        self.new_button.setObjectName("newEntity")
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # with several kinds a split button: its arrow in a part of its own (in the corner it covered "New…")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_menu = QMenu(self)
        self.new_button.setMenu(self.new_menu)
        self.new_button.clicked.connect(self._new_clicked)
        bar.addWidget(self.filter_text, 2)
        bar.addWidget(self.tag, 1)
        bar.addWidget(self.tlp, 1)
        bar.addWidget(self.country, 1)
        bar.addWidget(self.new_button)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("entitiesSplit")
        split.setChildrenCollapsible(False)  # a list dragged to nothing was lost to whoever did not know it was there
        self.split = split
        left = QWidget()
        left.setMinimumWidth(LIST_LEAST)
        self.list_pane = left
        # the sizes the user left the two panes at, for lists of relationships (True) and others
        self._split_sizes: dict[bool, list[int]] = {}
        self._split_links: bool | None = None  # which of the two the splitter has now
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setObjectName("entityTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Col.CAPTION, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows can be selected (Ctrl/Shift+click) to put them on the chart together
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: chart_menu(self.table.viewport(), pos, self.chart_ids(), self.showOnChart.emit))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        # A call is named "<caller> called <receiver>": cut on the right, thirty calls of one
        # caller all read "Adilson Tavares …"; cut in the middle, the receivers stay apart. The
        # list keeps its two fifths: wider, the entity form lost its values' Source and Handling
        # at 1280 px.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)  # a wrapped cell is cut at the end of its last line whatever the mode
        hh = self.table.horizontalHeader()
        hh.setMinimumSectionSize(40)
        hh.sortIndicatorChanged.connect(self._sort_asked)  # after the view's own sort
        self.table.selectionModel().selectionChanged.connect(self._selected)
        ll.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("entityCount")
        self.count.setWordWrap(True)  # "No entities match…" is long in French
        ll.addWidget(self.count)
        split.addWidget(left)
        self.editor = EntityEditor(session)
        self.editor.mergeRequested.connect(self.merge)
        self.editor.showOnChart.connect(self.showOnChart)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([560, 640])
        self._kind_columns()
        lay.addWidget(split, 1)
        self.model.loaded.connect(lambda: self._fit_amounts(0, self.model.page - 1))
        self.model.dataChanged.connect(lambda first, last, *_: self._fit_amounts(first.row(), last.row()))
        self.model.loaded.connect(self._update_count)
        self._saved_id: str | None = None  # a saved entity whose row is selected once the list has it
        self.editor.saved.connect(self._remember_saved)
        self.model.loaded.connect(self._select_saved)
        # The row of the entity open beside the list stays marked whatever re-reads the list
        # (Back, a rename, a merge, a sort): `_mark_open` selects it again without opening it.
        self._open_id: str | None = None
        self._seeking: str | None = None  # its row is on a page on its way
        self.model.loaded.connect(self._mark_open)
        self.model.dataChanged.connect(lambda *_: self._seeking and self._mark_open())
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        # change notices: a save here, a merge, an import or a bundle all refresh the list
        session.changed.connect(self._case_changed)
        self.retranslate()

    # -- widths -----------------------------------------------------------------------------
    def _kind_columns(self) -> None:
        """A list of one kind shows its properties (``KIND_COLUMNS``) right after the name,
        each as wide as a date or its header, whichever is longer. A list of relationships
        reads as a table of links (decision 62): its two ends first, sharing the room, then
        date, amount or duration; its caption and creation date are left out (the ends say
        it, the form has the rest)."""
        self.model.set_kind(self.fixed)
        hh = self.table.horizontalHeader()
        links = self.model.relationships
        # Set again for each list: a list's columns come and go with a reset of the model,
        # after which the header kept the sizes and places of the list shown before (All
        # entities after Links had its names squeezed to a few letters).
        hh.setSectionResizeMode(Col.CAPTION, QHeaderView.ResizeMode.Stretch)
        # Fixed widths for the narrow columns: fitting them to their longest content
        # ("Request for co-operation") squeezed the names to a few letters.
        for c, width in ((Col.SCHEMA, 105), (Col.CREATED, 80), (Col.TLP, tlp_column_width(self.table))):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            hh.resizeSection(c, width)
        for c in Col:  # the four of every list in their own order (a link list moved its ends first)
            hh.moveSection(hh.visualIndex(c), c)
        self.table.setColumnHidden(Col.CAPTION, links)
        self.table.setColumnHidden(Col.CREATED, links)
        # at 1280 px the list is ~450 px: the marking's column (wide enough for TLP:AMBER+STRICT)
        # would leave the two names a few letters; the form shows it, the TLP filter still filters
        self.table.setColumnHidden(Col.TLP, links)
        for i in range(len(Col), self.model.columnCount()):
            label = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            header = str(self.model.column_specs[i].header)
            # a date as the list words it (decision 66: "… UTC", in the window's language)
            sample = moments.listed(DATE_SAMPLE) if header == "Date" else LINK_SAMPLES.get(header, "2024-12-31")
            if links and i < len(Col) + 2:  # the two ends share what the other columns leave
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                hh.resizeSection(i, max(text_width(self.table, sample), text_width(self.table, label)))
            hh.moveSection(hh.visualIndex(i), (0 if links else 1) + i - len(Col))
        # a name is cut at its end in a column of names (the tooltip has it whole); a caption
        # "<caller> called <receiver>" in the middle, so that both ends show
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight if links else Qt.TextElideMode.ElideMiddle)
        hh.blockSignals(True)  # the arrow where the list is sorted, without sorting it again
        hh.setSortIndicator(self.model.sort_column, self.model.sort_order)
        hh.blockSignals(False)
        hh.viewport().update()
        self._share_split(links)

    def _narrow_width(self) -> int:
        """What the columns after a relationship list's two ends take (date, amount…)."""
        hh = self.table.horizontalHeader()
        kind = hh.sectionSize(Col.SCHEMA) if len(self.fixed) != 1 else 0  # (`load` shows or hides it)
        return sum(hh.sectionSize(i) for i in range(len(Col) + 2, self.model.columnCount())
                   if not hh.isSectionHidden(i)) + kind

    def _list_width(self, end: str) -> int:
        """The list pane's width for its narrow columns whole and each end as wide as ``end``."""
        chrome = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width() + 2
        return self._narrow_width() + 2 * text_width(self.table, end) + chrome

    def _share_split(self, links: bool) -> None:
        """A relationship list reads its two ends, date and amount side by side: its pane is
        never narrower than its narrow columns whole and two names' first words (the amount's
        currency was past the edge, the ends read "Fat…" at 1280×800 in a 330 px pane), and
        at first as wide as two long names need, up to ``LIST_SHARE`` of the page, the form
        keeping the rest (at least its own minimum). A width the user drags either list to is
        kept for the lists of its sort."""
        self.list_pane.setMinimumWidth(max(LIST_LEAST, self._list_width(END_LEAST)) if links else LIST_LEAST)
        if self._split_links == links:
            return
        sizes = self.split.sizes()
        total = sum(sizes)
        if self._split_links is not None and total > 0:
            self._split_sizes[self._split_links] = sizes
        self._split_links = links
        kept = self._split_sizes.get(links)
        if kept is not None:
            self.split.setSizes(kept)
            return
        if not links or total <= 0:
            return
        # the form past its minimum by a few letters: its fields and their "+" whole, without
        # a scroll bar sideways (at its bare minimum the form scrolled at 1280 px)
        # (the page of an entity, also while none is open: it opens beside the list)
        form = max(self.editor.minimumSizeHint().width(), self.editor.body.minimumSizeHint().width() + 8,
                   self.editor.minimumWidth()) + text_width(self.table, FORM_SPARE)
        room = min(self._list_width(END_ROOM), int(total * LIST_SHARE), total - form)
        width = max(room, sizes[0], self.list_pane.minimumWidth())
        self.split.setSizes([width, max(total - width, 0)])

    def _fit_amounts(self, first: int, last: int) -> None:
        """The amount column as wide as the widest amount of rows ``first``..``last`` (a page
        just read) when that is wider than it is: a currency is never cut."""
        if not self.model.relationships:
            return
        hh = self.table.horizontalHeader()
        for i in range(len(Col), self.model.columnCount()):
            if str(self.model.column_specs[i].header) != "Amount":
                continue
            longest = len(LINK_SAMPLES["Amount"])
            rows = (self.model.row(n) for n in range(max(first, 0), min(last + 1, self.model.rowCount())))
            texts = {t for r in rows if r is not None and len(t := self.model.amount_text(r)) > longest}
            if not texts:
                continue
            need = max(text_width(self.table, t) for t in texts)
            if need > hh.sectionSize(i):
                hh.resizeSection(i, need)
                self.list_pane.setMinimumWidth(max(LIST_LEAST, self._list_width(END_LEAST)))

    def _sort_asked(self, column: int, _order: Qt.SortOrder) -> None:
        """A header clicked: the model sorted the list if that column sorts; if not, its
        arrow goes back where the list is sorted and the count line says why."""
        if column == self.model.sort_column:
            return
        hh = self.table.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicator(self.model.sort_column, self.model.sort_order)
        hh.blockSignals(False)
        name = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        sorts = self.model.extras and column >= len(Col) and self.model.extras[column - len(Col)].order is not None
        if sorts and self.model.records:
            self.count.setText(self.tr(
                "%n row(s) imported from a call record keep the file's order after the others: this list "
                "cannot be sorted by {column}. The timeline shows them in time order.", "",
                self.model.records).format(column=name))
        elif sorts:
            self.count.setText(self.tr("Sorting by {column} is offered for lists of up to {n} rows: "
                                       "filter the list first.").format(
                column=name, n=QLocale().toString(PROP_SORT_LIMIT)))
        else:
            self.count.setText(self.tr("This list cannot be sorted by {column}.").format(column=name))

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_text.setPlaceholderText(self.tr("Filter by name…"))
        self._fill_combos()
        self.new_button.setText(self.tr("New…") if len(self.fixed) != 1
                                else self.tr("New {kind}").format(kind=schema_label(self.fixed[0]).lower()))
        self.new_menu.clear()
        for name in (self.fixed or tuple(creatable_schemata())):
            act = QAction(schema_label(name), self.new_menu)
            act.setData(name)
            act.triggered.connect(lambda _c=False, n=name: self.new_entity(n))
            self.new_menu.addAction(act)
        # one kind: the button makes it (a menu of one, its arrow drawn over the text at 1280 px)
        # (Qt takes None to take the menu away; the stubs do not say so)
        self.new_button.setMenu(None if len(self.fixed) == 1 else self.new_menu)  # type: ignore[arg-type]
        self._update_count()
        refresh_texts(self.model)  # kinds and relationship captions in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.model.sort_column == Col.SCHEMA and self.model.ready:
                self.model.reload()  # sorted by the kinds' names: those of the new language
        super().changeEvent(event)

    def _fill_combos(self, tags: list[str] | None = None) -> None:
        keep = (self.tag.currentData(), self.tlp.currentData(), self.country.currentData())
        for combo in (self.tag, self.tlp, self.country):
            combo.blockSignals(True)
        if tags is None:
            tags = [str(self.tag.itemData(i)) for i in range(1, self.tag.count())]
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        for t in tags:
            self.tag.addItem(t, t)
        self.tlp.clear()
        self.tlp.addItem(self.tr("Any TLP"), None)
        for level in TLP:
            self.tlp.addItem(level.label, int(level))
        self.country.clear()
        self.country.addItem(self.tr("Any country"), "")
        for code, name in country_choices():
            self.country.addItem(name, code)
        for combo, value in zip((self.tag, self.tlp, self.country), keep, strict=True):
            idx = combo.findData(value)
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)

    def _update_count(self) -> None:
        if not self.model.ready:
            self.count.setText(self.tr("Loading…") if self.session.is_open else "")
            return
        total = self.model.total
        if total == 1:
            text = self.tr("1 entity")
        elif total:
            text = self.tr("{n} entities").format(n=QLocale().toString(total))
        else:
            text = self.tr("No entities match. Change the filters or create one with New.")
        self.count.setText(text)

    # -- data ---------------------------------------------------------------------------------
    def load(self) -> None:
        self.table.setColumnHidden(Col.SCHEMA, len(self.fixed) == 1)
        text, tag, tlp, country = self.filters()
        self.model.update_filter(schema=self.fixed, text=text, tag=tag,
                                 tlp=TLP(tlp) if tlp is not None else None, country=country)
        if self.session.is_open:
            self.session.call(svc.all_tags, on_done=self._fill_combos)

    def reload(self) -> None:
        self.model.reload()

    def clear(self) -> None:
        self.model.clear()
        self.editor.clear()
        self._open_id = None
        self._filters.clear()  # typed for the case that closed
        self._show_filters(NO_FILTERS)
        self._update_count()

    def filters(self) -> Filters:
        """The filters shown (and typed, the last keystrokes too) for the list on screen."""
        tlp = self.tlp.currentData()
        return (self.filter_text.text().strip(), str(self.tag.currentData() or ""),
                int(tlp) if tlp is not None else None, str(self.country.currentData() or ""))

    def _show_filters(self, filters: Filters) -> None:
        """Put ``filters`` in the filter bar without filtering (``load`` does)."""
        self._text_timer.stop()
        text, tag, tlp, country = filters
        widgets = (self.filter_text, self.tag, self.tlp, self.country)
        for w in widgets:
            w.blockSignals(True)
        self.filter_text.setText(text)
        for combo, value in ((self.tag, tag), (self.tlp, tlp), (self.country, country)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        for w in widgets:
            w.blockSignals(False)

    def set_schemata(self, schemata: tuple[str, ...]) -> None:
        """Show the list of ``schemata``, with the filters last typed in it (none at first)."""
        self._filters[self.fixed] = self.filters()
        self._show_filters(self._filters.get(schemata, NO_FILTERS))
        self.fixed = schemata
        self._kind_columns()
        self.retranslate()
        if not self.editor.has_draft():  # typed values stay until the user leaves their entity
            self.editor.clear()
            self._open_id = None
        self.load()

    def reset_filters(self, schemata: tuple[str, ...] | None = None) -> None:
        """Show everything again (an entity opened from elsewhere must not sit under an old
        filter): in the list of ``schemata`` (the one on screen when None), which another
        list's filters do not concern."""
        if schemata is not None and schemata != self.fixed:
            self._filters.pop(schemata, None)
            return
        self._filters.pop(self.fixed, None)
        self._text_timer.stop()
        for w in (self.filter_text, self.tag, self.tlp, self.country):
            w.blockSignals(True)
        self.filter_text.clear()
        for combo in (self.tag, self.tlp, self.country):
            combo.setCurrentIndex(0)
        for w in (self.filter_text, self.tag, self.tlp, self.country):
            w.blockSignals(False)
        if self.model.filter.text or self.model.filter.tag or self.model.filter.tlp is not None \
                or self.model.filter.country:
            self.model.update_filter(text="", tag="", tlp=None, country="")

    def _text_changed(self) -> None:
        self.model.update_filter(text=self.filter_text.text().strip())

    def _filters_changed(self) -> None:
        tlp = self.tlp.currentData()
        self.model.update_filter(tag=self.tag.currentData() or "",
                                 tlp=TLP(tlp) if tlp is not None else None,
                                 country=self.country.currentData() or "")

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not selected.indexes() or self._reselecting:
            return
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:  # adding rows to a selection (for the chart) opens none of them
            self.entitiesSelected.emit(self.chart_ids())
            return
        summary = self.model.summary(rows[0].row())
        if summary is not None:
            self.open_entity(summary.id)

    def chart_ids(self) -> list[str]:
        """What "Show on chart" takes here: the selected rows, else the entity shown."""
        ids = []
        for index in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row()):
            summary = self.model.summary(index.row())
            if summary is not None:
                ids.append(summary.id)
        if not ids and self.editor.entity is not None:
            ids.append(self.editor.entity.id)
        return ids

    def open_entity(self, entity_id: str) -> None:
        shown = self.editor.entity is not None and self.editor.entity.id == entity_id
        if not shown and not self.editor.leave(lambda: self._open_after_save(entity_id)):
            self._select_row_of(self.editor.entity.id if self.editor.entity is not None else None)
            return
        self.editor.show_entity(entity_id)
        self._open_id = entity_id
        self._mark_open()
        self.entityOpened.emit(entity_id)

    def _open_after_save(self, entity_id: str) -> None:
        self.open_entity(entity_id)
        self._select_row_of(entity_id)

    def _select_row_of(self, entity_id: str | None) -> None:
        """Mark ``entity_id``'s row (none for None) without opening it: the list shows the
        entity the editor holds after the user chose to stay with their values."""
        row = self.model.row_of(entity_id) if entity_id is not None else -1
        self._reselecting = True
        try:
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._reselecting = False

    def _remember_saved(self, entity_id: str) -> None:
        self._saved_id = entity_id
        self._open_id = entity_id  # a new entity's page stays open after its save

    def _mark_open(self) -> None:
        """Select the row of the entity open beside the list and bring it into view, without
        opening it again or taking the focus (the list re-read after Back or a rename showed
        no row marked). A row whose page is not read yet is found by its place in the list;
        several rows picked for the chart are left as they are."""
        self._seeking = None
        eid = self._open_id
        if eid is None or not self.model.ready:
            return
        picked = self.table.selectionModel().selectedRows()
        if len(picked) > 1:
            return
        row = self.model.row_of(eid)
        if row >= 0:
            if not picked or picked[0].row() != row:
                self._select_row_of(eid)
                self.table.scrollTo(self.model.index(row, 0))
            return
        if self.session.is_open:
            self.session.query("open row", self.model.row_query(eid), owner=self,
                               on_done=partial(self._found_row, eid))

    def _found_row(self, entity_id: str, row: int | None) -> None:
        if entity_id != self._open_id:
            return
        if row is None or not 0 <= row < self.model.rowCount():  # filtered out: no other row marked
            if self.table.selectionModel().selectedRows():
                self._select_row_of(None)
            return
        self._seeking = entity_id
        self.table.scrollTo(self.model.index(row, 0))
        if self.model.row(row) is not None:  # else its page is asked for: marked when it arrives
            self._mark_open()

    def _select_saved(self) -> None:
        """The list re-read after a save: the row of the entity on screen is the selected one
        (a new person's row, not none)."""
        saved, self._saved_id = self._saved_id, None
        shown = self.editor.entity
        if saved is not None and (shown is None or shown.id == saved) and self.model.row_of(saved) >= 0:
            self._select_row_of(saved)

    def _new_clicked(self) -> None:
        if len(self.fixed) == 1:
            self.new_entity(self.fixed[0])
        else:  # the button's text part offers the kinds too
            self.new_button.showMenu()

    def new_entity(self, schema: str) -> None:
        if not self.editor.leave(lambda: self.new_entity(schema)):
            return
        self._select_row_of(None)
        self._open_id = None
        self.editor.new_entity(schema)

    def _case_changed(self, topic: str) -> None:
        if topic != ENTITIES or not self.session.is_open or not self.isVisible():
            return  # a page that is not on screen reloads when it is shown
        self.model.reload()
        self.session.call(svc.all_tags, on_done=self._fill_combos)

    def merge(self, entity_id: str) -> None:
        dialog = MergeDialog(self.session, entity_id, self)
        if ask.exec(dialog) and dialog.result_id:
            self.editor.show_entity(dialog.result_id)
            self._open_id = dialog.result_id
        dialog.deleteLater()
