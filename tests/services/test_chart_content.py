"""What is on a chart: adding under a cap, expanding with a limit and a count of what stayed
off, removing, hiding kinds, finding by name, relationships standing for their ends."""

from __future__ import annotations

from casebench.domain.drawing import Shape
from casebench.domain.handling import TLP
from casebench.services.chart_content import ChartContent, link_ends, load_graph
from casebench.services.entities import EntityDraft, add_entity
from casebench.services.graph import GraphLink, GraphNode, LinkGraph
from casebench.store.case import Case


def star(n: int) -> LinkGraph:
    """A hub "h" called by n people p0..p(n-1); p0 also owns company c."""
    g = LinkGraph()
    g.nodes["h"] = GraphNode("h", "Hub", "Person", Shape.CIRCLE, TLP.AMBER)
    for i in range(n):
        g.nodes[f"p{i}"] = GraphNode(f"p{i}", f"Person {i:03d}", "Person", Shape.CIRCLE, TLP.AMBER)
        g.links.append(GraphLink(f"call{i}", f"p{i}", "h", "Call", "called", True, entity_id=f"call{i}"))
    g.nodes["c"] = GraphNode("c", "Nha Terra Lda", "Company", Shape.RECTANGLE, TLP.GREEN)
    g.links.append(GraphLink("own", "p0", "c", "Ownership", "owns", True, entity_id="own"))
    g.links.append(GraphLink("own2", "h", "c", "Ownership", "owns", True, entity_id="own2"))
    return g


def test_add_within_the_cap_and_refuse_past_it() -> None:
    g = star(10)
    chart = ChartContent(cap=5)
    got = chart.add(g, ["h", "p1", "nope"])
    assert got.added == ["h", "p1"] and got.unknown == ["nope"] and not got.over_cap
    again = chart.add(g, ["p1", "p2"])
    assert again.added == ["p2"] and again.already == ["p1"]
    too_many = chart.add(g, ["p3", "p4", "p5"])  # room for two
    assert too_many.refused and too_many.over_cap == ["p3", "p4", "p5"]
    assert chart.node_ids == ["h", "p1", "p2"]  # nothing added: the window explains instead
    part = chart.add(g, ["p3", "p4", "p5"], partial=True)
    assert part.added == ["p3", "p4"] and part.over_cap == ["p5"] and len(chart) == 5


def test_a_relationship_stands_for_the_entities_it_joins() -> None:
    g = star(3)
    chart = ChartContent()
    got = chart.add(g, ["call2"], ends=link_ends(g))
    assert got.added == ["p2", "h"] and not got.unknown


def test_expand_with_a_limit_counts_what_stayed_hidden() -> None:
    g = star(30)
    chart = ChartContent(["h"])
    assert chart.link_kinds_around(g, ["h"]) == {"Call": 30, "Ownership": 1}
    got = chart.expand(g, ["h"], limit=10)
    assert len(got.added) == 10 and got.hidden == 21
    assert got.added[0] == "c" and got.hidden_by_kind == {"Call": 21}  # equal links: by name
    # expanding again brings the next ones, never the same twice
    more = chart.expand(g, ["h"], limit=10)
    assert not set(more.added) & set(got.added) and more.hidden == 11


def test_expand_by_link_kind_and_never_past_the_cap() -> None:
    g = star(30)
    chart = ChartContent(["h"])
    own = chart.expand(g, ["h"], kinds=["Ownership"])
    assert own.added == ["c"] and own.hidden == 0
    small = ChartContent(["h"], cap=4)
    got = small.expand(g, ["h"], limit=50)
    assert len(small) == 4 and len(got.added) == 3 and got.hidden == 28


def test_the_most_connected_neighbours_come_first() -> None:
    g = star(5)
    chart = ChartContent(["h", "p0"])
    got = chart.expand(g, ["h", "p0"], limit=1)
    assert got.added == ["c"]  # linked to both


def test_remove_and_hide_kinds() -> None:
    g = star(3)
    chart = ChartContent(["h", "p0", "p1", "c"])
    assert chart.remove(["p1", "zzz"]) == ["p1"] and chart.node_ids == ["h", "p0", "c"]
    assert len(chart.visible_graph(g).links) == 3  # call, two ownerships
    chart.set_kind_hidden("Company", True)
    shown = chart.visible_graph(g)
    assert set(shown.nodes) == {"h", "p0"} and [ln.kind for ln in shown.links] == ["Call"]
    assert "c" in chart  # hidden, not removed: showing the kind brings it back
    chart.set_kind_hidden("Company", False)
    chart.set_kind_hidden("Call", True)
    assert {ln.kind for ln in chart.visible_graph(g).links} == {"Ownership"}
    # a hidden link kind is not followed by Expand either
    assert chart.link_kinds_around(g, ["h"]) == {}


def test_find_ignores_case_and_accents() -> None:
    g = star(2)
    g.nodes["d"] = GraphNode("d", "Dário Sá", "Person", Shape.CIRCLE, TLP.AMBER)
    chart = ChartContent(["h", "p0", "p1", "d", "c"])
    assert chart.find(g, "dario") == ["d"]
    assert chart.find(g, "PERSON") == ["p0", "p1"]
    assert chart.find(g, "  ") == []


def test_by_node_kind_offers_the_biggest_groups_first() -> None:
    g = star(3)
    assert ChartContent.by_node_kind(g, ["c", "p0", "p1", "x"]) == {"Person": ["p0", "p1"], "Company": ["c"]}


def test_load_graph_from_a_case(case: Case) -> None:
    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
    bruno = add_entity(case, EntityDraft("Person", [("name", "Bruno Diallo")]))
    call = add_entity(case, EntityDraft("Call", [("caller", ana), ("receiver", bruno)]))
    loaded = load_graph(case)
    assert loaded.ends[call] == [ana, bruno]
    chart = ChartContent()
    assert chart.add(loaded.graph, [call], ends=loaded.ends).added == [ana, bruno]
