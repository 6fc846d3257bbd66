"""Timeline view: every dated thing in the case on a zoomable axis, plus the undated band.

Only the visible window (and as much again either side, so short pans need no
query) is fetched through the session's worker; a window with more items than the
view can show is drawn as capped counts per period until the user zooms in. Clicking
an item selects it (``selectionChanged``: the chart marks it too); double-clicking
opens it (``entitySelected``). Entities selected elsewhere have their items marked.

Lanes are by kind, by entity, or "for the selection" (theme lines, as in i2): one lane
per entity selected on the chart or in the list, holding the items that concern it
(``services.theme_lines``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.dates import DateValue
from casebench.domain.handling import TLP
from casebench.domain.ordering import name_key
from casebench.domain.schema import get_schema
from casebench.services import charts
from casebench.services.charts import TimelineOverview, TimelineWindow, WindowFilter
from casebench.services.theme_lines import ThemeWindow, theme_lanes, theme_window
from casebench.ui import captions
from casebench.ui.analysis_models import ID_ROLE, UndatedModel
from casebench.ui.analysis_timeline import Drawn, TimelineCanvas, epoch
from casebench.ui.chart_actions import chart_menu
from casebench.ui.common import plain_error
from casebench.ui.dialogs import ask
from casebench.ui.session import ENTITIES
from casebench.ui.timeline_export import TimelineExportDialog, timeline_export_summary

FETCH_LIMIT = 3000
MAX_LANES = 80



def _w(widget: Any, *, name: str = "", text: str = "", placeholder: str = "") -> Any:
    """Constructor keywords the type stubs do not know, set through their setters."""
    if name:
        widget.setObjectName(name)
    if text:
        widget.setText(text)
    if placeholder:
        widget.setPlaceholderText(placeholder)
    return widget

class TimelineView(QWidget):
    entitySelected = Signal(str)  # the user asked to open it (double-click)
    selectionChanged = Signal(list)  # the item the user clicked: selected, marked on the chart
    showOnChart = Signal(list)  # entity ids the user wants on the link chart (a call: its two ends)
    windowLoaded = Signal()  # a fetched window is on screen (tests, benchmarks)
    timelineExported = Signal(object)  # a charts.TimelineExport, once the file is written

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.session = session
        self._window: TimelineWindow | None = None
        self._entity: str | None = None
        self._overview: TimelineOverview | None = None
        self._undated_loaded = False
        self._export_folder = ""  # where the last export went: the dialog starts there
        self.export_dialog: TimelineExportDialog | None = None  # on screen: a lock closes it
        self.default_tlp = TLP.AMBER  # the case's, once known: the export dialog's Highest TLP
        self._themes: list[str] = []  # what is selected elsewhere: the lanes of theme lines
        self._theme_note = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.fetch)

        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.lanes = _w(QComboBox(), name="lanes")
        self.lanes.addItem("", "kind")
        self.lanes.addItem("", "entity")
        self.lanes.addItem("", "selection")  # theme lines
        self.kind = _w(QComboBox(), name="kindFilter")
        self.tag = _w(QComboBox(), name="tagFilter")
        for combo in (self.lanes, self.kind, self.tag):  # "Todas las etiquetas", not "Todas l"
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)  # date fields give way
        self.country = _w(QLineEdit(), name="countryFilter")
        self.country.setMaximumWidth(110)
        self.date_from = _w(QLineEdit(), name="dateFrom")
        self.date_to = _w(QLineEdit(), name="dateTo")
        self.go_button = go = QPushButton()
        self.tz = _w(QComboBox(), name="timeZone")
        self.tz.addItem("UTC", "utc")
        self.tz.addItem("", "local")
        zoom_in, zoom_out = _w(QToolButton(), text="+"), _w(QToolButton(), text="−")
        self.latest_button = fit = _w(QToolButton())
        self.export_button = export = QPushButton()
        # Two rows: in Spanish or French at 150 % one row was wider than the window and the
        # date fields shrank to "D…".
        for w in (self.lanes, self.tz, zoom_in, zoom_out, fit, export):
            bar.addWidget(w)
        bar.addStretch(1)
        lay.addLayout(bar)
        filters = QHBoxLayout()
        for w in (self.kind, self.tag, self.country, self.date_from, self.date_to, go):
            filters.addWidget(w)
        filters.addStretch(1)
        lay.addLayout(filters)
        self.entity_bar = QWidget()
        eb = QHBoxLayout(self.entity_bar)
        eb.setContentsMargins(0, 0, 0, 0)
        self.entity_label = QLabel()
        self.all_button = clear = _w(QToolButton())
        eb.addWidget(self.entity_label)
        eb.addWidget(clear)
        eb.addStretch(1)
        self.entity_bar.hide()
        lay.addWidget(self.entity_bar)

        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        self.canvas = TimelineCanvas()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        split.addWidget(scroll)
        band = QWidget()
        bl = QVBoxLayout(band)
        bl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.undated_label = QLabel()
        head.addWidget(self.undated_label)
        up, down = _w(QToolButton(), text="↑"), _w(QToolButton(), text="↓")
        head.addWidget(up)
        head.addWidget(down)
        self.load_undated_button = _w(QToolButton())
        self.load_undated_button.clicked.connect(self.load_undated)
        head.addWidget(self.load_undated_button)
        head.addStretch(1)
        bl.addLayout(head)
        self.undated_model = UndatedModel(self)
        self.undated = _w(QListView(), name="undatedBand")
        self.undated.setModel(self.undated_model)
        self.undated.setFlow(QListView.Flow.LeftToRight)
        self.undated.setWrapping(True)
        self.undated.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.undated.setDefaultDropAction(self.undated.defaultDropAction().MoveAction)
        self.undated.setMaximumHeight(90)
        bl.addWidget(self.undated)
        split.addWidget(band)
        split.setStretchFactor(0, 1)
        lay.addWidget(split, 1)
        self.status = _w(QLabel(), name="timelineStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the dates typed
        lay.addWidget(self.status)

        self.canvas.rangeChanged.connect(self._range_changed)
        self.canvas.itemClicked.connect(self._picked)
        self.canvas.itemOpened.connect(self.entitySelected)
        session.changed.connect(self._case_changed)
        for combo in (self.lanes, self.kind, self.tag):
            combo.currentIndexChanged.connect(lambda _=0: self.fetch())
        self.lanes.currentIndexChanged.connect(lambda _=0: self._mark())
        self.country.editingFinished.connect(self.fetch)
        self.tz.currentIndexChanged.connect(self._tz_changed)
        go.clicked.connect(self.show_period)
        zoom_in.clicked.connect(lambda: self.canvas.zoom(0.5))
        zoom_out.clicked.connect(lambda: self.canvas.zoom(2.0))
        fit.clicked.connect(self._show_latest)
        export.clicked.connect(self.export)
        clear.clicked.connect(lambda: self.filter_entity(None))
        up.clicked.connect(lambda: self._move_undated(-1))
        down.clicked.connect(lambda: self._move_undated(1))
        self.undated_model.reordered.connect(self._store_order)
        self.undated.doubleClicked.connect(lambda i: self.entitySelected.emit(i.data(ID_ROLE)))
        self.undated.clicked.connect(lambda i: self._picked(str(i.data(ID_ROLE))) if i.data(ID_ROLE) else None)
        for w in (self.canvas, self.undated):
            w.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._canvas_menu)
        self.undated.customContextMenuRequested.connect(self._undated_menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.lanes.setItemText(0, self.tr("Lanes by kind"))
        self.lanes.setItemText(1, self.tr("Lanes by entity"))
        self.lanes.setItemText(2, self.tr("Lanes for the selection"))
        self.lanes.setItemData(2, self.tr("Theme lines: one lane for each entity selected on the chart or "
                                          "in the list, with the items that concern it"),
                               Qt.ItemDataRole.ToolTipRole)
        self.country.setPlaceholderText(self.tr("Country (ISO)"))
        self.date_from.setPlaceholderText(self.tr("From (e.g. 2024-03)"))
        self.date_to.setPlaceholderText(self.tr("To"))
        for edit in (self.country, self.date_from, self.date_to):  # the hint stays readable
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
        self.country.setMaximumWidth(max(110, self.country.minimumWidth()))
        self.go_button.setText(self.tr("Show period"))
        self.tz.setItemText(1, self.tr("Local time"))
        self.latest_button.setText(self.tr("Latest"))
        self.export_button.setText(self.tr("Export…"))
        self.all_button.setText(self.tr("Show all entities"))
        self.undated_label.setText(self.tr("Undated — drag or use the arrows to set their order"))
        self.load_undated_button.setText(self.tr("Show undated items"))

    def changeEvent(self, event: QEvent) -> None:
        # A live language switch: texts, lanes and the axis's month names follow at once.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.lanes.currentData() == "selection":
                self.fetch()  # theme lines: the lanes are the entities' names, the message retranslated
            elif self._window is not None:
                self._got_window(self._window)
        super().changeEvent(event)

    # -- show on chart -----------------------------------------------------------------------------
    def chart_ids(self) -> list[str]:
        """What "Show on chart" takes here: the item selected on the timeline."""
        return [self.canvas.selected] if self.canvas.selected else []

    def _canvas_menu(self, pos: QPoint) -> None:
        it = self.canvas.item_at(QPointF(pos))
        if it is not None:
            self.canvas.selected = it.row.entity_id
            self.canvas.update()
            chart_menu(self.canvas, pos, [it.row.entity_id], self.showOnChart.emit)

    def _undated_menu(self, pos: QPoint) -> None:
        index = self.undated.indexAt(pos)
        if index.isValid() and index.data(ID_ROLE):
            chart_menu(self.undated.viewport(), pos, [str(index.data(ID_ROLE))], self.showOnChart.emit)

    # -- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        self._undated_loaded = False
        # a big case takes seconds to read: say so rather than show an empty year 1 axis
        self.canvas.message = self.tr("Reading the timeline…")
        self.canvas.update()
        self.session.call(charts.timeline_overview, with_undated=False, on_done=self._got_overview,
                          on_error=self._error)

    def _case_changed(self, topic: str) -> None:
        if topic == ENTITIES and self.isVisible() and self.session.is_open:
            self.load()  # hidden, it loads when shown

    def clear(self) -> None:
        # the case is closed or locked: an export dialog waiting goes too (it stayed above the
        # passphrase prompt and, unlocked, exported the timeline of before)
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()
        self.session.supersede(self, "window")
        self._window = None
        self.canvas.set_items([], [])
        self.undated_model.set_rows([])

    def _got_overview(self, ov: TimelineOverview) -> None:
        self._overview = ov
        self.canvas.marking = ov.tlp
        for combo, values, label in ((self.kind, ov.kinds, self.tr("All kinds")),
                                     (self.tag, ov.tags, self.tr("All tags"))):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            combo.addItem(label, "")
            for v in values:
                combo.addItem(get_schema(v).label if combo is self.kind else v, v)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        if ov.start_window is not None and self._window is None:
            lo, hi = ov.start_window
            self.canvas.set_range(lo.timestamp(), hi.timestamp(), emit=False)
        if ov.start_window is None:
            self.canvas.message = self.tr("Nothing in the case is dated yet.")
            self.canvas.update()
            self.load_undated()
            return
        self.fetch()

    def load_undated(self) -> None:
        """Fill the undated band (a scan of every entity: automatic only for smaller cases)."""
        self._undated_loaded = True
        self.load_undated_button.hide()
        self.session.call(charts.undated, on_error=self._error, on_done=lambda rows:
                          self.undated_model.set_rows([(u[0], u[1], u[2]) for u in rows]))

    def _show_latest(self) -> None:
        if self._overview is not None and self._overview.start_window is not None:
            lo, hi = self._overview.start_window
            self.canvas.set_range(lo.timestamp(), hi.timestamp())

    def current_filter(self) -> WindowFilter:
        return WindowFilter(schemata=(self.kind.currentData(),) if self.kind.currentData() else (),
                            entity_ids=(self._entity,) if self._entity else (),
                            tag=self.tag.currentData() or "", country=self.country.text().strip().lower())

    def _range_changed(self, t0: float, t1: float) -> None:
        w = self._window
        if w is not None and not w.truncated and w.lo.timestamp() <= t0 and t1 <= w.hi.timestamp():
            return  # already fetched: the canvas repaints from what it has
        self._timer.start()

    def fetch(self) -> None:
        """Fetch the visible window and as much again either side (off the GUI thread)."""
        self._timer.stop()
        t0, t1 = self.canvas.t0, self.canvas.t1
        span = t1 - t0
        lo = datetime.fromtimestamp(max(t0 - span, -62135596800 + 86400), UTC)
        hi = datetime.fromtimestamp(min(t1 + span, 253402214400 - 86400), UTC)
        # latest request wins: while panning, only the newest window is drawn
        if self.lanes.currentData() == "selection":
            self.session.query("window", theme_window, lo, hi, list(self._themes), self.current_filter(),
                               limit=FETCH_LIMIT, on_done=self._got_themes, on_error=self._error)
            return
        # parties always: items naming an entity selected elsewhere are marked
        self.session.query("window", charts.timeline_window, lo, hi, self.current_filter(), limit=FETCH_LIMIT,
                           with_parties=True, on_done=self._got_window, on_error=self._error)

    def _got_themes(self, got: ThemeWindow) -> None:
        """Theme lines: one lane per selected entity, in the order selected."""
        w = got.window
        self._window = w
        # a relationship's lane in the window's language ("Ana Gomes pagó a Carla Mendes")
        names = [captions.caption(got.schemas.get(t, ""), w.captions.get(t, t), t) for t in got.themes]
        drawn = [Drawn(r, epoch(r.start), epoch(r.end), lane, epoch(r.end) - epoch(r.start) > 61, "~" in r.value)
                 for r, lane in theme_lanes(w.rows, got.themes)] if not w.truncated else []
        if not got.themes:
            self.canvas.message = self.tr("Select people, companies or accounts on the chart or in the list: "
                                          "each gets a lane here with the items that concern it.")
        elif w.truncated:
            self.canvas.message = self.tr(
                "More items than can be drawn here: bars show how many. Zoom in to see each one.")
        else:
            self.canvas.message = ""
        self.canvas.set_items(drawn, names, density=w.density,
                              density_range=(w.lo.timestamp(), w.hi.timestamp()), cap=w.density_cap)
        text = self.tr("{0} dated items in view").format(len({d.row.statement_id for d in drawn}))
        if got.left_out:
            text += " · " + self.tr("{0} selected without a lane (not an entity of the case, or "
                                    "too many)").format(got.left_out)
        self.status.setText(text)
        self.windowLoaded.emit()

    def _got_window(self, w: TimelineWindow) -> None:
        self._window = w
        mode = self.lanes.currentData()
        lanes: dict[str, int] = {}
        drawn: list[Drawn] = []
        if not w.truncated:
            for r in w.rows:
                names = charts.lane_of(r, mode, w.captions)
                if mode == "kind":  # the kind's label in the reader's language
                    names = [QCoreApplication.translate("schema", n) for n in names]
                start, end = epoch(r.start), epoch(r.end)
                for name in names[:4]:
                    if name not in lanes and len(lanes) >= MAX_LANES:
                        continue
                    lane = lanes.setdefault(name, len(lanes))
                    drawn.append(Drawn(r, start, end, lane, end - start > 61, "~" in r.value))
            self.canvas.message = ""
        else:
            self.canvas.message = self.tr(
                "More items than can be drawn here: bars show how many. Zoom in to see each one.")
        lane_names = sorted(lanes, key=lanes.__getitem__)
        if mode == "kind":  # alphabetical lanes, items re-indexed
            order = {name: i for i, name in enumerate(sorted(lane_names, key=name_key))}
            drawn = [Drawn(d.row, d.start, d.end, order[lane_names[d.lane]], d.uncertain, d.approximate)
                     for d in drawn]
            lane_names = sorted(lane_names, key=name_key)
        if not self._undated_loaded and self._overview is not None and self._overview.small:
            self.load_undated()  # after the first paint: it scans every entity
        self.canvas.set_items(drawn, lane_names, density=w.density,
                              density_range=(w.lo.timestamp(), w.hi.timestamp()), cap=w.density_cap)
        shown = len({d.row.statement_id for d in drawn})
        self.status.setText(self.tr("{0} dated items in view").format(QLocale().toString(shown)) if not w.truncated
                            else self.tr("Too many items to draw one by one"))
        self.windowLoaded.emit()

    def _error(self, exc: BaseException) -> None:
        self.status.setText(plain_error(exc))

    # -- controls ----------------------------------------------------------------------------------
    def _tz_changed(self) -> None:
        self.canvas.tz = UTC if self.tz.currentData() == "utc" else datetime.now().astimezone().tzinfo or UTC
        self.canvas.update()

    def show_period(self) -> None:
        try:
            lo = DateValue.parse(self.date_from.text()).earliest_utc()
            hi = DateValue.parse(self.date_to.text() or self.date_from.text()).latest_utc()
        except ValueError as exc:
            self.status.setText(plain_error(exc))
            return
        self.canvas.set_range(lo.timestamp(), hi.timestamp())

    def filter_entity(self, entity_id: str | None, caption: str = "") -> None:
        """Show only the items of (or about) one entity; None shows everything again."""
        self._entity = entity_id
        self.entity_label.setText(self.tr("Only items of {0}").format(caption or entity_id or ""))
        self.entity_bar.setVisible(entity_id is not None)
        self.fetch()

    def select_entity(self, entity_id: str) -> None:
        self.select_entities([entity_id])

    def select_entities(self, ids: list[str]) -> None:
        """Selection sync from the entity list or the chart: mark their items (and the items
        naming them), bring the first into view; theme lines follow. Emits nothing."""
        ids = [i for i in dict.fromkeys(ids) if i]
        self.canvas.selected = ids[-1] if ids else None
        if ids != self._themes:
            self._themes = ids
            if self.lanes.currentData() == "selection" and self.session.is_open:
                self.fetch()
        self._mark()
        marked = self.canvas.marked_items()
        if marked and not any(self.canvas.t0 <= it.start <= self.canvas.t1 for it in marked):
            span = self.canvas.t1 - self.canvas.t0
            self.canvas.set_range(marked[0].start - span / 2, marked[0].start + span / 2)
        self.canvas.update()

    def _mark(self) -> None:
        """Mark the items of the entities selected elsewhere; not in theme lines, where
        every item drawn concerns them (the lanes already say which)."""
        self.canvas.marked = frozenset() if self.lanes.currentData() == "selection" else frozenset(self._themes)
        self.canvas.update()

    def _picked(self, entity_id: str) -> None:
        """A click on an item: it is the selection now (the chart marks it; nothing opens)."""
        self.canvas.marked = frozenset([entity_id])
        self.canvas.update()
        self.selectionChanged.emit([entity_id])

    def _move_undated(self, delta: int) -> None:
        idx = self.undated.currentIndex()
        if idx.isValid() and self.undated_model.move(idx.row(), delta):
            self.undated.setCurrentIndex(self.undated_model.index(idx.row() + delta))

    def _store_order(self, ids: list[str]) -> None:
        self.session.call(charts.reorder_undated, ids, on_error=self._error)

    def export(self) -> TimelineExportDialog | None:
        """Export the timeline…: the dialog's Highest TLP (the case's default level unless chosen,
        as the briefing pack's) goes to the export's handling decision; the status line says what
        was left out."""
        dialog = TimelineExportDialog(self, folder=self._export_folder, default_tlp=self.default_tlp)
        self.export_dialog = dialog
        try:
            if ask.exec(dialog) != QDialog.DialogCode.Accepted or self.export_dialog is not dialog \
                    or not self.session.is_open:
                return None  # cancelled, or the case was locked or closed meanwhile
        finally:
            self.export_dialog = None
        path, highest = dialog.path(), dialog.highest()
        self._export_folder = str(path.parent)
        lo = datetime.fromtimestamp(self.canvas.t0, UTC)
        hi = datetime.fromtimestamp(self.canvas.t1, UTC)
        flt, lanes = self.current_filter(), self.lanes.currentData()
        if lanes == "selection":  # theme lines print as lanes by entity, of the selected entities' items
            flt, lanes = WindowFilter(flt.schemata, tuple(self._themes), flt.tag, flt.country), "entity"
        self.session.call(charts.export_timeline, path, lo=lo, hi=hi, flt=flt, lanes=lanes, max_tlp=highest,
                          on_done=lambda done: self._exported(done), on_error=self._error)
        return dialog

    def _exported(self, done: charts.TimelineExport) -> None:
        self.status.setText(timeline_export_summary(done))
        self.timelineExported.emit(done)
