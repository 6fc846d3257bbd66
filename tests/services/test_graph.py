"""The link graph built from a case: shapes, links, styles, counts, identifier nodes."""

from __future__ import annotations

from casebench.domain.drawing import LineStyle, Shape
from casebench.domain.grading import Grade
from casebench.services.entities import EntityDraft, Source, add_entity, merge, set_tags
from casebench.services.graph import IDENTIFIER, REFERENCE, build_graph, to_chart
from casebench.store.case import Case

B1 = Source(grade=Grade.parse("admiralty", "B1"))  # confirmed
B2 = Source(grade=Grade.parse("admiralty", "B2"))  # probable
C4 = Source(grade=Grade.parse("admiralty", "C4"))  # unconfirmed


def person(case: Case, name: str, *values: tuple[str, str], tags: tuple[str, ...] = ()) -> str:
    return add_entity(case, EntityDraft("Person", [("name", name), *values], list(tags)))


def test_nodes_links_styles_and_counts(case: Case) -> None:
    ana = person(case, "Ana Gomes")
    bruno = person(case, "Bruno Diallo")
    co = add_entity(case, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    port = add_entity(case, EntityDraft("Address", [("full", "Porto de Bissau")]))
    boat = add_entity(case, EntityDraft("Vessel", [("name", "Nha Terra"), ("imoNumber", "9074729")]))
    own = add_entity(case, EntityDraft("Ownership", [("owner", ana), ("asset", co)]), B1)
    add_entity(case, EntityDraft("Family", [("person", ana), ("relative", bruno)]), C4)
    add_entity(case, EntityDraft("Directorship", [("director", bruno), ("organization", co)]))
    for day in (10, 11, 12, 13):
        add_entity(case, EntityDraft("Call", [("caller", ana), ("receiver", bruno),
                                              ("date", f"2024-03-{day}T10:00Z")]), B2)
    ev = add_entity(case, EntityDraft("Seizure", [("name", "Seizure at Bissau"), ("involved", boat),
                                                  ("location", port), ("date", "2024-03")]))
    g = build_graph(case)
    assert {n.kind: n.shape for n in g.nodes.values()} == {
        "Person": Shape.CIRCLE, "Company": Shape.RECTANGLE, "Address": Shape.DIAMOND,
        "Vessel": Shape.SQUARE, "Seizure": Shape.HEXAGON}
    assert own not in g.nodes  # relationships are links, not nodes
    by_kind = {ln.kind: ln for ln in g.links}
    assert by_kind["Ownership"].source == ana and by_kind["Ownership"].target == co
    assert by_kind["Ownership"].style is LineStyle.SOLID and by_kind["Ownership"].grade == "B1"
    assert by_kind["Ownership"].directed and not by_kind["Family"].directed
    assert by_kind["Family"].style is LineStyle.DOTTED
    assert by_kind["Directorship"].style is LineStyle.DASHED  # no grade: probable
    calls = [ln for ln in g.links if ln.kind == "Call"]
    assert len(calls) == 4 and calls[0].start == "2024-03-10T10:00:00.000000Z"
    refs = {(ln.source, ln.target, ln.label) for ln in g.links if ln.kind == REFERENCE}
    assert refs == {(ev, boat, "involved"), (ev, port, "location")}

    chart = to_chart(g, {n: (0.0, 0.0) for n in g.nodes})
    [call_edge] = [e for e in chart.edges if e.label == "called"]
    assert call_edge.count == 4 and call_edge.caption == "called [B2] ×4"
    assert call_edge.directed and call_edge.style is LineStyle.DASHED
    assert g.neighbours(ana) == {bruno, co}
    assert g.expand([boat], depth=2) == {boat, ev, port}


def test_shared_identifiers_become_nodes(case: Case) -> None:
    ana = person(case, "Ana Gomes", ("phone", "+34 600 111 222"), ("email", "ana@example.org"))
    bruno = person(case, "Bruno Diallo", ("phone", "+34600111222"))
    add_entity(case, EntityDraft("Call", [("callerNumber", "+221 77 123 45 67"),
                                          ("receiverNumber", "+34600111222"), ("date", "2024-03-02")]))
    g = build_graph(case)
    phone = "phone:+34600111222"
    assert g.nodes[phone].identifier and g.nodes[phone].shape is Shape.TRIANGLE
    assert {ln.source for ln in g.links if ln.target == phone and ln.kind == IDENTIFIER} == {ana, bruno}
    # the e-mail is used once: no node unless asked for all identifiers
    assert not any(n.kind == "Email" for n in g.nodes.values())
    assert any(n.kind == "Email" for n in build_graph(case, identifiers="all").nodes.values())
    # a call naming only numbers joins the two phones
    [call] = [ln for ln in g.links if ln.kind == "Call"]
    assert call.target == phone and g.nodes[call.source].label == "+221771234567"
    # without identifier nodes only the call's own numbers remain, and no entity links to them
    bare = build_graph(case, identifiers="none")
    assert {n.id for n in bare.nodes.values() if n.identifier} == {call.source, phone}
    assert not any(ln.kind == IDENTIFIER for ln in bare.links)


def test_merges_hidden_kinds_and_tags(case: Case) -> None:
    ana = person(case, "Ana Gomes", tags=("suspect",))
    ana2 = person(case, "Ana Gómez")
    bruno = person(case, "Bruno Diallo", tags=("witness",))
    add_entity(case, EntityDraft("Associate", [("person", ana2), ("associate", bruno)]))
    merge(case, ana2, ana, "same person")
    g = build_graph(case)
    assert ana2 not in g.nodes
    [link] = g.links
    assert {link.source, link.target} == {ana, bruno}
    assert g.kinds() == ["Associate", "Person"] and g.tags() == ["suspect", "witness"]
    assert set(g.filtered(hidden_tags=["witness"]).nodes) == {ana}
    assert g.filtered(hidden_kinds=["Associate"]).links == []
    set_tags(case, bruno, remove=["witness"])
    assert bruno in build_graph(case).filtered(hidden_tags=["witness"]).nodes


def test_people_are_grouped_with_the_organisation_they_have_most_links_with() -> None:
    from casebench.domain.handling import TLP
    from casebench.services.graph import GraphLink, GraphNode, LinkGraph

    def node(i: str, kind: str) -> GraphNode:
        return GraphNode(i, i, kind, Shape.CIRCLE if kind == "Person" else Shape.RECTANGLE, TLP.AMBER)

    nodes = {n.id: n for n in (node("ana", "Person"), node("bruno", "Person"), node("carla", "Person"),
                               node("Kombo", "Company"), node("Atlantic", "Company"))}
    links = [GraphLink("1", "ana", "Kombo", "Directorship", "directs", True),
             GraphLink("2", "ana", "Atlantic", "Employment", "works for", True),
             GraphLink("3", "ana", "Kombo", "Ownership", "owns", True),
             GraphLink("4", "bruno", "Atlantic", "Employment", "works for", True)]
    groups = LinkGraph(nodes, links).organisation_groups()
    assert groups == {"ana": "Kombo", "bruno": "Atlantic", "Kombo": "Kombo", "Atlantic": "Atlantic"}


def test_entities_are_grouped_by_country_and_links_follow_their_ends(case: Case) -> None:
    from casebench.services.graph import build_graph

    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Gomes"), ("nationality", "cv")]))
    bruno = add_entity(case, EntityDraft("Person", [("name", "Bruno Diallo"), ("country", "gm")]))
    co = add_entity(case, EntityDraft("Company", [("name", "Kombo Ltd"), ("jurisdiction", "gm")]))
    add_entity(case, EntityDraft("Ownership", [("owner", bruno), ("asset", co)]))
    lone = add_entity(case, EntityDraft("Person", [("name", "No Country")]))
    add_entity(case, EntityDraft("Associate", [("person", lone), ("associate", bruno)]))
    graph = build_graph(case)
    groups = graph.layout_groups("country")
    assert groups is not None
    assert (groups[ana], groups[bruno], groups[co]) == ("cv", "gm", "gm")
    assert groups[lone] == "gm"  # no country of its own: the country of what it is linked to
    assert graph.layout_groups("force") is None
