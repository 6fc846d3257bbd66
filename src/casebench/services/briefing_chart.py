"""The link graph and network chart of a briefing pack, built from the filtered case view.

The pack cannot use ``services.graph.build_graph`` as it stands: that reads every
stored value, and a link made by a withheld value (a burner phone attributed at
AMBER+STRICT, a RED associate link) would still be drawn. So the graph is built here
from :class:`~casebench.services.briefing_view.CaseView` (only the values the pack may
print) with the same conventions, and drawn with ``services.graph.to_chart`` and the
force layout of ``services.layout`` (or a saved chart's positions).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from casebench.domain.drawing import Chart, LeftOff, Shape
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP
from casebench.domain.schema import IDENTIFIER_NODE_TYPES
from casebench.domain.values import PropType
from casebench.reports import vocab
from casebench.services import layout as layouts
from casebench.services.briefing_view import CaseView
from casebench.services.graph import (
    GraphLink,
    GraphNode,
    LinkGraph,
    aggregate_key,
    identifier_node_id,
    to_chart,
)

IDENTIFIER_KINDS: dict[PropType, str] = {
    PropType.PHONE: "Phone", PropType.EMAIL: "Email", PropType.IBAN: "IBAN", PropType.WALLET: "Wallet",
}
# Kinds that are not drawn on the network chart (they have their own sections).
# Events, seizures and travel are shown on the timeline chart instead.
NOT_CHARTED = frozenset({"Meeting", "ActionItem", "Request", "Note", "Document", "Identification",
                         "Passport", "Address", "Travel", "PublicBody", "Event", "Seizure",
                         "Vehicle"})
MAX_CHART_NODES = 32
DENSE = 2.5  # links per node above which the pack draws the chart as a circle
# Calls and messages are many (the demo's 32 people share 282 pairs of callers): a page
# shows only the pairs that called most, at most this many lines; the rest are said
# under the chart and listed in full in the calls annex.
THINNED_KINDS = ("Call", "Message")
MAX_THINNED_LINES = 20
_RANK = {"confirmed": 0, "probable": 1, "unconfirmed": 2}
_FALLBACK = {("Call", "caller"): "callerNumber", ("Call", "receiver"): "receiverNumber"}


def _weakest(grades: Iterable[Grade | None]) -> tuple[str, str]:
    best: tuple[int, str, str] | None = None
    for g in grades:
        if g is None:
            continue
        rank = _RANK[g.confidence]
        if best is None or rank > best[0]:
            best = (rank, g.confidence, g.value)
    return ("probable", "") if best is None else (best[1], best[2])


def build_graph(view: CaseView, lang: str = "en", *, keep_identifiers: Collection[str] = ()
                ) -> LinkGraph:
    """Nodes and links from the values the pack may print (see services.graph for conventions).

    Link labels are in ``lang``: they are printed on the chart. Each node and link is
    as high as what it prints: an entity its handling and the value its caption comes
    from (``Item.caption_tlp``; a RED alias that is not printed does not raise it); a
    relationship its handling and the values that make it (its ends, a number standing
    for an end, the amount and currency totalled on it); a reference or identifier link
    its holder's handling and the value naming the other end; an identifier node the
    values that name it. Identifier nodes are made where two entities share them, a call
    needs them, or their id is in ``keep_identifiers`` (a printed chart's).
    """
    graph = LinkGraph()
    links: list[GraphLink] = []
    idents: dict[tuple[str, str], tuple[str, list[tuple[str, str, Grade | None, TLP]]]] = {}
    forced: dict[tuple[str, str], TLP] = {}  # identifiers a call needs -> level of its numbers
    kept_ids = set(keep_identifiers)
    ident_id = identifier_node_id

    for it in view.items.values():
        if it.schema.edge is not None:
            ends: list[list[str]] = []
            grades: list[Grade | None] = []
            levels = [it.handling.tlp, *(s.tlp for p in ("amount", "currency") for s in it.stmts(p)[:1])]
            for role in it.schema.edge:
                found = []
                for s in it.stmts(role):
                    target = view.canon(s.value)
                    if target in view.items:
                        found.append(target)
                        grades.append(s.provenance.grade)
                        levels.append(s.tlp)
                fb = _FALLBACK.get((it.schema.name, role))
                if not found and fb:
                    for s in it.stmts(fb):
                        k = ("Phone", s.match_key or s.value)
                        idents.setdefault(k, (s.value, []))
                        forced[k] = max(forced.get(k, TLP.CLEAR), s.tlp)
                        found.append(ident_id(k))
                        grades.append(s.provenance.grade)
                        levels.append(s.tlp)
                ends.append(found)
            confidence, grade = _weakest(grades)
            starts = sorted(s.value for p in ("date", "startDate") for s in it.stmts(p))
            pairs = [(a, b) for a in ends[0] for b in ends[1] if a != b]
            for i, (a, b) in enumerate(pairs):
                links.append(GraphLink(
                    id=it.id if i == 0 else f"{it.id}#{i}", source=a, target=b, kind=it.schema.name,
                    label=vocab.edge_label(lang, it.schema.name, it.schema.edge_label),
                    directed=it.schema.directed, confidence=confidence,
                    grade=grade, start=starts[0] if starts else None, tlp=max(levels), entity_id=it.id,
                    tags=it.tags, amount=it.first("amount") or None,
                    currency=(it.first("currency") or "").upper()))
            continue
        graph.nodes[it.id] = GraphNode(it.id, it.caption, it.schema.name,
                                       Shape.for_kind(it.schema.name), it.caption_tlp, it.tags)
        for s in it.statements:
            prop = it.schema.properties.get(s.prop)
            if prop is None:
                continue
            if prop.type is PropType.ENTITY:
                target = view.canon(s.value)
                if target != it.id and target in view.items:
                    confidence, grade = _weakest([s.provenance.grade])
                    links.append(GraphLink(
                        id=f"ref:{it.id}:{s.prop}:{target}", source=it.id, target=target,
                        kind="Reference", label=vocab.prop_label(lang, s.prop, prop.label).lower(),
                        directed=False,
                        confidence=confidence, grade=grade, tlp=max(it.handling.tlp, s.tlp)))
            elif prop.type in IDENTIFIER_NODE_TYPES:
                k = (IDENTIFIER_KINDS[prop.type], s.match_key or s.value)
                idents.setdefault(k, (s.value, []))[1].append(
                    (it.id, vocab.prop_label(lang, s.prop, prop.label).lower(), s.provenance.grade,
                     s.tlp))
    for k, (display, users) in idents.items():
        nid = ident_id(k)
        if k not in forced and nid not in kept_ids and len({u[0] for u in users}) < 2:
            continue
        level = max([forced.get(k, TLP.CLEAR), *(u[3] for u in users)])
        graph.nodes[nid] = GraphNode(nid, display, k[0], Shape.TRIANGLE, level, identifier=True)
        for user, label, grade_, tlp in users:
            confidence, grade = _weakest([grade_])
            links.append(GraphLink(id=f"id:{user}:{nid}", source=user, target=nid, kind="Identifier",
                                   label=label, directed=False, confidence=confidence, grade=grade,
                                   tlp=max(view.items[user].handling.tlp, tlp)))
    graph.links = [ln for ln in links if ln.source in graph.nodes and ln.target in graph.nodes]
    return graph


def _pair_counts(links: Iterable[GraphLink]) -> Counter[str]:
    """How many calls (messages) each pair of ends has, keyed as the chart aggregates them."""
    return Counter(_key(ln) for ln in links if ln.kind in THINNED_KINDS)


def _key(ln: GraphLink) -> str:
    return aggregate_key(ln.source, ln.target, ln.kind, ln.label)


def _threshold(counts: Iterable[int], limit: int) -> int:
    """The least count a pair needs for its line to be drawn, so that at most ``limit`` are."""
    ranked = sorted(counts, reverse=True)
    if len(ranked) <= limit:
        return 1
    # every pair tied with the first one beyond the limit goes too; the bar is the least
    # count drawn (the page says "at least 7", not "at least 3" when none has 3 to 6)
    return min((c for c in ranked if c > ranked[limit]), default=ranked[limit] + 1)


def _strong(links: Iterable[GraphLink], counts: Counter[str], below: int) -> list[GraphLink]:
    return [ln for ln in links if ln.kind not in THINNED_KINDS
            or counts[_key(ln)] >= below]


def network_chart(graph: LinkGraph, scope: Iterable[str], *, title: str,
                  positions: Mapping[str, tuple[float, float]] | None = None,
                  max_nodes: int = MAX_CHART_NODES,
                  max_thinned: int = MAX_THINNED_LINES) -> Chart | None:
    """The chart of the entities in ``scope`` (and identifiers they share), most linked first.

    Beyond ``max_nodes`` only the most connected nodes are drawn: a page cannot show
    more and stay legible (the full lists are in the other sections). Of the calls and
    messages, only the ``max_thinned`` pairs linked most often are drawn (relationships,
    payments and shared identifiers always are); the chart's ``left_off`` says which
    pairs were not, for the page to say so.
    """
    keep = {n for n in scope if n in graph.nodes and graph.nodes[n].kind not in NOT_CHARTED}
    sub = graph.subgraph(keep | {n for n, node in graph.nodes.items() if node.identifier})
    # identifier nodes only where two charted entities share them
    degree: dict[str, set[str]] = {}
    for ln in sub.links:
        degree.setdefault(ln.source, set()).add(ln.target)
        degree.setdefault(ln.target, set()).add(ln.source)
    ids = [n for n in sub.nodes if not sub.nodes[n].identifier or len(degree.get(n, ())) >= 2]
    if not ids:
        return None
    if len(ids) > max_nodes:
        # the entities with most drawn lines first (a person with many single calls
        # and no frequent caller would stand alone on the page)
        counts = _pair_counts(sub.links)
        drawn: dict[str, set[str]] = {}
        for ln in _strong(sub.links, counts, _threshold(counts.values(), max_thinned)):
            drawn.setdefault(ln.source, set()).add(ln.target)
            drawn.setdefault(ln.target, set()).add(ln.source)
        ids = sorted(ids, key=lambda n: (-len(drawn.get(n, ())), -len(degree.get(n, ())),
                                         sub.nodes[n].label))[:max_nodes]
    sub = sub.subgraph(ids)
    counts = _pair_counts(sub.links)
    below = _threshold(counts.values(), max_thinned)
    kinds = {_key(ln): ln.kind for ln in sub.links if ln.kind in THINNED_KINDS}
    left_off = []
    for kind in THINNED_KINDS:
        weak = [c for k, c in counts.items() if kinds[k] == kind and c < below]
        if weak:
            left_off.append(LeftOff(kind, below, len(weak), sum(weak)))
    sub = LinkGraph(sub.nodes, _strong(sub.links, counts, below))
    ids = sorted(sub.nodes)
    fixed = {k: v for k, v in (positions or {}).items() if k in sub.nodes}
    if fixed and len(fixed) == len(ids):
        pos = dict(fixed)
    else:
        # Layouts order nodes by id; ids are random, names are not: lay out under names
        # so that the same case prints the same chart wherever it was built.
        alias = {n: f"{i:05d}" for i, n in enumerate(sorted(ids, key=lambda n: (sub.nodes[n].label, n)))}
        back = {v: k for k, v in alias.items()}
        pairs = [(alias[a], alias[b]) for a, b in sub.edge_pairs()]
        if not fixed and (len(pairs) > DENSE * len(ids)):
            # nearly everyone linked to everyone (the calls of a ring): on a circle every
            # name sits outside the bundle of lines, where it can be read
            placed = layouts.circular_layout(alias.values(), pairs)
        else:
            placed = layouts.force_layout(alias.values(), pairs, seed=0,
                                          fixed={alias[k]: v for k, v in fixed.items()} or None)
        pos = {back[k]: v for k, v in placed.items()}
    level = max((n.tlp for n in sub.nodes.values()), default=TLP.CLEAR)
    chart = to_chart(sub, pos, title=title, tlp=level, node_ids=ids)
    return replace(chart, left_off=tuple(left_off))
