"""Find paths between two entities on the link graph: up to k shortest, by number of links.

Options:

* ``directed``: follow arrows only (a directed link is walked from source to target;
  undirected links, such as Family or a bank account's holder, both ways);
* ``time_respecting``: each dated link must not be *certainly earlier* than the link
  before it — its latest possible instant is at or after the earliest instant of the
  previous dated link (partial dates are ranges: a "2024-03" payment may follow a call
  on 2024-03-11). Undated links (family, ownership without a date) do not constrain
  the order. Between two nodes the link that keeps the most room for later steps is
  used, so a path is found whenever some choice of links satisfies the order
  (``_take``; decision 54 in docs/decisions.md).

Paths are simple (no node twice). Ties between paths of equal length are broken by
the node labels, then ids, so the answer does not depend on insertion order.

Plain paths are networkx's shortest simple paths, the ties of the k-th length gathered
and ordered. Paths in time order are looked for the same way first, those not in time
order left out, until a few have been left out; then they are searched for directly
(``_timed_paths``): Yen's k shortest paths, each spur searched from the time the root
reaches the spur node, the best spur being the fewest links, then labels, then ids —
the same order as the plain answer's, so both modes give the same path when the dates
allow it, and both ways of looking give the same answer.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from casebench.domain.ordering import name_key
from casebench.services.graph import GraphLink, LinkGraph, case_graph, gc_paused
from casebench.store.case import Case

MAX_CANDIDATES = 5000  # simple paths examined before giving up (in time order: before the direct search)
FIRST_LOOK = 8  # shortest paths not in time order seen before searching in time order directly
TOP = "\U0010ffff"  # later than any instant: at the target, any time will do

Usable = dict[str, dict[str, list[GraphLink]]]


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


def _usable(graph: LinkGraph, directed: bool) -> Usable:
    out: Usable = {}
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


def _plain_steps(nodes: list[str], usable: Usable) -> list[PathStep]:
    return [PathStep(u, v, tuple(sorted(usable[u][v], key=_link_order)))
            for u, v in itertools.pairwise(nodes)]


def _take(cur: str, links: list[GraphLink]) -> tuple[str, GraphLink] | None:
    """The one rule of a step in time order. ``cur`` is the earliest instant of the latest
    dated link so far ("" before any). A dated link can follow when its latest instant
    (end, else start) is at or after ``cur``, and then ``cur`` becomes max(cur, its start);
    an undated link can always follow and leaves ``cur`` as it is. Of the links between
    the two nodes the one leaving the earliest ``cur`` is taken (the most room for the
    steps after: a path is found whenever some choice of links keeps the order); on a tie
    a dated link before an undated one, then the earlier start, then the id. None when no
    link can follow."""
    best: tuple[tuple[str, int, str, str], GraphLink] | None = None
    for ln in links:
        if ln.start is None:
            key = (cur, 1, "", ln.id)
        elif (ln.end or ln.start) >= cur:
            key = (max(cur, ln.start), 0, ln.start, ln.id)
        else:
            continue
        if best is None or key < best[0]:
            best = (key, ln)
    return None if best is None else (best[0][0], best[1])


Spans = tuple[tuple[str, str], ...] | None  # a pair's dated links as (start, latest instant); None: one is undated


def _spans(links: list[GraphLink]) -> Spans:
    if any(ln.start is None for ln in links):
        return None
    return tuple((ln.start, ln.end or ln.start) for ln in links if ln.start is not None)


def _latest(spans: Spans, after: str) -> str | None:
    """The latest ``cur`` from which ``_take`` crosses a pair's links leaving a ``cur`` no
    later than ``after`` (the same rule read backwards: an undated link leaves ``cur`` as
    it is, a dated one can be taken up to its latest instant and leaves at least its start);
    None when there is none. Every such set of instants is "up to some instant": an
    earlier ``cur`` never leaves a later one."""
    if spans is None:
        return after
    best: str | None = None
    for start, last in spans:
        if start <= after:
            latest = last if last < after else after
            if best is None or latest > best:
                best = latest
    return best


def _timed_steps(nodes: list[str], usable: Usable) -> list[PathStep] | None:
    """The links taken along ``nodes`` in time order; None when no choice keeps the order."""
    cur = ""
    steps = []
    for u, v in itertools.pairwise(nodes):
        took = _take(cur, usable[u][v])
        if took is None:
            return None
        cur, chosen = took
        rest = sorted((ln for ln in usable[u][v] if ln is not chosen), key=_link_order)
        steps.append(PathStep(u, v, (chosen, *rest)))
    return steps


class _Marks:
    """For every node, the latest ``cur`` from which the target is reached in time order
    within r links, for every r (walks on the whole graph, worked out backwards from the
    target: a lower bound of the links needed where the searches below leave nodes out).
    Kept as one dict per r of the nodes whose instant grew at that r, and each node's first
    r: no object per node, so the pass over most of a big graph sets off no collection of
    Python's garbage (those took 100-200 ms each on a 20,000-node graph)."""

    def __init__(self, pred: Backwards, b: str) -> None:
        best = {b: TOP}
        self.first = {b: 0}
        self.layers = [{b: TOP}]
        changed: Iterable[str] = (b,)
        while changed:
            r = len(self.layers)
            grown: dict[str, str] = {}
            for w in changed:
                after = best[w]
                for u, spans in pred.get(w, ()):
                    latest = _latest(spans, after)
                    if latest is None:
                        continue
                    known = grown.get(u) or best.get(u)
                    if known is None or latest > known:
                        grown[u] = latest
            for u, latest in grown.items():
                best[u] = latest
                self.first.setdefault(u, r)
            if grown:
                self.layers.append(grown)
            changed = grown

    def hops(self, v: str, cur: str) -> int | None:
        """Fewest links to the target from ``v`` reached at ``cur``; None: never reached."""
        first = self.first.get(v)
        if first is None:
            return None
        for r in range(first, len(self.layers)):
            latest = self.layers[r].get(v)
            if latest is not None and latest >= cur:
                return r
        return None

    def within(self, v: str, cur: str, hops: int) -> bool:
        got = self.hops(v, cur)
        return got is not None and got <= hops


def _fewest(usable: Usable, marks: _Marks, s: str, c: str, b: str, banned: set[str],
            not_first: set[str]) -> int | None:
    """Fewest links of a path in time order from ``s`` reached at ``c`` to ``b`` that
    avoids ``banned`` and does not start towards ``not_first``: A* over (node, cur), the
    whole graph's distance as the estimate (never more than the true one, and consistent);
    a (links, cur) label of a node is dropped when another has no more links and no later cur."""
    h = marks.hops(s, c)
    if h is None:
        return None
    buckets: dict[int, list[tuple[int, str, str]]] = {h: [(0, s, c)]}
    labels: dict[str, list[tuple[int, str]]] = {s: [(0, c)]}
    while buckets:
        f = min(buckets)
        queue = buckets[f]
        while queue:
            p, v, t = queue.pop()
            if v == b:
                return p
            for w, links in usable.get(v, {}).items():
                if w in banned or (p == 0 and w in not_first):
                    continue
                took = _take(t, links)
                if took is None:
                    continue
                t2 = took[0]
                h = marks.hops(w, t2)
                if h is None:
                    continue
                seen = labels.setdefault(w, [])
                if any(p0 <= p + 1 and t0 <= t2 for p0, t0 in seen):
                    continue
                seen.append((p + 1, t2))
                buckets.setdefault(p + 1 + h, []).append((p + 1, w, t2))
        del buckets[f]
    return None


def _runs_out(ends: Iterable[str], step: Callable[[str], Iterable[str]], banned: set[str],
              met: Callable[[str], bool], budget: int) -> bool:
    """True when walking out from ``ends`` around ``banned`` runs out of nodes, no more than
    ``budget`` of them, without one ``met``."""
    seen = set(ends)
    todo = list(seen)
    while todo:
        if len(seen) > budget:
            return False
        v = todo.pop()
        if met(v):
            return False
        for w in step(v):
            if w not in seen and w not in banned:
                seen.add(w)
                todo.append(w)
    return True


def _cut_off(usable: Usable, pred: Backwards, s: str, b: str, banned: set[str], not_first: set[str],
             budget: int = 256) -> bool:
    """True when no path at all (dates aside) leads from ``s`` to ``b`` around ``banned``,
    seen from either end running out of nodes within ``budget``. The search in time order
    estimates with the whole graph, which does not see that a spur's root cuts the target
    off (a person with one phone, the phone in the root): it would read all of a large
    graph to find nothing (3 s at 200,000 nodes)."""
    starts = {w for w in usable.get(s, {}) if w not in banned and w not in not_first}
    return (_runs_out((b,), lambda v: (u for u, _ in pred.get(v, ())), banned, starts.__contains__, budget)
            or _runs_out(starts, lambda v: usable.get(v, {}), banned, lambda v: v == b, budget))


State = tuple[str, str]  # (node, cur)


def _least(usable: Usable, marks: _Marks, s: str, c: str, b: str, banned: set[str],
           not_first: set[str], length: int, rank: Callable[[str], tuple[str, str, str]]) -> list[str]:
    """The first, by labels then ids, of the paths in time order of ``length`` links (the
    fewest) from ``s`` to ``b``. Every walk of the fewest links is a simple path (a node
    met twice is met the second time no earlier: cutting the loop out leaves a shorter
    walk), so the walks are laid out in layers of (node, cur), those that can end at ``b``
    kept, and the least label then the least id chosen link by link."""
    layers: list[dict[State, list[State]]] = []
    front: set[State] = {(s, c)}
    for p in range(length):
        rest = length - p - 1
        layer: dict[State, list[State]] = {}
        after: set[State] = set()
        for v, t in front:
            out = []
            for w, links in usable.get(v, {}).items():
                if w in banned or (p == 0 and w in not_first) or (w == b) != (rest == 0):
                    continue
                took = _take(t, links)
                if took is None or (rest and not marks.within(w, took[0], rest)):
                    continue
                out.append((w, took[0]))
            layer[(v, t)] = out
            after.update(out)
        layers.append(layer)
        front = after

    def ending(layers_: list[dict[State, list[State]]], last: set[State]) -> list[set[State]]:
        good = [last]
        for layer in reversed(layers_):
            good.append({x for x, out in layer.items() if any(y in good[-1] for y in out)})
        return good[::-1]

    def choose(good: list[set[State]], key: Callable[[State], Any]) -> list[set[State]]:
        fronts = [{(s, c)}]
        for p in range(length):
            nxt = {y for x in fronts[-1] for y in layers[p][x] if y in good[p + 1]}
            least = min(key(y) for y in nxt)
            fronts.append({y for y in nxt if key(y) == least})
        return fronts

    by_label = choose(ending(layers, {x for x in front if x[0] == b}), lambda y: rank(y[0]))
    kept = [{x: [y for y in layer.get(x, ()) if y in by_label[p + 1]] for x in by_label[p]}
            for p, layer in enumerate(layers)]
    by_id = choose(ending(kept, by_label[-1]), lambda y: y[0])
    return [next(iter(f))[0] for f in by_id]


def _timed_paths(graph: LinkGraph, usable: Usable, pred: Backwards, a: str, b: str, k: int) -> list[list[str]]:
    """Up to ``k`` simple paths in time order, least first by (links, labels, ids): Yen's
    method, a spur from each node of the last path found, searched from the cur the root
    reaches that node with, avoiding the root and the next nodes of the paths found that
    share the root. A spur's order is its whole path's (the root is common), so the best
    spur is the best path of its part."""
    marks = _Marks(pred, b)
    ranks: dict[str, tuple[str, str, str]] = {}

    def rank(n: str) -> tuple[str, str, str]:
        got = ranks.get(n)
        if got is None:
            got = ranks[n] = name_key(graph.nodes[n].label)
        return got

    def spur(root: list[str], cur: str, not_first: set[str]) -> list[str] | None:
        s, banned = root[-1], set(root)
        if _cut_off(usable, pred, s, b, banned, not_first):
            return None
        length = _fewest(usable, marks, s, cur, b, banned, not_first)
        if length is None:
            return None
        return root[:-1] + _least(usable, marks, s, cur, b, banned, not_first, length, rank)

    first = spur([a], "", set())
    if first is None:
        return []
    found = [first]
    heap: list[tuple[tuple[int, tuple[tuple[str, str, str], ...], tuple[str, ...]], list[str]]] = []
    seen = {tuple(first)}
    while len(found) < k:
        last, cur = found[-1], ""
        for i in range(len(last) - 1):
            root = last[:i + 1]
            got = spur(root, cur, {q[i + 1] for q in found if q[:i + 1] == root})
            if got is not None and tuple(got) not in seen:
                seen.add(tuple(got))
                heapq.heappush(heap, ((len(got), tuple(rank(n) for n in got), tuple(got)), got))
            took = _take(cur, usable[last[i]][last[i + 1]])
            assert took is not None  # the path found keeps the order
            cur = took[0]
        if not heap:
            break
        found.append(heapq.heappop(heap)[1])
    return found


def _walkable(graph: LinkGraph, directed: bool) -> tuple[Usable, nx.DiGraph]:
    """The usable links between node pairs and the graph networkx walks, made once per
    graph and direction rule (a warm graph answers the next search without rebuilding)."""
    key = ("walkable", directed)
    kept = graph.memo.get(key)
    if kept is None:
        with gc_paused():  # kept as long as the graph: a million objects at 200,000 nodes
            usable = _usable(graph, directed)
            g = nx.DiGraph()
            for u in sorted(usable):
                for v in sorted(usable[u]):
                    g.add_edge(u, v)
            kept = graph.memo[key] = (usable, g)
    return kept  # type: ignore[return-value]


Backwards = dict[str, list[tuple[str, Spans]]]


def _backwards(graph: LinkGraph, directed: bool, usable: Usable) -> Backwards:
    """The usable links by their far end, each pair's dates only (the search in time order
    reads them backwards, once per search over most of the graph)."""
    key = ("walkable backwards", directed)
    kept = graph.memo.get(key)
    if kept is None:
        with gc_paused():
            pred: Backwards = {}
            for u, out in usable.items():
                for v, links in out.items():
                    pred.setdefault(v, []).append((u, _spans(links)))
            kept = graph.memo[key] = pred
    return kept  # type: ignore[return-value]


def _candidates(g: nx.DiGraph, a: str, b: str) -> Iterator[list[str]]:
    if a not in g or b not in g:
        return iter(())
    try:
        return iter(nx.shortest_simple_paths(g, a, b))
    except nx.NetworkXNoPath:
        return iter(())


def _first_paths(walk: nx.DiGraph, usable: Usable, a: str, b: str, k: int, limit: int,
                 steps_of: Callable[[list[str], Usable], list[PathStep] | None], refused: int = 0
                 ) -> tuple[list[tuple[list[str], list[PathStep]]], bool]:
    """networkx's shortest simple paths in turn, those ``steps_of`` can walk kept, until
    ``k`` are kept with the ties of the k-th length: (kept, True); (kept so far, False)
    when ``limit`` paths were looked at before that, or more than ``refused`` were not kept."""
    found: list[tuple[list[str], list[PathStep]]] = []
    cutoff: int | None = None
    left_out = 0
    try:
        for examined, nodes in enumerate(_candidates(walk, a, b)):
            if cutoff is not None and len(nodes) > cutoff:
                break
            if examined >= limit:
                return found, False
            steps = steps_of(nodes, usable)
            if steps is None:
                left_out += 1
                if left_out > refused:
                    return found, False
                continue
            found.append((nodes, steps))
            if len(found) >= k and cutoff is None:
                cutoff = len(nodes)  # keep collecting ties of the k-th length
    except nx.NetworkXNoPath:
        pass
    return found, True


def find_paths(graph: LinkGraph, a: str, b: str, *, k: int = 3, directed: bool = False,
               time_respecting: bool = False, max_candidates: int = MAX_CANDIDATES) -> list[FoundPath]:
    """Up to ``k`` shortest paths from ``a`` to ``b`` (fewest links first). In time order,
    the shortest paths are first looked at as for plain paths, until FIRST_LOOK of them are
    not in time order (where most links have no date, or the dates rarely get in the way,
    the answer comes that way, networkx searching from both ends), or ``max_candidates`` in
    all; then the direct search. Plain paths: ``max_candidates`` at most, then what was found."""
    for node in (a, b):
        if node not in graph.nodes:
            raise ValueError(f"{node} is not on the link graph")
    if k < 1:
        raise ValueError("k must be at least 1")
    if a == b:
        return [FoundPath((a,), ())]
    usable, walk = _walkable(graph, directed)
    if time_respecting:
        found, whole = _first_paths(walk, usable, a, b, k, max_candidates, _timed_steps, refused=FIRST_LOOK)
        if not whole:
            found = []
            for nodes in _timed_paths(graph, usable, _backwards(graph, directed, usable), a, b, k):
                steps = _timed_steps(nodes, usable)
                assert steps is not None  # the search keeps the order
                found.append((nodes, steps))
    else:
        found, _ = _first_paths(walk, usable, a, b, k, max_candidates, _plain_steps)

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


def _more(n: int) -> str:
    return f" (+{n} more)"


def describe(graph: LinkGraph, path: FoundPath, more: Callable[[int], str] = _more,
             label: Callable[[GraphLink], str] | None = None) -> list[str]:
    """One line per step: 'Ana —called (2024-03-11)→ Bruno', for lists and the CLI; ``more``
    words how many other links join the same two, ``label`` a link's label (the window's in
    its language; the link's own, English, by default)."""
    lines = []
    for i, st in enumerate(path.steps, 1):
        src, dst = graph.nodes[st.source].label, graph.nodes[st.target].label
        ln = st.link
        verb = label(ln) if label is not None else ln.label
        when = f" {ln.start[:16].replace('T', ' ')} UTC" if ln.start else ""
        grade = f" [{ln.grade}]" if ln.grade else ""
        others = more(len(st.links) - 1) if len(st.links) > 1 else ""
        arrow = (f"—{verb}→" if st.forward else f"←{verb}—") if ln.directed else f"—{verb}—"
        lines.append(f"{i}. {src} {arrow} {dst}{when}{grade}{others}")
    return lines
