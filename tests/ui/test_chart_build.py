"""A big chart is drawn over several event-loop turns: the window answers meanwhile, the
status line counts, and the chart ends complete and works like one drawn at once.

The batch budget is scaled down so that a few hundred entities (fast to test) take many
turns, as 2,000 entities / 5,000 links do at the real budget.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject, QPoint, QPointF, QTimer, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtTest import QTest
from tests.ui.conftest import TIMEOUT
from tests.ui.test_chart_selection import CTRL, LEFT, NONE, at, click

from casebench.domain.drawing import Shape
from casebench.domain.handling import TLP
from casebench.services.chart_content import prepare
from casebench.services.graph import GraphLink, GraphNode, LinkGraph
from casebench.ui.analysis_chart_items import EdgeItem, EdgeLayer, NodeItem
from casebench.ui.chart_build import Batches
from casebench.ui.chart_view import ChartTab, ChartView, _View

NODES, LINKS = 300, 600


class _NoCase(QObject):
    """The chart page without an open case: the graph is handed to it."""

    changed = Signal(str)
    is_open = False
    keys = None

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def run_plain(self, fn: Any, *args: Any, on_done: Any = None, **kwargs: Any) -> int:
        """As the session's worker does: the answer comes in a later turn of the event loop."""
        kwargs.pop("on_error", None)
        owner = kwargs.pop("owner", None)
        self.asked.append(fn.__name__)
        result = fn(*args, **kwargs)
        # as the session does, an answer for an owner deleted meanwhile is dropped (else it
        # came in the next test's event loop, to a chart whose timers were gone)
        QTimer.singleShot(0, owner if isinstance(owner, QObject) else self,
                          lambda: on_done(result) if on_done is not None else None)
        return len(self.asked)

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _graph() -> LinkGraph:
    g = LinkGraph()
    ids = [f"p{i:04d}" for i in range(NODES)]
    for i, nid in enumerate(ids):
        g.nodes[nid] = GraphNode(nid, f"Person {i}", "Person", Shape.CIRCLE, TLP.AMBER)
    pairs = [(ids[i], ids[(i * 7 + k) % NODES]) for i in range(NODES) for k in (1, 2)]
    for j, (a, b) in enumerate(pairs[:LINKS]):
        g.links.append(GraphLink(f"l{j}", a, b, "Call", "called", True))
    return g


@pytest.fixture
def chart(qtbot, monkeypatch: pytest.MonkeyPatch) -> ChartView:
    monkeypatch.setattr(Batches, "budget_ms", 2.0)  # many turns for a test-sized chart
    monkeypatch.setattr(ChartTab, "SYNC_ITEMS", 50)
    view = ChartView(_NoCase())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    g = _graph()
    view.loaded, view.graph = prepare(g), g
    view.tab.content.set(sorted(g.nodes))
    # a grid, so that a click at a node's centre reaches that node only
    view.tab.positions = {nid: (i % 20 * 110.0, i // 20 * 110.0) for i, nid in enumerate(sorted(g.nodes))}
    return view


def _drawn(view: ChartView) -> tuple[int, int]:
    items = view.scene.items()
    return sum(isinstance(i, NodeItem) for i in items), sum(isinstance(i, EdgeItem) for i in items)


def test_a_big_chart_is_drawn_across_turns_and_ends_complete(qtbot, chart: ChartView) -> None:
    tab = chart.tab
    turns: list[tuple[int, int]] = []  # what was on the scene at each turn of the event loop
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turns.append(_drawn(chart)))
    ticker.start()
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        tab.rebuild(fit=True)
        assert tab.building and _drawn(chart) != (NODES, LINKS)  # back to the event loop, half made
        assert "Drawing the chart" in chart.status.text() or tab.builder.turns == 1
        assert not chart.view.viewport().updatesEnabled()  # not painted half-made
    ticker.stop()
    assert tab.builder.turns > 3 and len({t for t in turns if t != (NODES, LINKS)}) > 3
    assert not tab.building and chart.view.viewport().updatesEnabled()
    assert _drawn(chart) == (NODES, LINKS)
    assert set(chart.items) == set(chart.graph.nodes)  # type: ignore[union-attr]
    assert {(e.source.node.id, e.target.node.id) for e in tab.edge_items} == \
        {(link.source, link.target) for link in chart.graph.links}  # type: ignore[union-attr]
    assert chart.status.text() == f"{NODES} entities, {LINKS} links"
    assert chart.view.transform().m11() < 1  # fitted once complete
    # the chart works as one drawn at once: click selects, Ctrl+click adds
    first, second = sorted(chart.items)[:2]
    click(chart, first)
    assert chart.selected_ids() == [first]
    click(chart, second, CTRL)
    assert chart._sel_order == [first, second]
    assert "Person 0" in chart.items["p0000"].toolTip()  # made when asked for
    assert "called" in tab.edge_items[0].toolTip()


def test_a_new_drawing_cancels_the_one_under_way(qtbot, chart: ChartView) -> None:
    tab = chart.tab
    tab.rebuild()
    assert tab.building
    keep = sorted(chart.graph.nodes)[:120]  # type: ignore[union-attr]
    tab.content.set(keep)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT) as done:
        tab.rebuild()
    assert done.signal_triggered
    qtbot.wait(50)  # nothing of the first drawing comes back later
    assert set(chart.items) == set(keep)
    nodes, links = _drawn(chart)
    assert nodes == len(keep) and links == len(tab.edge_items) == len(chart.model().valid_edges())


def test_what_is_selected_while_drawing_is_selected_when_done(qtbot, chart: ChartView) -> None:
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild()
    chosen = sorted(chart.items)[5:8]
    chart.tab.select_entities([chosen[0]])
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild()  # a layout or a path highlight: drawn again
        chart.select_entities(chosen)  # asked for meanwhile (timeline, entity list)
    assert sorted(chart.selected_ids()) == chosen


def test_after_a_drag_a_big_chart_is_shown_again_in_batches(qtbot, chart: ChartView,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_View, "THAW_AT_ONCE", 50)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild()
    node = sorted(chart.items)[0]
    vp = chart.view.viewport()
    start = at(chart, node)
    QTest.mousePress(vp, LEFT, NONE, start)
    assert chart.view._frozen is not None
    QTest.mouseMove(vp, start + QPoint(30, 20), 10)
    QTest.mouseRelease(vp, LEFT, NONE, start + QPoint(30, 20), 10)
    assert chart.view._frozen is not None  # the picture stays while the items come back
    qtbot.waitUntil(lambda: chart.view._frozen is None, timeout=TIMEOUT)
    assert all(i.isVisible() for i in chart.scene.items() if isinstance(i, NodeItem | EdgeItem))
    assert chart.scene.itemIndexMethod() == chart.scene.ItemIndexMethod.BspTreeIndex
    assert vp.updatesEnabled()
    click(chart, sorted(chart.items)[1])  # and it works as before
    assert chart.selected_ids() == [sorted(chart.items)[1]]


def test_a_big_chart_s_drawing_model_is_asked_of_the_worker(qtbot, chart: ChartView,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ChartTab, "SYNC_MODEL", 50)
    tab = chart.tab
    tab.rebuild()
    tab.content.set(sorted(chart.graph.nodes)[:200])  # type: ignore[union-attr]
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        tab.rebuild()  # the first answer, when it comes, is not drawn
        assert tab.building and not chart.items
    assert chart.session.asked.count("chart_model") == 2
    qtbot.wait(50)
    assert len(chart.items) == 200 and _drawn(chart)[0] == 200


def _ink(view: ChartView) -> int:
    """Dark pixels on the chart as painted now."""
    image = view.view.viewport().grab().toImage()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 140)


def test_the_links_layer_paints_what_the_links_themselves_would(qtbot, chart: ChartView) -> None:
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild(fit=True)
    layer = chart.view.layer
    assert layer is not None and len(layer.edges) == LINKS
    links = set(chart.tab.edge_items)
    drawn = _ink(chart)
    layer.exclude(links)  # each link paints itself, the layer nothing
    alone = _ink(chart)
    layer.exclude(set())
    assert _ink(chart) == drawn
    assert alone > 0 and abs(drawn - alone) <= 0.05 * alone
    for e in links:
        e.hide()
    layer.hide()
    assert _ink(chart) < 0.8 * drawn  # the links were there to see


def test_a_link_painted_by_the_layer_still_answers_the_mouse(qtbot, chart: ChartView) -> None:
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild()
    link = chart.tab.edge_items[0]
    middle = link.path().pointAtPercent(0.5)
    chart.view.centerOn(middle)
    at_link = chart.view.mapFromScene(middle)
    assert link in chart.view.items(at_link)  # its menu (single links) and tooltip
    assert link in chart.scene.items(middle)


def test_a_layer_prepared_in_steps_draws_a_link_moved_meanwhile(qtbot, chart: ChartView,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EdgeLayer, "PREPARE_STEP", 100)  # 600 links: 6 steps for the bounds, 6 for the paths
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild()
    layer = chart.view.layer
    assert layer is not None
    node = chart.items[sorted(chart.items)[0]]
    layer.changed(node.edges[0])  # paths to be made again, in steps
    steps = layer.preparing()
    for _ in range(8):  # the bounds, then part of the paths
        next(steps)
    node.setPos(9000, 9000)  # a member moves meanwhile
    for _ in steps:
        pass
    assert layer.boundingRect().contains(QPointF(8900, 8900))
    layer.prepare()  # what the next paint does
    assert layer._looks is not None
    got = {key: QPainterPath(path) for key, (_, _, path) in layer._looks.items()}
    layer.changed(node.edges[0])
    layer.prepare()  # made again at once, from where everything is now
    assert got == {key: path for key, (_, _, path) in layer._looks.items()}


def test_a_step_can_leave_what_follows_to_the_next_turn(qtbot) -> None:
    batches = Batches()
    seen: list[int] = []

    def steps() -> Iterator[None]:
        seen.append(1)
        yield
        batches.end_turn()  # e.g. the chart's first paint gets a turn of its own
        yield
        seen.append(2)
        yield

    batches.start(steps(), lambda: None)
    assert seen == [1]  # well within the time budget, and yet the rest waits
    qtbot.waitUntil(lambda: not batches.running, timeout=TIMEOUT)
    assert seen == [1, 2] and batches.turns == 2


def _painted(chart: ChartView, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, int]:
    """The chart as painted now, and how many times the links' paths were drawn for it."""
    drawn: list[int] = []
    draw = EdgeLayer._draw

    def counting(layer: EdgeLayer, painter: Any) -> None:
        drawn.append(1)
        draw(layer, painter)

    monkeypatch.setattr(EdgeLayer, "_draw", counting)
    image = chart.view.viewport().grab().toImage()
    monkeypatch.setattr(EdgeLayer, "_draw", draw)
    return image, len(drawn)


def _as_paths(chart: ChartView, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The chart painted with the links' paths drawn in the paint, no picture."""
    layer = chart.view.layer
    assert layer is not None
    monkeypatch.setattr(EdgeLayer, "PICTURE_FROM", 10 ** 9)
    layer.changed(layer.edges[0])  # the picture goes
    image, drawn = _painted(chart, monkeypatch)
    assert drawn == 1
    return image


def _differ(a: Any, b: Any) -> int:
    assert a.size() == b.size()
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness()) > 24)


def test_a_big_chart_s_links_are_drawn_ahead_and_its_first_paint_copies_them(
        qtbot, chart: ChartView, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EdgeLayer, "PICTURE_FROM", 100)  # 600 links: a big chart's links here
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild(fit=True)
    shown, drawn = _painted(chart, monkeypatch)
    assert drawn == 0  # drawn ahead in the build's steps: the paint copies the picture
    # the same chart as the paths drawn in the paint
    assert _differ(shown, _as_paths(chart, monkeypatch)) <= 0.002 * shown.width() * shown.height()


def test_after_a_drag_the_links_are_drawn_ahead_where_the_node_now_stands(
        qtbot, chart: ChartView, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EdgeLayer, "PICTURE_FROM", 100)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild(fit=True)
    node = sorted(chart.items)[0]
    vp = chart.view.viewport()
    start = at(chart, node)
    QTest.mousePress(vp, LEFT, NONE, start)
    QTest.mouseMove(vp, start + QPoint(60, 45), 10)
    QTest.mouseRelease(vp, LEFT, NONE, start + QPoint(60, 45), 10)
    assert chart.view._frozen is not None
    _, drawn = _painted(chart, monkeypatch)  # a paint while the items come back
    assert drawn == 0  # the still picture and the moving node: the links wait to be drawn ahead
    qtbot.waitUntil(lambda: chart.view._frozen is None, timeout=TIMEOUT)
    layer = chart.view.layer
    assert layer is not None
    moved = chart.items[node]
    assert all(layer.boundingRect().contains(e.path().boundingRect()) for e in moved.edges)
    shown, drawn = _painted(chart, monkeypatch)
    assert drawn == 0
    assert _differ(shown, _as_paths(chart, monkeypatch)) <= 0.002 * shown.width() * shown.height()


def test_a_zoom_paints_the_links_anew_not_the_old_picture(qtbot, chart: ChartView,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EdgeLayer, "PICTURE_FROM", 100)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild(fit=True)
    chart.view.scale(1.6, 1.6)
    chart.view.update_detail()
    shown, drawn = _painted(chart, monkeypatch)
    assert drawn == 1
    assert _differ(shown, _as_paths(chart, monkeypatch)) <= 0.002 * shown.width() * shown.height()


def test_labels_of_more_links_than_can_be_read_are_not_made_at_full_zoom(
        qtbot, chart: ChartView, monkeypatch: pytest.MonkeyPatch) -> None:
    from casebench.ui import chart_links, chart_view

    monkeypatch.setattr(chart_view, "MAX_DECLUTTER", 100)
    monkeypatch.setattr(chart_links, "MAX_DECLUTTER", 100)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild()  # at 100 %: labels would be readable
    assert chart.view.transform().m11() == 1
    assert all(e._caption is None for e in chart.tab.edge_items)
    monkeypatch.setattr(chart_view, "MAX_DECLUTTER", 10 ** 6)
    monkeypatch.setattr(chart_links, "MAX_DECLUTTER", 10 ** 6)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild()
    assert any(e.caption_shown() for e in chart.tab.edge_items)  # under the limit they are


def test_a_big_chart_s_names_are_gathered_and_written_across_turns(qtbot, chart: ChartView,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from casebench.ui import chart_links

    monkeypatch.setattr(chart_links, "SYNC_NAMES", 100)  # 300 nodes: placed on the worker
    monkeypatch.setattr(chart_links, "NAMES_STEP", 40)
    monkeypatch.setattr(Batches, "budget_ms", 0.0)  # a step per turn
    place = chart_links.place_node_labels
    gathered: list[int] = []  # turns the gathering took, when the worker is asked

    def placing(*args: Any, **kwargs: Any) -> Any:
        gathered.append(chart.tab.naming.turns)
        return place(*args, **kwargs)

    monkeypatch.setattr(chart_links, "place_node_labels", placing)
    written: list[str] = []
    set_name = NodeItem.set_name
    monkeypatch.setattr(NodeItem, "set_name", lambda item, text, box: (written.append(text), set_name(item, text, box)))
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.tab.rebuild(fit=True)
    assert not gathered  # not in the turn of the chart's first paint
    qtbot.waitUntil(lambda: len(written) == NODES, timeout=TIMEOUT)
    assert gathered[0] > 1 and chart.tab.naming.turns > 1  # both in batches
    assert sum(bool(n) for n in written) > 0.8 * NODES


def plain(text: str) -> str:
    """``text`` without the digit grouping of the locale the tests run in."""
    return text.replace(",", "").replace("\u202f", "").replace("\xa0", "")


@pytest.mark.slow  # lays out 2,000 nodes (about 8 s)
def test_a_case_past_the_cap_opens_empty_and_asking_for_all_explains_and_offers_filters(qtbot) -> None:
    """5,000 entities and the default cap of 2,000: the first chart is empty and says how to
    add entities; asking for the whole case draws nothing, explains and offers to narrow."""
    from PySide6.QtWidgets import QComboBox, QPushButton

    g = LinkGraph()
    kinds = (("Person", Shape.CIRCLE), ("Company", Shape.RECTANGLE), ("Phone", Shape.TRIANGLE))
    ids = [f"n{i:05d}" for i in range(5000)]
    for i, nid in enumerate(ids):
        kind, shape = kinds[i % 3]
        g.nodes[nid] = GraphNode(nid, f"{kind} {i}", kind, shape, TLP.AMBER)
    for j in range(1, 5000):
        g.links.append(GraphLink(f"l{j}", ids[j], ids[(j * 7) % j], "Call", "called", True))
    view = ChartView(_NoCase())
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    assert view.cap == 2000
    view._got_graph(g)  # what reading the case's links hands the page
    assert view.items == {} and view.tab.hint.isVisible()
    assert "5000 entities" in plain(view.tab.hint.text()) and "Show on chart" in view.tab.hint.text()
    view.show_whole_case()
    bar = view.over_cap
    qtbot.waitUntil(bar.isVisible, timeout=TIMEOUT)
    assert view.items == {} and not view.tab.building  # nothing drawn, nothing under way
    assert "add 5000 entities" in plain(bar.text.text()) and "at most 2000" in plain(bar.text.text())
    choices = bar.findChild(QComboBox, "overCapKinds")
    assert sorted(plain(choices.itemText(i)) for i in range(choices.count())) == [
        "Companies (1667)", "People (1667)", "Phone numbers (1666)"]
    first = bar.findChild(QPushButton, "overCapFirst")
    assert plain(first.text()) == "Add the first 2000"
    with qtbot.waitSignal(view.chartChanged, timeout=60_000):
        qtbot.mouseClick(first, LEFT)
    assert len(view.items) == 2000 and not bar.isVisible()


def test_a_change_to_the_case_redraws_a_big_chart_in_place_across_turns(qtbot, chart: ChartView) -> None:
    """The case changed under a drawn chart (decision 61): what did not change keeps its items
    where they stand, the rest is made in the same time-boxed batches as a build, and the
    selection and the view are the user's still."""
    from casebench.services.chart_follow import TabState, follow

    tab = chart.tab
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        tab.rebuild(fit=True)
    tab.select_entities(["p0001", "p0002"])
    items, links = dict(tab.items), list(tab.edge_items)
    transform = chart.view.transform()
    old = chart.graph
    assert old is not None
    g = LinkGraph(dict(old.nodes), list(old.links))
    g.nodes["p0001"] = GraphNode("p0001", "Person 1 (renamed)", "Person", Shape.CIRCLE, TLP.AMBER)
    del g.nodes["p0299"]
    g.links = [ln for ln in g.links if "p0299" not in (ln.source, ln.target)]
    g.nodes["new"] = GraphNode("new", "Newcomer", "Person", Shape.CIRCLE, TLP.AMBER)
    g.links.append(GraphLink("paid", "new", "p0000", "Payment", "paid", True))
    got = follow(g, TabState(tuple(tab.content.node_ids), dict(tab.positions), True, tab.content.cap), {})
    chart.loaded, chart.graph = prepare(g), g
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        tab.follow(got)
        assert tab.building  # back to the event loop: batched as a build
    assert tab.builder.turns > 1
    assert set(tab.items) == set(g.nodes) and len(tab.edge_items) == len(g.links)
    assert tab.items["p0001"] is not items["p0001"] and tab.items["p0001"].node.label == "Person 1 (renamed)"
    kept = [n for n in items if n not in ("p0001", "p0299")]
    assert all(tab.items[n] is items[n] for n in kept)  # drawn in place
    untouched = [e for e in links if "p0001" not in (e.edge.source, e.edge.target)
                 and "p0299" not in (e.edge.source, e.edge.target)]
    assert set(untouched) <= set(tab.edge_items)
    assert all(items[n].scene() is None for n in ("p0001", "p0299"))  # the old ones went
    nx, ny = tab.items["new"].pos().x(), tab.items["new"].pos().y()
    px, py = tab.positions["p0000"]
    assert abs(nx - px) <= 250 and abs(ny - py) <= 250
    assert chart.view.transform() == transform
    assert set(chart.selected_ids()) == {"p0001", "p0002"}
    assert chart.status.text() == f"{NODES} entities, {LINKS - sum('p0299' in (ln.source, ln.target) for ln in old.links) + 1} links"
