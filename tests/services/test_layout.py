"""Layouts: deterministic with a seed, fixed nodes kept, every node placed."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebench.services.layout import (
    SPACING,
    circular_layout,
    force_layout,
    grouped_layout,
    hierarchical_layout,
    layout,
    separate,
)


def sample(n: int = 60, m: int = 120, seed: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    nodes = [f"n{i:03d}" for i in range(n)]
    edges = {(nodes[i], nodes[rng.randrange(i)]) for i in range(1, n)}
    while len(edges) < m:
        a, b = rng.sample(nodes, 2)
        edges.add((a, b))
    return nodes, sorted(edges)


@pytest.mark.parametrize("method", ["force", "hierarchical", "circular", "grouped"])
def test_deterministic_and_complete(method: str) -> None:
    nodes, edges = sample()
    first = layout(method, nodes, edges, seed=7)
    again = layout(method, list(reversed(nodes)), list(reversed(edges)), seed=7)
    assert first == again
    assert set(first) == set(nodes)
    assert len(set(first.values())) == len(nodes)  # no two nodes on the same spot


def test_seed_changes_force_layout() -> None:
    nodes, edges = sample()
    assert force_layout(nodes, edges, seed=1) != force_layout(nodes, edges, seed=2)


def test_force_layout_keeps_fixed_nodes_and_places_new_ones_near() -> None:
    nodes, edges = sample(20, 30)
    fixed = {"n000": (1000.0, 1000.0), "n001": (1200.0, 1000.0)}
    pos = force_layout(nodes, edges, seed=0, fixed=fixed)
    assert pos["n000"] == (1000.0, 1000.0) and pos["n001"] == (1200.0, 1000.0)
    assert all(abs(x - 1100) < 2000 and abs(y - 1000) < 2000 for x, y in pos.values())


def test_linked_nodes_end_closer_than_unlinked() -> None:
    nodes = ["a", "b", "c", "d"]
    pos = force_layout(nodes, [("a", "b"), ("c", "d")], seed=0)

    def dist(p: str, q: str) -> float:
        return float(((pos[p][0] - pos[q][0]) ** 2 + (pos[p][1] - pos[q][1]) ** 2) ** 0.5)

    assert dist("a", "b") < dist("a", "c") and dist("c", "d") < dist("b", "d")


def test_hierarchical_follows_direction_and_survives_cycles() -> None:
    pos = hierarchical_layout(["boss", "lt1", "lt2", "cell"],
                              [("boss", "lt1"), ("boss", "lt2"), ("lt1", "cell"), ("cell", "boss")])
    assert pos["boss"][1] < pos["lt1"][1] < pos["cell"][1]
    assert pos["lt1"][1] == pos["lt2"][1]


def test_hierarchical_keeps_people_who_call_round_in_a_cycle_shallow() -> None:
    """Forty people who call each other round in circles (the demo's callers) came out as
    one chain forty layers deep, a person per layer; they take as few layers as the calls
    allow, and what points in and out of the group still sits above and below it."""
    people = [f"p{i:02d}" for i in range(40)]
    edges = [(people[i], people[(i + k) % 40]) for i in range(40) for k in (1, 7)]
    edges += [("boss", "p00"), ("p20", "firm"), ("firm", "boat")]
    pos = hierarchical_layout([*people, "boss", "firm", "boat"], edges)
    assert len({pos[p][1] for p in people}) <= 12  # calls reach everyone within ten steps
    assert pos["boss"][1] < min(pos[p][1] for p in people)
    assert pos["p20"][1] < pos["firm"][1] < pos["boat"][1]


def test_circular_equal_radius() -> None:
    pos = circular_layout([f"n{i}" for i in range(12)], [])
    cx = sum(x for x, _ in pos.values()) / 12
    cy = sum(y for _, y in pos.values()) / 12
    radii = {round(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5) for x, y in pos.values()}
    assert max(radii) - min(radii) <= 1


def test_unknown_layout() -> None:
    with pytest.raises(ValueError):
        layout("spiral", ["a"], [])


def _closest(pos: dict[str, tuple[float, float]]) -> float:
    pts = list(pos.values())
    return min(math.dist(a, b) for i, a in enumerate(pts) for b in pts[i + 1:])


def test_force_layout_leaves_no_pile_of_symbols() -> None:
    """A dense hub chart (one person called by dozens) must not pile symbols on each other."""
    nodes = ["hub", *[f"c{i:02d}" for i in range(60)]]
    edges = [("hub", n) for n in nodes[1:]] + [(f"c{i:02d}", f"c{i + 1:02d}") for i in range(0, 58, 2)]
    pos = force_layout(nodes, edges, seed=3)
    assert _closest(pos) >= SPACING * 1.3 - 0.2  # rounded to tenths


def test_a_ring_that_all_call_each_other_leaves_room_for_names() -> None:
    """The demo's shape: 30 people who all call each other, each with a few phones and
    events of their own. The knot must open up to leave a name's room around every symbol."""
    people = [f"p{i:02d}" for i in range(30)]
    edges = [(a, b) for i, a in enumerate(people) for b in people[i + 1:]]
    leaves = [(p, f"{p}-x{j}") for p in people for j in range(3)]
    nodes = people + [b for _, b in leaves]
    pos = force_layout(nodes, edges + leaves, seed=0)
    assert _closest(pos) >= SPACING * 1.2
    # and it stays a chart, not a scatter: the whole fits in a square a few names wide per node
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    assert (max(xs) - min(xs)) * (max(ys) - min(ys)) <= len(nodes) * (SPACING * 3) ** 2


@given(st.lists(st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=2, max_size=40),
       st.integers(0, 3))
def test_separate_parts_every_pair_and_keeps_fixed_nodes(points: list[tuple[int, int]], fixed_n: int) -> None:
    pos = {f"n{i}": (float(x), float(y)) for i, (x, y) in enumerate(points)}
    fixed = {f"n{i}" for i in range(min(fixed_n, len(points)))}
    if len({pos[n] for n in fixed}) < len(fixed):
        fixed = set(list(fixed)[:1])
    out = separate(pos, fixed, 30.0, rounds=200)
    assert all(out[n] == pos[n] for n in fixed)
    assert _closest(out) >= 30.0 - 1e-6 or len(fixed) > 1


def test_grouped_layout_keeps_each_group_together() -> None:
    groups = {**{f"a{i}": "Atlantic Traders" for i in range(8)}, **{f"b{i}": "Kombo Logistics" for i in range(5)},
              "loner": ""}
    nodes = list(groups)
    edges = [("a0", "b0"), ("a1", "a2")]
    pos = grouped_layout(nodes, edges, groups)

    def centre(prefix: str) -> tuple[float, float]:
        pts = [p for n, p in pos.items() if n.startswith(prefix)]
        return (sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts))

    def spread(prefix: str) -> float:
        c = centre(prefix)
        return max(math.dist(c, p) for n, p in pos.items() if n.startswith(prefix))

    # members sit nearer their own group's centre than the other group's
    assert math.dist(centre("a"), centre("b")) > spread("a") + spread("b") * 0.5
    assert _closest(pos) > 1.0


def test_hierarchical_layout_of_a_big_flat_chart_stays_readable() -> None:
    """A hundred people called by one number, plus loose pairs: wide layers wrap and the
    separate parts are packed, so the chart is not one strip many screens wide."""
    nodes = ["hub", *[f"p{i:03d}" for i in range(100)], *[f"x{i:02d}" for i in range(40)]]
    edges = [("hub", f"p{i:03d}") for i in range(100)] + [(f"x{i:02d}", f"x{i + 1:02d}") for i in range(0, 40, 2)]
    pos = hierarchical_layout(nodes, edges)
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert width < 4 * height
    assert _closest(pos) >= SPACING * 0.7 - 0.2
    assert pos["hub"][1] < min(pos[f"p{i:03d}"][1] for i in range(100))  # the caller above the called



def _rooms_overlap(a: tuple[float, float], ra: tuple[float, float, float],
                   b: tuple[float, float], rb: tuple[float, float, float], gap: float) -> bool:
    if a[1] > b[1]:
        a, ra, b, rb = b, rb, a, ra
    return abs(a[0] - b[0]) < ra[0] + rb[0] + gap - 1e-6 and b[1] - a[1] < ra[2] + rb[1] + gap - 1e-6


@given(st.lists(st.tuples(st.integers(-80, 80), st.integers(-80, 80), st.integers(10, 120)),
                min_size=2, max_size=40), st.integers(0, 1))
def test_separate_with_rooms_leaves_every_name_room(points: list[tuple[int, int, int]], fixed_n: int) -> None:
    """With each node's room (its symbol and its name below it, as wide as the name), no two
    rooms overlap afterwards: every name can be written under its own symbol."""
    pos = {f"n{i}": (float(x), float(y)) for i, (x, y, _) in enumerate(points)}
    rooms = {f"n{i}": (w / 2, 16.0, 40.0) for i, (_, _, w) in enumerate(points)}
    fixed = {f"n{i}" for i in range(fixed_n)}
    out = separate(pos, fixed, 8.0, rounds=400, rooms=rooms)
    assert all(out[n] == pos[n] for n in fixed)
    names = list(out)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not _rooms_overlap(out[a], rooms[a], out[b], rooms[b], 8.0), (a, b)


@given(st.lists(st.tuples(st.floats(-300, 300), st.sampled_from([0.0, 5.0, -40.0, 90.0])), max_size=60),
       st.floats(1, 80), st.floats(1, 80))
def test_near_pairs_are_exactly_the_pairs_within_reach(points: list[tuple[float, float]], rx: float,
                                                        ry: float) -> None:
    """The layouts' pair search (strips and sorted x) finds every pair within reach, once."""
    import numpy as np

    from casebench.services.layout import _pairs_within

    if not points:
        return
    x = np.array([p[0] for p in points])
    y = np.array([p[1] for p in points])
    i, j = _pairs_within(x, y, rx, ry)
    got = [tuple(sorted(p)) for p in zip(i.tolist(), j.tolist(), strict=True)]
    want = {(a, b) for a in range(len(points)) for b in range(a + 1, len(points))
            if abs(x[a] - x[b]) < rx and abs(y[a] - y[b]) < ry}
    assert len(got) == len(set(got)) and set(got) == want
