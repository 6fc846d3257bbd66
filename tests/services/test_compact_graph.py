"""Calls kept as compact records (decision 53) are seen by an entity's links, the link graph,
the charts grown from it, "find path" and the briefing pack exactly as the same calls stored
as statements: one CDR imported both ways (tests/compact_pair.py), read by each reader, the
answers equal once the ids (which differ) are named by what they are."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.compact_pair import Pair, cdr_spec, compact_pair, locator_of
from tests.exchange.formats.cdr import HEADER, NUMBERS

from casebench.domain.handling import TLP, Handling
from casebench.services import entities, entity_links, paths, table_import
from casebench.services.briefing import PackRequest, Selection, build_pack
from casebench.services.chart_content import ChartContent, load_graph
from casebench.services.charts import shown_for_export
from casebench.services.graph import LinkGraph, build_graph, case_graph, to_chart
from casebench.store import records
from casebench.store.case import Case

SUBSCRIBERS = ("Ana Gomes", "Transportes Sol SL")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pair]:
    with compact_pair(tmp_path, monkeypatch) as p:
        yield p


def _names(case: Case, side: int, pair: Pair) -> dict[str, str]:
    """Every entity id of the case -> what names it in both cases (a subscriber's name, a
    call's source row, the hand-made call)."""
    out = {ids[side]: name for name, ids in pair.people.items()}
    ids = [e.id for e in entities.list_entities(case)] + [e.id for e in records.all_entities(case)]
    for eid in ids:
        if eid not in out:
            ent = entities.get(case, eid)
            # a call by its record number (row numbers repeat from one imported file to the next)
            out[eid] = next((s.value for s in ent.statements if s.prop == "recordId"), "") \
                or locator_of(case, eid) or f"{ent.schema} by hand"
    return out


def _named(value: Any, names: dict[str, str]) -> Any:
    """``value`` with every id in it (anywhere in a string) replaced by its name."""
    if isinstance(value, str) and "\x1f" in value:  # an aggregate's key: its ends in id order
        kind, label, *ends = value.split("\x1f")
        return "\x1f".join([kind, label, *sorted(_named(e, names) for e in ends)])
    if isinstance(value, str):
        return UUID.sub(lambda m: f"<{names.get(m.group(0), '?')}>", value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__,
                tuple((f.name, _named(getattr(value, f.name), names)) for f in dataclasses.fields(value)))
    if isinstance(value, dict):
        return sorted(((_named(k, names), _named(v, names)) for k, v in value.items()), key=repr)
    if isinstance(value, (list, tuple)):
        return tuple(_named(v, names) for v in value)
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((_named(v, names) for v in value), key=repr))
    return value


def _both(pair: Pair) -> list[tuple[Case, int, dict[str, str]]]:
    return [(pair.plain, 0, _names(pair.plain, 0, pair)), (pair.compact, 1, _names(pair.compact, 1, pair))]


def _graph_seen(graph: LinkGraph, names: dict[str, str]) -> tuple[Any, Any]:
    nodes = sorted((_named(n, names) for n in graph.nodes.values()), key=repr)
    links = sorted((_named(ln, names) for ln in graph.links), key=repr)
    return nodes, links


def test_an_entitys_links_count_the_calls_kept_as_records(pair: Pair) -> None:
    seen = []
    for case, side, names in _both(pair):
        seen.append([_named(entity_links.links_of(case, pair.people[who][side]), names) for who in SUBSCRIBERS])
    assert seen[0] == seen[1]
    calls = [g for g in entity_links.links_of(pair.compact, pair.people["Ana Gomes"][1]).groups if g.kind == "Call"]
    assert calls and calls[0].count >= 2


def test_the_link_graph_draws_the_calls_kept_as_records(pair: Pair) -> None:
    seen = [_graph_seen(build_graph(case, identifiers=mode), names)
            for mode in ("shared", "all") for case, _side, names in _both(pair)]
    assert seen[0] == seen[1] and seen[2] == seen[3]
    assert sum(1 for ln in case_graph(pair.compact).links if ln.kind == "Call") == 400  # 399 rows, 1 by hand


def test_a_chart_grown_from_the_subscribers_is_the_same(pair: Pair) -> None:
    seen = []
    for case, side, names in _both(pair):
        graph = load_graph(case).graph
        content = ChartContent()
        content.add(graph, [pair.people[who][side] for who in SUBSCRIBERS])
        grown = content.expand(graph, content.node_ids, limit=500)
        content.expand(graph, grown.added, limit=30)
        shown = content.visible_graph(graph)
        chart = to_chart(shown, {n: (0.0, 0.0) for n in shown.nodes})
        edges = sorted((_named(e, names) for e in chart.edges), key=repr)
        seen.append((sorted(_named(content.node_ids, names)), edges,
                     _named(content.link_kinds_around(graph, content.node_ids), names)))
    assert seen[0] == seen[1]
    assert len(seen[1][0]) > 2 and seen[1][1]


def test_find_path_walks_the_calls_kept_as_records(pair: Pair) -> None:
    seen = []
    for case, side, names in _both(pair):
        a, b = (pair.people[who][side] for who in SUBSCRIBERS)
        for options in ({"k": 3}, {"k": 2, "directed": True}, {"k": 3, "time_respecting": True},
                        {"k": 2, "directed": True, "time_respecting": True}):
            graph, found = paths.find_paths_in_case(case, a, b, **options)
            seen.append((side, options["k"], _named([(p, paths.describe(graph, p)) for p in found], names)))
    plain, compact = [s[1:] for s in seen if s[0] == 0], [s[1:] for s in seen if s[0] == 1]
    assert plain == compact
    assert plain[0][1], "the subscribers are joined through the calls"


def test_find_path_in_time_order_walks_the_calls_kept_as_records(pair: Pair) -> None:
    # no path joins the two subscribers in time order on this CDR (the old search gave the
    # same empty answer after 5,000 candidates and a minute), so every node is asked from
    # Ana: the few she reaches in time order are reached the same way in both cases
    seen = []
    for case, side, names in _both(pair):
        graph = case_graph(case)
        ana = pair.people["Ana Gomes"][side]
        found = {b: paths.find_paths(graph, ana, b, k=2, time_respecting=True) for b in graph.nodes if b != ana}
        seen.append(sorted((_named(b, names), _named([(p, paths.describe(graph, p)) for p in got], names))
                           for b, got in found.items() if got))
        if side == 1:
            lengths = sorted(p.length for got in found.values() for p in got)
            assert len(lengths) >= 5 and lengths[-1] >= 3, lengths
    assert seen[0] == seen[1]


def _pack(case: Case, **selection: Any) -> Any:
    pack = build_pack(case, PackRequest(selection=Selection(**selection), generated_on=date(2025, 1, 1)))
    return dataclasses.replace(pack, pack_id="")


def _pack_seen(pack: Any, names: dict[str, str]) -> Any:
    """The pack's content, its ids named; the chart's nodes and lines as sets (nodes are
    drawn in id order, lines in the order the entities are read: neither is the same in
    the two cases; the positions are, being laid out under names), the custody lines of the
    imported file without their time (each case received it a moment apart)."""
    exhibits = tuple(dataclasses.replace(x, custody=tuple(c.split(" UTC ")[-1] for c in x.custody))
                     for x in pack.exhibits)
    chart = pack.chart
    drawn = [sorted((_named(x, names) for x in (*chart.nodes, *chart.edges)), key=repr)] if chart else []
    bare = dataclasses.replace(chart, nodes=(), edges=()) if chart else None
    return _named(dataclasses.replace(pack, exhibits=exhibits, chart=bare), names), drawn


def test_the_briefing_pack_reads_the_calls_kept_as_records(pair: Pair) -> None:
    for selection in ({}, {"entity_ids": "subscribers", "depth": 1}, {"date_from": "2024-03", "date_to": "2024-04"}):
        seen = []
        for case, side, names in _both(pair):
            sel = dict(selection)
            if sel.get("entity_ids") == "subscribers":
                sel["entity_ids"] = tuple(pair.people[who][side] for who in SUBSCRIBERS)
            pack = _pack(case, **sel)
            seen.append((_pack_seen(pack, names), _named(pack.call_summary, names)))
        assert seen[0] == seen[1], selection
        assert seen[1][1], "calls are summed per pair of parties"


def _between(tmp_path: Path, name: str, calls: list[tuple[int, str]]) -> Path:
    """A CDR of calls between the two subscribers: (direction 0 Ana calls, 1 the firm
    calls; day dd/mm/yyyy HH:MM:SS)."""
    lines = [";".join(HEADER)]
    for i, (way, when) in enumerate(calls):
        a, b = (NUMBERS[0], NUMBERS[1]) if way == 0 else (NUMBERS[1], NUMBERS[0])
        lines.append(f"{name}-{i:04d};{when};+34 {a};0034{b};{60 + i};Algeciras")
    path = tmp_path / f"{name}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    return path


def _import_both(pair: Pair, monkeypatch: pytest.MonkeyPatch, path: Path, **options: Any) -> None:
    for case, schemata in ((pair.plain, frozenset()), (pair.compact, frozenset({"Call"}))):
        monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", schemata)
        report = table_import.import_table(case, path, cdr_spec(tags=("between",)), **options)
        assert report.imported_rows > 0
    assert pair.compact.conn.execute("SELECT count(*) FROM record_runs").fetchone()[0] >= 2


BETWEEN = [(0, "03/02/2024 10:00:00"), (1, "04/02/2024 11:30:00"), (0, "17/03/2024 09:15:00"),
           (0, "18/03/2024 22:05:00"), (1, "02/05/2024 07:45:00")]


def test_calls_between_the_subscribers_are_one_aggregated_link_with_counts_and_dates(
        pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _import_both(pair, monkeypatch, _between(tmp_path, "AMB", BETWEEN))
    seen = []
    for case, side, names in _both(pair):
        ana, firm = (pair.people[who][side] for who in SUBSCRIBERS)
        chart = to_chart(case_graph(case), {}, node_ids=[ana, firm])
        (edge,) = chart.edges
        links = entity_links.links_of(case, ana)
        firm_entry = next(e for g in links.groups if g.kind == "Call" for e in g.entries if e.id == firm)
        pack = _pack(case, entity_ids=(ana, firm), depth=0)
        pairs = [c for c in pack.call_summary if "Ana Gomes" in c.parties and "Transportes" in c.parties]
        seen.append((_named(edge, names), _named(firm_entry, names), _named(pairs, names),
                     _pack_seen(pack, names)))
        assert (edge.count, firm_entry.count, firm_entry.outgoing, firm_entry.incoming) == (5, 5, 3, 2)
        assert [m.when[:10] for m in edge.members] == ["2024-02-03", "2024-02-04", "2024-03-17",
                                                       "2024-03-18", "2024-05-02"]
        assert [(c.month, c.count) for c in pairs] == [("February 2024", 2), ("March 2024", 2), ("May 2024", 1)]
    assert seen[0] == seen[1]


def test_a_records_tlp_is_its_imports_handling_in_the_pack_and_the_printed_chart(
        pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    strict = TLP.AMBER_STRICT
    _import_both(pair, monkeypatch, _between(tmp_path, "STRICT", BETWEEN[:3]), handling=Handling(tlp=strict))
    seen = []
    for case, side, names in _both(pair):
        ana, firm = (pair.people[who][side] for who in SUBSCRIBERS)
        packs = [build_pack(case, PackRequest(selection=Selection(entity_ids=(ana, firm), depth=0),
                                              max_tlp=level, generated_on=date(2025, 1, 1)))
                 for level in (TLP.AMBER, strict)]
        between = [[(c.count, c.tlp) for c in p.call_summary if c.parties == "Ana Gomes — Transportes Sol SL"]
                   for p in packs]
        assert between == [[], [(2, strict), (1, strict)]]
        assert packs[0].withheld_count >= 3 and packs[0].tlp < strict and packs[1].tlp == strict
        chart = to_chart(case_graph(case), {ana: (0.0, 0.0), firm: (1.0, 0.0)}, node_ids=[ana, firm])
        printed = [shown_for_export(case, chart, level) for level in (TLP.AMBER, strict)]
        assert not printed[0][0].edges and len(printed[0][1].links) == 3
        assert printed[1][0].tlp == strict and [e.count for e in printed[1][0].edges] == [3]
        seen.append(([_pack_seen(dataclasses.replace(p, pack_id=""), names) for p in packs],
                     [(sorted((_named(x, names) for x in (*c.nodes, *c.edges)), key=repr), c.tlp,
                       _named(left, names)) for c, left in printed]))
    assert seen[0] == seen[1]


def test_a_printed_chart_carries_the_calls_kept_as_records(pair: Pair) -> None:
    seen = []
    for case, side, names in _both(pair):
        graph = case_graph(case)
        content = ChartContent()
        content.add(graph, [pair.people[who][side] for who in SUBSCRIBERS])
        content.expand(graph, content.node_ids, limit=500)
        shown = content.visible_graph(graph)
        chart = to_chart(shown, {n: (float(i), 0.0) for i, n in enumerate(sorted(shown.nodes, key=lambda n: names.get(n, n)))})
        printed, left_out = shown_for_export(case, chart, TLP.AMBER)
        seen.append((sorted((_named(n, names) for n in printed.nodes), key=repr),
                     sorted((_named(e, names) for e in printed.edges), key=repr), printed.tlp,
                     _named(left_out, names)))
    assert seen[0] == seen[1]
    assert "'Call'" in repr(seen[1][1])


def test_the_warm_graph_follows_an_import_of_records_and_its_rollback(
        pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case, names = pair.compact, _names(pair.compact, 1, pair)
    ana, firm = (pair.people[who][1] for who in SUBSCRIBERS)
    before = _graph_seen(case_graph(case), names)
    monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", frozenset({"Call"}))
    report = table_import.import_table(case, _between(tmp_path, "AMB", BETWEEN), cdr_spec())
    assert [e.count for e in to_chart(case_graph(case), {}, node_ids=[ana, firm]).edges] == [5]
    paths_now = paths.find_paths_in_case(case, ana, firm, k=1)[1]
    assert paths_now[0].length == 1
    table_import.rollback_import(case, report.import_id)
    assert _graph_seen(case_graph(case), names) == before
    assert not to_chart(case_graph(case), {}, node_ids=[ana, firm]).edges


def test_a_record_changed_by_hand_is_drawn_as_changed(pair: Pair) -> None:
    case = pair.compact
    ana = pair.people["Ana Gomes"][1]
    before = case_graph(case)
    call = next(ln for ln in before.links if ln.kind == "Call" and ana in (ln.source, ln.target)
                and records.is_record_id(case, ln.id))
    side = "caller" if call.source == ana else "receiver"
    st = next(s for s in entities.get(case, call.id).statements if s.prop == side)
    entities.retract(case, st.id, "wrong subscriber")
    assert not records.is_record_id(case, call.id)  # an ordinary entity now, same id
    after = case_graph(case)
    moved = next(ln for ln in after.links if ln.id == call.id)
    assert ana not in (moved.source, moved.target) and moved.start == call.start
    assert moved.source.startswith("phone:") or moved.target.startswith("phone:")  # its number instead
    assert sum(1 for ln in after.links if ln.kind == "Call") == sum(1 for ln in before.links if ln.kind == "Call")
    links = entity_links.links_of(case, ana)
    assert call.id not in {v for g in links.groups for e in g.entries for v in e.via}
    assert links.group("Call") is not None
    assert links.group("Call").count == entity_links.links_of(pair.plain, pair.people["Ana Gomes"][0]
                                                              ).group("Call").count - 1  # type: ignore[union-attr]
