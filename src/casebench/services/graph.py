"""The case as a link graph: entities as nodes, relationships as labelled links.

Conventions (DESIGN.md §6, i2 Analyst's Notebook):

* every entity that is not a relationship is a node, with the i2 shape of its schema;
* a relationship entity (Ownership, Family, Call, Payment, ...) is a link from its
  schema's ``edge`` source property to its target property, labelled with
  ``edge_label``, with an arrow when the schema is ``directed``;
* a property that points at another entity (a bank account's holder, an event's
  involved people) is an undirected link labelled with the property's label;
* phones, e-mails, IBANs and wallets shared by two or more entities (or used by a
  call that names no caller/receiver entity) become identifier nodes, as in FtM/i2;
* the line style comes from the grade of the statements that make the link
  (``Grade.confidence``: confirmed solid, probable dashed, unconfirmed dotted); an
  ungraded link is drawn as probable (dashed). A link is as sure as its weakest end.

Links are kept one per relationship entity (path finding needs each call's date);
:func:`to_chart` merges parallel links into one drawn line with a count.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from casebench.domain.drawing import Chart, Edge, LineStyle, LinkMember, Node, Shape
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP
from casebench.domain.schema import IDENTIFIER_NODE_TYPES, SCHEMATA, get_schema
from casebench.domain.values import PropType
from casebench.store import charts as repo
from casebench.store.case import Case
from casebench.store.entities import canonical_resolver

IDENTIFIER_KINDS: dict[PropType, str] = {
    PropType.PHONE: "Phone", PropType.EMAIL: "Email", PropType.IBAN: "IBAN", PropType.WALLET: "Wallet",
}
ORGANISATION_KINDS = frozenset({"Organization", "Company", "PublicBody"})
REFERENCE = "Reference"  # kind of links made by an entity-valued property
IDENTIFIER = "Identifier"  # kind of links from an entity to an identifier node
_CONFIDENCE_RANK = {"confirmed": 0, "probable": 1, "unconfirmed": 2}
_DATE_PROPS = ("date", "startDate", "endDate")
_AMOUNT_PROPS = ("amount", "currency")
# Where an entity belongs, for the layout grouped by country (first found wins).
_COUNTRY_PROPS = ("country", "nationality", "jurisdiction", "mainCountry")  # a payment's, totalled per currency on the chart
# Calls that name only numbers are drawn between phone nodes.
_NUMBER_FALLBACK = {("Call", "caller"): "callerNumber", ("Call", "receiver"): "receiverNumber"}


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Build a big, long-lived, acyclic structure without the cyclic collector.

    Python's full collections scan every tracked object while holding the GIL: building a
    200,000-entity graph on the worker triggered several of 60-200 ms, and the window froze
    for each. Paused while building, then the result is frozen (``gc.freeze``) so later
    full collections do not rescan it; it is acyclic, so reference counting still frees it
    when the next graph replaces it (the graph here; the walks find path keeps on a warm
    graph, ``paths._walkable``). Frozen whoever owns automatic collection: in the window
    it is off while the case worker lives (only the GUI thread collects), and this runs on
    the worker, which never switches it back on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str
    kind: str  # schema name, or Phone / Email / IBAN / Wallet for identifier nodes
    shape: Shape
    tlp: TLP
    tags: frozenset[str] = frozenset()
    identifier: bool = False
    country: str = ""  # ISO code: the entity's country, else nationality or jurisdiction


@dataclass(frozen=True)
class GraphLink:
    id: str  # relationship entity id, or a stable synthetic id for property links
    source: str
    target: str
    kind: str  # relationship schema (Call, Ownership, ...), REFERENCE or IDENTIFIER
    label: str
    directed: bool
    confidence: str = "probable"  # confirmed / probable / unconfirmed
    grade: str = ""  # verbatim grade value ("B2"), "" when ungraded
    start: str | None = None  # fixed-width UTC, earliest instant of the link's date
    end: str | None = None
    tlp: TLP = TLP.CLEAR
    entity_id: str | None = None  # the relationship entity, when there is one
    tags: frozenset[str] = frozenset()
    amount: str | None = None  # a payment's amount as recorded (a number), with its currency
    currency: str = ""

    @property
    def style(self) -> LineStyle:
        return LineStyle.for_confidence(self.confidence)

    def other(self, node_id: str) -> str:
        return self.target if node_id == self.source else self.source


@dataclass
class LinkGraph:
    nodes: dict[str, GraphNode] = field(default_factory=dict)
    links: list[GraphLink] = field(default_factory=list)
    _adj: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    # What the path finder derives from the graph (its walkable pairs, per direction
    # rule), kept with the graph so a warm graph answers the next "find path" at once.
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def adjacency(self) -> dict[str, list[int]]:
        """node id -> indexes into ``links`` of the links touching it."""
        if self._adj is None:
            adj: dict[str, list[int]] = defaultdict(list)
            for i, ln in enumerate(self.links):
                adj[ln.source].append(i)
                if ln.target != ln.source:
                    adj[ln.target].append(i)
            self._adj = dict(adj)
        return self._adj

    def neighbours(self, node_id: str) -> set[str]:
        return {self.links[i].other(node_id) for i in self.adjacency().get(node_id, ())}

    def expand(self, node_ids: Iterable[str], depth: int = 1) -> set[str]:
        """The given nodes plus every node within ``depth`` links of them."""
        seen = {n for n in node_ids if n in self.nodes}
        frontier = set(seen)
        for _ in range(depth):
            nxt: set[str] = set()
            for n in frontier:
                nxt |= self.neighbours(n)
            frontier = nxt - seen
            seen |= frontier
            if not frontier:
                break
        return seen

    def subgraph(self, node_ids: Iterable[str]) -> LinkGraph:
        keep = {n for n in node_ids if n in self.nodes}
        return LinkGraph({n: self.nodes[n] for n in self.nodes if n in keep},
                         [ln for ln in self.links if ln.source in keep and ln.target in keep])

    def filtered(self, hidden_kinds: Iterable[str] = (), hidden_tags: Iterable[str] = ()) -> LinkGraph:
        """Without the nodes and links of hidden kinds (schemata) or carrying hidden tags."""
        kinds, tags = set(hidden_kinds), set(hidden_tags)
        if not kinds and not tags:
            return self  # nothing hidden: the same graph, and what is derived from it stays warm
        key = ("filtered", frozenset(kinds), frozenset(tags))
        kept = self.memo.get(key)
        if isinstance(kept, LinkGraph):
            return kept
        nodes = {k: n for k, n in self.nodes.items() if n.kind not in kinds and not (n.tags & tags)}
        links = [ln for ln in self.links if ln.kind not in kinds and not (ln.tags & tags)
                 and ln.source in nodes and ln.target in nodes]
        out = LinkGraph(nodes, links)
        self.memo = {k: v for k, v in self.memo.items() if not (isinstance(k, tuple) and k[0] == "filtered")}
        self.memo[key] = out  # the last filter only: a chart's hidden kinds change rarely
        return out

    def kinds(self) -> list[str]:
        return sorted({n.kind for n in self.nodes.values()} | {ln.kind for ln in self.links})

    def tags(self) -> list[str]:
        out: set[str] = set()
        for n in self.nodes.values():
            out |= n.tags
        for ln in self.links:
            out |= ln.tags
        return sorted(out)

    def _joined(self, own: dict[str, str], order: Callable[[str], tuple[str, ...]]) -> dict[str, str]:
        """``own`` (node -> its group) plus every other node in the group most of its linked
        nodes have in ``own`` (a tie goes to the group first by ``order``); the rest stay out."""
        out = dict(own)
        for nid in self.nodes:
            if nid in own:
                continue
            counts: dict[str, int] = defaultdict(int)
            for i in self.adjacency().get(nid, ()):
                group = own.get(self.links[i].other(nid))
                if group:
                    counts[group] += 1
            if counts:
                out[nid] = min(counts, key=lambda g: (-counts[g], *order(g)))
        return out

    def organisation_groups(self) -> dict[str, str]:
        """node id -> the organisation it belongs with, for the grouped layout: an organisation
        is its own group; any other node joins the organisation it has most links with (a
        tie goes to the name first in order); nodes linked to none stay out."""
        orgs = {nid: nid for nid, n in self.nodes.items() if n.kind in ORGANISATION_KINDS}
        return self._joined(orgs, lambda o: (self.nodes[o].label, o))

    def country_groups(self) -> dict[str, str]:
        """node id -> its country, for the layout grouped by country; a node without one (a
        call, a phone number) joins the country most of its linked nodes have."""
        return self._joined({nid: n.country for nid, n in self.nodes.items() if n.country}, lambda c: (c,))

    def layout_groups(self, method: str) -> dict[str, str] | None:
        """The groups a grouped layout needs: by organisation ("grouped") or by country."""
        if method == "grouped":
            return self.organisation_groups()
        if method == "country":
            return self.country_groups()
        return None

    def edge_pairs(self) -> list[tuple[str, str]]:
        """Distinct node pairs joined by at least one link (for layouts)."""
        seen: dict[tuple[str, str], None] = {}
        for ln in self.links:
            if ln.source != ln.target:
                seen.setdefault((ln.source, ln.target), None)
        return list(seen)


def _weakest(grades: Iterable[str | None]) -> tuple[str, str]:
    """(confidence, grade value) of the least sure graded statement; ungraded: probable."""
    best: tuple[int, str, str] | None = None
    for text in grades:
        if not text:
            continue
        try:
            g = Grade.from_text(text)
        except ValueError:
            continue
        rank = _CONFIDENCE_RANK[g.confidence]
        if best is None or rank > best[0]:
            best = (rank, g.confidence, g.value)
    return ("probable", "") if best is None else (best[1], best[2])


def identifier_node_id(k: tuple[str, str]) -> str:
    """The node id of an identifier (kind, match key or value): ``phone:+34600555101``.

    A phone's match key already reads ``phone:…``; other values get the kind as prefix.
    The screen chart and the filtered graphs of packs and exports name them alike, so a
    saved chart's positions and an export's mapping find the same node."""
    prefix = k[0].lower() + ":"
    return k[1] if k[1].startswith(prefix) else prefix + k[1]


def _entity_props() -> list[str]:
    props: set[str] = set(_DATE_PROPS) | set(_AMOUNT_PROPS) | set(_COUNTRY_PROPS)
    for s in SCHEMATA.values():
        for p in s.properties.values():
            if p.type is PropType.ENTITY or p.type in IDENTIFIER_NODE_TYPES:
                props.add(p.name)
    return sorted(props)


_Stmt = tuple[str, str | None, str | None, str | None, str | None, int]  # value, key, grade, ds, de, tlp


# The link graph of each open case, kept while the case does not change: reading it
# from the database is most of what "find path" cost on a big case. Keyed by the case
# object (dropped with it) and checked against `Case.generation`, which every write moves.
_WARM: weakref.WeakKeyDictionary[Case, dict[str, tuple[int, LinkGraph]]] = weakref.WeakKeyDictionary()
_WARM_LOCK = threading.Lock()


def case_graph(case: Case, *, identifiers: str = "shared") -> LinkGraph:
    """The whole case as a link graph, built once and reused until the case changes.

    Shared between callers: treat it as read-only (``filtered`` and ``subgraph`` give
    new graphs).
    """
    generation = case.generation
    with _WARM_LOCK:
        kept = _WARM.get(case, {}).get(identifiers)
    if kept is not None and kept[0] == generation:
        return kept[1]
    graph = build_graph(case, identifiers=identifiers)
    if case.generation == generation:  # nothing was written while it was read
        with _WARM_LOCK:
            _WARM.setdefault(case, {})[identifiers] = (generation, graph)
    return graph


def build_graph(case: Case, *, identifiers: str = "shared") -> LinkGraph:
    """The whole case as a link graph. ``identifiers``: "shared" (default), "all" or "none"."""
    if identifiers not in ("shared", "all", "none"):
        raise ValueError(f"identifiers must be shared, all or none, not {identifiers!r}")
    canon = canonical_resolver(case)

    entities = {e[0]: e for e in repo.graph_entities(case)}
    tags: dict[str, set[str]] = defaultdict(set)
    for eid, tag in repo.all_entity_tags(case):
        tags[canon(eid)].add(tag)
    stmts: dict[str, dict[str, list[_Stmt]]] = defaultdict(lambda: defaultdict(list))
    for eid, prop, value, key, grade, ds, de, tlp in repo.graph_statements(case, _entity_props()):
        stmts[canon(eid)][prop].append((value, key, grade, ds, de, tlp))

    graph = LinkGraph()
    # identifier key -> (kind, display value, users [(entity, prop label, grade)])
    idents: dict[tuple[str, str], tuple[str, str, list[tuple[str, str, str | None]]]] = {}
    forced: dict[tuple[str, str], int] = {}  # identifiers a relationship needs -> its TLP

    def ident_key(ptype: PropType, value: str, key: str | None) -> tuple[str, str]:
        return (IDENTIFIER_KINDS[ptype], key or value)

    ident_id = identifier_node_id

    pending_links: list[GraphLink] = []

    def place(eid: str, schema_name: str, caption: str, tlp: int, props: Mapping[str, list[_Stmt]],
              etags: frozenset[str]) -> None:
        """One entity: a relationship becomes its links, anything else a node."""
        schema = get_schema(schema_name)
        if schema.edge is not None:
            ends: list[list[str]] = []
            grades: list[str | None] = []
            for role in schema.edge:
                found = [canon(v[0]) for v in props.get(role, []) if canon(v[0]) in entities]
                grades += [v[2] for v in props.get(role, [])]
                fallback = _NUMBER_FALLBACK.get((schema.name, role))
                if not found and fallback:
                    for v in props.get(fallback, []):
                        k = ident_key(PropType.PHONE, v[0], v[1])
                        idents.setdefault(k, (k[0], v[0], []))
                        forced[k] = max(forced.get(k, 0), tlp, v[5])
                        found.append(ident_id(k))
                        grades.append(v[2])
                ends.append(found)
            starts = [v[3] for p in ("date", "startDate") for v in props.get(p, []) if v[3]]
            finishes = [v[4] for p in _DATE_PROPS for v in props.get(p, []) if v[4]]
            confidence, grade = _weakest(grades)
            amounts = [v[0] for v in props.get("amount", [])]
            currencies = [v[0] for v in props.get("currency", [])]
            pairs = [(a, b) for a in ends[0] for b in ends[1] if a != b]
            for i, (a, b) in enumerate(pairs):
                pending_links.append(GraphLink(
                    id=eid if i == 0 else f"{eid}#{i}", source=a, target=b, kind=schema.name,
                    label=schema.edge_label, directed=schema.directed, confidence=confidence,
                    grade=grade, start=min(starts) if starts else None,
                    end=max(finishes) if finishes else None, tlp=TLP(tlp), entity_id=eid, tags=etags,
                    amount=amounts[0] if amounts else None,
                    currency=currencies[0].upper() if currencies else ""))
            return
        country = next((v[0] for p in _COUNTRY_PROPS for v in props.get(p, [])), "")
        graph.nodes[eid] = GraphNode(eid, caption or schema.label, schema.name,
                                     Shape.for_kind(schema.name), TLP(tlp), etags, country=country)
        for prop_name, values in props.items():
            pdef = schema.properties.get(prop_name)
            if pdef is None:
                continue
            if pdef.type is PropType.ENTITY:
                for v in values:
                    target = canon(v[0])
                    if target != eid and target in entities:
                        confidence, grade = _weakest([v[2]])
                        pending_links.append(GraphLink(
                            id=f"ref:{eid}:{prop_name}:{target}", source=eid, target=target,
                            kind=REFERENCE, label=pdef.label.lower(), directed=False,
                            confidence=confidence, grade=grade, tlp=TLP(max(tlp, v[5]))))
            elif pdef.type in IDENTIFIER_NODE_TYPES and identifiers != "none":
                for v in values:
                    k = ident_key(pdef.type, v[0], v[1])
                    entry = idents.setdefault(k, (k[0], v[0], []))
                    entry[2].append((eid, pdef.label.lower(), v[2]))

    for eid, (_, schema_name, caption, tlp) in entities.items():
        place(eid, schema_name, caption, tlp, stmts.get(eid, {}), frozenset(tags.get(eid, ())))
    # Compact call records (decision 53) after the entities, in file order as the
    # statement path made them: read as they come, never all held at once. A record is
    # never merged nor an end of anything (it links entities), so it joins no `entities`.
    for eid, schema_name, caption, tlp, run_tags, values in repo.graph_records(case, _entity_props()):
        props: dict[str, list[_Stmt]] = defaultdict(list)
        for prop, value, key, grade, ds, de, vtlp in values:
            props[prop].append((value, key, grade, ds, de, vtlp))
        place(eid, schema_name, caption, tlp, props, frozenset(run_tags))

    for k, (kind, display, users) in idents.items():
        distinct = {u[0] for u in users}
        if not (identifiers == "all" or k in forced or len(distinct) >= 2):
            continue
        nid = ident_id(k)
        tlp_ = max([TLP(forced.get(k, 0)), *(graph.nodes[u].tlp for u in distinct if u in graph.nodes)])
        graph.nodes[nid] = GraphNode(nid, display, kind, Shape.TRIANGLE, tlp_, identifier=True)
        for user, label, grade_text in users:
            confidence, grade = _weakest([grade_text])
            pending_links.append(GraphLink(
                id=f"id:{user}:{nid}", source=user, target=nid, kind=IDENTIFIER, label=label,
                directed=False, confidence=confidence, grade=grade,
                tlp=graph.nodes[user].tlp if user in graph.nodes else TLP.CLEAR))
    graph.links = [ln for ln in pending_links if ln.source in graph.nodes and ln.target in graph.nodes]
    return graph


def _amount(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _member(ln: GraphLink) -> LinkMember:
    return LinkMember(id=ln.id, source=ln.source, target=ln.target, when=ln.start or "",
                      amount=_amount(ln.amount), currency=ln.currency, grade=ln.grade,
                      style=ln.style)


def _weakest_link(links: list[GraphLink]) -> GraphLink:
    """The least sure link of a group; among equals a graded one (its grade is printed)."""
    return max(links, key=lambda ln: (_CONFIDENCE_RANK[ln.confidence], bool(ln.grade)))


def _totals(links: list[GraphLink]) -> tuple[tuple[str, Decimal], ...]:
    """Sum per currency of the links that carry an amount (payments)."""
    sums: dict[str, Decimal] = {}
    for ln in links:
        value = _amount(ln.amount)
        if value is not None:
            sums[ln.currency] = sums.get(ln.currency, Decimal(0)) + value
    return tuple(sorted(sums.items()))


def aggregate_key(a: str, b: str, kind: str, label: str) -> str:
    """The identity of the aggregated link of ``kind`` between ``a`` and ``b`` (either order)."""
    lo, hi = sorted((a, b))
    return f"{kind}\x1f{label}\x1f{lo}\x1f{hi}"


def _lanes(edges: list[Edge]) -> list[Edge]:
    """Spread parallel lines between the same pair over lanes 0, 1, -1, 2, -2…"""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    out = []
    for e in edges:
        pair = (min(e.source, e.target), max(e.source, e.target))
        i = seen[pair]
        seen[pair] += 1
        lane = 0 if i == 0 else (i + 1) // 2 * (1 if i % 2 else -1)
        out.append(replace(e, lane=lane) if lane else e)
    return out


def to_chart(graph: LinkGraph, positions: Mapping[str, tuple[float, float]], *, title: str = "",
             tlp: TLP | None = None, node_ids: Iterable[str] | None = None,
             highlight_nodes: Iterable[str] = (), highlight_links: Iterable[str] = (),
             expanded: Iterable[str] = ()) -> Chart:
    """The drawing model for the nodes on the chart, links of one kind per pair aggregated.

    All the links of one kind and label between the same two nodes (calls, payments,
    messages, either direction) become one :class:`Edge` with their count, the number
    running backwards, per-currency totals, the style and grade of the weakest of them,
    and each single link as a member. Aggregates whose key (:func:`aggregate_key`) is
    in ``expanded`` are drawn as their single links instead, side by side.
    """
    ids = [n for n in (node_ids if node_ids is not None else graph.nodes) if n in graph.nodes]
    on = set(ids)
    hn, hl, open_ = set(highlight_nodes), set(highlight_links), set(expanded)
    nodes = tuple(
        Node(id=n, label=graph.nodes[n].label, kind=graph.nodes[n].kind, shape=graph.nodes[n].shape,
             x=positions.get(n, (0.0, 0.0))[0], y=positions.get(n, (0.0, 0.0))[1],
             tlp=graph.nodes[n].tlp, highlighted=n in hn)
        for n in ids)
    groups: dict[str, list[GraphLink]] = {}
    for ln in graph.links:
        if ln.source not in on or ln.target not in on:
            continue
        groups.setdefault(aggregate_key(ln.source, ln.target, ln.kind, ln.label), []).append(ln)
    edges: list[Edge] = []
    for key, links in groups.items():
        first = links[0]
        if key in open_ and len(links) > 1:
            for ln in sorted(links, key=lambda ln: (ln.start or "", ln.id)):
                edges.append(Edge(source=ln.source, target=ln.target, label=ln.label, style=ln.style,
                                  directed=ln.directed, highlighted=ln.id in hl, grade=ln.grade,
                                  kind=ln.kind, totals=_totals([ln]), members=(_member(ln),),
                                  key=key, tlp=ln.tlp))
            continue
        a, b = first.source, first.target
        forward = sum(1 for ln in links if ln.source == a)
        if first.directed and forward * 2 < len(links):  # point the line the way most go
            a, b, forward = b, a, len(links) - forward
        weakest = _weakest_link(links)
        edges.append(Edge(source=a, target=b, label=first.label, style=weakest.style,
                          directed=first.directed, count=len(links),
                          highlighted=any(ln.id in hl for ln in links), grade=weakest.grade,
                          kind=first.kind, reverse=len(links) - forward if first.directed else 0,
                          totals=_totals(links),
                          members=tuple(_member(ln) for ln in sorted(
                              links, key=lambda ln: (ln.start or "", ln.id))),
                          key=key, tlp=max(ln.tlp for ln in links)))
    level = tlp if tlp is not None else max((n.tlp for n in nodes if n.tlp is not None),
                                            default=TLP.CLEAR)
    return Chart(title=title, nodes=nodes, edges=tuple(_lanes(edges)), tlp=level)
