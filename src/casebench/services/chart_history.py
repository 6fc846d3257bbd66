"""Undo and redo of chart edits within a session: a stack of whole-chart snapshots.

Every edit of a chart (adding, removing, expanding, moving nodes, a layout, hiding or
showing kinds and tags, expanding an aggregated link) ends with the chart drawn; the
window then records a :class:`ChartState` of it. Undo and redo step through those
states. Snapshots rather than commands, because several edits are finished on the
session's worker (a layout, a big Expand) and a snapshot taken once the chart is drawn
holds exactly what the user saw, whatever path the edit took; it also makes "undo
everything gives back the start" true by construction, which the tests check.

A chart of 2,000 entities is a few hundred kilobytes per state; the stack keeps the
latest :data:`DEFAULT_DEPTH` states.

Plain Python: the window keeps one :class:`ChartHistory` per chart tab.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

DEFAULT_DEPTH = 100


@dataclass(frozen=True)
class ChartState:
    """What one chart shows, as the user can see it change."""

    node_ids: tuple[str, ...] = ()
    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    hidden_kinds: frozenset[str] = frozenset()
    hidden_tags: frozenset[str] = frozenset()
    expanded_links: frozenset[str] = frozenset()  # aggregated links shown as their single links

    @classmethod
    def of(cls, node_ids: Iterable[str], positions: Mapping[str, tuple[float, float]],
           hidden_kinds: Iterable[str] = (), hidden_tags: Iterable[str] = (),
           expanded_links: Iterable[str] = ()) -> ChartState:
        """A snapshot: copies everything, so later edits of the chart do not change it."""
        return cls(tuple(node_ids), {k: (float(v[0]), float(v[1])) for k, v in positions.items()},
                   frozenset(hidden_kinds), frozenset(hidden_tags), frozenset(expanded_links))


class Edit(Enum):
    """What kind of edit took a chart from one state to the next (for "Undo add", say)."""

    ADD = "add"
    REMOVE = "remove"
    CONTENT = "content"  # both added and removed (a saved chart replaced, the whole case)
    KINDS = "kinds"  # kinds or tags hidden or shown
    LINKS = "links"  # an aggregated link expanded or combined
    MOVE = "move"  # the user dragged nodes
    LAYOUT = "layout"  # positions changed by a layout


def describe(before: ChartState, after: ChartState, *, dragged: bool = False) -> tuple[Edit, int]:
    """The edit from ``before`` to ``after`` and how many entities it concerns."""
    was, now = set(before.node_ids), set(after.node_ids)
    added, removed = len(now - was), len(was - now)
    if added and removed:
        return Edit.CONTENT, added + removed
    if added:
        return Edit.ADD, added
    if removed:
        return Edit.REMOVE, removed
    if before.hidden_kinds != after.hidden_kinds or before.hidden_tags != after.hidden_tags:
        return Edit.KINDS, len(before.hidden_kinds ^ after.hidden_kinds) + len(before.hidden_tags ^ after.hidden_tags)
    if before.expanded_links != after.expanded_links:
        return Edit.LINKS, len(before.expanded_links ^ after.expanded_links)
    moved = sum(1 for n in after.node_ids if before.positions.get(n) != after.positions.get(n))
    return (Edit.MOVE if dragged else Edit.LAYOUT), moved


@dataclass(frozen=True)
class Step:
    edit: Edit
    count: int
    state: ChartState  # the state after the edit


class ChartHistory:
    """The states of one chart: a base, then one per edit; undo and redo move along them.

    ``record`` after an edit is drawn; a new edit after an undo drops what could have been
    redone (as in every editor). Recording a state equal to the current one does nothing,
    so the window may record after every redraw."""

    def __init__(self, base: ChartState | None = None, depth: int = DEFAULT_DEPTH) -> None:
        self.base = base if base is not None else ChartState()
        self.depth = max(int(depth), 1)
        self._steps: list[Step] = []
        self._at = 0  # how many of the steps are applied

    @property
    def current(self) -> ChartState:
        return self._steps[self._at - 1].state if self._at else self.base

    @property
    def can_undo(self) -> bool:
        return self._at > 0

    @property
    def can_redo(self) -> bool:
        return self._at < len(self._steps)

    def next_undo(self) -> Step | None:
        return self._steps[self._at - 1] if self._at else None

    def next_redo(self) -> Step | None:
        return self._steps[self._at] if self.can_redo else None

    def reset(self, base: ChartState) -> None:
        """A new starting point (a saved chart opened, the case read again): no history."""
        self.base, self._steps, self._at = base, [], 0

    def record(self, state: ChartState, *, dragged: bool = False) -> Step | None:
        """The chart now shows ``state``; returns the step recorded (None when nothing changed)."""
        if state == self.current:
            return None
        edit, count = describe(self.current, state, dragged=dragged)
        del self._steps[self._at:]
        self._steps.append(Step(edit, count, state))
        if len(self._steps) > self.depth:  # the oldest step becomes the base
            dropped = self._steps.pop(0)
            self.base = dropped.state
        self._at = len(self._steps)
        return self._steps[-1]

    def settle(self, state: ChartState) -> None:
        """The state just restored, as drawn (a node never placed got a place): replaces
        the current state without making an edit of it."""
        if self._at:
            step = self._steps[self._at - 1]
            self._steps[self._at - 1] = Step(step.edit, step.count, state)
        else:
            self.base = state

    def undo(self) -> ChartState | None:
        """The state before the last edit, or None when there is nothing to undo."""
        if not self.can_undo:
            return None
        self._at -= 1
        return self.current

    def redo(self) -> ChartState | None:
        if not self.can_redo:
            return None
        self._at += 1
        return self.current
