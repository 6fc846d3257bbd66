"""Label placement: names never on a symbol or another name; link labels only where they fit."""

from __future__ import annotations

import itertools
import random
import time

from casebench.domain.placement import (
    BoxIndex,
    NodeSpot,
    crosses,
    intersects,
    place_link_labels,
    place_node_labels,
    spread,
)


def _texts(spots: list[NodeSpot]) -> dict[str, list[tuple[tuple[str, ...], float, float]]]:
    return {s.id: [((f"Name {s.id} Long",), 60.0, 9.0), ((f"N{s.id}",), 20.0, 9.0)] for s in spots}


def test_crowded_names_never_overlap_symbols_or_each_other() -> None:
    rng = random.Random(3)
    spots = [NodeSpot(str(i), rng.uniform(0, 300), rng.uniform(0, 200), 10, 10) for i in range(40)]
    spots = spread(spots, (0, 0, 300, 200), 4)
    placed, failed = place_node_labels(spots, _texts(spots), (-50, -50, 350, 250), 7.5,
                                       centre=(150, 100))
    assert len(placed) + len(failed) == 40
    for a, b in itertools.combinations(placed, 2):
        assert not intersects(a.box, b.box)
    for p in placed:
        assert not any(intersects(p.box, s.box) for s in spots)
    # the whole name is preferred to the short one
    assert sum(1 for p in placed if p.lines[0].startswith("Name")) > len(placed) // 2


def test_spread_separates_symbols_on_top_of_each_other() -> None:
    spots = spread([NodeSpot(str(i), 50.0, 50.0, 10, 10) for i in range(5)], (0, 0, 200, 200), 4)
    for a, b in itertools.combinations(spots, 2):
        assert not intersects(a.box, b.box)


def test_link_labels_dropped_where_lines_cross_them() -> None:
    cross = [("0", (0.0, 50.0, 100.0, 50.0), [("called ×3", 40.0, 9.0), ("×3", 12.0, 9.0)]),
             ("1", (50.0, 0.0, 50.0, 100.0), [("called ×2", 40.0, 9.0), ("×2", 12.0, 9.0)])]
    placed, dropped = place_link_labels(cross, [], (0, 0, 100, 100), 7.0)
    assert {p.owner for p in placed} | set(dropped) == {"0", "1"}
    for p in placed:  # each label clear of the other line
        other = cross[1 - int(p.owner)][1]
        assert not crosses(other, p.box)
    # a relationship's label may sit over another line (on its white ground)
    placed, dropped = place_link_labels(cross, [(45.0, 45.0, 55.0, 55.0)], (0, 0, 100, 100), 7.0,
                                        crossable=[True, True])
    assert not dropped and not intersects(placed[0].box, placed[1].box)


def test_box_index_and_speed_on_a_big_chart() -> None:
    index = BoxIndex(32)
    index.add((0, 0, 10, 10))
    assert index.hits((5, 5, 6, 6)) and not index.hits((20, 20, 30, 30)) and index.hits((11, 0, 12, 1), 2)
    rng = random.Random(1)
    spots = [NodeSpot(str(i), rng.uniform(0, 6000), rng.uniform(0, 4000), 16, 16) for i in range(2000)]
    started = time.perf_counter()
    placed, _ = place_node_labels(spots, _texts(spots), (-500, -500, 6500, 4500), 8.0)
    assert time.perf_counter() - started < 5.0
    assert len(placed) > 1800
