"""Dragging on a big chart: the rest of the chart stands still as one picture while the
mouse is down, and is items again (visible, clickable) once it is released."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem
from tests.ui import test_chart_selection as selection
from tests.ui.test_chart_selection import LEFT, NONE, at

from casebench.ui import analysis_chart_items
from casebench.ui.analysis_chart_items import EdgeItem, NodeItem
from casebench.ui.chart_view import ChartView

linked_case = selection.linked_case
chart = selection.chart


def painted(item: NodeItem | EdgeItem) -> bool:
    """Whether ``item`` is on screen as an item: painting itself, or painted by its layer."""
    if not item.isVisible():
        return False
    if not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents:
        return True
    layer = item.layer
    return layer is not None and layer.isVisible() and layer.painting and item not in layer.excluded


def zoom(chart: ChartView, scale: float, on: str) -> None:
    chart.view.resetTransform()
    chart.view.scale(scale, scale)
    chart.view.update_detail()
    chart.view.centerOn(chart.items[on])


@pytest.mark.parametrize("scale", [1.0, 0.2], ids=["names shown", "zoomed out, symbols only"])
def test_a_drag_moves_the_node_over_a_still_picture_of_the_rest(chart: ChartView, linked_case, scale: float,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(chart.view), "FREEZE_FROM", 1)  # the small test chart counts as big
    monkeypatch.setattr(analysis_chart_items, "OVERVIEW_FROM", 1)
    ana = linked_case["ana"]
    view = chart.view
    zoom(chart, scale, ana)
    assert view.overview == (scale < 0.4)
    others = [i for i in chart.scene.items() if isinstance(i, NodeItem) and i.node.id != ana]
    own_links = set(chart.items[ana].edges)
    before = chart.items[ana].pos()
    vp = view.viewport()
    start = at(chart, ana)
    QTest.mousePress(vp, LEFT, NONE, start)
    assert view._frozen is not None  # the rest is one picture now
    assert not any(painted(o) for o in others)  # in the picture, not painted item by item
    assert painted(chart.items[ana]) and all(painted(e) for e in own_links)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + QPoint(60, 40) * i / 5, 10)
    vp.repaint()  # a frame draws the picture and the moving node
    QTest.mouseRelease(vp, LEFT, NONE, start + QPoint(60, 40), 10)
    assert view._frozen is None
    assert all(painted(o) for o in others)
    assert all(painted(e) for e in chart.scene.items() if isinstance(e, EdgeItem))
    assert painted(chart.items[ana]) and all(painted(e) for e in own_links)
    assert chart.scene.itemIndexMethod() == chart.scene.ItemIndexMethod.BspTreeIndex
    assert (chart.items[ana].pos() - before).manhattanLength() > 20
    assert chart.positions[ana] == pytest.approx((chart.items[ana].pos().x(), chart.items[ana].pos().y()), abs=0.2)


def test_a_zoom_during_a_drag_shows_the_items_again(chart: ChartView, linked_case,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(chart.view), "FREEZE_FROM", 1)
    ana = linked_case["ana"]
    vp = chart.view.viewport()
    QTest.mousePress(vp, LEFT, NONE, at(chart, ana))
    assert chart.view._frozen is not None
    chart.view.thaw()  # what a wheel zoom or a scroll does first
    assert all(i.isVisible() for i in chart.scene.items() if isinstance(i, NodeItem))
    QTest.mouseRelease(vp, LEFT, NONE, at(chart, ana), 10)


def test_a_small_chart_is_never_frozen(chart: ChartView, linked_case) -> None:
    ana = linked_case["ana"]
    vp = chart.view.viewport()
    QTest.mousePress(vp, LEFT, NONE, at(chart, ana))
    assert chart.view._frozen is None
    QTest.mouseRelease(vp, LEFT, NONE, at(chart, ana), 10)
