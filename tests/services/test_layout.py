"""Layouts: deterministic with a seed, fixed nodes kept, every node placed."""

from __future__ import annotations

import random

import pytest

from casebench.services.layout import circular_layout, force_layout, hierarchical_layout, layout


def sample(n: int = 60, m: int = 120, seed: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    nodes = [f"n{i:03d}" for i in range(n)]
    edges = {(nodes[i], nodes[rng.randrange(i)]) for i in range(1, n)}
    while len(edges) < m:
        a, b = rng.sample(nodes, 2)
        edges.add((a, b))
    return nodes, sorted(edges)


@pytest.mark.parametrize("method", ["force", "hierarchical", "circular"])
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


def test_circular_equal_radius() -> None:
    pos = circular_layout([f"n{i}" for i in range(12)], [])
    cx = sum(x for x, _ in pos.values()) / 12
    cy = sum(y for _, y in pos.values()) / 12
    radii = {round(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5) for x, y in pos.values()}
    assert max(radii) - min(radii) <= 1


def test_unknown_layout() -> None:
    with pytest.raises(ValueError):
        layout("spiral", ["a"], [])
