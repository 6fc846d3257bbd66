"""Which calls the pack's network chart draws: the pairs who called most, never the
relationships' lines; what is left off is counted for the page to say."""

from __future__ import annotations

from casebench.domain.drawing import Shape
from casebench.domain.handling import TLP
from casebench.services.briefing_chart import network_chart
from casebench.services.graph import GraphLink, GraphNode, LinkGraph


def _graph(calls: dict[tuple[str, str], int], owns: tuple[str, str] | None = None) -> LinkGraph:
    names = sorted({n for pair in calls for n in pair} | set(owns or ()))
    g = LinkGraph({n: GraphNode(n, n.title(), "Person", Shape.CIRCLE, TLP.GREEN) for n in names})
    for (a, b), count in calls.items():
        for i in range(count):
            g.links.append(GraphLink(f"{a}-{b}-{i}", a if i % 2 else b, b if i % 2 else a, "Call",
                                     "called", directed=True))
    if owns:
        g.links.append(GraphLink("own", *owns, "Ownership", "owns", directed=True, confidence="confirmed"))
    return g


def test_few_pairs_are_all_drawn_and_nothing_is_said() -> None:
    g = _graph({("ana", "bea"): 1, ("bea", "cai"): 4})
    chart = network_chart(g, g.nodes, title="t", max_thinned=3)
    assert chart is not None
    assert sorted(e.count for e in chart.edges) == [1, 4]
    assert chart.left_off == ()


def test_only_the_pairs_who_called_most_are_drawn() -> None:
    calls = {("ana", "bea"): 9, ("ana", "cai"): 7, ("bea", "cai"): 7, ("cai", "dan"): 2,
             ("dan", "eva"): 1, ("ana", "eva"): 1}
    g = _graph(calls, owns=("dan", "eva"))
    chart = network_chart(g, g.nodes, title="t", max_thinned=3)
    assert chart is not None
    drawn = sorted(e.count for e in chart.edges if e.kind == "Call")
    assert drawn == [7, 7, 9]
    assert [e.kind for e in chart.edges if e.kind != "Call"] == ["Ownership"]  # never thinned
    (left,) = chart.left_off
    assert (left.kind, left.below, left.pairs, left.links) == ("Call", 7, 3, 4)
    # a tie at the limit is drawn or left off whole: never some 7s and not others
    chart = network_chart(g, g.nodes, title="t", max_thinned=2)
    assert chart is not None
    assert sorted(e.count for e in chart.edges if e.kind == "Call") == [9]
    assert chart.left_off[0].below == 9
    # all tied beyond the limit: none is drawn, and the page says so
    g = _graph({("ana", "bea"): 2, ("bea", "cai"): 2, ("cai", "ana"): 2})
    chart = network_chart(g, g.nodes, title="t", max_thinned=2)
    assert chart is not None and chart.edges == ()
    assert chart.left_off[0].below == 3 and chart.left_off[0].pairs == 3
