"""The demo's whole case on the screen chart reads: checked on the scene's items, not by eye.

At its opening the whole case is fitted into the view, zoomed out past reading names at
their own size: the busiest nodes' names are written large enough to read and none
covers another name or a symbol. At 100 % every name is written, under its symbol or
beside it, over no other name and no symbol.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from tests.ui.conftest import TIMEOUT

from casebench.demo import DEMO_PASSPHRASE, build_demo
from casebench.services.cases import open_case
from casebench.ui.analysis_chart_items import NodeItem, label_font
from casebench.ui.chart_links import READ_FROM
from casebench.ui.chart_view import ChartView
from casebench.ui.session import CaseSession


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "Mar-Azul.casebench").path


@contextmanager
def _opened(qtbot, demo_case: Path, size: tuple[int, int]) -> Iterator[ChartView]:
    session = CaseSession()
    session.open(lambda: open_case(demo_case, DEMO_PASSPHRASE, user="tester"))
    qtbot.waitUntil(lambda: session.is_open, timeout=TIMEOUT)
    view = ChartView(session)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.load()  # a case under the cap opens whole
    qtbot.waitUntil(lambda: not view.tab.laying_out and not view.tab.building and bool(view.items),
                    timeout=TIMEOUT)
    try:
        yield view
    finally:
        session.shutdown()


@pytest.fixture
def chart(qtbot, demo_case: Path) -> Iterator[ChartView]:
    with _opened(qtbot, demo_case, (1400, 900)) as view:  # the window at its usual size
        yield view


def _names(nodes: list[NodeItem]) -> list[tuple[NodeItem, QRectF]]:
    out = []
    for n in nodes:
        box = n.name_rect()
        if box is not None:
            out.append((n, box.translated(n.pos())))
    return out


def _check_apart(nodes: list[NodeItem]) -> list[tuple[NodeItem, QRectF]]:
    names = _names(nodes)
    for (a, ra), (b, rb) in itertools.combinations(names, 2):
        assert not ra.intersects(rb), (a.node.label, b.node.label)
    for a, ra in names:
        for other in nodes:
            assert not ra.intersects(other.symbol_rect().translated(other.pos())), (a.node.label, other.node.label)
    return names


def test_the_whole_demo_case_reads_at_its_opening_and_at_full_size(chart: ChartView) -> None:
    nodes = list(chart.items.values())
    graph = chart.graph
    assert graph is not None and len(nodes) == len(graph.nodes) >= 150  # the whole case
    for a, b in itertools.combinations(nodes, 2):  # no symbol on another
        assert not a.symbol_rect().translated(a.pos()).intersects(b.symbol_rect().translated(b.pos()))

    scale = chart.view.transform().m11()
    assert scale < READ_FROM  # fitted whole: zoomed out past reading names at their own size
    written = _check_apart(nodes)
    assert all(n.far_on for n in nodes)
    assert len(written) >= len(nodes) // 2  # half the chart says who is who at a glance
    for n, _ in written:
        assert n.far is not None
        assert n.far[2].pointSizeF() * scale >= label_font().pointSizeF() * READ_FROM - 1e-6
    people = [n for n in nodes if n.node.kind == "Person"]
    # (107-139 of 181 names and 23-35 of 38 people in 13 runs with fresh ids, the layout seeded
    # by them; before, all 181 in a 3-pixel font. Two thirds of the people failed one run in six.)
    assert sum(1 for n, _ in written if n.node.kind == "Person") >= len(people) // 2

    chart.view.resetTransform()  # 100 %: every name, in full or shortened, as placed
    chart.view.update_detail()
    assert not any(n.far_on for n in nodes)
    names = _check_apart(nodes)
    assert len(names) == len(nodes)


# the chart page beside the navigator and the side panel: 1,400 wide is the page of a wide
# window; narrower pages had the names at the right edge stick out (a horizontal scroll bar)
@pytest.mark.parametrize("size", [(1400, 900), (1040, 700), (900, 600), (800, 900)])
def test_the_whole_demo_case_opens_without_scroll_bars(qtbot, demo_case: Path, size: tuple[int, int]) -> None:
    """Fitted whole at its opening, names written zoomed out included: nothing sticks out of the
    view, so no scroll bar appears (a name at the right edge grew the scene past the fit)."""
    with _opened(qtbot, demo_case, size) as chart:
        view = chart.view
        qtbot.wait(200)  # the scene's extent is brought up to date in a later turn
        written = [n for n in chart.items.values() if n.far_on and n.far is not None]
        # zoomed out, the busiest names are written large; at 800 px the demo's random layout
        # leaves room for 9 to 22 of them (9 seen in one fresh-clone run)
        assert len(written) >= (10 if size[0] >= 900 else 5)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        out = [(n.node.label, n.sceneBoundingRect()) for n in chart.items.values()
               if not shown.contains(n.sceneBoundingRect())]
        assert out == [], (shown, out[:3])
        assert view.horizontalScrollBar().maximum() <= 0 and view.verticalScrollBar().maximum() <= 0
        assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
