"""A big chart (400 nodes or more) zoomed out to fit still says who is where: the selected,
highlighted and busiest nodes' names in view are written large enough to read, none over
another name or a symbol, a few dozen at least, at most ``FAR_NAMES_PER_VIEW``; a selected
node's name always. Checked in view coordinates (what the analyst sees), on charts of 600
and 2,000 nodes laid out irregularly, with hubs."""

from __future__ import annotations

import itertools
import random

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from tests.ui.conftest import TIMEOUT
from tests.ui.test_chart_build import _NoCase
from tests.ui.test_chart_selection import LEFT, NONE

from casebench.domain.drawing import Shape
from casebench.domain.handling import TLP
from casebench.services.chart_content import prepare
from casebench.services.graph import GraphLink, GraphNode, LinkGraph
from casebench.services.layout import force_layout
from casebench.ui.analysis_chart_items import (
    DETAIL_FROM,
    NAME_H,
    NAME_W,
    NodeItem,
    label_font,
    node_rooms,
)
from casebench.ui.chart_links import CLEAR, FAR_NAMES_PER_VIEW, PAD, READ_FROM
from casebench.ui.chart_view import ChartView

SURNAMES = ("Ferreira", "Gomes", "Van der Berg", "Álvarez-Ruiz", "Okonkwo", "Nowak", "Da Silva Pinto")
KINDS = (("Person", Shape.CIRCLE), ("Company", Shape.RECTANGLE), ("Phone", Shape.TRIANGLE))


def _graph(nodes: int) -> LinkGraph:
    """``nodes`` entities as a case holds them: groups of 50 around a boss (20 contacts, each
    with a phone or a company or two), the bosses calling each other, a few calls across."""
    rng = random.Random(nodes)
    g = LinkGraph()
    ids = [f"n{i:05d}" for i in range(nodes)]
    for i, nid in enumerate(ids):
        kind, shape = KINDS[0] if i % 50 <= 20 else KINDS[1 + i % 2]
        g.nodes[nid] = GraphNode(nid, f"{kind} {i} {SURNAMES[i % len(SURNAMES)]}", kind, shape, TLP.AMBER)
    pairs = set()
    for i in range(nodes):
        boss = i - i % 50
        if i % 50 == 0:
            if boss:
                pairs.add((ids[boss - 50], ids[boss]))
        elif i % 50 <= 20:
            pairs.add((ids[boss], ids[i]))
        else:
            pairs.add((ids[boss + 1 + rng.randrange(20)], ids[i]))
    for _ in range(nodes // 50):
        a, b = rng.sample(ids, 2)
        pairs.add((a, b))
    for j, (a, b) in enumerate(sorted(pairs)):
        g.links.append(GraphLink(f"l{j}", a, b, "Call", "called", True))
    return g


def _chart(qtbot, nodes: int) -> ChartView:
    """``nodes`` entities (``_graph``) laid out as the window lays them out, fitted into the view."""
    g = _graph(nodes)
    ids = list(g.nodes)
    view = ChartView(_NoCase())
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.loaded, view.graph = prepare(g), g
    view.tab.content.set(ids)
    # laid out as the window lays out a chart: each name given its room at full size
    rooms = node_rooms({nid: g.nodes[nid].label for nid in ids})
    view.tab.positions = force_layout(ids, g.edge_pairs(), seed=0, rooms=rooms)
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.tab.rebuild(fit=True)
    qtbot.waitUntil(lambda: not view.tab.building, timeout=TIMEOUT)
    return view


def _on_screen(view: ChartView, rect: QRectF) -> QRectF:
    return view.view.viewportTransform().mapRect(rect)


def _written(view: ChartView) -> dict[str, QRectF]:
    """The names written zoomed out, in view coordinates, of the nodes in view."""
    port = QRectF(view.view.viewport().rect())
    out = {}
    for nid, n in view.items.items():
        if n.far_on and n.far is not None and port.contains(view.view.viewportTransform().map(n.pos())):
            out[nid] = _on_screen(view, n.far[1].translated(n.pos()))
    return out


def _check_apart(view: ChartView, names: dict[str, QRectF], selected: str = "") -> None:
    """No name over another (a pixel apart at least) nor over a symbol, on screen; but the
    ``selected`` node's, written under its symbol where there is no room elsewhere."""
    for (a, ra), (b, rb) in itertools.combinations(names.items(), 2):
        assert not ra.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(rb), (view.items[a].node.label,
                                                                     view.items[b].node.label)
    symbols = [(n, _on_screen(view, n.symbol_rect().translated(n.pos()))) for n in view.items.values()]
    for a, ra in names.items():
        for other, rs in symbols if a != selected else ():
            assert not ra.intersects(rs), (view.items[a].node.label, other.node.label)


def _no_room(view: ChartView, n: NodeItem, names: dict[str, QRectF]) -> bool:
    """Each place ``n``'s name (as first written at full size) could take, under, over, right
    or left of its symbol, would cover a symbol or a name written, come within a pixel and a
    half of a name (half a pixel of a symbol), or not be wholly in view: measured on screen."""
    scale = view.view.transform().m11()
    grow = READ_FROM / scale
    h, gap = NAME_H * grow, 2 + CLEAR / scale
    sym = n.symbol_rect()
    port = QRectF(view.view.viewport().rect())
    symbols = [_on_screen(view, o.symbol_rect().translated(o.pos())) for o in view.items.values() if o is not n]
    width = next(w for _texts, w, _h in n.name_variants() if w <= NAME_W + 4 + 1e-6)
    w = width * grow
    for left, top in ((-w / 2, sym.bottom() + gap), (-w / 2, sym.top() - gap - h),
                      (sym.right() + gap, -h / 2), (sym.left() - gap - w, -h / 2)):
        box = _on_screen(view, QRectF(left, top, w, h).translated(n.pos()))
        near, touching = (box.adjusted(-d + 0.01, -d + 0.01, d - 0.01, d - 0.01) for d in (PAD, CLEAR))
        if (port.contains(box) and not any(near.intersects(t) for t in names.values())
                and not any(touching.intersects(t) for t in symbols)):
            return False
    return True


def _least_linked_unnamed(view: ChartView) -> NodeItem:
    named = _written(view)
    port = view.view.viewport().rect().adjusted(40, 40, -40, -40)
    return min((n for nid, n in view.items.items()
                if nid not in named and port.contains(view.view.mapFromScene(n.pos()))),
               key=lambda n: (len(n.edges), n.node.id))


@pytest.mark.parametrize("nodes", [600, 2000])
def test_a_big_chart_fitted_into_the_view_says_who_is_where(qtbot, nodes: int) -> None:
    view = _chart(qtbot, nodes)
    chart = view.view
    scale = chart.transform().m11()
    assert scale < DETAIL_FROM and chart.overview  # its symbols painted by its layer
    names = _written(view)
    assert 30 <= len(names) <= FAR_NAMES_PER_VIEW
    _check_apart(view, names)
    for nid in names:  # readable: as large on screen as a name at READ_FROM
        far = view.items[nid].far
        assert far is not None
        assert far[2].pointSizeF() * scale >= label_font().pointSizeF() * READ_FROM - 1e-6
        assert far[0] and view.items[nid].node.label.startswith(far[0].rstrip("…"))
    # the busiest are named first: a boss (20 contacts and more) left unnamed has no room
    # (in the thick of a big chart fitted whole a name readable at that zoom covers symbols)
    bosses = [n for n in view.items.values() if len(n.edges) >= 20]
    assert bosses and all(_no_room(view, n, names) for n in bosses if n.node.id not in names)

    # the names are painted (by the layer that paints the symbols)
    layer = chart.node_layer
    assert layer is not None
    shown = chart.viewport().grab().toImage()
    kept = list(layer.named)
    layer.set_names([])
    bare = chart.viewport().grab().toImage()
    layer.set_names(kept)
    top = max(names, key=lambda nid: len(view.items[nid].edges))
    box = names[top].toRect()
    assert _pixels(shown, box) != _pixels(bare, box)

    # a selected node's name is written, however few links it has, by a click or as asked
    lonely = _least_linked_unnamed(view)
    QTest.mouseClick(chart.viewport(), LEFT, NONE, chart.mapFromScene(lonely.pos()))
    assert view.selected_ids() == [lonely.node.id]
    qtbot.waitUntil(lambda: lonely.node.id in _written(view), timeout=TIMEOUT)
    _check_apart(view, _written(view), lonely.node.id)
    other = _least_linked_unnamed(view)
    view.tab.select_entities([other.node.id])
    qtbot.waitUntil(lambda: other.node.id in _written(view), timeout=TIMEOUT)
    _check_apart(view, _written(view), other.node.id)


def _pixels(image: QImage, box: QRect) -> list[int]:
    return [image.pixel(x, y) for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom())]


def test_zoomed_and_scrolled_a_big_chart_names_what_is_in_view_and_zoomed_in_writes_every_name(qtbot) -> None:
    view = _chart(qtbot, 2000)
    chart = view.view

    def seen() -> QRectF:
        return chart.mapToScene(chart.viewport().rect()).boundingRect()

    def named_in(where: QRectF) -> bool:
        named = [n for n in view.items.values() if n.far_on]
        return len(named) >= 10 and all(where.contains(n.pos()) for n in named)

    chart.resetTransform()
    chart.scale(DETAIL_FROM * 0.8, DETAIL_FROM * 0.8)
    chart.update_detail()
    chart.centerOn(view.items["n00000"])
    first = seen()
    qtbot.waitUntil(lambda: named_in(first), timeout=TIMEOUT)
    _check_apart(view, _written(view))
    chart.horizontalScrollBar().setValue(chart.horizontalScrollBar().value() + 600)  # a pan to the right
    now = seen()
    assert now != first
    qtbot.waitUntil(lambda: named_in(now), timeout=TIMEOUT)
    _check_apart(view, _written(view))
    chart.resetTransform()  # 100 %: every node writes its own name as placed, none zoomed-out
    chart.update_detail()
    assert not chart.overview
    assert not any(n.far_on for n in view.items.values())
    assert chart.node_layer is not None and not chart.node_layer.named
