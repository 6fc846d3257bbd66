"""What is on one link chart: its entities, its hidden kinds, and the rules for adding.

A chart never grows past its cap (2,000 entities unless the user sets another): asking
for more is answered with what did not fit, so the window can explain and offer
filters instead of freezing on a hairball. Expanding adds at most ``limit`` neighbours,
the most connected first, and says how many stayed off the chart.

Everything here works from the link graph's adjacency (node -> links touching it), so
an action costs what the chart and the neighbourhood cost, not what the whole case
costs: a 200,000-entity case is no slower to expand than the demo.

Plain Python: the window keeps one :class:`ChartContent` per chart tab.
"""

from __future__ import annotations

import heapq
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from casebench.domain.ordering import name_key
from casebench.services import paths
from casebench.services.graph import LinkGraph, case_graph, gc_paused
from casebench.store.case import Case

DEFAULT_CAP = 2000  # entities on one chart
DEFAULT_EXPAND = 50  # neighbours one Expand adds


@dataclass
class ChartGraph:
    """The case's link graph, ready for charts: adjacency built, relationship entities
    (a call, an ownership) indexed to the entities they join."""

    graph: LinkGraph
    ends: dict[str, list[str]] = field(default_factory=dict)
    node_kinds: list[str] = field(default_factory=list)  # for the Kinds menu, without a scan on the GUI
    link_kinds: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def link_ends(graph: LinkGraph) -> dict[str, list[str]]:
    """Relationship entity id -> the nodes its links join (in the order met)."""
    ends: dict[str, list[str]] = {}
    for ln in graph.links:
        if ln.entity_id:
            got = ends.setdefault(ln.entity_id, [])
            for n in (ln.source, ln.target):
                if n not in got:
                    got.append(n)
    return ends


def prepare(graph: LinkGraph) -> ChartGraph:
    graph.adjacency()  # built here, on the worker, once: every chart action reads it
    return ChartGraph(graph, link_ends(graph), sorted({n.kind for n in graph.nodes.values()}),
                      sorted({ln.kind for ln in graph.links}), graph.tags())


def load_graph(case: Case) -> ChartGraph:
    """Runs on the session's worker: the whole case's graph, ready for charts."""
    with gc_paused():
        return prepare(case_graph(case))


def find_paths_shown(graph: LinkGraph, hidden_kinds: Iterable[str], hidden_tags: Iterable[str],
                     a: str, b: str, **options: Any) -> list[paths.FoundPath]:
    """Paths through what a chart shows (its hidden kinds are not walked); on the worker."""
    return paths.find_paths(graph.filtered(hidden_kinds, hidden_tags), a, b, **options)


@dataclass(frozen=True)
class Added:
    added: list[str]  # now on the chart, in the order asked
    already: list[str]  # were on it already
    unknown: list[str]  # ids that are nothing the chart can draw
    over_cap: list[str]  # asked for but left off: the chart would pass its cap

    @property
    def refused(self) -> bool:
        """Nothing was added because it would not all fit."""
        return bool(self.over_cap) and not self.added


def plan_add(content: ChartContent, graph: LinkGraph, ids: list[str], ends: dict[str, list[str]] | None,
             partial: bool = False) -> tuple[Added, dict[str, list[str]]]:
    """A big request planned on the worker (``content`` is a snapshot): what it adds, and
    when it does not fit, its entities by kind for the window to offer as filters."""
    got = content.add(graph, ids, ends=ends, partial=partial)
    return got, (ChartContent.by_node_kind(graph, got.over_cap) if got.refused else {})


@dataclass(frozen=True)
class Expanded:
    added: list[str]
    hidden: int  # neighbours that stayed off the chart (the limit or the cap)
    hidden_by_kind: dict[str, int]  # link kind -> neighbours of that kind left off


class ChartContent:
    """The entities on one chart, the kinds and tags it hides, and its cap."""

    def __init__(self, node_ids: Iterable[str] = (), hidden_kinds: Iterable[str] = (),
                 hidden_tags: Iterable[str] = (), cap: int = DEFAULT_CAP) -> None:
        self.node_ids: list[str] = list(dict.fromkeys(node_ids))
        self.hidden_kinds: set[str] = set(hidden_kinds)
        self.hidden_tags: set[str] = set(hidden_tags)
        self.cap = cap

    def __len__(self) -> int:
        return len(self.node_ids)

    def __contains__(self, node_id: object) -> bool:
        return node_id in set(self.node_ids)

    @property
    def room(self) -> int:
        return max(self.cap - len(self.node_ids), 0)

    def set(self, node_ids: Iterable[str]) -> None:
        self.node_ids = list(dict.fromkeys(node_ids))

    def copy(self) -> ChartContent:
        """A snapshot to plan on the worker while the window keeps the original."""
        return ChartContent(self.node_ids, self.hidden_kinds, self.hidden_tags, self.cap)

    def degree(self, graph: LinkGraph, ids: Iterable[str]) -> int:
        """Links touching ``ids``: what expanding them costs."""
        adj = graph.adjacency()
        return sum(len(adj.get(n, ())) for n in ids)

    # -- what is drawn ----------------------------------------------------------------------
    def _node_shown(self, graph: LinkGraph, node_id: str) -> bool:
        node = graph.nodes.get(node_id)
        return node is not None and node.kind not in self.hidden_kinds and not (node.tags & self.hidden_tags)

    def visible_ids(self, graph: LinkGraph) -> list[str]:
        return [n for n in self.node_ids if self._node_shown(graph, n)]

    def visible_graph(self, graph: LinkGraph) -> LinkGraph:
        """The chart's shown entities and the shown links between them."""
        ids = self.visible_ids(graph)
        on = set(ids)
        adj = graph.adjacency()
        keep: set[int] = set()
        for n in ids:
            for i in adj.get(n, ()):
                ln = graph.links[i]
                if (ln.source in on and ln.target in on and ln.kind not in self.hidden_kinds
                        and not (ln.tags & self.hidden_tags)):
                    keep.add(i)
        return LinkGraph({n: graph.nodes[n] for n in ids}, [graph.links[i] for i in sorted(keep)])

    def set_kind_hidden(self, kind: str, hidden: bool) -> None:
        (self.hidden_kinds.add if hidden else self.hidden_kinds.discard)(kind)

    def set_tag_hidden(self, tag: str, hidden: bool) -> None:
        (self.hidden_tags.add if hidden else self.hidden_tags.discard)(tag)

    # -- adding and removing ----------------------------------------------------------------
    @staticmethod
    def resolve(graph: LinkGraph, ids: Iterable[str],
                ends: dict[str, list[str]] | None = None) -> tuple[list[str], list[str]]:
        """(nodes, unknown): a relationship entity (a call) stands for the entities it joins."""
        nodes: dict[str, None] = {}
        unknown: list[str] = []
        for i in ids:
            if i in graph.nodes:
                nodes.setdefault(i, None)
            elif ends is not None and i in ends:
                for n in ends[i]:
                    nodes.setdefault(n, None)
            else:
                unknown.append(i)
        return list(nodes), unknown

    def add(self, graph: LinkGraph, ids: Iterable[str], *, ends: dict[str, list[str]] | None = None,
            partial: bool = False) -> Added:
        """Put ``ids`` on the chart. When they do not all fit under the cap nothing is added
        (``over_cap`` lists them) unless ``partial``: then the first that fit are."""
        nodes, unknown = self.resolve(graph, ids, ends)
        on = set(self.node_ids)
        already = [n for n in nodes if n in on]
        new = [n for n in nodes if n not in on]
        room = self.room
        if len(new) > room and not partial:
            return Added([], already, unknown, new)
        fit, rest = new[:room], new[room:]
        self.node_ids += fit
        return Added(fit, already, unknown, rest)

    def remove(self, ids: Iterable[str]) -> list[str]:
        gone = set(ids)
        removed = [n for n in self.node_ids if n in gone]
        self.node_ids = [n for n in self.node_ids if n not in gone]
        return removed

    # -- neighbours -------------------------------------------------------------------------
    def _around(self, graph: LinkGraph, ids: Iterable[str],
                kinds: Iterable[str] | None = None) -> dict[str, dict[str, int]]:
        """Neighbour not on the chart -> links to ``ids`` by link kind (shown kinds only).

        The hot loop of Expand: a hub can have tens of thousands of links, so it uses
        plain dicts and looks each neighbour up once."""
        wanted = set(kinds) if kinds is not None else None
        on = set(self.node_ids)
        hidden_kinds, hidden_tags = self.hidden_kinds, self.hidden_tags
        adj, links, nodes = graph.adjacency(), graph.links, graph.nodes
        found: dict[str, dict[str, int]] = {}
        refused: set[str] = set()
        for n in dict.fromkeys(ids):
            for i in adj.get(n, ()):
                ln = links[i]
                kind = ln.kind
                if kind in hidden_kinds or (wanted is not None and kind not in wanted):
                    continue
                if hidden_tags and ln.tags & hidden_tags:
                    continue
                other = ln.target if ln.source == n else ln.source
                if other in on or other in refused:
                    continue
                by_kind = found.get(other)
                if by_kind is None:
                    node = nodes.get(other)
                    if node is None or node.kind in hidden_kinds or (hidden_tags and node.tags & hidden_tags):
                        refused.add(other)
                        continue
                    by_kind = found[other] = {}
                by_kind[kind] = by_kind.get(kind, 0) + 1
        return found

    def link_kinds_around(self, graph: LinkGraph, ids: Iterable[str]) -> dict[str, int]:
        """Link kind -> how many entities not yet on the chart an Expand by that kind reaches."""
        counts: Counter[str] = Counter()
        for by_kind in self._around(graph, ids).values():
            counts.update(by_kind.keys())
        return dict(sorted(counts.items()))

    def expand(self, graph: LinkGraph, ids: Iterable[str], *, kinds: Iterable[str] | None = None,
               limit: int = DEFAULT_EXPAND) -> Expanded:
        """Add the neighbours of ``ids`` (through links of ``kinds``, or any shown kind): at
        most ``limit`` and never past the cap, the most connected to ``ids`` first."""
        around = self._around(graph, ids, kinds)
        nodes = graph.nodes
        take = heapq.nsmallest(max(min(limit, self.room), 0), around,
                               key=lambda n: (-sum(around[n].values()), name_key(nodes[n].label), n))
        self.node_ids += take
        for n in take:
            del around[n]
        by_kind: Counter[str] = Counter()
        for by in around.values():
            by_kind.update(by.keys())
        return Expanded(take, len(around), dict(sorted(by_kind.items())))

    # -- narrowing a request that does not fit ----------------------------------------------
    @staticmethod
    def by_node_kind(graph: LinkGraph, ids: Iterable[str]) -> dict[str, list[str]]:
        """Entity kind -> the given ids of that kind (to offer "only people", say)."""
        out: dict[str, list[str]] = {}
        for n in ids:
            node = graph.nodes.get(n)
            if node is not None:
                out.setdefault(node.kind, []).append(n)
        return dict(sorted(out.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def find(self, graph: LinkGraph, text: str) -> list[str]:
        """Shown entities whose label holds ``text`` (case and accents ignored), in chart order."""
        want = _fold(text)
        if not want:
            return []
        return [n for n in self.visible_ids(graph) if want in _fold(graph.nodes[n].label)]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
