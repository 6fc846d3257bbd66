"""Find path in time order: the direct search (Yen's method over (node, time)) gives the same
paths, in the same order, with the same link taken at each step, as the way it was answered
before — every shortest simple path in turn, kept when a greedy choice of links keeps the
order — wherever that way finishes. The old way is kept here, as it was, as the reference."""

from __future__ import annotations

import contextlib
import itertools
import random
from collections.abc import Iterator

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebench.domain.drawing import Shape
from casebench.domain.handling import TLP
from casebench.domain.ordering import name_key
from casebench.services import paths
from casebench.services.graph import GraphLink, GraphNode, LinkGraph
from casebench.services.paths import FoundPath, PathStep, find_paths

# -- the reference: services/paths.py as it was before the direct search --------------------------


def _old_usable(graph: LinkGraph, directed: bool) -> dict[str, dict[str, list[GraphLink]]]:
    out: dict[str, dict[str, list[GraphLink]]] = {}
    for ln in graph.links:
        if ln.source == ln.target:
            continue
        out.setdefault(ln.source, {}).setdefault(ln.target, []).append(ln)
        if not (directed and ln.directed):
            out.setdefault(ln.target, {}).setdefault(ln.source, []).append(ln)
    return out


def _old_link_order(ln: GraphLink) -> tuple[int, str, str]:
    rank = {"confirmed": 0, "probable": 1, "unconfirmed": 2}[ln.confidence]
    return (rank, ln.start or "", ln.id)


def _old_timed_steps(nodes: list[str], usable: dict[str, dict[str, list[GraphLink]]]) -> list[PathStep] | None:
    cur = ""
    steps = []
    for u, v in itertools.pairwise(nodes):
        options: list[tuple[str, int, GraphLink]] = []
        for ln in usable[u][v]:
            if ln.start is None:
                options.append((cur, 1, ln))
            elif (ln.end or ln.start) >= cur:
                options.append((max(cur, ln.start), 0, ln))
        if not options:
            return None
        options.sort(key=lambda o: (o[0], o[1], o[2].start or "", o[2].id))
        cur = options[0][0]
        chosen = options[0][2]
        rest = sorted((ln for ln in usable[u][v] if ln is not chosen), key=_old_link_order)
        steps.append(PathStep(u, v, (chosen, *rest)))
    return steps


def old_find_timed(graph: LinkGraph, a: str, b: str, k: int, directed: bool,
                   max_candidates: int = 5000) -> tuple[list[FoundPath], bool]:
    """(paths, finished): finished is False when the old way gave up at its cap."""
    if a == b:
        return [FoundPath((a,), ())], True
    usable = _old_usable(graph, directed)
    g = nx.DiGraph()
    for u in sorted(usable):
        for v in sorted(usable[u]):
            g.add_edge(u, v)
    found: list[tuple[list[str], list[PathStep]]] = []
    cutoff: int | None = None
    finished = True
    if a in g and b in g:
        try:
            for examined, nodes in enumerate(nx.shortest_simple_paths(g, a, b)):
                if cutoff is not None and len(nodes) > cutoff:
                    break
                if examined >= max_candidates:
                    finished = False
                    break
                steps = _old_timed_steps(nodes, usable)
                if steps is None:
                    continue
                found.append((nodes, steps))
                if len(found) >= k and cutoff is None:
                    cutoff = len(nodes)
        except nx.NetworkXNoPath:
            pass
    found.sort(key=lambda item: (len(item[0]), tuple(name_key(graph.nodes[n].label) for n in item[0]),
                                 tuple(item[0])))
    return [FoundPath(tuple(n), tuple(s)) for n, s in found[:k]], finished


# -- random multigraphs ----------------------------------------------------------------------------

LABELS = ["Ana", "ana", "Ána", "Bruno", "Bruno", "Carla", "Zé"]  # same names on purpose
CONFIDENCE = ["confirmed", "probable", "unconfirmed"]


def _when(kind: int, d1: int, d2: int) -> tuple[str | None, str | None]:
    """0 undated; 1 a day; 2 a month (a range); 3 an instant with no end; 4 a span of days."""
    lo, hi = min(d1, d2), max(d1, d2)
    if kind == 0:
        return None, None
    if kind == 1:
        return f"2024-03-{d1:02d}T00:00:00.000000Z", f"2024-03-{d1:02d}T23:59:59.999999Z"
    if kind == 2:
        return "2024-03-01T00:00:00.000000Z", "2024-03-31T23:59:59.999999Z"
    if kind == 3:
        return f"2024-03-{d1:02d}T12:00:00.000000Z", None
    return f"2024-03-{lo:02d}T00:00:00.000000Z", f"2024-03-{hi:02d}T23:59:59.999999Z"


LinkSpec = tuple[int, int, bool, int, int, int, int]


def build(labels: list[str], links: list[LinkSpec]) -> LinkGraph:
    g = LinkGraph()
    for i, label in enumerate(labels):
        g.nodes[f"n{i}"] = GraphNode(f"n{i}", label, "Person", Shape.CIRCLE, TLP.AMBER)
    for i, (a, b, directed, kind, d1, d2, conf) in enumerate(links):
        start, end = _when(kind, d1, d2)
        g.links.append(GraphLink(f"L{i:02d}", f"n{a % len(labels)}", f"n{b % len(labels)}", "Call", "called",
                                 directed, confidence=CONFIDENCE[conf], start=start, end=end))
    return g


link_spec = st.tuples(st.integers(0, 7), st.integers(0, 7), st.booleans(), st.integers(0, 4),
                      st.integers(1, 4), st.integers(1, 4), st.integers(0, 2))


@contextlib.contextmanager
def first_look(n: int) -> Iterator[None]:
    was = paths.FIRST_LOOK
    paths.FIRST_LOOK = n
    try:
        yield
    finally:
        paths.FIRST_LOOK = was


def same_answers(g: LinkGraph, a: str, b: str, k: int, directed: bool) -> list[FoundPath]:
    want, finished = old_find_timed(g, a, b, k, directed)
    assert finished
    # the direct search alone (no shortest path looked at first), then after a first look
    # at the shortest paths that hands over after 0, 3 or FIRST_LOOK paths not in time order
    for look, most in ((paths.FIRST_LOOK, 0), (0, 5000), (3, 5000), (paths.FIRST_LOOK, 5000)):
        with first_look(look):
            got = find_paths(g, a, b, k=k, directed=directed, time_respecting=True, max_candidates=most)
        # the same paths, in the same order, the same link taken (and the others listed) at each step
        assert got == want, (a, b, k, directed, look, most)
    return got


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labels=st.lists(st.sampled_from(LABELS), min_size=2, max_size=7),
       links=st.lists(link_spec, max_size=16), ends=st.tuples(st.integers(0, 6), st.integers(0, 6)),
       k=st.integers(1, 5), directed=st.booleans())
def test_the_direct_search_gives_what_the_old_way_gave(labels: list[str], links: list[LinkSpec],
                                                       ends: tuple[int, int], k: int, directed: bool) -> None:
    g = build(labels, links)
    a, b = (f"n{e % len(labels)}" for e in ends)
    same_answers(g, a, b, k, directed)


def test_larger_random_graphs_agree_too() -> None:
    rng = random.Random(17)
    compared = with_paths = 0
    for _ in range(60):
        n = rng.randint(8, 14)
        labels = [rng.choice(LABELS) for _ in range(n)]
        links = [(rng.randrange(n), rng.randrange(n), rng.random() < 0.5, rng.choice([0, 1, 1, 1, 2, 3, 4]),
                  rng.randint(1, 28), rng.randint(1, 28), rng.randrange(3)) for _ in range(rng.randint(n, 3 * n))]
        g = build(labels, links)
        a, b = rng.sample(sorted(g.nodes), 2)
        want, finished = old_find_timed(g, a, b, 4, False)
        if not finished:
            continue
        compared += 1
        for most in (0, 5000):
            assert find_paths(g, a, b, k=4, time_respecting=True, max_candidates=most) == want
        with_paths += bool(want)
    assert compared > 40 and with_paths > 20  # the comparison is not of empty answers


def test_a_path_blocked_in_time_gives_way_to_a_longer_one_and_ties_keep_their_order() -> None:
    # a-b-z is the shortest but b-z comes before a-b; two ways of 3 links, the same names
    # ("Bruno" twice): the ids decide, whatever the order the links were added in.
    spec: list[LinkSpec] = [(0, 1, False, 1, 10, 10, 0), (1, 4, False, 1, 5, 5, 0),
                            (0, 2, False, 1, 1, 1, 0), (2, 3, False, 0, 1, 1, 0), (3, 4, False, 1, 2, 2, 0),
                            (0, 5, False, 1, 1, 1, 0), (5, 6, False, 3, 2, 2, 0), (6, 4, False, 4, 1, 9, 0)]
    labels = ["Ana", "Bruno", "Bruno", "Carla", "Zé", "Bruno", "Carla"]
    for order in (spec, spec[::-1]):
        found = same_answers(build(labels, order), "n0", "n4", 3, False)
        assert [p.nodes for p in found] == [("n0", "n2", "n3", "n4"), ("n0", "n5", "n6", "n4")]
        # the span 1st-9th may follow the instant on the 2nd at noon
        assert found[1].steps[2].link.start == "2024-03-01T00:00:00.000000Z"


def test_a_parallel_link_kept_for_later_is_the_one_taken() -> None:
    # two calls a-b (3rd and 1st), b-c on the 2nd: only the one on the 1st lets b-c follow
    spec: list[LinkSpec] = [(0, 1, True, 1, 3, 3, 0), (0, 1, True, 1, 1, 1, 2), (1, 2, True, 1, 2, 2, 0)]
    [path] = same_answers(build(["A", "B", "C"], spec), "n0", "n2", 2, True)
    assert [s.link.id for s in path.steps] == ["L01", "L02"] and len(path.steps[0].links) == 2
