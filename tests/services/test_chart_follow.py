"""What a drawn chart does when the case changes under it (decision 61): what is gone leaves,
what was merged away becomes the entity it was merged into, in its place; a whole-case
chart takes new entities, up to its cap, near the entities they are linked to; a chart
composed by hand takes none."""

from __future__ import annotations

import math

from casebench.domain.drawing import Shape
from casebench.domain.handling import TLP
from casebench.services.chart_follow import TabState, follow, place_near, reread
from casebench.services.entities import EntityDraft, add_entity, merge
from casebench.services.graph import GraphLink, GraphNode, LinkGraph
from casebench.services.layout import SPACING
from casebench.store.case import Case


def graph(*names: str, links: tuple[tuple[str, str], ...] = ()) -> LinkGraph:
    g = LinkGraph()
    for n in names:
        g.nodes[n] = GraphNode(n, n.title(), "Person", Shape.CIRCLE, TLP.AMBER)
    for i, (a, b) in enumerate(links):
        g.links.append(GraphLink(f"l{i}", a, b, "Payment", "paid", True, entity_id=f"l{i}"))
    return g


PLACED = {"ana": (0.0, 0.0), "bruno": (240.0, 0.0), "carla": (0.0, 240.0)}


def test_a_whole_case_chart_takes_new_entities_near_their_neighbours() -> None:
    g = graph("ana", "bruno", "carla", "eva", "zoe", links=(("eva", "bruno"), ("zoe", "eva")))
    got = follow(g, TabState(("ana", "bruno", "carla"), PLACED, True, 2000), {})
    assert got.added == ["eva", "zoe"] and not got.removed and not got.left_off
    ex, ey = got.positions["eva"]
    assert math.hypot(ex - 240, ey) <= SPACING * 1.01  # next to Bruno
    zx, zy = got.positions["zoe"]
    assert math.hypot(zx - ex, zy - ey) <= SPACING * 1.01  # next to Eva, placed first
    assert set(got.positions) == {"eva", "zoe"}  # nobody else moves
    # the same change gives the same picture
    assert follow(g, TabState(("ana", "bruno", "carla"), PLACED, True, 2000), {}) == got


def test_new_entities_never_stand_on_each_other_or_on_the_chart() -> None:
    g = graph("ana", *[f"p{i}" for i in range(30)], links=tuple(("ana", f"p{i}") for i in range(30)))
    got = place_near(g, [f"p{i}" for i in range(30)], {"ana": (0.0, 0.0)})
    spots = [(0.0, 0.0), *got.values()]
    assert len(set(spots)) == len(spots)
    assert min(math.dist(a, b) for i, a in enumerate(spots) for b in spots[i + 1:]) >= SPACING * 0.5


def test_an_entity_linked_to_nothing_placed_goes_under_the_chart() -> None:
    g = graph("ana", "bruno", "carla", "lone")
    got = follow(g, TabState(("ana", "bruno", "carla"), PLACED, True, 2000), {})
    x, y = got.positions["lone"]
    assert y > max(p[1] for p in PLACED.values()) and x >= 0


def test_a_composed_chart_drops_what_is_gone_and_takes_the_merged_entity_in_its_place() -> None:
    g = graph("ana", "bruno", "eva", links=(("ana", "bruno"),))  # carla merged into eva, dario gone
    state = TabState(("ana", "carla", "dario"), {"ana": (0.0, 0.0), "carla": (50.0, 60.0),
                                                 "dario": (9.0, 9.0)}, False, 2000)
    got = follow(g, state, {"carla": "eva", "dario": "dario"})
    assert got.removed == ["carla", "dario"] and got.merged == {"carla": "eva"}
    assert got.added == ["eva"] and got.positions == {"eva": (50.0, 60.0)}  # nothing new on a composed chart


def test_merged_into_an_entity_already_on_the_chart_collapses_into_it() -> None:
    g = graph("ana", "bruno")
    got = follow(g, TabState(("ana", "bruno", "carla"), PLACED, False, 2000), {"carla": "ana"})
    assert got.removed == ["carla"] and got.merged == {"carla": "ana"} and not got.added
    assert not got.positions


def test_a_whole_case_chart_stops_at_its_cap_and_says_how_many_stayed_off() -> None:
    g = graph("ana", "bruno", "carla", "d", "e", "f")
    got = follow(g, TabState(("ana", "bruno", "carla"), PLACED, True, 4), {})
    assert got.added == ["d"] and got.left_off == 2


def test_reread_finds_what_a_merge_became(case: Case) -> None:
    a = add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
    b = add_entity(case, EntityDraft("Person", [("name", "Ana Gomes Ferreira")]))
    c = add_entity(case, EntityDraft("Person", [("name", "Bruno Diallo")]))
    add_entity(case, EntityDraft("Payment", [("payer", a), ("beneficiary", c)]))
    merge(case, a, b, "same person")
    loaded, (got,) = reread(case, [TabState((a, c), {a: (10.0, 20.0), c: (200.0, 20.0)}, False, 2000)])
    assert got.removed == [a] and got.merged == {a: b} and got.positions == {b: (10.0, 20.0)}
    assert b in loaded.graph.nodes and any({ln.source, ln.target} == {b, c} for ln in loaded.graph.links)
