"""A chart zoomed out past reading names: its nodes are painted by one layer as symbols
only (no names), and every interaction works as on a chart drawn item by item, also on a
2,000-entity chart whose scene has no index."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem
from tests.ui.conftest import TIMEOUT
from tests.ui.test_chart_build import _NoCase
from tests.ui.test_chart_selection import CTRL, LEFT, NONE

from casebench.domain.drawing import Node, Shape
from casebench.domain.handling import TLP
from casebench.services.chart_content import prepare
from casebench.services.graph import GraphLink, GraphNode, LinkGraph
from casebench.ui.analysis_chart_items import DETAIL_FROM, NodeItem, R, label_font
from casebench.ui.chart_links import READ_FROM
from casebench.ui.chart_view import ChartView

NODES, COLUMNS, GAP = 2000, 50, 110.0


def _picture(item: NodeItem, scale: float) -> QImage:
    image = QImage(200, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(100, 60)
    painter.scale(scale, scale)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


@pytest.mark.parametrize("scale", [DETAIL_FROM / 2, DETAIL_FROM * 1.25, 2.0])
def test_a_node_s_name_is_drawn_only_where_it_can_be_read(qtbot, scale: float) -> None:
    named = NodeItem(Node("a", "Ana Gomes Ferreira", "Person", Shape.CIRCLE, 0.0, 0.0), lambda _i: None)
    nameless = NodeItem(Node("a", "Ana Gomes Ferreira", "Person", Shape.CIRCLE, 0.0, 0.0), lambda _i: None)
    nameless.set_name("", QRectF())
    same = _picture(named, scale) == _picture(nameless, scale)
    assert same == (scale < DETAIL_FROM)


def _chart(qtbot, nodes: int) -> ChartView:
    g = LinkGraph()
    ids = [f"p{i:04d}" for i in range(nodes)]
    for i, nid in enumerate(ids):
        g.nodes[nid] = GraphNode(nid, f"Person {i}", "Person", Shape.CIRCLE, TLP.AMBER)
    for j in range(nodes - 1):
        g.links.append(GraphLink(f"l{j}", ids[j], ids[j + 1], "Call", "called", True))
    view = ChartView(_NoCase())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.loaded, view.graph = prepare(g), g
    view.tab.content.set(ids)
    view.tab.positions = {nid: (i % COLUMNS * GAP, i // COLUMNS * GAP) for i, nid in enumerate(ids)}
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.tab.rebuild(fit=True)
    return view


@pytest.fixture
def big(qtbot) -> ChartView:
    return _chart(qtbot, NODES)


def test_a_small_chart_zoomed_out_keeps_its_names(qtbot) -> None:
    """Sixty people fitted into the view or zoomed far out still say who is who: the busiest
    in a font scaled up to be read, none over another name or a symbol; zoomed in again,
    every name is written as placed."""
    small = _chart(qtbot, 60)
    view = small.view
    for scale in (DETAIL_FROM / 2, DETAIL_FROM / 8):
        view.resetTransform()
        view.scale(scale, scale)
        view.update_detail()
        assert not view.overview
        written = [n for n in small.items.values() if n.far is not None]
        assert written
        node = written[0]
        assert not node.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        far = node.far
        assert far is not None
        # as large on screen as a name read at READ_FROM
        assert far[2].pointSizeF() * scale >= label_font().pointSizeF() * READ_FROM - 1e-6
        named = _picture(node, scale)
        node.set_far(True, None)
        assert _picture(node, scale) != named  # the name was drawn
        node.set_far(True, far)
        boxes = [n.far[1].translated(n.pos()) for n in written if n.far is not None]
        symbols = [n.symbol_rect().translated(n.pos()) for n in small.items.values()]
        for i, name in enumerate(boxes):
            assert not any(name.intersects(b) for b in boxes[i + 1:])
            assert not any(name.intersects(s) for s in symbols)
    view.resetTransform()
    view.update_detail()
    assert all(not n.far_on for n in small.items.values())


def _at(view: ChartView, nid: str) -> QPoint:
    return view.view.mapFromScene(view.items[nid].pos())


def _blue_near(view: ChartView, nid: str) -> bool:
    """A selected node's outline (blue) is on screen around the node."""
    image = view.view.viewport().grab().toImage()
    p = _at(view, nid)
    r = int(R * view.view.transform().m11()) + 3  # the symbol's outline
    return any(image.pixelColor(x, y).blue() > image.pixelColor(x, y).red() + 80
               for x in range(p.x() - r, p.x() + r + 1) for y in range(p.y() - r, p.y() + r + 1))


def test_zoomed_out_a_2000_node_chart_is_symbols_and_works_as_ever(qtbot, big: ChartView) -> None:
    view = big.view
    assert view.transform().m11() < DETAIL_FROM and view.overview
    assert big.scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.NoIndex
    nodes = list(big.items.values())
    assert all(n.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents for n in nodes)
    vp = view.viewport()
    # click, Ctrl+click, and the selection painted by the layer
    QTest.mouseClick(vp, LEFT, NONE, _at(big, "p0123"))
    assert big.selected_ids() == ["p0123"]
    QTest.mouseClick(vp, LEFT, CTRL, _at(big, "p0777"))
    assert sorted(big.selected_ids()) == ["p0123", "p0777"]
    assert _blue_near(big, "p0123") and not _blue_near(big, "p0124")
    QTest.keyClick(vp, Qt.Key.Key_Escape)
    assert big.selected_ids() == []
    # a rubber band between grid points takes the four nodes inside it
    a, b = big.items["p0060"].pos(), big.items["p0111"].pos()  # rows 1-2, columns 10-11
    start = view.mapFromScene(a.x() - GAP / 2, a.y() - GAP / 2)
    end = view.mapFromScene(b.x() + GAP / 2, b.y() + GAP / 2)
    QTest.mousePress(vp, LEFT, NONE, start)
    QTest.mouseMove(vp, (start + end) / 2, 20)
    QTest.mouseMove(vp, end, 20)
    QTest.mouseRelease(vp, LEFT, NONE, end, 20)
    assert sorted(big.selected_ids()) == ["p0060", "p0061", "p0110", "p0111"]
    # double-click asks to open
    with qtbot.waitSignal(view.openRequested, timeout=TIMEOUT) as asked:
        QTest.mouseDClick(vp, LEFT, NONE, _at(big, "p0500"))
    assert asked.args[0] is big.items["p0500"]
    # a drag moves the node; the chart is the layer's again afterwards
    before = big.items["p0900"].pos()
    start = _at(big, "p0900")
    QTest.mousePress(vp, LEFT, NONE, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + QPoint(8, 6) * i, 10)
    QTest.mouseRelease(vp, LEFT, NONE, start + QPoint(40, 30), 10)
    qtbot.waitUntil(lambda: view._frozen is None, timeout=TIMEOUT)
    assert (big.items["p0900"].pos() - before).manhattanLength() > 40
    assert big.tab.positions["p0900"] == pytest.approx((big.items["p0900"].pos().x(), big.items["p0900"].pos().y()),
                                                       abs=0.2)
    assert view.node_layer is not None and view.node_layer.isVisible() and not view.node_layer.excluded
    assert all(n.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents for n in nodes)


def test_zooming_in_gives_the_nodes_back_their_names_and_out_again_takes_them(qtbot, big: ChartView) -> None:
    view = big.view
    layer = view.node_layer
    assert layer is not None
    node = big.items["p1000"]
    for scale, overview in ((1.0, False), (DETAIL_FROM / 2, True), (DETAIL_FROM * 1.1, False)):
        view.resetTransform()
        view.scale(scale, scale)
        view.update_detail()
        view.centerOn(node)
        assert view.overview == overview
        assert layer.isVisible() == overview
        assert bool(node.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents) == overview
        QTest.mouseClick(view.viewport(), LEFT, NONE, _at(big, "p1000"))  # reached either way
        assert big.selected_ids() == ["p1000"]
        assert _blue_near(big, "p1000")
        QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
