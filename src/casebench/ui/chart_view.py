"""Link chart view: i2-style chart of the case, saved charts, layouts, expand, find path.

The link graph is built once on the session's worker; layouts and path searches run
there too (``run_plain``), so the GUI thread only draws. Nodes are dragged freely and
their positions are kept in the saved chart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.drawing import Chart
from casebench.domain.handling import TLP
from casebench.services import charts, layout, paths
from casebench.services.graph import LinkGraph, build_graph, to_chart
from casebench.ui.analysis_chart_items import EdgeItem, NodeItem
from casebench.ui.analysis_models import PathStepsModel
from casebench.ui.chart_links import AggregatedLinks, declutter_captions, place_names
from casebench.ui.chart_print import ChartPrintDialog
from casebench.ui.common import TlpBadge, plain_error
from casebench.ui.dialogs import ask
from casebench.ui.editor import EntityEditor
from casebench.ui.session import ENTITIES

MAX_AUTO_NODES = 2500  # open the whole case when it is no bigger than this



def _w(widget: Any, *, name: str = "", text: str = "", placeholder: str = "") -> Any:
    """Constructor keywords the type stubs do not know, set through their setters."""
    if name:
        widget.setObjectName(name)
    if text:
        widget.setText(text)
    if placeholder:
        widget.setPlaceholderText(placeholder)
    return widget

class _View(QGraphicsView):
    """Select first, then act: click selects, Ctrl/Shift+click and the rubber band add,
    Esc clears, double-click or Enter asks to open (``openRequested``)."""

    openRequested = Signal(object)  # the NodeItem to open, or None for the current selection

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._captions: bool | None = None

    def _node_at(self, event: QMouseEvent) -> NodeItem | None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        adding = bool(event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                           | Qt.KeyboardModifier.ControlModifier))
        node = self._node_at(event) if event.button() == Qt.MouseButton.LeftButton else None
        if adding and node is not None:
            # Ctrl/Shift+click adds to the selection (Qt's own Ctrl+click toggles; Shift does nothing)
            node.setSelected(True)
            event.accept()
            return
        if adding and node is None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Qt's rubber band adds to the selection with Ctrl held; make Shift do the same
            event = QMouseEvent(event.type(), event.position(), event.globalPosition(), event.button(),
                                event.buttons(), event.modifiers() | Qt.KeyboardModifier.ControlModifier)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self._node_at(event)
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.openRequested.emit(node)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.scene().clearSelection()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.openRequested.emit(None)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.15 ** (event.angleDelta().y() / 120.0)
        self.scale(factor, factor)
        self.update_detail()

    def update_detail(self) -> None:
        """Link captions only when they can be read (zoomed in far enough)."""
        shown = self.transform().m11() > 0.55
        if shown != self._captions:
            self._captions = shown
            for item in self.scene().items():
                if isinstance(item, EdgeItem):
                    item.show_caption(shown)
            if shown:  # only where they fit; the others on hover
                declutter_captions(self.scene())


class ChartView(QWidget):
    selectionChanged = Signal(list)  # ids selected by the user, in the order picked (never opens)
    entityOpened = Signal(str)  # the user asked to open one (double-click, Enter): shown beside the chart
    chartChanged = Signal()  # the scene was rebuilt (tests, benchmarks)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.session = session
        self.graph: LinkGraph | None = None
        self.on: list[str] = []
        self.positions: dict[str, tuple[float, float]] = {}
        self.hidden_kinds: set[str] = set()
        self.hidden_tags: set[str] = set()
        self.name: str | None = None
        self.seed = 0
        self.hl_nodes: set[str] = set()
        self.hl_links: set[str] = set()
        self.found: list[paths.FoundPath] = []
        self.items: dict[str, NodeItem] = {}
        self._sel_order: list[str] = []
        self.links = AggregatedLinks(self.rebuild)  # aggregated links the user expanded
        self.print_dialog: ChartPrintDialog | None = None

        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.charts = _w(QComboBox(), name="savedCharts")
        save = QPushButton(self.tr("Save"))
        save_as = QPushButton(self.tr("Save as…"))
        self.method = _w(QComboBox(), name="layoutMethod")
        for key, label in (("force", self.tr("Force-directed")), ("hierarchical", self.tr("Hierarchical")),
                           ("circular", self.tr("Circular"))):
            self.method.addItem(label, key)
        relayout = QPushButton(self.tr("Lay out"))
        expand = _w(QPushButton(self.tr("Expand")), name="expand")
        remove = QPushButton(self.tr("Remove"))
        self.kinds_btn = _w(QToolButton(), text=self.tr("Kinds"))
        self.kinds_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tags_btn = _w(QToolButton(), text=self.tr("Tags"))
        self.tags_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export = _w(QPushButton(self.tr("Print / export chart…")), name="printChart")
        self.badge = TlpBadge()
        for w in (self.charts, save, save_as, self.method, relayout, expand, remove, self.kinds_btn,
                  self.tags_btn, export):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.badge)
        lay.addLayout(bar)

        split = QSplitter()
        self.scene = QGraphicsScene(self)
        self.view = _View(self.scene)
        split.addWidget(self.view)
        self.side = QTabWidget()
        self.side.setObjectName("chartSide")
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.addWidget(QLabel(self.tr("Find path between the two selected entities")))
        opts = QHBoxLayout()
        self.directed = QCheckBox(self.tr("Follow arrows"))
        self.timed = QCheckBox(self.tr("In time order"))
        self.k = QSpinBox(minimum=1, maximum=20, value=3)
        for w in (self.directed, self.timed, QLabel("k"), self.k):
            opts.addWidget(w)
        sl.addLayout(opts)
        find = _w(QPushButton(self.tr("Find path")), name="findPath")
        sl.addWidget(find)
        self.steps_model = PathStepsModel(self)
        self.steps = _w(QListView(), name="pathSteps")
        self.steps.setModel(self.steps_model)
        self.steps.setWordWrap(True)
        sl.addWidget(self.steps, 1)
        self.side.addTab(side, self.tr("Paths"))
        # The entity opened from the chart is shown here: the chart stays on screen.
        self.editor = EntityEditor(session)
        self.editor.setObjectName("chartEntity")
        self.side.addTab(self.editor, self.tr("Entity"))
        split.addWidget(self.side)
        split.setStretchFactor(0, 1)
        split.setSizes([820, 380])
        lay.addWidget(split, 1)
        self.status = _w(QLabel(), name="chartStatus")
        lay.addWidget(self.status)

        self.charts.activated.connect(self._chart_chosen)
        save.clicked.connect(lambda: self.save(self.name))
        save_as.clicked.connect(lambda: self.save(None))
        relayout.clicked.connect(lambda: self.relayout(self.method.currentData()))
        expand.clicked.connect(self.expand_selected)
        remove.clicked.connect(self.remove_selected)
        export.clicked.connect(self.export)
        find.clicked.connect(self.find_path)
        self.steps.clicked.connect(self._step_clicked)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.openRequested.connect(self._open_requested)
        session.changed.connect(self._case_changed)

    # -- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        self.session.call(build_graph, on_done=self._got_graph, on_error=self._error)
        self.refresh_list()

    def clear(self) -> None:
        self.graph, self.on, self.positions, self.name = None, [], {}, None
        self.scene.clear()
        self.items = {}
        self._sel_order = []
        self.editor.clear()
        self.side.setCurrentIndex(0)

    def _case_changed(self, topic: str) -> None:
        # the chart on screen follows changes (a link added beside it); hidden, it reloads when shown
        if topic == ENTITIES and self.graph is not None and self.isVisible() and self.session.is_open:
            self.session.call(build_graph, on_done=self._got_graph, on_error=self._error)

    def refresh_list(self) -> None:
        self.session.call(charts.list_charts, on_done=self._got_list, on_error=self._error)

    def _got_list(self, saved: list[charts.ChartSummary]) -> None:
        self.charts.blockSignals(True)
        self.charts.clear()
        self.charts.addItem(self.tr("(whole case)"), "")
        for c in saved:
            self.charts.addItem(c.name, c.name)
        self.charts.setCurrentIndex(max(self.charts.findData(self.name or ""), 0))
        self.charts.blockSignals(False)

    def _got_graph(self, graph: LinkGraph) -> None:
        self.graph = graph
        self._fill_menus()
        if self.name is None and not self.on:
            if len(graph.nodes) <= MAX_AUTO_NODES:
                self.set_nodes(sorted(graph.nodes))
            else:
                self.status.setText(self.tr("{0} entities: open a saved chart or expand from one.")
                                    .format(len(graph.nodes)))
        else:
            self.relayout(keep=True)

    def _fill_menus(self) -> None:
        assert self.graph is not None
        for btn, values, hidden in ((self.kinds_btn, self.graph.kinds(), self.hidden_kinds),
                                    (self.tags_btn, self.graph.tags(), self.hidden_tags)):
            menu = QMenu(btn)
            for v in values:
                act = QAction(v, menu, checkable=True, checked=v not in hidden)
                act.toggled.connect(lambda shown, v=v, hidden=hidden: self._toggle(hidden, v, shown))
                menu.addAction(act)
            btn.setMenu(menu)

    def _toggle(self, hidden: set[str], value: str, shown: bool) -> None:
        (hidden.discard if shown else hidden.add)(value)
        self.rebuild()

    def _error(self, exc: BaseException) -> None:
        self.status.setText(plain_error(exc))

    # -- chart content -----------------------------------------------------------------------------
    def view_graph(self) -> LinkGraph:
        assert self.graph is not None
        return self.graph.filtered(self.hidden_kinds, self.hidden_tags)

    def set_nodes(self, ids: list[str], method: str = "force") -> None:
        self.on = list(dict.fromkeys(ids))
        self.positions = {}
        self.relayout(method)

    def relayout(self, method: str = "force", *, keep: bool = False) -> None:
        """Lay out the chart's nodes; with ``keep`` only nodes without a position move."""
        if self.graph is None:
            return
        ids = [n for n in self.on if n in self.graph.nodes]
        # lay out what is shown: hidden kinds (e.g. calls) must not pull nodes together
        edges = self.view_graph().subgraph(ids).edge_pairs()
        fixed = dict(self.positions) if keep else {}
        if keep and all(n in fixed for n in ids):
            self.rebuild()
            return
        self.status.setText(self.tr("Laying out {0} entities…").format(len(ids)))
        self.session.run_plain(layout.layout, method if not keep else "force", ids, edges, seed=self.seed,
                               fixed=fixed, on_done=self._got_layout, on_error=self._error)

    def _got_layout(self, pos: dict[str, tuple[float, float]]) -> None:
        self.positions.update(pos)
        self.rebuild()
        self.view.fitInView(self.scene.itemsBoundingRect().adjusted(-40, -40, 40, 40),
                            Qt.AspectRatioMode.KeepAspectRatio)
        self.view.update_detail()

    def model(self) -> Chart:
        """The drawing model of what is on screen (shared with exports and briefing packs)."""
        view = self.view_graph()
        ids = [n for n in self.on if n in view.nodes]
        chart = to_chart(view.subgraph(ids), self.positions, title=self.name or "", node_ids=ids,
                         highlight_nodes=self.hl_nodes, highlight_links=self.hl_links,
                         expanded=self.links.expanded)
        return chart

    def rebuild(self) -> None:
        if self.graph is None:
            return
        chart = self.model()
        self.scene.blockSignals(True)
        self.scene.clear()
        self.items = {}
        for n in chart.nodes:
            item = NodeItem(n, self._moved)
            self.scene.addItem(item)
            self.items[n.id] = item
        edges = chart.valid_edges()
        for e in edges:
            self.scene.addItem(self.links.attach(EdgeItem(e, self.items[e.source], self.items[e.target])))
        # Antialiased dashes cost most of a frame on big charts; keep them for readable sizes.
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, len(edges) <= 1500)
        # the selection survives a rebuild (layout, path highlight): select first, then act
        self._sel_order = [n for n in self._sel_order if n in self.items]
        for nid in self._sel_order:
            self.items[nid].setSelected(True)
        self.scene.blockSignals(False)
        place_names(self.scene, self.session)  # names where they overlap nothing
        self.view._captions = None
        self.view.update_detail()
        self.badge.set_tlp(max((n.tlp for n in chart.nodes if n.tlp is not None), default=TLP.CLEAR))
        self.status.setText(self.tr("{0} entities, {1} links").format(len(chart.nodes), len(chart.edges)))
        self.chartChanged.emit()

    def _moved(self, item: NodeItem) -> None:
        self.positions[item.node.id] = (round(item.pos().x(), 1), round(item.pos().y(), 1))

    def selected_ids(self) -> list[str]:
        return [i.node.id for i in self.scene.selectedItems() if isinstance(i, NodeItem)]

    def _selection_changed(self) -> None:
        now = set(self.selected_ids())
        self._sel_order = [n for n in self._sel_order if n in now] + sorted(now - set(self._sel_order))
        self.selectionChanged.emit(list(self._sel_order))

    def select_entities(self, ids: list[str]) -> None:
        """Mark ``ids`` (selection sync from elsewhere); emits nothing, opens nothing."""
        self.scene.blockSignals(True)
        try:
            self.scene.clearSelection()
            self._sel_order = [i for i in ids if i in self.items]
            for nid in self._sel_order:
                self.items[nid].setSelected(True)
        finally:
            self.scene.blockSignals(False)
        if len(self._sel_order) == 1:
            self.view.centerOn(self.items[self._sel_order[0]])

    def select_entity(self, entity_id: str) -> None:
        self.select_entities([entity_id])

    def _open_requested(self, item: NodeItem | None) -> None:
        if item is None:  # Enter: the entity picked last
            if not self._sel_order:
                return
            item = self.items.get(self._sel_order[-1])
            if item is None:
                return
        self.open_entity(item.node.id)

    def open_entity(self, entity_id: str) -> None:
        """Show the entity beside the chart (one consultation record); the chart stays."""
        if self.graph is not None:
            node = self.graph.nodes.get(entity_id)
            if node is None or node.identifier:  # phone numbers and the like are values, not entities
                return
        self.side.setCurrentWidget(self.editor)
        self.editor.show_entity(entity_id)
        self.entityOpened.emit(entity_id)

    def expand_selected(self) -> None:
        self.expand(self.selected_ids())

    def expand(self, ids: list[str]) -> list[str]:
        """Add the neighbours of ``ids``; placed around the chart, existing nodes stay put."""
        if self.graph is None or not ids:
            return []
        new = sorted(self.view_graph().expand(ids) - set(self.on))
        self.on += new
        if new:
            self.relayout(keep=True)
        return new

    def remove_selected(self) -> None:
        gone = set(self.selected_ids())
        self.on = [n for n in self.on if n not in gone]
        self.rebuild()

    # -- saved charts ------------------------------------------------------------------------------
    def save(self, name: str | None) -> None:
        if not name:
            name = ask.text(self, self.tr("Save chart"), self.tr("Name of the chart:"))
            if not name:
                return
        self.name = name
        saved = charts.SavedChart(name, node_ids=list(self.on), positions=dict(self.positions),
                                  hidden_kinds=sorted(self.hidden_kinds), hidden_tags=sorted(self.hidden_tags),
                                  layout=self.method.currentData(), seed=self.seed)
        self.session.call(charts.save_chart, saved, on_done=lambda _: self.refresh_list(),
                          on_error=self._error)

    def _chart_chosen(self, index: int) -> None:
        name = self.charts.itemData(index)
        if not name:
            self.name, self.hidden_kinds, self.hidden_tags = None, set(), set()
            if self.graph is not None:
                self.set_nodes(sorted(self.graph.nodes))
            return
        self.session.call(charts.load_chart, name, on_done=self.open_saved, on_error=self._error)

    def open_saved(self, saved: charts.SavedChart) -> None:
        self.name, self.seed = saved.name, saved.seed
        self.on, self.positions = list(saved.node_ids), dict(saved.positions)
        self.hidden_kinds, self.hidden_tags = set(saved.hidden_kinds), set(saved.hidden_tags)
        if self.graph is not None:
            self._fill_menus()
            self.relayout(saved.layout, keep=True)

    # -- paths and export --------------------------------------------------------------------------
    def find_path(self) -> None:
        if self.graph is None or len(self._sel_order) != 2:
            self.status.setText(self.tr("Select exactly two entities (click, then Ctrl+click)."))
            return
        a, b = self._sel_order
        self.session.run_plain(paths.find_paths, self.view_graph(), a, b, k=self.k.value(),
                               directed=self.directed.isChecked(), time_respecting=self.timed.isChecked(),
                               on_done=self.show_paths, on_error=self._error)

    def show_paths(self, found: list[paths.FoundPath]) -> None:
        assert self.graph is not None
        self.found = found
        self.side.setCurrentIndex(0)
        self.steps_model.set_paths([(paths.describe(self.graph, p), list(p.link_ids)) for p in found])
        if not found:
            self.status.setText(self.tr("No path between these two with these options."))
        self.highlight(0)

    def highlight(self, number: int) -> None:
        """Highlight path ``number`` (0-based); entities on it join the chart if missing."""
        self.hl_nodes, self.hl_links = set(), set()
        if 0 <= number < len(self.found):
            p = self.found[number]
            self.hl_nodes, self.hl_links = set(p.nodes), set(p.link_ids)
            missing = [n for n in p.nodes if n not in self.on]
            if missing:
                self.on += missing
                self.relayout(keep=True)
                return
        self.rebuild()

    def _step_clicked(self, index: QModelIndex) -> None:
        self.highlight(self.steps_model.path_number(index.row()) - 1)

    def export(self) -> ChartPrintDialog:
        """Print / export chart…: the chart on screen as a PDF, SVG or PNG sheet."""
        dialog = ChartPrintDialog(self.session, self.model(), self)
        dialog.exported.connect(self._exported)
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, done: charts.ChartExport) -> None:
        text = self.tr("Exported to {0}").format(str(done.path))
        if done.withheld:
            text += " " + self.tr("({0} left out by handling)").format(done.withheld)
        self.status.setText(text)
