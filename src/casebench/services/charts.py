"""Saved link charts, timeline windows, and export of charts and timelines to SVG / PNG.

A saved chart (several per case, by name) keeps the node ids on it, the positions the
user gave them, the kinds and tags hidden, the aggregated links shown one by one, and
the layout and seed used for nodes without a position; its JSON carries a format
version, and charts saved by an older casebench are upgraded as they are read. :func:`chart_model` turns it (or the whole case) into the plain
drawing model ``domain.drawing.Chart`` that the Qt view, the CLI and the briefing
packs all draw. A chart is printed on one sheet (``reports.chart_sheet``: PDF, SVG or
PNG, A4/A3, legend, case reference, date, TLP marking top and bottom) after the
handling decision for an export; a timeline image (``reports.timeline_image``) carries
the marking in a black band at the top right. This module decides what is shown and
records the disclosure; drawing and encoding are the reports package's. The marking is the case's default TLP or
the highest level of anything drawn, whichever is higher. Every export is recorded in
the audit log as a disclosure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from casebench.domain.captions import UNKNOWN_END
from casebench.domain.dates import fixed_utc
from casebench.domain.drawing import Chart, Timeline, TimelineItem
from casebench.domain.handling import TLP
from casebench.domain.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.domain.schema import SCHEMATA, get_schema
from casebench.reports.sanitize import clean, clean_text
from casebench.services import layout as layouts
from casebench.services.cases import default_tlp
from casebench.services.graph import LinkGraph, case_graph, to_chart
from casebench.store import audit
from casebench.store import charts as repo
from casebench.store import timeline_extra as tl_repo
from casebench.store.atomic import atomic_write_bytes, deferred_renames
from casebench.store.case import Case
from casebench.store.errors import InvalidInput
from casebench.store.timeline_extra import WindowFilter, WindowRow

__all__ = [
    "ChartSummary", "SavedChart", "TimelineWindow", "WindowFilter", "WindowRow", "chart_model",
    "delete_chart", "export_chart", "export_timeline", "list_charts", "load_chart", "save_chart",
    "timeline_window",
]

FORMATS = ("svg", "png")  # timelines (reports.timeline_image); charts also print to PDF
SMALL_CASE = 50_000  # entities; above this the undated band loads on request (a full scan)
# Properties whose targets are the "entities" of an item, for timeline lanes per entity.
PARTY_PROPS: tuple[str, ...] = tuple(sorted(
    {p for s in SCHEMATA.values() if s.edge for p in s.edge}
    | {"involved", "organizer", "holder", "owner", "entity", "seizedBy"}))


# -- saved charts ----------------------------------------------------------------------------

CHART_FORMAT = 2  # the version of a saved chart's JSON written now (see ``upgrade_saved``)


def upgrade_saved(data: dict[str, Any]) -> dict[str, Any]:
    """A saved chart's JSON in today's format, whatever version wrote it.

    Version 1 (and a document without a version) had no aggregated links: every link
    drawn was single, so nothing was expanded. Version 2 adds ``expanded_links``, the
    aggregated links (calls, messages, payments between one pair) the user opened into
    their single links. A newer version than this program knows is refused rather
    than half read."""
    out = dict(data)
    version = int(out.get("version", 1))
    if version > CHART_FORMAT:
        raise ValueError(f"saved chart format {version} is newer than this casebench reads ({CHART_FORMAT})")
    if version < 2:
        out.setdefault("expanded_links", [])
        version = 2
    out["version"] = version
    return out


@dataclass
class SavedChart:
    name: str
    node_ids: list[str] = field(default_factory=list)
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    hidden_kinds: list[str] = field(default_factory=list)
    hidden_tags: list[str] = field(default_factory=list)
    layout: str = "force"
    seed: int = 0
    updated_at: str = ""
    updated_by: str = ""
    expanded_links: list[str] = field(default_factory=list)  # aggregated links shown one by one

    def to_json(self) -> dict[str, Any]:
        return {"version": CHART_FORMAT, "nodes": list(self.node_ids),
                "positions": {k: [round(v[0], 2), round(v[1], 2)] for k, v in self.positions.items()},
                "hidden_kinds": sorted(self.hidden_kinds), "hidden_tags": sorted(self.hidden_tags),
                "layout": self.layout, "seed": self.seed, "expanded_links": sorted(self.expanded_links)}

    @classmethod
    def from_json(cls, name: str, data: dict[str, Any]) -> SavedChart:
        data = upgrade_saved(data)
        return cls(name=name, node_ids=[str(n) for n in data.get("nodes", [])],
                   positions={str(k): (float(v[0]), float(v[1]))
                              for k, v in data.get("positions", {}).items()},
                   hidden_kinds=list(data.get("hidden_kinds", [])),
                   hidden_tags=list(data.get("hidden_tags", [])),
                   layout=str(data.get("layout", "force")), seed=int(data.get("seed", 0)),
                   expanded_links=[str(k) for k in data.get("expanded_links", [])])


@dataclass(frozen=True)
class ChartSummary:
    name: str
    updated_at: str
    updated_by: str


def save_chart(case: Case, chart: SavedChart) -> None:
    if chart.layout not in layouts.LAYOUTS:
        raise InvalidInput(case.path, f"unknown layout {chart.layout!r}")
    repo.save_chart(case, chart.name, chart.to_json())


def load_chart(case: Case, name: str) -> SavedChart:
    rec = repo.load_chart(case, name)
    try:
        saved = SavedChart.from_json(rec.name, rec.data)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise InvalidInput(case.path, f"saved chart {name!r} cannot be read: {exc}") from exc
    saved.updated_at, saved.updated_by = rec.updated_at, rec.updated_by
    return saved


def list_charts(case: Case) -> list[ChartSummary]:
    return [ChartSummary(*r) for r in repo.list_charts(case)]


def delete_chart(case: Case, name: str) -> None:
    repo.delete_chart(case, name)


def rename_chart(case: Case, old: str, new: str) -> None:
    repo.rename_chart(case, old, new)


def marking(case: Case, levels: Iterable[TLP | None] = ()) -> TLP:
    """The case's default TLP or the highest level drawn, whichever is higher."""
    return max([default_tlp(case), *(lv for lv in levels if lv is not None)])


def chart_model(case: Case, name: str | None = None, *, layout: str | None = None, seed: int = 0,
                graph: LinkGraph | None = None, highlight_nodes: Iterable[str] = (),
                highlight_links: Iterable[str] = ()) -> Chart:
    """A saved chart (or, without ``name``, the whole case) placed and ready to draw.

    Saved positions are kept; nodes without one are laid out around them. An explicit
    ``layout`` re-lays out every node.
    """
    graph = graph if graph is not None else case_graph(case)
    if name:
        saved = load_chart(case, name)
        view = graph.filtered(saved.hidden_kinds, saved.hidden_tags)
        ids = [n for n in saved.node_ids if n in view.nodes]
        method, fixed, seed = layout or saved.layout, ({} if layout else saved.positions), saved.seed
        title = f"{case.title} — {name}"
    else:
        view = graph
        ids = sorted(view.nodes)
        method, fixed, title = layout or "force", {}, case.title
    sub = view.subgraph(ids)
    if method == "force":
        pos = layouts.force_layout(ids, sub.edge_pairs(), seed=seed, fixed=fixed)
    else:
        pos = layouts.layout(method, ids, sub.edge_pairs(), seed=seed,
                             groups=sub.layout_groups(method))
    pos.update({k: v for k, v in fixed.items() if k in pos})
    chart = to_chart(sub, pos, title=title, node_ids=ids, highlight_nodes=highlight_nodes,
                     highlight_links=highlight_links)
    return Chart(title=chart.title, nodes=chart.nodes, edges=chart.edges,
                 tlp=marking(case, [n.tlp for n in chart.nodes]))


# -- timeline windows ------------------------------------------------------------------------

def parse_fixed(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


@dataclass(frozen=True)
class TimelineWindow:
    lo: datetime
    hi: datetime
    rows: tuple[WindowRow, ...]
    truncated: bool  # more items than fetched: ``density`` shows where they are
    density: tuple[int, ...] = ()  # capped counts per bucket across [lo, hi] when truncated
    density_cap: int = 0
    captions: dict[str, str] = field(default_factory=dict)  # party id -> caption (entity lanes)


def timeline_window(case: Case, lo: datetime, hi: datetime, flt: WindowFilter | None = None, *,
                    limit: int = 3000, buckets: int = 200, cap: int = 100,
                    with_parties: bool = False) -> TimelineWindow:
    """The items overlapping [lo, hi]; beyond ``limit``, capped counts per bucket instead."""
    a, b = fixed_utc(lo), fixed_utc(hi)
    # A capped count on the date index first: a crowded window skips reading its rows.
    rows: list[WindowRow] = []
    if tl_repo.density(case, [a, b], flt, cap=limit + 1)[0] > limit:
        truncated = True
    else:
        rows, truncated = tl_repo.window(case, a, b, flt, limit=limit,
                                         party_props=PARTY_PROPS if with_parties else ())
    density: list[int] = []
    if truncated:
        span = (hi - lo) / buckets
        edges = [fixed_utc(lo + span * i) for i in range(buckets + 1)]
        density = tl_repo.density(case, edges, flt, cap=cap)
    captions: dict[str, str] = {}
    if with_parties:
        # the rows carry their own entity's caption: only the other parties are looked up
        captions = {r.entity_id: r.caption for r in rows}
        others = {p for r in rows for p in r.parties} - captions.keys()
        captions.update({k: v[1] for k, v in repo.captions(case, sorted(others)).items()})
    return TimelineWindow(lo, hi, tuple(rows), truncated, tuple(density), cap, captions)


def timeline_extent(case: Case) -> tuple[datetime, datetime] | None:
    ext = tl_repo.extent(case)
    return None if ext is None else (parse_fixed(ext[0]), parse_fixed(ext[1]))


def latest_window(case: Case, n: int = 300) -> tuple[datetime, datetime] | None:
    """A window holding about the latest ``n`` items: what the timeline opens on."""
    ext = tl_repo.extent(case)
    first = tl_repo.nth_from_end(case, n)
    if ext is None or first is None:
        return None
    lo, hi = parse_fixed(first), parse_fixed(ext[1])
    pad = max((hi - lo) * 0.05, timedelta(hours=1))
    return lo - pad, hi + pad


@dataclass(frozen=True)
class TimelineOverview:
    """What the timeline view needs to open: where to look first, and its filter choices."""

    start_window: tuple[datetime, datetime] | None
    extent: tuple[datetime, datetime] | None
    undated: tuple[tuple[str, str, str, float | None], ...]  # id, schema, caption, order
    tlp: TLP  # the case's default marking
    small: bool  # at most SMALL_CASE entities: the undated band may load at once
    kinds: tuple[str, ...]  # dated schemata
    tags: tuple[str, ...]


def timeline_overview(case: Case, first_items: int = 300, *, with_undated: bool = True
                      ) -> TimelineOverview:
    """``with_undated=False`` skips the undated band (a scan of every entity; fetch it later)."""
    from casebench.services import entities, timeline

    return TimelineOverview(
        start_window=latest_window(case, first_items), extent=timeline_extent(case),
        undated=tuple(timeline.undated(case)) if with_undated else (), tlp=default_tlp(case),
        small=tl_repo.approx_entities(case) <= SMALL_CASE,
        kinds=tuple(sorted(s.name for s in SCHEMATA.values() if not s.abstract and s.temporal_start)),
        tags=tuple(entities.all_tags(case)))


def undated(case: Case) -> list[tuple[str, str, str, float | None]]:
    from casebench.services import timeline

    return timeline.undated(case)


def reorder_undated(case: Case, entity_ids: Sequence[str]) -> None:
    """Give the undated items the order shown (1, 2, 3, ...), in one transaction."""
    from casebench.services import entities

    with case.transaction():
        for i, eid in enumerate(entity_ids, 1):
            entities.set_undated_order(case, eid, float(i))


def lane_of(row: WindowRow, lanes: str, captions: dict[str, str] | None = None) -> list[str]:
    """Lane names of a row: its kind, or each entity it concerns (parties, else itself)."""
    if lanes == "kind":
        return [get_schema(row.schema).label]
    ids = list(row.parties) or [row.entity_id]
    caps = captions or {}
    return [caps.get(i, row.caption if i == row.entity_id else i) for i in ids]


def timeline_items(rows: Sequence[WindowRow], lanes: str = "kind",
                   captions: dict[str, str] | None = None) -> list[TimelineItem]:
    from casebench.domain.dates import DateValue

    items = []
    for r in rows:
        try:
            approx = DateValue.parse(r.value).approximate
        except ValueError:
            approx = False
        start, end = parse_fixed(r.start), parse_fixed(r.end)
        for lane in lane_of(r, lanes, captions)[:1]:
            items.append(TimelineItem(
                id=r.entity_id, label=r.caption or get_schema(r.schema).label, kind=r.schema,
                start_utc=start, end_utc=end if (end - start).total_seconds() > 60 else None,
                approximate=approx, lane=lane, tlp=TLP(r.tlp)))
    return items


# -- export ----------------------------------------------------------------------------------

def _format_of(out: Path) -> str:
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(out, "export to a .svg or .png file")
    return fmt


@dataclass(frozen=True)
class LeftOut:
    """What a printed chart leaves out of the chart on screen, for the user and the record."""

    entities: tuple[tuple[str, str], ...] = ()  # (id, kind) of nodes not printed
    links: tuple[tuple[str, str], ...] = ()  # (id, kind) of single links not drawn
    names_replaced: int = 0  # nodes printed under another name than on screen
    names_as_kind: int = 0  # ... of which under their kind only (no name may leave)

    def links_by_kind(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _, kind in self.links:
            out[kind] = out.get(kind, 0) + 1
        return dict(sorted(out.items()))

    def record(self) -> dict[str, Any]:
        """The audit record's account: which entities, how many links of each kind, which
        relationship entities, how many names replaced (values stay out of the record
        only where they are ids: an identifier node's id is its value, kept at home)."""
        return {"withheld": len(self.entities) + len(self.links),
                "withheld_entities": [{"id": i, "kind": k} for i, k in self.entities],
                "withheld_links": self.links_by_kind(),
                "withheld_relationships": sorted({i for i, k in self.links if k in SCHEMATA}),
                "names_replaced": self.names_replaced, "names_as_kind": self.names_as_kind}


@dataclass(frozen=True)
class ChartExport:
    """What :func:`export_chart` wrote: the file, its marking and what was left out."""

    path: Path
    tlp: TLP
    nodes: int
    links: int
    withheld: int  # entities and single links the handling decision kept home
    captions_hidden: int  # link labels that did not fit on the sheet
    left_out: LeftOut = field(default_factory=LeftOut)

    @property
    def withheld_nodes(self) -> int:
        return len(self.left_out.entities)

    @property
    def withheld_links(self) -> int:
        return len(self.left_out.links)

    @property
    def names_replaced(self) -> int:
        return self.left_out.names_replaced

    @property
    def names_as_kind(self) -> int:
        return self.left_out.names_as_kind


def _is_identifier(node_id: str) -> bool:
    """Identifier nodes (``phone:+34…``) are named by their value; entity ids have no colon."""
    return ":" in node_id


def _member_key(member_id: str, source: str, target: str) -> tuple[str, str, str]:
    """A single link as both graphs name it: a relationship by its entity (its ``#n``
    suffix numbers the pairs, which change when an end is withheld), others by their id."""
    return (member_id.split("#")[0], source, target)


def shown_for_export(case: Case, chart: Chart, max_tlp: TLP | None = None, *, lang: str = "en",
                     tick: Callable[[int, int], None] | None = None) -> tuple[Chart, LeftOut]:
    """The chart as it may leave in a file: the one handling decision for an export.

    The chart on screen is drawn from every value. For the file the entities on it and
    the relationships drawn are read again as an export may carry them
    (``services.briefing_view.load_view`` asking :func:`casebench.domain.disclosure.decide`
    value by value for an export audience: our own RED, a partner's RED, no-dissemination
    codes, anything above ``max_tlp``… stay home) and drawn with the pack's graph
    (``services.briefing_chart.build_graph``), on the positions of the screen:

    * an entity that may not go is left off; one that may is named by the first caption
      value that may go (``schema.caption`` order), else by its kind only, and is as high
      as its handling and that value (a RED alias it does not print does not raise it);
    * a link is drawn only if the values that make it may go (a relationship's ends, an
      account's holder, a shared phone at each holder), at their level; a withheld amount
      is not totalled; an identifier node is as high as the values naming it;
    * a relationship with an end that is not on the chart is left out with it (it is
      read with the chart's entities only).

    Returns the chart (its ``tlp`` the marking) and what was left out.
    """
    from casebench.domain.disclosure import Kind
    from casebench.reports import vocab
    from casebench.services.briefing_chart import build_graph
    from casebench.services.briefing_view import Ceiling, load_view
    from casebench.services.graph import GraphNode, aggregate_key

    pinned_ids = [n.id for n in chart.nodes if not _is_identifier(n.id)]
    relations = sorted({m.id.split("#")[0] for e in chart.edges for m in e.members
                        if not m.id.startswith(("ref:", "id:"))})
    ceiling = Ceiling(max_tlp if max_tlp is not None else TLP.RED, kind=Kind.EXPORT)
    view = load_view(case, ceiling, list(dict.fromkeys([*pinned_ids, *relations])), tick=tick, bare=True)
    graph = build_graph(view, "en", keep_identifiers={n.id for n in chart.nodes if _is_identifier(n.id)})

    nodes: dict[str, GraphNode] = {}
    gone_nodes: list[tuple[str, str]] = []
    replaced = as_kind = 0
    for n in chart.nodes:
        g = graph.nodes.get(n.id)
        if g is None:
            gone_nodes.append((n.id, n.kind))
            continue
        item = view.items.get(n.id)
        label = g.label  # an identifier's value as one of its holders recorded it
        if item is not None and item.caption_statement is None:
            label = vocab.schema_label(lang, item.schema.name, item.schema.label)
            if n.label != item.schema.label:  # the screen showed a name: it may not leave
                replaced += 1
                as_kind += 1
        elif item is not None and label != n.label:
            replaced += 1
        nodes[n.id] = replace(g, label=label)

    may_go = {_member_key(ln.id, ln.source, ln.target): ln for ln in graph.links}
    links = []
    gone_links: list[tuple[str, str]] = []
    keys: dict[str, int] = {}
    lit: set[str] = set()
    for e in chart.edges:
        keys[e.key] = keys.get(e.key, 0) + 1
        for m in e.members:
            ln = may_go.get(_member_key(m.id, m.source, m.target))
            if ln is None or ln.source not in nodes or ln.target not in nodes:
                gone_links.append((m.id.split("#")[0], e.kind))
                continue
            links.append(replace(ln, label=e.label))  # the screen's words: the sheet translates them
            if e.highlighted:
                lit.add(ln.id)
    sub = LinkGraph(nodes, links)
    expanded = {aggregate_key(ln.source, ln.target, ln.kind, ln.label) for ln in links}
    drawn = to_chart(sub, {n.id: (n.x, n.y) for n in chart.nodes}, title=chart.title,
                     node_ids=[n.id for n in chart.nodes if n.id in nodes],
                     highlight_nodes={n.id for n in chart.nodes if n.highlighted},
                     highlight_links=lit, expanded={k for k in expanded if keys.get(k, 0) > 1})
    level = marking(case, [*(n.tlp for n in drawn.nodes), *(e.tlp for e in drawn.edges)])
    left_out = LeftOut(tuple(gone_nodes), tuple(gone_links), replaced, as_kind)
    return replace(drawn, tlp=level, width=chart.width, height=chart.height), left_out


def export_chart(case: Case, chart: Chart, out: Path, *, fmt: str | None = None, paper: str = "A4",
                 orientation: str = "landscape", lang: str = "en", max_tlp: TLP | None = None,
                 progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
                 ) -> ChartExport:
    """Print the chart on one sheet as PDF (vector), SVG or PNG; a disclosure in the audit log.

    ``fmt`` defaults to the file's suffix. The sheet carries the legend, the case
    reference, the date and the TLP marking top and bottom: the case's default TLP or
    the highest level shown, whichever is higher. What the handling decision keeps
    home for an export is left off (:func:`shown_for_export`). The record is written
    once the file is complete and before it takes its name.
    """
    from casebench.reports.chart_sheet import FORMATS as SHEET_FORMATS
    from casebench.reports.chart_sheet import (
        SheetInfo,
        chart_sheet,
        localised,
        page_size,
        sheet_bytes,
    )
    from casebench.reports.fonts import pack_fonts

    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in SHEET_FORMATS:
        raise InvalidInput(out, "export to a .pdf, .svg or .png file")
    try:
        page_size(paper, orientation)
    except ValueError as exc:
        raise InvalidInput(out, str(exc)) from exc
    progress(0, 4, "applying handling")
    shown, left_out = shown_for_export(case, chart, max_tlp, lang=lang)
    if not shown.nodes:
        raise InvalidInput(out, "nothing on the chart may be exported (all of it is kept home)")
    tlp = shown.tlp if shown.tlp is not None else marking(case)
    info = SheetInfo(title=chart.title or case.title or "", tlp=tlp,
                     case_reference=case.get_meta("reference") or "", lang=lang)
    if cancelled():
        raise OperationCancelled("exporting the chart")
    progress(1, 4, "placing labels")
    fonts = pack_fonts()
    sheet, plan = chart_sheet(localised(shown, lang), info, paper, orientation, fonts)
    if cancelled():
        raise OperationCancelled("exporting the chart")
    progress(2, 4, "drawing")
    data = sheet_bytes(sheet, fmt, info, fonts)
    if cancelled():
        raise OperationCancelled("exporting the chart")
    progress(3, 4, "writing")
    with deferred_renames():  # the record first, then the file gets its name
        atomic_write_bytes(out, data)
        audit.append(case, "disclosure", "chart exported", target=case.case_id, details={
            "file": out.name, "format": fmt, "paper": paper, "orientation": orientation,
            "tlp": tlp.short, "nodes": len(shown.nodes), "links": len(shown.edges),
            **left_out.record(), "sha256": hashlib.sha256(data).hexdigest(),
            "max_tlp": max_tlp.short if max_tlp is not None else ""})
    progress(4, 4, "done")
    return ChartExport(out, tlp, len(shown.nodes), len(shown.edges),
                       len(left_out.entities) + len(left_out.links), plan.dropped_captions, left_out)


@dataclass(frozen=True)
class TimelineExport:
    """What :func:`export_timeline` wrote: the file, its marking and what was left out."""

    path: Path
    tlp: TLP
    items: int
    left_out: LeftOut = field(default_factory=LeftOut)

    @property
    def withheld(self) -> int:
        return len(self.left_out.entities)


def timeline_for_export(case: Case, rows: Sequence[WindowRow], lanes: str = "kind",
                        max_tlp: TLP | None = None, *, lang: str = "en",
                        ) -> tuple[list[TimelineItem], LeftOut]:
    """The dated items as they may leave in a file: the one handling decision for an export.

    The items and the entities naming their lanes are read as an export may carry them
    (``briefing_view.load_view`` for an export audience, ``bare`` as a printed chart):
    an item whose entity may not go, or whose date value may not, is left out; it is
    labelled by its first caption value that may go (a relationship by its ends that
    may), else by its kind; a lane per entity is named only by a name that may go, else
    by its kind. An item is as high as its handling, its date value and the names printed
    for it. Returns the items and what was left out (entities by id and kind).
    """
    from casebench.domain.dates import DateValue
    from casebench.domain.disclosure import Kind
    from casebench.reports import vocab
    from casebench.services.briefing_view import Ceiling, Item, load_view

    ids: list[str] = []
    for r in rows:
        ids.append(r.entity_id)
        ids.extend(r.parties)
    ceiling = Ceiling(max_tlp if max_tlp is not None else TLP.RED, kind=Kind.EXPORT)
    view = load_view(case, ceiling, _with_ends(case, list(dict.fromkeys(ids))), bare=True)

    def own_name(it: Item) -> str:
        # without a name that may leave, the kind alone (as the printed chart): the view's
        # stand-in "Person 1a2b3c4d" gives the reader an id, not a name
        if it.caption_statement is None:
            return vocab.schema_label(lang, it.schema.name, it.schema.label)
        return it.caption

    def edge_name(it: Item) -> str:
        assert it.schema.edge is not None
        sides: list[str] = []
        for role in it.schema.edge:
            names = [own_name(e) for e in (view.get(v) for v in it.values(role)) if e is not None]
            if not names and it.schema.name == "Call":  # as the view's caption: the number dialled
                names = it.values("callerNumber" if role == "caller" else "receiverNumber")
            sides.append(", ".join(names) or UNKNOWN_END)
        return f" {it.schema.edge_label} ".join(sides)

    def name(it: Item) -> tuple[str, TLP]:
        if it.schema.edge is not None:
            ends = [view.get(v) for p in it.schema.edge for v in it.values(p)]
            return edge_name(it), max([it.handling.tlp, *(e.caption_tlp for e in ends if e is not None)])
        if it.caption_statement is None:
            return own_name(it), it.handling.tlp
        return it.caption, it.caption_tlp

    items: list[TimelineItem] = []
    gone: list[tuple[str, str]] = []
    for r in rows:
        it = view.get(r.entity_id)
        date = None if it is None else next((s for s in it.statements if s.id == r.statement_id), None)
        if it is None or date is None:
            gone.append((r.entity_id, r.schema))
            continue
        label, level = name(it)
        level = max(level, date.tlp)
        if lanes == "kind":
            lane = get_schema(r.schema).label
        else:
            party = next((p for p in (view.get(i) for i in (r.parties or (r.entity_id,))) if p is not None), it)
            lane, lane_tlp = name(party)
            level = max(level, lane_tlp)
        try:
            approx = DateValue.parse(date.value).approximate
        except ValueError:
            approx = False
        start, end = parse_fixed(r.start), parse_fixed(r.end)
        items.append(TimelineItem(
            id=r.entity_id, label=label, kind=r.schema, start_utc=start,
            end_utc=end if (end - start).total_seconds() > 60 else None,
            approximate=approx, lane=lane, tlp=level))
    return items, LeftOut(tuple(dict.fromkeys(gone)))


def _with_ends(case: Case, ids: list[str]) -> list[str]:
    """``ids`` and the ends of the relationships among them (to name them by their ends)."""
    from casebench.services import entities as entity_service

    out = list(ids)
    for eid in ids:
        ent = entity_service.get(case, eid)
        sch = get_schema(ent.schema)
        if sch.edge is None:
            continue
        out.extend(s.value for s in ent.statements if s.prop in sch.edge and not s.retracted)
    return list(dict.fromkeys(out))


def export_timeline(case: Case, out: Path, *, lo: datetime | None = None, hi: datetime | None = None,
                    flt: WindowFilter | None = None, lanes: str = "kind", lang: str = "en",
                    limit: int = 300, max_tlp: TLP | None = None) -> TimelineExport:
    """Write the timeline of [lo, hi] (default: the latest items) as SVG or PNG, TLP-marked.

    What the handling decision keeps home for an export is left out
    (:func:`timeline_for_export`); the marking is the case default or the highest level
    printed. The record lists what was left out.
    """
    from casebench.reports.timeline_image import timeline_image

    out = Path(out)
    fmt = _format_of(out)
    if lo is None or hi is None:
        win = latest_window(case, limit)
        if win is None:
            raise InvalidInput(case.path, "nothing in the case is dated yet")
        lo, hi = win
    w = timeline_window(case, lo, hi, flt, limit=limit, with_parties=lanes == "entity")
    if not w.rows:
        raise InvalidInput(case.path, "no dated items in that period")
    items, left_out = timeline_for_export(case, w.rows, lanes, max_tlp, lang=lang)
    if not items:
        raise InvalidInput(out, "nothing on the timeline may be exported (all of it is kept home)")
    tlp = marking(case, [it.tlp for it in items])
    title = clean_text(f"{case.title} — timeline")
    data = timeline_image(clean(Timeline.from_items(items, title=title)), tlp, fmt, lang)
    with deferred_renames():  # the record first, then the file gets its name
        atomic_write_bytes(out, data)
        audit.append(case, "disclosure", "timeline exported", target=case.case_id, details={
            "file": out.name, "format": fmt, "tlp": tlp.short, "items": len(items),
            **left_out.record(), "max_tlp": max_tlp.short if max_tlp is not None else ""})
    return TimelineExport(out, tlp, len(items), left_out)
