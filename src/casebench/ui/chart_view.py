"""Link chart view: i2-style charts of the case in tabs, saved charts, layouts, expand, find path.

The link graph is built once on the session's worker (with its adjacency, so adding and
expanding cost what the neighbourhood costs, not the case); layouts and path searches
run there too (``run_plain``), so the GUI thread only draws. What each tab shows is a
:class:`~casebench.services.chart_content.ChartContent`: entities are put on a chart
with "Show on chart" from the list, search, the entity page or the timeline, and by
Expand; a chart never grows past its cap (2,000 entities unless set otherwise): asking
for more explains and offers to narrow the request. A case too big to draw whole opens
with an empty chart that says how to add entities.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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

from casebench.domain.drawing import Chart, Edge
from casebench.domain.handling import TLP
from casebench.domain.ordering import name_key
from casebench.services import charts, display, layout, paths
from casebench.services.chart_content import (
    DEFAULT_CAP,
    DEFAULT_EXPAND,
    Added,
    ChartContent,
    ChartGraph,
    Expanded,
    find_paths_shown,
    load_graph,
    plan_add,
    prepare,
)
from casebench.services.chart_follow import Followed, TabState, reread
from casebench.services.graph import IDENTIFIER, REFERENCE, LinkGraph, to_chart
from casebench.ui import i18n
from casebench.ui.analysis_chart_items import (
    DETAIL_FROM,
    ChartScene,
    EdgeItem,
    EdgeLayer,
    NodeItem,
    NodeLayer,
    node_rooms,
)
from casebench.ui.analysis_models import PathStepsModel
from casebench.ui.chart_actions import SHOW_ON_CHART_KEY  # "Show on chart" everywhere
from casebench.ui.chart_build import Batches
from casebench.ui.chart_links import (
    MAX_DECLUTTER,
    READ_FROM,
    AggregatedLinks,
    OverviewNames,
    declutter_captions,
    far_names,
    fit_extent,
    names_on_worker,
    place_names,
    placing_names,
)
from casebench.ui.chart_live import keeping, shows_whole_case
from casebench.ui.chart_print import ChartPrintDialog, export_summary
from casebench.ui.chart_reveal import Flash
from casebench.ui.chart_reveal import reveal as bring_into_view
from casebench.ui.chart_texts import ChartTexts, count
from casebench.ui.chart_undo import ChartUndo, TabUndo, expanded_links, restore_expanded_links
from casebench.ui.common import TlpBadge, plain_error
from casebench.ui.dialogs import ask
from casebench.ui.editor import EntityEditor
from casebench.ui.labels import schema_label
from casebench.ui.session import ENTITIES

# Kinds that are not schemata: identifier nodes and property links (Kinds menu, Expand menu).
# Above this many links to follow (Expand) or ids to resolve (Show on chart), the work is
# planned on the session's worker so the window never stalls (a hub with 50,000 payments).
HEAVY = 5_000

_OTHER_KINDS = {
    "Phone": QT_TRANSLATE_NOOP("ChartView", "Phone numbers"),
    "Email": QT_TRANSLATE_NOOP("ChartView", "E-mail addresses"),
    "IBAN": QT_TRANSLATE_NOOP("ChartView", "IBANs"),
    "Wallet": QT_TRANSLATE_NOOP("ChartView", "Wallet addresses"),
    REFERENCE: QT_TRANSLATE_NOOP("ChartView", "Involved, holder, location…"),
    IDENTIFIER: QT_TRANSLATE_NOOP("ChartView", "Shared identifiers"),
}


def kind_label(kind: str) -> str:
    """The translated human name of a node or link kind (never the schema's internal name)."""
    other = _OTHER_KINDS.get(kind)
    if other is not None:
        return QCoreApplication.translate("ChartView", str(other))
    return schema_label(kind, plural=True)


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
    Esc clears, double-click or Enter asks to open (``openRequested``), Delete asks to take
    the selection off the chart, a right-click asks for the chart's menu."""

    openRequested = Signal(object)  # the NodeItem to open, or None for the current selection
    removeRequested = Signal()
    menuRequested = Signal(object, QPoint)  # the NodeItem under the mouse (or None), global position

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._captions: bool | None = None
        # While nodes are dragged, everything else is one picture (drawn as the background)
        # and hidden: a frame then paints the moving nodes and their links, not the whole
        # chart (a 2,000-node chart took 200+ ms per frame).
        self._frozen: QPixmap | None = None
        self._frozen_items: list[QGraphicsItem] = []
        self._index_method = QGraphicsScene.ItemIndexMethod.BspTreeIndex
        # Showing thousands of items again takes longer than a frame may: after a drag they
        # are shown in batches behind the picture (the screen already looks right).
        self._thawing = Batches(self)
        self.edges: list[EdgeItem] = []  # the chart's links (listing a big scene is slow)
        self.layer: EdgeLayer | None = None  # paints them
        self.node_layer: NodeLayer | None = None  # paints the nodes when zoomed out
        self._after_paint: list[Callable[[], None]] = []
        # a big chart zoomed out names the nodes in view: chosen again once a scroll, a
        # resize, a selection or a drag has settled (not on each frame of it)
        self._naming = QTimer(self)
        self._naming.setSingleShot(True)
        self._naming.setInterval(self.NAMES_AFTER)
        self._naming.timeout.connect(self.update_names)
        scene.selectionChanged.connect(self.names_later)
        self._names: tuple[NodeLayer, OverviewNames] | None = None
        self.fitted = QRectF()  # what the chart was last fitted to (scene): names written large stay in it

    def fit_whole(self, extent: QRectF) -> None:
        """Show ``extent`` (the nodes and their margin) whole; zoomed out, the names written
        large stay in what the view then shows (``far_names``), so none makes a scroll bar."""
        self.fitInView(extent, Qt.AspectRatioMode.KeepAspectRatio)
        inset = 2.0 / max(self.transform().m11(), 1e-9)  # two pixels: no rounding past the edge
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        self.fitted = shown.adjusted(inset, inset, -inset, -inset)

    NAMES_AFTER = 120  # ms of calm after which the names in view are chosen again
    FREEZE_FROM = 300  # items on the scene: below this a frame is cheap anyway
    THAW_AT_ONCE = 2000  # frozen items: more are shown again in batches after a drag

    def freeze_static(self, moving: Iterable[NodeItem]) -> None:
        """Draw everything but ``moving`` (and their links) once into a picture and hide it."""
        self._thawing.finish_now()  # a new drag while the last one's items are still being shown
        scene = self.scene()
        if scene is None or self._frozen is not None or len(scene.items()) < self.FREEZE_FROM:
            return
        keep: set[QGraphicsItem] = set()
        for node in moving:
            keep.add(node)
            keep.update(node.edges)
        if not keep:
            return
        # the moving nodes and links paint themselves, the rest is in the picture
        if self.layer is not None:
            self.layer.exclude({i for i in keep if isinstance(i, EdgeItem)})
        if self.node_layer is not None:
            self.node_layer.exclude({i for i in keep if isinstance(i, NodeItem)})
        # transparent, not hidden, while the picture is taken: a hidden item loses the mouse
        opacity = {item: item.opacity() for item in keep}
        for item in keep:
            item.setOpacity(0.0)
        ratio = self.viewport().devicePixelRatioF()
        picture = QPixmap(self.viewport().size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(self.backgroundBrush().color() if self.backgroundBrush().style() != Qt.BrushStyle.NoBrush
                     else self.palette().base().color())
        painter = QPainter(picture)
        painter.setRenderHints(self.renderHints())
        self.render(painter, QRectF(0, 0, self.viewport().width(), self.viewport().height()),
                    self.viewport().rect())
        painter.end()
        for item, was in opacity.items():
            item.setOpacity(was)
        self._index_method = scene.itemIndexMethod()
        self._naming.stop()  # chosen again once the drag ends
        if self.overview:  # the items paint nothing themselves: hiding the layers is enough
            self._frozen_items = [i for i in (self.layer, self.node_layer) if i is not None and i.isVisible()]
        else:
            # Hidden, and the scene's index off: with the index on, each frame walked and updated
            # it for thousands of hidden items (85 ms); without, a frame is a few milliseconds.
            self._frozen_items = [i for i in scene.items() if i.parentItem() is None and i not in keep
                                  and i.isVisible()]
            scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        for item in self._frozen_items:
            item.setVisible(False)
        self._frozen = picture
        self.viewport().update()

    def thaw(self, *, gradual: bool = False) -> None:
        """Show the chart as items again (end of a drag, a zoom, a scroll). ``gradual``: a
        big chart's items in batches across event-loop turns, the picture shown meanwhile."""
        if self._frozen is None:
            return
        if self._thawing.running:
            if not gradual:
                self._thawing.finish_now()
            return
        items, self._frozen_items = self._frozen_items, []
        scene = self.scene()
        if scene is not None:
            scene.setItemIndexMethod(self._index_method)

        layers = [layer for layer in (self.layer, self.node_layer) if layer is not None]

        def show() -> Iterator[None]:
            for item in items:
                if all(item is not layer for layer in layers):
                    with contextlib.suppress(RuntimeError):  # deleted by a rebuild meanwhile
                        item.setVisible(True)
                    yield
            # the links drawn ahead, moved ones included, behind the picture still shown; the
            # layers come back last: a paint meanwhile (one asked for before the release) then
            # shows the picture and the moving items, not 5,000 links drawn in that paint
            whole = gradual and self.layer is not None
            if whole and self.layer is not None:
                yield from self.layer.picturing(self, whole=True)
            for layer in layers:
                layer.exclude(set(), keep_picture=whole and layer is self.layer)
            for item in items:
                if any(item is layer for layer in layers):
                    item.setVisible(True)

        def shown() -> None:
            self._frozen = None
            self.viewport().setUpdatesEnabled(True)  # and repaints it
            self.viewport().update()
            if self.overview:  # a node moved: the names in view are chosen again
                self.names_later()

        big = self.layer is not None and len(self.layer.members) >= self.layer.PICTURE_FROM
        gradual = gradual and (len(items) > self.THAW_AT_ONCE or big)
        if gradual:  # the screen shows the picture until all are back
            self.viewport().setUpdatesEnabled(False)
        self._thawing.start(show(), shown, at_once=not gradual)

    def forget_frozen(self) -> None:
        """A rebuild: the hidden items are about to go; only the picture and the index go back."""
        self._thawing.cancel()
        if self._frozen is not None:
            self._frozen, self._frozen_items = None, []
            scene = self.scene()
            if scene is not None:
                scene.setItemIndexMethod(self._index_method)
        self.viewport().setUpdatesEnabled(True)

    def after_paint(self, act: Callable[[], None]) -> None:
        """``act`` in the event-loop turn after the next paint (at once if nothing is shown)."""
        if self.isVisible() and self.viewport().updatesEnabled():
            self._after_paint.append(act)
            self.viewport().update()
        else:
            QTimer.singleShot(0, self, act)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        acts, self._after_paint = self._after_paint, []
        for act in acts:
            QTimer.singleShot(0, self, act)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self._frozen is None:
            super().drawBackground(painter, rect)
            return
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(0, 0, self._frozen)
        painter.restore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # before the items hear of it: labels are placed among visible items (big charts,
        # shown in batches, place none on release)
        self.thaw(gradual=True)
        super().mouseReleaseEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.thaw()
        super().scrollContentsBy(dx, dy)
        if self.overview:  # other nodes in view: their names once the scroll settles
            self.names_later()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.overview:
            self.names_later()

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
        if node is not None and not adding:  # a drag may follow: the rest of the chart stands still
            super().mousePressEvent(event)
            moving = [i for i in (self.scene().selectedItems() if self.scene() else []) if isinstance(i, NodeItem)]
            self.freeze_static(moving or [node])
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
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        under = self.items(event.pos())
        node = next((i for i in under if isinstance(i, NodeItem)), None)
        if node is None and any(isinstance(i, EdgeItem) for i in under):
            event.ignore()
            super().contextMenuEvent(event)  # a link's own menu: show or combine its single links
            if event.isAccepted():
                return
        if node is not None and not node.isSelected():  # a right-click on another entity acts on it
            self.scene().clearSelection()
            node.setSelected(True)
        event.accept()
        self.menuRequested.emit(node, event.globalPos())

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.thaw()
        factor = 1.15 ** (event.angleDelta().y() / 120.0)
        self.scale(factor, factor)
        self.update_detail()

    @property
    def overview(self) -> bool:
        """Zoomed out past reading names: the nodes' layer paints their symbols."""
        return self.node_layer is not None and self.node_layer.painting

    def update_detail(self) -> None:
        """Link captions only when they can be read (zoomed in far enough); names only when
        they can be read, the nodes painted by their layer below that."""
        if self.node_layer is not None:
            self.node_layer.set_painting(self.node_layer.big and self.transform().m11() < DETAIL_FROM)
        # past MAX_DECLUTTER links every label would be hidden again: made and placed for
        # nothing (5,000 links at 100 % held the window 280 ms)
        # zoomed out, the busiest nodes' names written large enough to read, where they fit;
        # on a big chart once a zoom settles (the names written zoom with the chart meanwhile,
        # over nothing still: a step of the wheel is not held by choosing them)
        layer = self.node_layer
        if layer is not None and layer.named and self.overview:
            self.names_later()
        else:
            self.update_names()
        # link labels only where names are read as placed (a name written large may lie anywhere)
        shown = self.transform().m11() >= READ_FROM and len(self.edges) <= MAX_DECLUTTER
        if shown != self._captions:
            self._captions = shown
            for item in self.edges:
                item.show_caption(shown)
            if shown:  # only where they fit; the others on hover
                declutter_captions(self.scene(), self.edges)

    def names_later(self) -> None:
        """Choose the names written zoomed out again once things settle (a scroll, a drag)."""
        if self.node_layer is not None and self._frozen is None:
            self._naming.start()

    def update_names(self) -> None:
        """Zoomed out past reading names, write the selected, highlighted and busiest nodes'
        names large enough to read, where they fit: every node's considered on a small chart,
        those in view (at most ``FAR_NAMES_PER_VIEW``) on a big one, whose symbols its layer
        paints; zoomed in, every node writes its own as placed."""
        self._naming.stop()
        layer = self.node_layer
        if layer is None or self._frozen is not None:
            return
        scale = self.transform().m11()
        if not layer.big:
            far_names(layer.ranked(), scale, self.fitted)
            return
        names = self.prepare_names()
        if names is None:
            return
        if self.overview:
            # each name wholly in view and on the scene: one sticking out would grow the scene
            # (scroll bars on a chart fitted whole; a view shifting under a drag begun at once)
            scene = self.scene()
            within = self.mapToScene(self.viewport().rect()).boundingRect()
            if scene is not None:
                within = within.intersected(scene.sceneRect())
            layer.set_names(names.choose(scale, within, layer.named))
        elif layer.named:
            layer.set_names(names.choose(scale, QRectF(), layer.named))

    def prepare_names(self) -> OverviewNames | None:
        """What choosing a big chart's names zoomed out needs, made once per chart (a step
        of the build: 10-20 ms for 2,000 nodes). None for a small chart."""
        layer = self.node_layer
        if layer is None or not layer.big:
            return None
        if self._names is None or self._names[0] is not layer:  # a new chart
            self._names = (layer, OverviewNames(layer.ranked()))
        return self._names[1]


def _nothing() -> None:
    pass


def chart_model(graph: LinkGraph, content: ChartContent, positions: dict[str, tuple[float, float]],
                title: str, hl_nodes: set[str], hl_links: set[str], expanded: set[str], *,
                lang: str | None = None) -> Chart:
    """What a chart tab draws (plain data: a big chart's is made on the session's worker).
    ``lang``: its link labels in the window's language ("llamó a"), as the screen draws it;
    without, the links' own labels (exports and packs word them in their own language)."""
    view = content.visible_graph(graph)
    chart = to_chart(view, positions, title=title, node_ids=list(view.nodes), highlight_nodes=hl_nodes,
                     highlight_links=hl_links, expanded=expanded)
    return chart if lang is None else display.chart_labels(chart, lang)


class ChartTab(QWidget):
    """One chart: its scene and view, what is on it, where its nodes stand."""

    def __init__(self, owner: ChartView, *, auto: bool = False) -> None:
        super().__init__()
        self.owner = owner
        self.content = ChartContent(cap=owner.cap)
        self.positions: dict[str, tuple[float, float]] = {}
        self.name: str | None = None
        self.seed = 0
        self.hl_nodes: set[str] = set()
        self.hl_links: set[str] = set()
        self.found: list[paths.FoundPath] = []
        self.steps: list[tuple[list[str], list[str]]] = []
        self.items: dict[str, NodeItem] = {}
        self._sel_order: list[str] = []
        self.links = AggregatedLinks(self.rebuild)  # aggregated links the user expanded
        self.status_text = ""
        self.notice_text = ""
        self.tlp: TLP | None = None
        # the first tab of a case that fits under the cap shows the whole case; a tab the
        # user made, or touched, is never filled behind their back
        self.auto = auto
        self._select_after: list[str] = []  # entities to select once the next layout is drawn
        self._reveal_after = False  # and to bring into view (Show on chart)
        self.flash = Flash(self)  # rings blinking around entities shown on the chart
        self.laying_out = False  # a layout for this chart is on the worker
        self.number: int | None = None  # "Chart 2": a numbered title, not a saved chart's name
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.hint = _w(QLabel(), name="chartHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #444; padding: 24px; font-size: 11pt;")
        self.hint.hide()
        lay.addWidget(self.hint, 1)  # an empty chart is only its hint
        self.scene = ChartScene(self)
        self.view = _View(self.scene)
        # Big charts are drawn over several event-loop turns (the window stays usable); the
        # status line counts, and ``owner.chartChanged`` says when the chart is complete.
        self.builder = Batches(self)
        self.naming = Batches(self)  # a big chart's names: gathered, then written, in batches
        self.edge_items: list[EdgeItem] = []
        self._fit = False  # fit the chart into the view once drawn
        self._drawn = (0, 0)  # items made, of how many (the progress line)
        self._model_request: object | None = None  # the drawing model asked of the worker
        self._keep = False  # the next drawing keeps the items that did not change (the case changed)
        self._complete = False  # every item of the last drawing is made (it may be kept)
        lay.addWidget(self.view, 1)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.openRequested.connect(owner._open_requested)
        self.view.removeRequested.connect(owner.remove_selected)
        self.view.menuRequested.connect(owner._node_menu)
        self.undo = TabUndo(self)  # Ctrl+Z: this chart's edits, recorded as drawn

    # -- status ------------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status_text = text
        if self.owner.tab is self:
            self.owner.status.setText(text)

    def notify(self, text: str) -> None:
        """What the last action did (added, stayed off, removed): stays until the next action."""
        self.notice_text = text
        if self.owner.tab is self:
            self.owner.notice.setText(text)

    # -- content -----------------------------------------------------------------------------------
    def set_nodes(self, ids: Iterable[str], method: str = "force") -> None:
        self.content.set(ids)
        self.positions = {}
        self.relayout(method)

    def relayout(self, method: str = "force", *, keep: bool = False) -> None:
        """Lay out the chart's nodes; with ``keep`` only nodes without a position move."""
        graph = self.owner.graph
        if graph is None:
            return
        shown = self.content.visible_graph(graph)
        ids = list(shown.nodes)
        fixed = dict(self.positions) if keep else {}
        if not ids or (keep and all(n in fixed for n in ids)):
            self.rebuild()
            return
        # lay out what is shown: hidden kinds (e.g. calls) must not pull nodes together
        self.say(self.tr("Laying out %Ln entities…", "", len(ids)))
        self.laying_out = True
        method = method if not keep else "force"
        groups = shown.layout_groups(method)
        # names measured here (fonts are the GUI's), so that the layout leaves each its room
        rooms = node_rooms({n: shown.nodes[n].label for n in ids}) if method == "force" else None
        self.owner.session.run_plain(layout.layout, method, ids, shown.edge_pairs(),
                                     seed=self.seed, fixed=fixed, groups=groups, rooms=rooms,
                                     on_done=self._got_layout, on_error=self._layout_failed, owner=self)

    def follow(self, got: Followed) -> None:
        """The case changed under the chart: what is gone leaves it, an entity merged away
        becomes the one it was merged into, a whole-case chart takes the new entities near
        their neighbours. Names and links are drawn as they now are; the rest stays where it
        stands, selected as it was, in the same view; no edit to undo."""
        if not self.laying_out:  # else the change is drawn, and recorded, with the layout's edit
            self.undo.following()
        if got.removed:
            self.content.remove(got.removed)
            for n in got.removed:
                self.positions.pop(n, None)
        if got.added:
            on = set(self.content.node_ids)
            self.content.node_ids += [n for n in got.added if n not in on]
        for n, p in got.positions.items():
            self.positions.setdefault(n, p)
        if got.removed:  # the selection passes to the entity merged into; what is gone leaves it
            gone = set(got.removed) - set(got.merged)
            picked = list(dict.fromkeys(got.merged.get(n, n) for n in self._sel_order if n not in gone))
            self.hl_nodes = {got.merged.get(n, n) for n in self.hl_nodes if n not in gone}
            if picked != self._sel_order:
                self._sel_order = picked
                if self.owner.tab is self:
                    self.owner.selectionChanged.emit(list(picked))  # the timeline marks what is now picked
        if got.left_off:
            self.notify(self.tr("%Ln new entities stayed off the chart: it is full ({0}).", "",
                                got.left_off).format(count(self.content.cap)))
        if self.laying_out:
            return  # drawn with the layout under way, from the case as it is now
        self.rebuild(keep=True)

    def _layout_failed(self, exc: BaseException) -> None:
        self.laying_out = False
        self.owner._error(exc)

    def _got_layout(self, pos: dict[str, tuple[float, float]]) -> None:
        self.laying_out = False
        self.positions.update(pos)
        self.rebuild(fit=True)

    def model(self) -> Chart:
        """The drawing model of what is on screen (shared with exports and briefing packs)."""
        graph = self.owner.graph
        assert graph is not None
        return chart_model(graph, self.content, self.positions, self.name or "", self.hl_nodes,
                           self.hl_links, self.links.expanded)

    SYNC_ITEMS = 600  # items to make and remove: up to this many, a rebuild is done in one go
    SYNC_MODEL = 500  # entities: the drawing model of a bigger chart is made on the worker
    INDEX_UP_TO = 1500  # items (nodes and links): a bigger chart's scene has no index

    @property
    def building(self) -> bool:
        return self.builder.running or self._model_request is not None

    def rebuild(self, *, fit: bool = False, keep: bool = False) -> None:
        """Draw the chart again from its model. Small charts are drawn before this returns;
        big ones over several event-loop turns, the view still until they are complete
        (``chartChanged`` then). A rebuild cancels the one under way. ``keep`` (the case
        changed under the chart): the items that look the same stay, where they stand, and
        only the others are made again."""
        graph = self.owner.graph
        if graph is None:
            return
        self._fit = self._fit or fit
        self._keep = keep
        self.builder.cancel()
        self.naming.cancel()
        self._model_request = None
        if len(self.content) <= self.SYNC_MODEL:
            self._draw(display.chart_labels(self.model(), i18n.current()))
            return
        self._model_request = request = object()
        self.say(self.tr("Drawing the chart…"))
        # the worker's Python makes the model: a full collection there holds the interpreter
        # (and so the window) as long as one here would
        self.builder.hold()
        self.owner.session.run_plain(
            chart_model, graph, self.content.copy(), dict(self.positions), self.name or "", set(self.hl_nodes),
            set(self.hl_links), set(self.links.expanded), lang=i18n.current(), on_done=lambda chart: self._got_model(request, chart),
            on_error=lambda exc: self._model_failed(request, exc), owner=self)

    def _model_failed(self, request: object, exc: BaseException) -> None:
        if request is self._model_request:
            self._model_request = None
            self.builder.cancel()
            self.owner._error(exc)

    def _got_model(self, request: object, chart: Chart) -> None:
        if request is self._model_request:  # not drawn again since
            self._model_request = None
            self._draw(chart)

    def _draw(self, chart: Chart) -> None:
        # a rebuild mid-drag: the hidden items belong to the old chart, which goes now
        self.view.forget_frozen()
        edges = chart.valid_edges()
        old_edges, old_nodes = self.edge_items, list(self.items.values())
        keep, self._keep = self._keep and self._complete and bool(old_nodes), False
        self._complete = False
        for layer in (self.view.layer, self.view.node_layer):
            if layer is not None:
                self._quietly(self.scene.removeItem, layer)
                layer.release()  # no cycle with its items: they are freed as they go
        self.items, self.edge_items, self.view.layer, self.view.node_layer = {}, [], None, None
        self.view._names = None
        self.view.edges = self.edge_items
        work = len(old_edges) + len(old_nodes) + len(chart.nodes) + len(edges)
        at_once = work <= self.SYNC_ITEMS
        # Qt's index of a big scene cost a fifth of a second to make (it asks every item for
        # its bounds) and more to keep while nodes move; the layers paint almost everything,
        # and Qt finds what lies under the mouse by reading the items' bounds it keeps.
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex
                                      if len(chart.nodes) + len(edges) > self.INDEX_UP_TO
                                      else QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        if at_once and not keep:
            self._quietly(self.scene.clear)  # the selection is kept for the new items
            old_edges, old_nodes = [], []
        elif not at_once:  # not painted half-made: each frame would draw all that is made so far
            self.view.viewport().setUpdatesEnabled(False)
        self._drawn = (0, len(chart.nodes) + len(edges))
        kept: tuple[dict[str, NodeItem], dict[int, EdgeItem]] = ({}, {})
        steps = self._build_steps(chart, edges, old_edges, old_nodes, kept)
        if keep:
            steps = itertools.chain(keeping(chart, edges, old_edges, old_nodes, kept), steps)
        self.builder.start(steps, lambda: self._built(chart), at_once=at_once, on_batch=self._building)

    def _build_steps(self, chart: Chart, edges: Sequence[Edge], old_edges: list[EdgeItem],
                     old_nodes: list[NodeItem], kept: tuple[dict[str, NodeItem], dict[int, EdgeItem]] | None = None
                     ) -> Iterator[None]:
        """One step per item: the old chart's items go (but those ``kept``), then the nodes,
        then the links come; then the layers, the selection, the fit, the detail, the layers'
        paths and (on a small chart) the names of the complete chart."""
        scene = self.scene
        kept_nodes, kept_links = kept if kept is not None else ({}, {})
        for node in old_nodes:
            node.edges = []  # no cycle left: each item is freed as soon as it is let go
            self._quietly(scene.removeItem, node)  # the selection is kept for the new items
            yield
        while old_edges:
            scene.removeItem(old_edges.pop())
            yield
        del old_nodes[:]
        made = 0
        for n in chart.nodes:
            same = kept_nodes.get(n.id)
            if same is not None:
                self.items[n.id] = same
                made += 1
                continue
            item = NodeItem(n, self._moved)
            item.name_variants()  # measured here, in batches, for the placement when complete
            scene.addItem(item)
            self.items[n.id] = item
            made += 1
            self._drawn = (made, self._drawn[1])
            yield
        for k, e in enumerate(edges):
            same_link = kept_links.get(k)
            if same_link is not None:
                self.edge_items.append(same_link)
                made += 1
                continue
            link = self.links.attach(EdgeItem(e, self.items[e.source], self.items[e.target]))
            scene.addItem(link)
            self.edge_items.append(link)
            made += 1
            self._drawn = (made, self._drawn[1])
            yield
        links = self.view.layer = EdgeLayer(self.edge_items)
        yield
        yield from links.measuring()  # here, in steps: the scene asks for them in its next turn
        scene.addItem(links)
        yield
        nodes = self.view.node_layer = NodeLayer(list(self.items.values()))
        yield from nodes.measuring()
        scene.addItem(nodes)
        yield
        self.view.prepare_names()  # zoomed out, a big chart names a few nodes: sorted, measured
        # what a complete chart needs, a step each: each may take a turn of its own
        yield
        # Antialiased dashes cost most of a frame on big charts; keep them for readable sizes.
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, len(self.edge_items) <= 1500)
        # the selection survives a rebuild (layout, path highlight): select first, then act
        self.scene.blockSignals(True)
        self._sel_order = [n for n in self._sel_order if n in self.items]
        for nid in self._sel_order:
            self.items[nid].setSelected(True)
        self.scene.blockSignals(False)
        yield
        if self._fit and self.items:
            self._fit = False
            self.view.fit_whole(self._extent(chart))
        yield
        self.view._captions = None
        self.view.update_detail()
        yield
        # the paths the first paint draws, made here (a step each) rather than in that paint,
        # and a big chart's links drawn ahead as the view will show them
        yield from links.preparing()
        yield from links.picturing(self.view)
        yield
        yield from nodes.preparing()
        yield
        # Qt brings its index and the scene's extent up to date when first asked (a click, a
        # paint): asked now, the view does not shift under the mouse at the first click
        scene.itemAt(QPointF(), QTransform())
        scene.sceneRect()
        if not names_on_worker(len(self.items)):
            yield
            place_names(self.scene, self.owner.session, list(self.items.values()))
        # the end (the first paint follows it) in a turn of its own, not after a full batch:
        # the paint of 5,000 links takes 20-35 ms, of 12,500 links 60-80 ms
        self.builder.end_turn()
        yield

    @staticmethod
    def _extent(chart: Chart) -> QRectF:
        """The nodes with their names and a margin (asking the scene walks every link; asking
        each item where it stands took 20-30 ms for 5,000 nodes)."""
        return fit_extent((n.x, n.y) for n in chart.nodes)

    def _quietly(self, act: Callable[..., None], *args: Any) -> None:
        self.scene.blockSignals(True)
        try:
            act(*args)
        finally:
            self.scene.blockSignals(False)

    def _building(self) -> None:
        done, total = self._drawn
        self.say(self.tr("Drawing the chart: {0} of {1} entities and links…").format(count(done), count(total)))

    def _built(self, chart: Chart) -> None:
        """The chart is complete (selection, names, fit and detail done): shown, and said."""
        self._complete = True
        self.view.viewport().setUpdatesEnabled(True)
        self.hint.setText(self.owner.hint_text(self))
        self.hint.setVisible(not self.content.node_ids)
        self.view.setVisible(bool(self.content.node_ids))
        self.tlp = max((n.tlp for n in chart.nodes if n.tlp is not None), default=TLP.CLEAR)
        if self.owner.tab is self:
            self.owner.badge.set_tlp(self.tlp)
        hidden = len(self.content) - len(chart.nodes)
        text = self.counted(len(chart.nodes), len(chart.edges))
        if hidden:
            text += " · " + self.tr("{0} more of hidden kinds").format(count(hidden))
        self.say(text)
        if self._select_after:
            want, self._select_after = self._select_after, []
            shown, self._reveal_after = self._reveal_after, False
            self.select_entities(want, centre=True, reveal=shown)
        self.undo.drawn()
        if names_on_worker(len(self.items)):
            # placed on the worker once the chart is on screen: its Python beside the GUI
            # thread's made every step of the build, and the first paint, several times slower
            self.view.after_paint(self._place_names)
        self.owner.chartChanged.emit()

    def counted(self, entities: int, links: int) -> str:
        """"1 entity, 2 links": each number with its plural form in the window's language."""
        return self.tr("%Ln entities", "", entities) + ", " + self.tr("%Ln links", "", links)

    def _place_names(self) -> None:
        if not self.building and self.items:
            # not in the turn of the paint that asked for it
            self.naming.start(placing_names(self.scene, self.owner.session, list(self.items.values()),
                                            run=lambda steps: self.naming.start(steps, _nothing)), _nothing,
                              later=True)

    def _moved(self, item: NodeItem) -> None:
        self.positions[item.node.id] = (round(item.pos().x(), 1), round(item.pos().y(), 1))

    # -- selection ---------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return [i.node.id for i in self.scene.selectedItems() if isinstance(i, NodeItem)]

    def _selection_changed(self) -> None:
        now = set(self.selected_ids())
        self._sel_order = [n for n in self._sel_order if n in now] + sorted(now - set(self._sel_order))
        if self.owner.tab is self:
            self.owner.selectionChanged.emit(list(self._sel_order))

    def select_entities(self, ids: list[str], *, centre: bool = False, reveal: bool = False) -> None:
        """Mark ``ids``; emits nothing, opens nothing. While the chart is being drawn, once it is.
        ``reveal`` (Show on chart): zoomed in until they can be read, centred and flashed."""
        if self.building:
            self._select_after = list(ids)
            self._reveal_after = self._reveal_after or reveal
            return
        self.scene.blockSignals(True)
        try:
            self.scene.clearSelection()
            self._sel_order = [i for i in dict.fromkeys(ids) if i in self.items]
            for nid in self._sel_order:
                self.items[nid].setSelected(True)
        finally:
            self.scene.blockSignals(False)
        if self._sel_order and reveal:
            self.reveal(self._sel_order)
        elif self._sel_order and (centre or len(self._sel_order) == 1):
            self.view.centerOn(self.items[self._sel_order[0]])
        self.view.names_later()  # a selected node's name is written zoomed out

    def reveal(self, ids: list[str]) -> None:
        """Bring ``ids`` into view where they can be read, and flash them (Show on chart): on a
        whole-case chart fitted zoomed out a selected node was a dot among hundreds."""
        nodes = [self.items[i] for i in ids if i in self.items]
        if not nodes:
            return
        self.view.thaw()
        before = self.view.transform().m11()
        bring_into_view(self.view, nodes)
        if self.view.transform().m11() != before:
            self.view.update_detail()  # names and link labels at the new zoom
        self.flash.start(nodes)


class OverCapBar(QFrame):
    """Shown instead of adding when a request would pass the chart's cap: it says so and
    offers to narrow it (one kind of entity, or the first that fit) or to cancel."""

    def __init__(self, owner: ChartView) -> None:
        super().__init__()
        self.owner = owner
        self.setObjectName("overCap")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#overCap { background: #FFF4CE; }")
        self.ids: list[str] = []
        self.tab: ChartTab | None = None
        lay = QHBoxLayout(self)
        self.text = _w(QLabel(), name="overCapText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.kinds = _w(QComboBox(), name="overCapKinds")
        self.add_kind = _w(QPushButton(self.tr("Add only these")), name="overCapKind")
        self.add_first = _w(QPushButton(), name="overCapFirst")
        self.cancel = cancel = _w(QPushButton(self.tr("Cancel")), name="overCapCancel")
        lay.addWidget(self.text, 1)
        for w in (self.kinds, self.add_kind, self.add_first, cancel):
            lay.addWidget(w)
        self.add_kind.clicked.connect(self._add_kind)
        self.add_first.clicked.connect(lambda: self._add(self.ids))
        cancel.clicked.connect(self.dismiss)
        self.hide()

    def offer(self, tab: ChartTab, ids: list[str], by_kind: dict[str, list[str]] | None = None) -> None:
        assert self.owner.graph is not None
        self.tab, self.ids = tab, list(ids)
        room = tab.content.room
        self.text.setText(self.tr(
            "You asked to add {0} entities; this chart holds at most {1} ({2} more fit now). "
            "A bigger chart cannot be read and would stall the window. Narrow the request, or "
            "raise the limit under Settings › Chart size limit.").format(
                count(len(ids)), count(tab.content.cap), count(room)))
        self.kinds.clear()
        if by_kind is None:
            by_kind = ChartContent.by_node_kind(self.owner.graph, ids)
        for kind, of_kind in by_kind.items():
            self.kinds.addItem(f"{kind_label(kind)} ({count(len(of_kind))})", of_kind)
        self.kinds.setVisible(self.kinds.count() > 1)
        self.add_kind.setVisible(self.kinds.count() > 1)
        self.add_first.setText(self.tr("Add the first {0}").format(count(room)))
        self.add_first.setEnabled(room > 0)
        self.show()

    def _add_kind(self) -> None:
        chosen = self.kinds.currentData()
        if chosen:
            self._add(list(chosen))

    def _add(self, ids: list[str]) -> None:
        tab = self.tab
        self.dismiss()
        if tab is not None:
            self.owner.add_to(tab, ids, partial=True)

    def dismiss(self) -> None:
        self.ids, self.tab = [], None
        self.hide()


def confirm_lose_charts(parent: QWidget, title: str, text: str) -> bool:
    """Yes / No before a chart with changes not saved is closed, alone or with the case (one
    seam the tests answer: the box is modal and would hang an offscreen run)."""
    return ask.confirm(parent, title, text)


class ChartView(QWidget):
    selectionChanged = Signal(list)  # ids selected by the user, in the order picked (never opens)
    entityOpened = Signal(str)  # the user asked to open one (double-click, Enter): shown beside the chart
    chartChanged = Signal()  # a chart's scene was rebuilt (tests, benchmarks)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.session = session
        self.graph: LinkGraph | None = None
        self.loaded: ChartGraph | None = None
        self.cap = DEFAULT_CAP
        self._loading = False
        self._stale = False
        self._following = False  # the charts are being brought up to date with the case (worker)
        self._follow_again = False  # the case changed again meanwhile
        self._waiting: list[str] = []  # asked for before the graph was read
        self._found: list[str] = []  # find-on-chart matches, for Enter to step through
        self._found_at = 0
        self._menu_request: object = None
        self.print_dialog: ChartPrintDialog | None = None
        self.default_tlp = TLP.AMBER  # the case's, once known: the export dialog's Highest TLP

        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.charts = _w(QComboBox(), name="savedCharts")
        self.charts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "(todo el caso)"
        save = QPushButton(self.tr("Save"))
        save_as = QPushButton(self.tr("Save as…"))
        self.method = _w(QComboBox(), name="layoutMethod")
        for key, label in (("force", self.tr("Force-directed")), ("hierarchical", self.tr("Hierarchical")),
                           ("circular", self.tr("Circular")),
                           ("grouped", self.tr("Grouped by organisation")),
                           ("country", self.tr("Grouped by country"))):
            self.method.addItem(label, key)
        relayout = _w(QPushButton(self.tr("Lay out")), name="layOut")
        export = _w(QPushButton(self.tr("Print / export chart…")), name="printChart")
        self.badge = TlpBadge()
        for w in (self.charts, save, save_as, self.method, relayout, export):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.badge)
        lay.addLayout(bar)
        # second row: find on the chart, and what to put on it
        work = QHBoxLayout()
        self.find_box = _w(QLineEdit(), name="findOnChart", placeholder=self.tr("Find on chart…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMaximumWidth(260)
        self.expand_btn = _w(QToolButton(), name="expand", text=self.tr("Expand"))
        self.expand_btn.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.expand_btn.setToolTip(self.tr("Add the neighbours of the selected entities; the arrow "
                                           "expands by one kind of link"))
        self.expand_menu = QMenu(self.expand_btn)
        self.expand_btn.setMenu(self.expand_menu)
        self.limit = _w(QSpinBox(), name="expandLimit")
        self.limit.setRange(1, 100_000)
        self.limit.setValue(DEFAULT_EXPAND)
        self.limit.setPrefix(self.tr("at most "))
        self.limit.setToolTip(self.tr("How many neighbours one Expand adds; the rest are counted"))
        remove = _w(QPushButton(self.tr("Remove")), name="remove")
        self.kinds_btn = _w(QToolButton(), name="kindsButton", text=self.tr("Kinds"))
        self.kinds_btn.setToolTip(self.tr("Hide or show kinds of entities and links"))
        self.tags_btn = _w(QToolButton(), name="tagsButton", text=self.tr("Tags"))
        for btn in (self.kinds_btn, self.tags_btn):
            # a split button, its arrow in a part of its own (in the corner it covered the text);
            # the text part opens the same menu
            btn.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            btn.clicked.connect(btn.showMenu)
        self.undo = ChartUndo(self)
        for w in (*self.undo.buttons, self.find_box, self.expand_btn, self.limit, remove, self.kinds_btn,
                  self.tags_btn):
            work.addWidget(w)
        work.addStretch(1)
        lay.addLayout(work)
        self.over_cap = OverCapBar(self)
        lay.addWidget(self.over_cap)

        split = QSplitter()
        self.tabs = _w(QTabWidget(), name="chartTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        new_tab = _w(QToolButton(), name="newChartTab", text="+")
        new_tab.setToolTip(self.tr("New chart tab (Ctrl+T)"))
        self.tabs.setCornerWidget(new_tab, Qt.Corner.TopRightCorner)
        split.addWidget(self.tabs)
        self.side = QTabWidget()
        self.side.setObjectName("chartSide")
        side = QWidget()
        sl = QVBoxLayout(side)
        path_label = QLabel(self.tr("Find path between the two selected entities"))
        sl.addWidget(path_label)
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
        self.editor = EntityEditor(session, beside_chart=True)
        self.editor.setObjectName("chartEntity")
        self.side.addTab(self.editor, self.tr("Entity"))
        split.addWidget(self.side)
        split.setStretchFactor(0, 1)
        split.setSizes([820, 380])
        lay.addWidget(split, 1)
        foot = QHBoxLayout()
        foot.setSpacing(18)
        self.status = _w(QLabel(), name="chartStatus")
        self.notice = _w(QLabel(), name="chartNotice")
        self.notice.setWordWrap(True)
        for label in (self.status, self.notice):
            label.setTextFormat(Qt.TextFormat.PlainText)
        foot.addWidget(self.status)
        foot.addWidget(self.notice, 1)
        lay.addLayout(foot)

        self.charts.activated.connect(self._chart_chosen)
        save.clicked.connect(lambda: self.save(self.name))
        save_as.clicked.connect(lambda: self.save(None))
        relayout.clicked.connect(lambda: self.relayout(self.method.currentData()))
        self.expand_btn.clicked.connect(lambda: self.expand_selected())
        self.expand_menu.aboutToShow.connect(lambda: self._fill_expand_menu())
        remove.clicked.connect(self.remove_selected)
        export.clicked.connect(self.export)
        find.clicked.connect(self.find_path)
        self.steps.clicked.connect(self._step_clicked)
        self.find_box.textChanged.connect(self.find_on_chart)
        self.find_box.returnPressed.connect(self._next_found)
        new_tab.clicked.connect(lambda: self.new_tab())
        tab_key = QShortcut(QKeySequence("Ctrl+T"), self)
        tab_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tab_key.activated.connect(lambda: self.new_tab())
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._tab_switched)
        self.editor.showOnChart.connect(self.show_entities)
        session.changed.connect(self._case_changed)
        self._texts = ChartTexts(save, save_as, relayout, export, remove, find, new_tab, path_label,
                                 self.over_cap.cancel)
        self._texts.fit(self)
        self.new_tab(auto=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.retranslate(self)  # a live switch re-labels the whole page
            self._relabel()
        super().changeEvent(event)

    def _relabel(self) -> None:
        """Links and found paths in the new language: each chart is drawn again where it stands."""
        if self.graph is None:
            return
        for tab in self.chart_tabs():
            if tab.found:
                tab.steps = self._steps(tab.found)
            if tab.content:
                tab.rebuild()
        self.steps_model.set_paths(self.tab.steps)

    # -- tabs --------------------------------------------------------------------------------------
    @property
    def tab(self) -> ChartTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, ChartTab)
        return tab

    def chart_tabs(self) -> list[ChartTab]:
        return [t for i in range(self.tabs.count()) if isinstance(t := self.tabs.widget(i), ChartTab)]

    def new_tab(self, *, auto: bool = False, title: str = "") -> ChartTab:
        tab = ChartTab(self, auto=auto)
        self.undo.watch(tab)
        taken = {self.tabs.tabText(i) for i in range(self.tabs.count())}
        n = 1
        while self.tr("Chart {0}").format(n) in taken:
            n += 1
        tab.number = None if title else n  # "Chart 2" is renamed after a language switch
        index = self.tabs.addTab(tab, title or self.tr("Chart {0}").format(n))
        self.tabs.setCurrentIndex(index)
        if self.graph is not None:
            tab.rebuild()  # an empty chart that says how to add entities
        return tab

    def unsaved_tabs(self) -> list[str]:
        """The titles of the chart tabs holding changes since they were opened or saved."""
        return [self.tabs.tabText(self.tabs.indexOf(t)) for t in self.chart_tabs() if t.undo.unsaved()]

    def close_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, ChartTab) and tab.undo.unsaved() and not confirm_lose_charts(
                self, self.tr("Close chart"),
                self.tr("“{name}” has changes that are not saved (the entities on it, where they are "
                        "placed). Close it and lose them? Save or Save as… keeps them.").format(
                    name=self.tabs.tabText(index))):
            return
        if self.over_cap.tab is tab:
            self.over_cap.dismiss()
        self.tabs.removeTab(index)
        if tab is not None:
            tab.deleteLater()
        if self.tabs.count() == 0:
            self.new_tab()

    def _tab_switched(self, _index: int) -> None:
        if self.tabs.count() == 0:
            return
        tab = self.tab
        self.status.setText(tab.status_text)
        self.notice.setText(tab.notice_text)
        self.badge.set_tlp(tab.tlp)
        self.steps_model.set_paths(tab.steps)
        self._found, self._found_at = [], 0
        self.find_box.blockSignals(True)
        self.find_box.clear()
        self.find_box.blockSignals(False)
        if self.over_cap.tab is not None and self.over_cap.tab is not tab:
            self.over_cap.dismiss()
        self.charts.setCurrentIndex(max(self.charts.findData(tab.name or ""), 0))
        if self.graph is not None:
            self._fill_menus()
        self.selectionChanged.emit(list(tab._sel_order))

    def _rename(self, tab: ChartTab, name: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, name)

    # The current tab's state, as the rest of the window (and older callers) knew it.
    @property
    def view(self) -> _View:
        return self.tab.view

    @property
    def scene(self) -> QGraphicsScene:
        return self.tab.scene

    @property
    def items(self) -> dict[str, NodeItem]:
        return self.tab.items

    @property
    def links(self) -> AggregatedLinks:
        return self.tab.links

    @property
    def on(self) -> list[str]:
        return self.tab.content.node_ids

    @on.setter
    def on(self, ids: list[str]) -> None:
        self.tab.content.set(ids)

    @property
    def positions(self) -> dict[str, tuple[float, float]]:
        return self.tab.positions

    @positions.setter
    def positions(self, pos: dict[str, tuple[float, float]]) -> None:
        self.tab.positions = pos

    @property
    def hidden_kinds(self) -> set[str]:
        return self.tab.content.hidden_kinds

    @hidden_kinds.setter
    def hidden_kinds(self, kinds: set[str]) -> None:
        self.tab.content.hidden_kinds = set(kinds)

    @property
    def name(self) -> str | None:
        return self.tab.name

    @property
    def _sel_order(self) -> list[str]:
        return self.tab._sel_order

    @_sel_order.setter
    def _sel_order(self, ids: list[str]) -> None:
        self.tab._sel_order = list(ids)

    # -- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        """Shown: read the case's graph when there is none yet or the case changed meanwhile.
        What is selected on the chart in front is the case's selection again (an entity opened
        on another page meanwhile did not take it away): the timeline marks it."""
        if self.graph is None:
            self._read_graph()
        elif self._stale:
            self.follow_case()
        self.refresh_list()
        if self.tabs.count() and self.tab._sel_order:
            self.selectionChanged.emit(list(self.tab._sel_order))

    def _read_graph(self) -> None:
        self._loading, self._stale = True, False
        if self.graph is None:
            self.status.setText(self.tr("Reading the links of the case…"))
        self.session.call(load_graph, on_done=self._got_graph, on_error=self._error)

    def clear(self) -> None:
        self.graph, self.loaded, self._waiting = None, None, []
        self._loading = self._stale = self._following = self._follow_again = False
        self.over_cap.dismiss()
        # the case is closed or locked: the export asked for goes too (it showed the chart
        # behind the passphrase prompt and, unlocked, exported the chart of before)
        dialog, self.print_dialog = self.print_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()
        for tab in self.chart_tabs():
            self.tabs.removeTab(self.tabs.indexOf(tab))
            tab.deleteLater()
        self.new_tab(auto=True)
        self.status.clear()
        self.notice.clear()
        self.steps_model.set_paths([])
        self.editor.clear()
        self.side.setCurrentIndex(0)

    def set_cap(self, cap: int) -> None:
        """The most entities one chart holds (Settings › Chart size limit)."""
        self.cap = max(int(cap), 1)
        for tab in self.chart_tabs():
            tab.content.cap = self.cap
            if self.graph is not None and not tab.content.node_ids:
                tab.rebuild()  # the hint quotes the limit

    def _case_changed(self, topic: str) -> None:
        # the chart on screen follows changes (a link added beside it); hidden, it reloads when shown
        if topic != ENTITIES or self.graph is None:
            return
        if self.isVisible() and self.session.is_open:
            self.follow_case()
        else:
            self._stale = True

    def follow_case(self) -> None:
        """The case changed: its graph is read again on the worker, with what each chart does
        about it (``chart_follow``); every chart is then brought up to date where it stands."""
        if self.graph is None:
            self._read_graph()
            return
        self._stale = False
        if self._following:
            self._follow_again = True
            return
        self._following = self._loading = True
        tabs = self.chart_tabs()
        states = [TabState(tuple(t.content.node_ids), dict(t.positions),
                           shows_whole_case(self.graph, t.content.node_ids, t.name, t.auto, t.content.cap),
                           t.content.cap) for t in tabs]
        self.session.call(reread, states, on_done=lambda got, ts=tabs: self._followed(ts, *got),
                          on_error=self._follow_failed, owner=self)

    def _followed(self, tabs: list[ChartTab], loaded: ChartGraph, results: list[Followed]) -> None:
        self._following = self._loading = False
        self.loaded, self.graph = loaded, loaded.graph
        if self.tabs.count():
            self._fill_menus()
        for tab, got in zip(tabs, results, strict=True):
            if shiboken6.isValid(tab) and self.tabs.indexOf(tab) >= 0:
                tab.follow(got)
        if self._follow_again:
            self._follow_again = False
            self.follow_case()
            return
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.add_to(self.tab, waiting)

    def _follow_failed(self, exc: BaseException) -> None:
        self._following = self._follow_again = False
        self._error(exc)

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

    def _got_graph(self, loaded: ChartGraph | LinkGraph) -> None:
        if isinstance(loaded, LinkGraph):  # a graph built elsewhere (benchmarks)
            loaded = prepare(loaded)
        self.loaded, self.graph = loaded, loaded.graph
        self._loading = False
        self._fill_menus()
        for tab in self.chart_tabs():
            if tab.auto and not tab.content.node_ids and tab.name is None:
                if len(self.graph.nodes) <= self.cap:
                    tab.set_nodes(sorted(self.graph.nodes))
                else:
                    tab.rebuild()  # empty, with the hint that says how to add entities
            else:
                tab.relayout(keep=True)
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.add_to(self.tab, waiting)

    def hint_text(self, tab: ChartTab) -> str:
        how = self.tr("Select entities in the entity list, in search results or on the timeline and "
                      "choose Show on chart ({0}), or open a saved chart above. Expand then adds "
                      "their neighbours.").format(SHOW_ON_CHART_KEY)
        if self.graph is not None and tab.auto and len(self.graph.nodes) > self.cap:
            return self.tr("This case has {0} entities to draw, too many for one chart (a chart "
                           "holds at most {1}). Start from the few that matter.").format(
                count(len(self.graph.nodes)), count(self.cap)) + "\n\n" + how
        return self.tr("This chart is empty.") + "\n\n" + how

    def _fill_menus(self) -> None:
        assert self.loaded is not None
        content = self.tab.content
        menu = QMenu(self.kinds_btn)
        for title, kinds in ((self.tr("Entities"), self.loaded.node_kinds),
                             (self.tr("Links"), self.loaded.link_kinds)):
            menu.addSection(title)
            for kind in sorted(kinds, key=lambda k: name_key(kind_label(k))):
                act = QAction(kind_label(kind), menu, checkable=True, checked=kind not in content.hidden_kinds)
                act.setData(kind)
                act.toggled.connect(lambda shown, k=kind: self.set_kind_shown(k, shown))
                menu.addAction(act)
        self.kinds_btn.setMenu(menu)
        tags = QMenu(self.tags_btn)
        for tag in self.loaded.tags:
            # a tag is case data: "R&D" must not become "RD" with an Alt+D shortcut
            act = QAction(tag.replace("&", "&&"), tags, checkable=True, checked=tag not in content.hidden_tags)
            act.setData(tag)
            act.toggled.connect(lambda shown, t=tag: self._tag_shown(t, shown))
            tags.addAction(act)
        self.tags_btn.setMenu(tags)

    def set_kind_shown(self, kind: str, shown: bool) -> None:
        """Hide or show a kind on the current chart; hidden entities stay on it, undrawn."""
        tab = self.tab
        tab.content.set_kind_hidden(kind, not shown)
        tab.relayout(keep=True)  # shown again: entities never placed get a place

    def _tag_shown(self, tag: str, shown: bool) -> None:
        self.tab.content.set_tag_hidden(tag, not shown)
        self.tab.relayout(keep=True)

    def _error(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText(plain_error(exc))

    # -- chart content -----------------------------------------------------------------------------
    def set_nodes(self, ids: list[str], method: str = "force") -> None:
        self.tab.set_nodes(ids, method)

    def relayout(self, method: str = "force", *, keep: bool = False) -> None:
        self.tab.relayout(method, keep=keep)

    def rebuild(self) -> None:
        self.tab.rebuild()

    def model(self) -> Chart:
        return self.tab.model()

    def show_entities(self, ids: list[str]) -> None:
        """Show on chart: put ``ids`` on the current chart (relationships bring the entities they
        join), select them and bring them into view. Waits for the graph when it is being read."""
        ids = [i for i in ids if i]
        if not ids:
            return
        if self.graph is None or self._loading:
            self._waiting += ids
            if not self._loading and self.session.is_open:
                self._read_graph()
            self.tab.notify(self.tr("Reading the links of the case…"))
            return
        self.add_to(self.tab, ids)

    def add_to(self, tab: ChartTab, ids: list[str], *, partial: bool = False) -> None:
        assert self.graph is not None and self.loaded is not None
        tab.auto = False
        if len(ids) > HEAVY:  # thousands of rows (Ctrl+A, the whole case): sorted out on the worker
            tab.notify(self.tr("Looking at {0} entities…").format(count(len(ids))))
            self.session.run_plain(plan_add, tab.content.copy(), self.graph, ids, self.loaded.ends, partial,
                                   on_done=lambda plan, t=tab: self._planned(t, *plan, partial=partial),
                                   on_error=self._error, owner=tab)
            return
        got = tab.content.add(self.graph, ids, ends=self.loaded.ends, partial=partial)
        self._added(tab, got)

    def _planned(self, tab: ChartTab, got: Added, by_kind: dict[str, list[str]], *, partial: bool) -> None:
        if got.refused:
            self._added(tab, got, by_kind)
            return
        # the plan was made on a snapshot: apply what it found (now only chart-sized lists)
        now = tab.content.add(self.graph or LinkGraph(), got.added + got.already, partial=partial)
        self._added(tab, Added(now.added, now.already, got.unknown, now.over_cap + got.over_cap))

    def _added(self, tab: ChartTab, got: Added, by_kind: dict[str, list[str]] | None = None) -> None:
        if got.refused:
            self.over_cap.offer(tab, got.over_cap, by_kind)
            tab.notify(self.tr("Nothing was added: see the note above the chart."))
            return
        parts = []
        if got.added:
            parts.append(self.tr("%Ln added to the chart", "", len(got.added)))
        if got.already:  # plural forms: "1 ya estaba", "3 ya estaban"
            parts.append(self.tr("%Ln already on it", "", len(got.already)))
        if got.over_cap:
            parts.append(self.tr("{0} left off: the chart is full ({1})").format(
                len(got.over_cap), tab.content.cap))
        if got.unknown:
            parts.append(self.tr("{0} cannot be drawn (not an entity with links)").format(len(got.unknown)))
        tab.notify("; ".join(parts) + ".")
        wanted = got.added + got.already
        if got.added:
            tab._select_after, tab._reveal_after = wanted, True
            tab.relayout(keep=True)
        elif tab.laying_out:  # on the chart but not drawn yet (the whole case is being laid out)
            tab._select_after, tab._reveal_after = wanted, True
        else:
            tab.select_entities(wanted, centre=True, reveal=True)

    def expand_selected(self, kinds: list[str] | None = None) -> list[str]:
        return self.expand(self.tab.selected_ids(), kinds)

    def expand(self, ids: list[str], kinds: list[str] | None = None) -> list[str]:
        """Add neighbours of ``ids`` (at most the Expand limit, never past the cap); says how
        many stayed off the chart. Placed nodes stay put."""
        tab = self.tab
        if self.graph is None or not ids:
            tab.notify(self.tr("Select the entities to expand first."))
            return []
        tab.auto = False
        if tab.content.degree(self.graph, ids) > HEAVY:  # a hub: its links are sorted out on the worker
            tab.notify(self.tr("Expanding…"))
            self.session.run_plain(tab.content.copy().expand, self.graph, ids, kinds=kinds,
                                   limit=self.limit.value(), on_done=lambda got, t=tab: self._expanded(t, got, True),
                                   on_error=self._error, owner=tab)
            return []
        got = tab.content.expand(self.graph, ids, kinds=kinds, limit=self.limit.value())
        self._expanded(tab, got, False)
        return got.added

    def _expanded(self, tab: ChartTab, got: Expanded, planned: bool) -> None:
        if planned:  # made on a snapshot: add what is still missing, within the cap
            on = set(tab.content.node_ids)
            fresh = [n for n in got.added if n not in on][:tab.content.room]
            tab.content.node_ids += fresh
            got = Expanded(fresh, got.hidden + len(got.added) - len(fresh), got.hidden_by_kind)
        text = self.tr("{0} added.").format(count(len(got.added))) if got.added else \
            self.tr("No neighbours to add.") if not got.hidden else ""
        if got.hidden:
            by_kind = "; ".join(f"{kind_label(k)}: {n}" for k, n in
                                sorted(got.hidden_by_kind.items(), key=lambda kv: -kv[1]))
            text += " " + self.tr("{0} more stayed off the chart ({1}).").format(got.hidden, by_kind)
            if tab.content.room == 0:
                text += " " + self.tr("The chart is full ({0}): remove some entities or raise the "
                                      "limit in Settings.").format(tab.content.cap)
            else:
                text += " " + self.tr("Expand again for more, or expand by one kind of link.")
        tab.notify(text.strip())
        if got.added:
            tab.relayout(keep=True)

    def _fill_expand_menu(self, menu: QMenu | None = None) -> None:
        menu = menu if menu is not None else self.expand_menu
        menu.clear()
        ids = self.tab.selected_ids()
        if self.graph is None or not ids:
            act = menu.addAction(self.tr("Select entities first"))
            act.setEnabled(False)
            return
        every = menu.addAction(self.tr("All neighbours"))
        every.triggered.connect(lambda _c=False: self.expand_selected())
        if self.tab.content.degree(self.graph, ids) > HEAVY:  # counted on the worker, filled in
            wait = menu.addAction(self.tr("Counting links…"))
            wait.setEnabled(False)
            self._menu_request = request = object()
            self.session.run_plain(self.tab.content.copy().link_kinds_around, self.graph, ids,
                                   on_done=lambda around: self._fill_kinds(menu, around, request, wait),
                                   on_error=self._error, owner=menu)
            return
        self._fill_kinds(menu, self.tab.content.link_kinds_around(self.graph, ids))

    def _fill_kinds(self, menu: QMenu, around: dict[str, int], request: object = None,
                    wait: QAction | None = None) -> None:
        if request is not None and request is not self._menu_request:
            return  # the menu was opened again since
        if wait is not None:
            menu.removeAction(wait)
        if around:
            menu.addSection(self.tr("By kind of link"))
        for kind in sorted(around, key=lambda k: name_key(kind_label(k))):
            act = menu.addAction(f"{kind_label(kind)} ({around[kind]})")
            act.setData(kind)
            act.triggered.connect(lambda _c=False, k=kind: self.expand_selected([k]))

    def _node_menu(self, node: NodeItem | None, at: QPoint) -> QMenu:
        """Right-click on the chart: what can be done with the selection, where the mouse is."""
        menu = QMenu(self)
        menu.setObjectName("chartNodeMenu")
        selected = self.tab.selected_ids()
        if node is not None:
            menu.addAction(self.tr("Open beside the chart"), lambda: self.open_entity(node.node.id))
        expand = menu.addAction(self.tr("Expand"), lambda: self.expand_selected())
        by_kind = menu.addMenu(self.tr("Expand by kind of link"))
        by_kind.aboutToShow.connect(lambda: self._fill_expand_menu(by_kind))
        remove = menu.addAction(self.tr("Remove from chart"), self.remove_selected)
        remove.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove.setShortcutVisibleInContextMenu(True)
        for act in (expand, by_kind.menuAction(), remove):
            act.setEnabled(bool(selected))
        if len(selected) == 2:
            menu.addSeparator()
            menu.addAction(self.tr("Find path"), self.find_path)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(at)
        return menu

    def remove_selected(self) -> None:
        tab = self.tab
        gone = tab.content.remove(tab.selected_ids())
        tab.auto = False
        if gone:
            tab.notify(self.tr("{0} removed from the chart.").format(count(len(gone))))
        tab.rebuild()

    # -- find on chart -----------------------------------------------------------------------------
    def find_on_chart(self, text: str) -> list[str]:
        """Select the entities on the current chart whose name holds ``text``; the first is
        centred, Enter moves to the next."""
        tab = self.tab
        if self.graph is None:
            return []
        self._found = [n for n in tab.content.find(self.graph, text) if n in tab.items] if text.strip() else []
        self._found_at = 0
        tab.select_entities(self._found, centre=True)
        tab._selection_changed()
        if not text.strip():
            tab.notify("")
        elif self._found:
            tab.notify(self.tr("Found on this chart for “{1}”: {0}. Enter goes to the next.").format(
                len(self._found), text.strip()))
        else:
            tab.notify(self.tr("Nothing on this chart matches “{0}”. To add it, search the case "
                               "and choose Show on chart.").format(text.strip()))
        return list(self._found)

    def _next_found(self) -> None:
        if not self._found:
            return
        self._found_at = (self._found_at + 1) % len(self._found)
        item = self.tab.items.get(self._found[self._found_at])
        if item is not None:
            self.tab.view.centerOn(item)

    # -- selection and opening ---------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return self.tab.selected_ids()

    def select_entities(self, ids: list[str]) -> None:
        """Mark ``ids`` (selection sync from elsewhere); emits nothing, opens nothing. A call
        or payment picked on the timeline marks the entities it joins."""
        if self.graph is not None and self.loaded is not None:
            ids, _unknown = ChartContent.resolve(self.graph, ids, self.loaded.ends)
        self.tab.select_entities(ids)

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

    # -- saved charts ------------------------------------------------------------------------------
    def save(self, name: str | None) -> None:
        if not name:
            name = ask.text(self, self.tr("Save chart"), self.tr("Name of the chart:"))
            if not name:
                return
        tab = self.tab
        tab.name = name
        self._rename(tab, name)
        saved = charts.SavedChart(name, node_ids=list(tab.content.node_ids), positions=dict(tab.positions),
                                  hidden_kinds=sorted(tab.content.hidden_kinds),
                                  hidden_tags=sorted(tab.content.hidden_tags),
                                  layout=self.method.currentData(), seed=tab.seed,
                                  expanded_links=sorted(expanded_links(tab)))
        state = tab.undo.state()

        def saved_it(_: object) -> None:
            tab.undo.clean = state  # closing it now loses nothing
            self.refresh_list()
        self.session.call(charts.save_chart, saved, on_done=saved_it, on_error=self._error)

    def _chart_chosen(self, index: int) -> None:
        name = self.charts.itemData(index)
        if not name:
            self.show_whole_case()
            return
        self.session.call(charts.load_chart, name, on_done=self.open_saved, on_error=self._error)

    def show_whole_case(self) -> None:
        """(whole case): every entity on the current chart when that fits under the cap; when it
        does not, the chart stays as it is and the note above it offers to narrow the request."""
        tab = self.tab
        if self.graph is None:
            return
        if len(self.graph.nodes) <= tab.content.cap:
            tab.name, tab.content.hidden_kinds, tab.content.hidden_tags = None, set(), set()
            tab.set_nodes(sorted(self.graph.nodes))
            self._fill_menus()
        else:
            self.add_to(tab, list(self.graph.nodes))

    def open_saved(self, saved: charts.SavedChart) -> None:
        """A saved chart opens in its own tab (in the current one when that is empty)."""
        tab = self.tab
        if tab.content.node_ids and tab.name != saved.name:
            tab = self.new_tab(title=saved.name)
        tab.auto = False
        tab.name, tab.seed = saved.name, saved.seed
        self._rename(tab, saved.name)
        tab.positions = dict(saved.positions)
        tab.content = ChartContent(hidden_kinds=saved.hidden_kinds, hidden_tags=saved.hidden_tags, cap=self.cap)
        restore_expanded_links(tab, saved.expanded_links)
        tab.undo.reset_on_draw()  # the saved chart is where this tab's history starts
        if self.graph is None:
            tab.content.set(saved.node_ids)  # placed once the graph is read
            return
        self._fill_menus()
        got = tab.content.add(self.graph, saved.node_ids)
        if got.refused:
            self.over_cap.offer(tab, got.over_cap)
        tab.relayout(saved.layout, keep=True)

    # -- paths and export --------------------------------------------------------------------------
    def find_path(self) -> None:
        tab = self.tab
        if self.graph is None or len(tab._sel_order) != 2:
            tab.notify(self.tr("Select exactly two entities (click, then Ctrl+click)."))
            return
        a, b = tab._sel_order
        ends = (a, b) if self.directed.isChecked() or self.timed.isChecked() else None
        # the graph without hidden kinds is made on the worker: it is the whole case
        self.session.run_plain(find_paths_shown, self.graph, set(tab.content.hidden_kinds),
                               set(tab.content.hidden_tags), a, b, k=self.k.value(),
                               directed=self.directed.isChecked(), time_respecting=self.timed.isChecked(),
                               on_done=lambda found, t=tab, e=ends: self.show_paths(found, t, e),
                               on_error=self._error, owner=tab)

    def show_paths(self, found: list[paths.FoundPath], tab: ChartTab | None = None,
                   ordered: tuple[str, str] | None = None) -> None:
        """``ordered``: (from, to) when the search followed the links' direction or time, where
        the entity selected first is where a path starts (the message says so)."""
        assert self.graph is not None
        tab = tab or self.tab
        tab.found = found
        tab.steps = self._steps(found)
        if tab is self.tab:
            self.side.setCurrentIndex(0)
            self.steps_model.set_paths(tab.steps)
        ends = {}
        if ordered is not None:
            ends = {"first": self._label(ordered[0]), "second": self._label(ordered[1])}
        if not found and ends:
            tab.notify(self.tr("No path from {first} to {second} with these options: in time order or following "
                               "the links' direction, a path starts at the entity selected first.").format(**ends))
        elif not found:
            tab.notify(self.tr("No path between these two with these options."))
        elif ends:
            tab.notify(self.tr("%n path(s) found from {first} to {second}; the first is highlighted.", "",
                               len(found)).format(**ends))
        else:  # replaces an earlier "select exactly two" that no longer applies
            tab.notify(self.tr("%n path(s) found; the first is highlighted.", "", len(found)))
        self.highlight(0, tab)

    def _steps(self, found: list[paths.FoundPath]) -> list[tuple[list[str], list[str]]]:
        """The found paths' steps, links labelled in the window's language ("—pagó a→")."""
        assert self.graph is not None
        lang = i18n.current()
        return [(paths.describe(self.graph, p, lambda n: self.tr(" (+%n more)", "", n),
                                lambda ln: display.link_label(ln.kind, ln.label, lang)), list(p.link_ids))
                for p in found]

    def _label(self, node: str) -> str:
        shown = self.graph.nodes.get(node) if self.graph is not None else None
        return shown.label if shown is not None else node

    def highlight(self, number: int, tab: ChartTab | None = None) -> None:
        """Highlight path ``number`` (0-based); entities on it join the chart if missing."""
        tab = tab or self.tab
        tab.hl_nodes, tab.hl_links = set(), set()
        if 0 <= number < len(tab.found):
            p = tab.found[number]
            tab.hl_nodes, tab.hl_links = set(p.nodes), set(p.link_ids)
            missing = [n for n in p.nodes if n not in tab.content]
            if missing:
                tab.content.node_ids += missing  # a path is shown whole, even past the cap
                tab.relayout(keep=True)
                return
        tab.rebuild()

    def _step_clicked(self, index: QModelIndex) -> None:
        self.highlight(self.steps_model.path_number(index.row()) - 1)

    def export(self) -> ChartPrintDialog:
        """Print / export chart…: the chart on screen as a PDF, SVG or PNG sheet."""
        dialog = ChartPrintDialog(self.session, self.model(), self, default_tlp=self.default_tlp)
        dialog.exported.connect(self._exported)
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, done: charts.ChartExport) -> None:
        self.status.setText(export_summary(done))
