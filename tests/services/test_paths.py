"""Path finding on hand-built graphs with known answers."""

from __future__ import annotations

import pytest

from casebench.domain.drawing import Shape
from casebench.domain.handling import TLP
from casebench.services.graph import GraphLink, GraphNode, LinkGraph
from casebench.services.paths import describe, find_paths


def graph(links: list[tuple[str, str, bool, str | None]]) -> LinkGraph:
    """links: (source, target, directed, date 'YYYY-MM-DD' or None); ids L0, L1, ..."""
    g = LinkGraph()
    for i, (a, b, directed, date) in enumerate(links):
        for n in (a, b):
            g.nodes.setdefault(n, GraphNode(n, n.upper(), "Person", Shape.CIRCLE, TLP.AMBER))
        start = f"{date}T00:00:00.000000Z" if date else None
        end = f"{date}T23:59:59.999999Z" if date else None
        g.links.append(GraphLink(f"L{i}", a, b, "Call" if directed else "Family",
                                 "called" if directed else "family", directed, start=start, end=end))
    return g


def nodes_of(found: list) -> list[tuple[str, ...]]:
    return [p.nodes for p in found]


def test_shortest_first_and_k_limits() -> None:
    g = graph([("a", "b", False, None), ("b", "c", False, None), ("c", "d", False, None),
               ("a", "d", False, None)])
    assert nodes_of(find_paths(g, "a", "d", k=1)) == [("a", "d")]
    assert nodes_of(find_paths(g, "a", "d", k=5)) == [("a", "d"), ("a", "b", "c", "d")]


def test_ties_are_ordered_by_label_whatever_the_insertion_order() -> None:
    links = [("a", "y", False, None), ("y", "z", False, None), ("a", "x", False, None),
             ("x", "z", False, None)]
    for order in (links, list(reversed(links))):
        g = graph(order)
        assert nodes_of(find_paths(g, "a", "z", k=2)) == [("a", "x", "z"), ("a", "y", "z")]
        # k=1 still picks the same one of the two equal paths
        assert nodes_of(find_paths(g, "a", "z", k=1)) == [("a", "x", "z")]


def test_direction() -> None:
    # a -> b -> c, and c -> a: following arrows, a reaches c only through b,
    # and c reaches b only through a.
    g = graph([("a", "b", True, None), ("b", "c", True, None), ("c", "a", True, None)])
    assert nodes_of(find_paths(g, "a", "c", directed=False)) == [("a", "c"), ("a", "b", "c")]
    assert nodes_of(find_paths(g, "a", "c", directed=True)) == [("a", "b", "c")]
    assert nodes_of(find_paths(g, "c", "b", directed=True)) == [("c", "a", "b")]
    # undirected links are walked both ways even when following arrows
    g2 = graph([("a", "b", False, None), ("c", "b", True, None)])
    assert find_paths(g2, "a", "c", directed=True) == []
    assert nodes_of(find_paths(g2, "c", "a", directed=True)) == [("c", "b", "a")]


def test_time_respecting() -> None:
    # a-b on the 10th, b-c on the 5th: too early. a-d on the 1st, d-c on the 20th: fine.
    g = graph([("a", "b", True, "2024-03-10"), ("b", "c", True, "2024-03-05"),
               ("a", "d", True, "2024-03-01"), ("d", "e", True, "2024-03-02"),
               ("e", "c", True, "2024-03-20")])
    assert nodes_of(find_paths(g, "a", "c", k=3)) == [("a", "b", "c"), ("a", "d", "e", "c")]
    timed = find_paths(g, "a", "c", k=3, time_respecting=True)
    assert nodes_of(timed) == [("a", "d", "e", "c")]
    assert timed[0].link_ids == ("L2", "L3", "L4")


def test_time_respecting_picks_a_usable_parallel_link_and_allows_same_day() -> None:
    # two calls a-b (5th and 12th); b-c on the 10th: only the call on the 5th works.
    g = graph([("a", "b", True, "2024-03-12"), ("a", "b", True, "2024-03-05"),
               ("b", "c", True, "2024-03-10"), ("c", "d", True, "2024-03-10")])
    found = find_paths(g, "a", "d", time_respecting=True)
    assert nodes_of(found) == [("a", "b", "c", "d")]
    assert found[0].steps[0].link.id == "L1"
    assert len(found[0].steps[0].links) == 2  # the other call is still listed


def test_undated_links_do_not_constrain_order() -> None:
    g = graph([("a", "b", True, "2024-03-10"), ("b", "c", False, None), ("c", "d", True, "2024-03-11")])
    assert nodes_of(find_paths(g, "a", "d", time_respecting=True)) == [("a", "b", "c", "d")]
    g2 = graph([("a", "b", True, "2024-03-10"), ("b", "c", False, None), ("c", "d", True, "2024-03-09")])
    assert find_paths(g2, "a", "d", time_respecting=True) == []


def test_partial_dates_are_ranges() -> None:
    g = graph([("a", "b", True, "2024-03-11"), ("c", "z", False, None)])
    g.links.append(GraphLink("M", "b", "c", "Payment", "paid", True,
                             start="2024-03-01T00:00:00.000000Z", end="2024-03-31T23:59:59.999999Z"))
    # a payment in "March 2024" may follow a call on 11 March
    assert nodes_of(find_paths(g, "a", "c", time_respecting=True)) == [("a", "b", "c")]


def test_no_path_unknown_node_and_describe() -> None:
    g = graph([("a", "b", True, "2024-03-11"), ("c", "d", False, None)])
    assert find_paths(g, "a", "d") == []
    with pytest.raises(ValueError):
        find_paths(g, "a", "zz")
    [p] = find_paths(g, "b", "a")
    assert describe(g, p) == ["1. B ←called— A 2024-03-11 00:00 UTC"]


def test_neutral_folder_names_are_safe_on_every_file_system() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from casebench.services.cases import neutral_folder_name

    assert neutral_folder_name("UCNM/2024/011") == "UCNM-2024-011"
    assert neutral_folder_name(" PT-PJ 2024:88 ") == "PT-PJ-2024-88"
    assert neutral_folder_name("0" * 59 + ":0") == "0" * 59  # the cut leaves no dash behind

    @given(st.text())
    def check(reference: str) -> None:
        name = neutral_folder_name(reference)
        assert name and len(name) <= 60
        assert all(c.isascii() and (c.isalnum() or c in "-_") for c in name)
        assert not name.startswith("-") and not name.endswith("-")

    check()
