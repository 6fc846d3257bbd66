"""Find paths between two entities on the link graph: up to k shortest, by number of links.

Options:

* ``directed``: follow arrows only (a directed link is walked from source to target;
  undirected links, such as Family or a bank account's holder, both ways);
* ``time_respecting``: each dated link must not be *certainly earlier* than the link
  before it — its latest possible instant is at or after the earliest instant of the
  previous dated link (partial dates are ranges: a "2024-03" payment may follow a call
  on 2024-03-11). Undated links (family, ownership without a date) do not constrain
  the order. Between two nodes the link that keeps the most room for later steps is
  used, so a path is found whenever some choice of links satisfies the order.

Paths are simple (no node twice). Ties between paths of equal length are broken by
the node labels, then ids, so the answer does not depend on insertion order.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from casebench.domain.ordering import name_key
from casebench.services.graph import GraphLink, LinkGraph, case_graph
from casebench.store.case import Case

MAX_CANDIDATES = 5000  # simple paths examined before giving up (time-respecting search)


@dataclass(frozen=True)
class PathStep:
    source: str
    target: str
    links: tuple[GraphLink, ...]  # usable links between the two; the one used first

    @property
    def link(self) -> GraphLink:
        return self.links[0]

    @property
    def forward(self) -> bool:
        """True when the link used points from this step's source to its target."""
        return self.link.source == self.source


@dataclass(frozen=True)
class FoundPath:
    nodes: tuple[str, ...]
    steps: tuple[PathStep, ...]

    @property
    def length(self) -> int:
        return len(self.steps)

    @property
    def link_ids(self) -> tuple[str, ...]:
        return tuple(s.link.id for s in self.steps)


def _usable(graph: LinkGraph, directed: bool) -> dict[str, dict[str, list[GraphLink]]]:
    out: dict[str, dict[str, list[GraphLink]]] = {}
    for ln in graph.links:
        if ln.source == ln.target:
            continue
        out.setdefault(ln.source, {}).setdefault(ln.target, []).append(ln)
        if not (directed and ln.directed):
            out.setdefault(ln.target, {}).setdefault(ln.source, []).append(ln)
    return out


def _link_order(ln: GraphLink) -> tuple[int, str, str]:
    rank = {"confirmed": 0, "probable": 1, "unconfirmed": 2}[ln.confidence]
    return (rank, ln.start or "", ln.id)


def _plain_steps(nodes: list[str], usable: dict[str, dict[str, list[GraphLink]]]) -> list[PathStep]:
    return [PathStep(u, v, tuple(sorted(usable[u][v], key=_link_order)))
            for u, v in itertools.pairwise(nodes)]


def _timed_steps(nodes: list[str], usable: dict[str, dict[str, list[GraphLink]]]) -> list[PathStep] | None:
    """Greedy earliest choice per step; None when no choice of links keeps the order."""
    cur = ""  # earliest instant of the latest dated link so far ("" = no constraint yet)
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
        rest = sorted((ln for ln in usable[u][v] if ln is not chosen), key=_link_order)
        steps.append(PathStep(u, v, (chosen, *rest)))
    return steps


def _walkable(graph: LinkGraph, directed: bool) -> tuple[dict[str, dict[str, list[GraphLink]]], nx.DiGraph]:
    """The usable links between node pairs and the graph networkx walks, made once per
    graph and direction rule (a warm graph answers the next search without rebuilding)."""
    key = ("walkable", directed)
    kept = graph.memo.get(key)
    if kept is None:
        usable = _usable(graph, directed)
        g = nx.DiGraph()
        for u in sorted(usable):
            for v in sorted(usable[u]):
                g.add_edge(u, v)
        kept = graph.memo[key] = (usable, g)
    return kept  # type: ignore[return-value]


def _candidates(g: nx.DiGraph, a: str, b: str) -> Iterator[list[str]]:
    if a not in g or b not in g:
        return iter(())
    try:
        return iter(nx.shortest_simple_paths(g, a, b))
    except nx.NetworkXNoPath:
        return iter(())


def find_paths(graph: LinkGraph, a: str, b: str, *, k: int = 3, directed: bool = False,
               time_respecting: bool = False, max_candidates: int = MAX_CANDIDATES) -> list[FoundPath]:
    """Up to ``k`` shortest paths from ``a`` to ``b`` (fewest links first)."""
    for node in (a, b):
        if node not in graph.nodes:
            raise ValueError(f"{node} is not on the link graph")
    if k < 1:
        raise ValueError("k must be at least 1")
    if a == b:
        return [FoundPath((a,), ())]
    usable, walk = _walkable(graph, directed)
    found: list[tuple[list[str], list[PathStep]]] = []
    cutoff: int | None = None
    try:
        for examined, nodes in enumerate(_candidates(walk, a, b)):
            if cutoff is not None and len(nodes) > cutoff:
                break
            if examined >= max_candidates:
                break
            steps = _timed_steps(nodes, usable) if time_respecting else _plain_steps(nodes, usable)
            if steps is None:
                continue
            found.append((nodes, steps))
            if len(found) >= k and cutoff is None:
                cutoff = len(nodes)  # keep collecting ties of the k-th length
    except nx.NetworkXNoPath:
        pass

    def label_key(item: tuple[list[str], list[PathStep]]
                  ) -> tuple[int, tuple[tuple[str, str, str], ...], tuple[str, ...]]:
        nodes = item[0]
        return (len(nodes), tuple(name_key(graph.nodes[n].label) for n in nodes), tuple(nodes))

    found.sort(key=label_key)
    return [FoundPath(tuple(n), tuple(s)) for n, s in found[:k]]


def find_paths_in_case(case: Case, a: str, b: str, **options: Any) -> tuple[LinkGraph, list[FoundPath]]:
    """Paths between two entities of an open case, on its link graph kept warm between
    calls (rebuilt only after the case changed); the graph is returned for describing them."""
    graph = case_graph(case)
    return graph, find_paths(graph, a, b, **options)


def describe(graph: LinkGraph, path: FoundPath) -> list[str]:
    """One line per step: 'Ana —called (2024-03-11)→ Bruno', for lists and the CLI."""
    lines = []
    for i, st in enumerate(path.steps, 1):
        src, dst = graph.nodes[st.source].label, graph.nodes[st.target].label
        ln = st.link
        when = f" {ln.start[:16].replace('T', ' ')} UTC" if ln.start else ""
        grade = f" [{ln.grade}]" if ln.grade else ""
        more = f" (+{len(st.links) - 1} more)" if len(st.links) > 1 else ""
        if ln.directed:
            arrow = f"—{ln.label}→" if st.forward else f"←{ln.label}—"
        else:
            arrow = f"—{ln.label}—"
        lines.append(f"{i}. {src} {arrow} {dst}{when}{grade}{more}")
    return lines
