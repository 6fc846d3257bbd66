"""A drawn chart kept up to date with the case (decision 61): which chart shows the whole
case, and which of its items stay when it is drawn again after a change.

What each chart does about a change is worked out on the session's worker
(``services/chart_follow.py``); here is only what the window needs to draw it in place:
the items of the chart on screen that look the same are kept where they stand, compared a
few hundred at a time inside the build's time-boxed batches (``ui/chart_build.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from casebench.domain.drawing import Chart, Edge, Node
from casebench.services.graph import LinkGraph
from casebench.ui.analysis_chart_items import EdgeItem, NodeItem

KEEP_STEP = 500  # items compared between two yields of ``keeping``


def shows_whole_case(graph: LinkGraph | None, node_ids: Iterable[str], name: str | None, auto: bool,
                     cap: int) -> bool:
    """Whether a chart holding ``node_ids`` shows the whole case ``graph`` (every entity of
    it, not a saved chart): new entities then join it. A chart composed by hand keeps to its
    entities; the first chart of an empty case is the whole case."""
    if graph is None or name is not None or len(graph.nodes) > cap:
        return False
    if not graph.nodes:
        return auto
    on = set(node_ids)
    return len(on) >= len(graph.nodes) and all(n in on for n in graph.nodes)


def looks_same(a: Node, b: Node) -> bool:
    """The same entity drawn the same way, wherever it stands."""
    return (a.id == b.id and a.label == b.label and a.kind == b.kind and a.shape == b.shape and a.tlp == b.tlp
            and a.icon == b.icon and a.highlighted == b.highlighted)


def keeping(chart: Chart, edges: Sequence[Edge], old_edges: list[EdgeItem], old_nodes: list[NodeItem],
            kept: tuple[dict[str, NodeItem], dict[int, EdgeItem]]) -> Iterator[None]:
    """The items of the chart on screen that stay when ``chart`` is drawn (the case changed
    under it): a node that looks the same stays where it stands (``kept[0]``, by id), a link
    equal to one of ``edges`` between two such nodes stays (``kept[1]``, by its index in
    ``edges``); ``old_edges`` and ``old_nodes`` are left with what goes. Compared in steps."""
    nodes, links = kept
    was = {item.node.id: item for item in old_nodes}
    for k, n in enumerate(chart.nodes, 1):
        item = was.get(n.id)
        if item is not None and looks_same(item.node, n):
            nodes[n.id] = item
        if k % KEEP_STEP == 0:
            yield
    by_edge: dict[Edge, list[EdgeItem]] = {}
    for link in old_edges:
        by_edge.setdefault(link.edge, []).append(link)
    yield
    for k, e in enumerate(edges, 1):
        same = by_edge.get(e)
        if same and same[-1].source is nodes.get(e.source) and same[-1].target is nodes.get(e.target):
            links[k - 1] = same.pop()
        if k % KEEP_STEP == 0:
            yield
    stay = set(links.values())
    old_edges[:] = [link for link in old_edges if link not in stay]
    old_nodes[:] = [item for item in old_nodes if nodes.get(item.node.id) is not item]
    for item in nodes.values():  # the links that go are no longer theirs
        item.edges = [link for link in item.edges if link in stay]
    yield
