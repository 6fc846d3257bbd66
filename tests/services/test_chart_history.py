"""Undo and redo of chart edits: any sequence of edits undone gives back the start, redo
replays them; a new edit after an undo drops the redo; each step says what it was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.services.test_chart_content import star

from casebench.services.chart_content import ChartContent
from casebench.services.chart_history import ChartHistory, ChartState, Edit, describe

GRAPH = star(12)
IDS = sorted(GRAPH.nodes)

edits = st.one_of(
    st.tuples(st.just("add"), st.lists(st.sampled_from(IDS), min_size=1, max_size=4)),
    st.tuples(st.just("remove"), st.lists(st.sampled_from(IDS), min_size=1, max_size=4)),
    st.tuples(st.just("move"), st.sampled_from(IDS), st.floats(-500, 500), st.floats(-500, 500)),
    st.tuples(st.just("layout"), st.integers(0, 1000)),
    st.tuples(st.just("kind"), st.sampled_from(["Person", "Company", "Call", "Ownership"]), st.booleans()),
    st.tuples(st.just("expand"), st.sampled_from(IDS)),
    st.tuples(st.just("links"), st.sampled_from(["a", "b"])),
)


class Chart:
    """A chart as the window holds it: content, positions, expanded aggregated links."""

    def __init__(self) -> None:
        self.content = ChartContent(["h", "p0"], cap=10)
        self.positions: dict[str, tuple[float, float]] = {"h": (0.0, 0.0), "p0": (10.0, 0.0)}
        self.expanded: set[str] = set()

    def state(self) -> ChartState:
        c = self.content
        return ChartState.of(c.node_ids, self.positions, c.hidden_kinds, c.hidden_tags, self.expanded)

    def apply(self, edit: tuple) -> None:
        kind = edit[0]
        if kind == "add":
            self.content.add(GRAPH, edit[1], partial=True)
        elif kind == "remove":
            self.content.remove(edit[1])
        elif kind == "move" and edit[1] in self.content:
            self.positions[edit[1]] = (edit[2], edit[3])
        elif kind == "layout":
            for i, n in enumerate(self.content.node_ids):
                self.positions[n] = (float((edit[1] * (i + 1)) % 97), float(i))
        elif kind == "kind":
            self.content.set_kind_hidden(edit[1], edit[2])
        elif kind == "expand":
            self.content.expand(GRAPH, [edit[1]], limit=3)
        elif kind == "links":
            self.expanded ^= {edit[1]}
        for n in self.content.node_ids:  # a drawn chart places every node
            self.positions.setdefault(n, (1.0, 1.0))


@settings(max_examples=150, deadline=None)
@given(st.lists(edits, max_size=25))
def test_undo_all_restores_the_start_and_redo_replays(seq: list[tuple]) -> None:
    chart = Chart()
    history = ChartHistory(chart.state())
    seen = [chart.state()]
    for edit in seq:
        chart.apply(edit)
        if history.record(chart.state()) is not None:
            seen.append(chart.state())
    assert history.current == chart.state()
    undone = []
    while history.can_undo:
        state = history.undo()
        assert state is not None
        undone.append(state)
    assert history.current == seen[0]  # the start, exactly: entities, positions, kinds
    assert undone == seen[-2::-1]  # through every state in between, newest first
    assert history.undo() is None
    redone = []
    while (state := history.redo()) is not None:
        redone.append(state)
    assert redone == seen[1:]
    assert history.current == chart.state()


def test_a_new_edit_after_undo_drops_the_redo() -> None:
    a = ChartState.of(["x"], {"x": (0, 0)})
    b = ChartState.of(["x", "y"], {"x": (0, 0), "y": (5, 5)})
    c = ChartState.of(["x"], {"x": (9, 9)})
    history = ChartHistory(a)
    assert history.record(b) is not None
    assert history.record(b) is None  # redrawn without a change: not an edit
    assert history.undo() == a and history.can_redo
    history.record(c, dragged=True)
    assert not history.can_redo and history.current == c
    step = history.next_undo()
    assert step is not None and step.edit is Edit.MOVE and step.count == 1


def test_steps_say_what_the_edit_was() -> None:
    a = ChartState.of(["x", "y"], {"x": (0, 0), "y": (1, 1)})
    assert describe(a, ChartState.of(["x", "y", "z"], {}))[0] is Edit.ADD
    assert describe(a, ChartState.of(["x"], {})) == (Edit.REMOVE, 1)
    assert describe(a, ChartState.of(["x", "y"], a.positions, hidden_kinds=["Call"])) == (Edit.KINDS, 1)
    assert describe(a, ChartState.of(["x", "y"], a.positions, expanded_links=["k"]))[0] is Edit.LINKS
    assert describe(a, ChartState.of(["x", "y"], {"x": (3, 3), "y": (4, 4)})) == (Edit.LAYOUT, 2)
    assert describe(a, ChartState.of(["z"], {}))[0] is Edit.CONTENT


def test_depth_keeps_the_latest_states() -> None:
    history = ChartHistory(ChartState.of([], {}), depth=3)
    for i in range(6):
        history.record(ChartState.of([str(i)], {}))
    undone = 0
    while history.undo() is not None:
        undone += 1
    assert undone == 3 and history.current.node_ids == ("2",)


def test_a_snapshot_does_not_follow_later_edits() -> None:
    pos = {"x": (0.0, 0.0)}
    ids = ["x"]
    state = ChartState.of(ids, pos)
    pos["x"] = (5.0, 5.0)
    ids.append("y")
    assert state.positions["x"] == (0.0, 0.0) and state.node_ids == ("x",)
