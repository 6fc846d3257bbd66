"""Calls kept as compact records (decision 53) are on the timeline exactly as calls stored
as statements: the same windows, counts, extent, density, lanes and exported image, found
through the records' start index and their own kept reach."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.compact_pair import Pair, cdr_spec, compact_pair, locator_of
from tests.conftest import PASSPHRASE

from casebench.domain.handling import TLP
from casebench.exchange.formats.mapping import ColumnMap
from casebench.services import charts, entities, table_import, theme_lines, timeline
from casebench.services.cases import create_case
from casebench.services.table_import import import_table
from casebench.store import records
from casebench.store import timeline_extra as tl
from casebench.store.case import Case
from casebench.store.timeline_extra import WindowFilter

WHOLE = ("1900-01-01T00:00:00.000000Z", "2100-12-31T23:59:59.999999Z")
MARCH = ("2024-03-01T00:00:00.000000Z", "2024-03-31T23:59:59.999999Z")


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pair]:
    with compact_pair(tmp_path, monkeypatch) as p:
        yield p


def _namer(case: Case, people: dict[str, str]) -> Any:
    """An id as both cases of a pair can name it: a call by its row, a subscriber by name."""
    names = {v: k for k, v in people.items()}

    def name(eid: str) -> str:
        return names.get(eid) or locator_of(case, eid) or f"hand-made {entities.get(case, eid).schema}"
    return name


def _side(pair: Pair, which: int) -> tuple[Case, Any]:
    case = (pair.plain, pair.compact)[which]
    return case, _namer(case, {k: v[which] for k, v in pair.people.items()})


def _window(case: Case, name: Any, lo: str, hi: str, flt: WindowFilter | None = None,
            **kw: Any) -> tuple[list[tuple[Any, ...]], bool]:
    rows, more = tl.window(case, lo, hi, flt, party_props=charts.PARTY_PROPS, **kw)
    return [(name(r.entity_id), r.schema, r.caption, r.prop, r.value, r.start, r.end, r.tlp,
             tuple(name(p) for p in r.parties)) for r in rows], more


def _both(pair: Pair, read: Any) -> tuple[Any, Any]:
    return read(*_side(pair, 0)), read(*_side(pair, 1))


def test_windows_over_the_whole_range_and_a_month_are_the_same(pair: Pair) -> None:
    for lo, hi in (WHOLE, MARCH, ("2024-02-03T00:00:00.000000Z", "2024-02-03T23:59:59.999999Z")):
        plain, compact = _both(pair, lambda c, n, lo=lo, hi=hi: _window(c, n, lo, hi))
        assert plain == compact
        assert plain[0], (lo, hi)
    # a window opening half a second into a call holds it (its second reaches in)
    call = _window(*_side(pair, 1), *MARCH)[0][3]
    lo = call[5][:20] + "500000Z"
    plain, compact = _both(pair, lambda c, n: _window(c, n, lo, "2024-03-31T00:00:00.000000Z"))
    assert plain == compact and plain[0][0][0] == call[0]
    whole, _ = _window(*_side(pair, 0), *WHOLE)
    assert len(whole) == 400  # 399 calls and the hand-made one
    assert any(r[8] == ("Ana Gomes",) or "Ana Gomes" in r[8] for r in whole)  # lanes by parties
    # a limit cuts both at the same item
    plain, compact = _both(pair, lambda c, n: _window(c, n, *WHOLE, limit=57))
    assert plain == compact and plain[1] and len(plain[0]) == 57


def test_filters_by_kind_tag_country_and_entity_are_the_same(pair: Pair) -> None:
    # each side filters on the ids its own subscribers have
    subs = [tuple(v[w] for v in pair.people.values()) for w in (0, 1)]
    for make in (lambda w: WindowFilter(schemata=("Call",)), lambda w: WindowFilter(schemata=("Event",)),
                 lambda w: WindowFilter(tag="cdr"), lambda w: WindowFilter(tag="other"),
                 lambda w: WindowFilter(country="es"), lambda w: WindowFilter(entity_ids=subs[w]),
                 lambda w: WindowFilter(entity_ids=subs[w][:1], tag="cdr")):
        got = []
        for which in (0, 1):
            case, name = _side(pair, which)
            got.append([_window(case, name, lo, hi, make(which)) for lo, hi in (WHOLE, MARCH)])
            got[-1].append(tl.density(case, _edges(), make(which), cap=7))
        assert got[0] == got[1], make(0)
    ana_only = _window(*_side(pair, 1), *WHOLE, WindowFilter(entity_ids=subs[1][:1]))[0]
    assert ana_only and all("Ana Gomes" in r[8] for r in ana_only)


def _edges() -> list[str]:
    return [f"2024-{m:02d}-01T00:00:00.000000Z" for m in range(1, 13)] + ["2025-01-01T00:00:00.000000Z"]


def test_density_extent_latest_and_counts_are_the_same(pair: Pair) -> None:
    def read(case: Case, _name: Any) -> tuple[Any, ...]:
        return (tl.density(case, _edges()), tl.density(case, _edges(), cap=5), tl.extent(case),
                [tl.nth_from_end(case, n) for n in (0, 1, 2, 30, 300, 399, 400, 401, 5000)],
                timeline.count(case), charts.latest_window(case, 50), charts.timeline_extent(case))
    plain, compact = _both(pair, read)
    assert plain == compact
    assert sum(plain[0]) == 400 and plain[4] == 400


def test_timeline_rows_are_the_same(pair: Pair) -> None:
    def read(case: Case, name: Any) -> list[list[tuple[Any, ...]]]:
        out = []
        for kw in ({}, {"start": "2024-03", "end": "2024-03"}, {"end": "2024-01-15"},
                   {"start": "2024-05-02", "limit": 9, "offset": 3}, {"limit": 20, "offset": 390},
                   {"schemata": ["Call"], "tag": "cdr", "start": "2024-02"}, {"tag": "none"}):
            out.append([(name(r.entity_id), r.schema, r.caption, r.prop, r.value, r.original, r.start,
                         r.end, r.tlp) for r in timeline.rows(case, **kw)])  # type: ignore[arg-type]
        return out
    plain, compact = _both(pair, read)
    assert plain == compact
    assert len(plain[0]) == 400 and all(plain[:-1])
    assert plain[-1] == []
    # a filter on one call finds it by its own id
    for which in (0, 1):
        case = (pair.plain, pair.compact)[which]
        call = timeline.rows(case, start="2024-03", end="2024-03")[4]
        assert [r.statement_id for r in timeline.rows(case, entity_ids=[call.entity_id])] == [call.statement_id]
        st = next(s for s in entities.get(case, call.entity_id).statements if s.id == call.statement_id)
        assert (st.prop, st.value) == (call.prop, call.value)


def test_theme_lanes_and_references_are_the_same(pair: Pair) -> None:
    lo, hi = datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)
    got = []
    for which in (0, 1):
        case, name = _side(pair, which)
        themes = [pair.people["Ana Gomes"][which], pair.people["Transportes Sol SL"][which]]
        tw = theme_lines.theme_window(case, lo, hi, themes)
        rows = [(name(r.entity_id), r.caption, r.start, tuple(name(p) for p in r.parties)) for r in tw.window.rows]
        refs = tl.references(case, [r.entity_id for r in tw.window.rows], themes)
        got.append((rows, sorted((name(k), sorted(name(x) for x in v)) for k, v in refs.items()),
                    [(name(r.entity_id), i) for r, i in theme_lines.theme_lanes(tw.window.rows, tw.themes)]))
    assert got[0] == got[1]
    assert got[0][0] and got[0][1]


def test_the_exported_timeline_image_is_the_same(pair: Pair, tmp_path: Path) -> None:
    out = []
    for which, lanes in ((0, "kind"), (1, "kind"), (0, "entity"), (1, "entity")):
        case = (pair.plain, pair.compact)[which]
        path = tmp_path / f"t{which}{lanes}.svg"
        got = charts.export_timeline(case, path, lo=datetime(2024, 3, 1, tzinfo=UTC),
                                     hi=datetime(2024, 4, 1, tzinfo=UTC), lanes=lanes, max_tlp=TLP.AMBER)
        out.append((got.tlp, got.items, path.read_bytes()))
    assert out[0] == out[1] and out[2] == out[3]
    assert out[0][1] == 36


def test_a_changed_record_is_on_the_timeline_as_changed(pair: Pair) -> None:
    def read(case: Case, name: Any) -> list[tuple[Any, ...]]:
        return _window(case, name, *MARCH)[0]

    before = read(*_side(pair, 1))
    for which in (0, 1):
        case = (pair.plain, pair.compact)[which]
        rows = timeline.rows(case, start="2024-03", end="2024-03")
        entities.retract(case, rows[2].statement_id, "wrong day")  # the record becomes an entity
        entities.add_values(case, rows[5].entity_id, [("endDate", "2024-04-20")])
    plain, compact = _both(pair, read)
    assert plain == compact
    assert len(compact) == len(before) - 1
    assert any(r[6] == "2024-04-20T23:59:59.999999Z" for r in compact)
    assert records.count(pair.compact) == 399 - 2
    assert tl.density(pair.plain, _edges()) == tl.density(pair.compact, _edges())


def test_calls_reaching_past_their_day_are_found_from_their_kept_reach(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a call-detail record with an end column: one call lasts from 1 March to 9 April
    csv = tmp_path / "cdr.csv"
    lines = ["Llamante;Destinatario;Inicio;Fin"]
    for d in range(1, 29):
        lines.append(f"+34 600000001;+34 600000002;{d:02d}/02/2024 10:00:00;{d:02d}/02/2024 10:05:00")
    lines.append("+34 600000003;+34 600000004;01/03/2024 10:00:00;09/04/2024 10:00:00")
    lines.append("+34 600000003;+34 600000004;06/04/2024 01:59:00;06/04/2024 02:10:00")  # 23:59Z
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spec = cdr_spec()
    spec = replace(spec, columns=(ColumnMap("Llamante", "callerNumber"), ColumnMap("Destinatario", "receiverNumber"),
                                  ColumnMap("Inicio", "startDate"), ColumnMap("Fin", "endDate")),
                   related=(), required=("startDate",))
    got = []
    for compact in (frozenset(), frozenset({"Call"})):
        monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", compact)
        case = create_case(tmp_path / f"r{len(compact)}.casebench", PASSPHRASE, user="tester", title="t")
        import_table(case, csv, spec)
        assert records.count(case) == (30 if compact else 0)
        if compact:
            assert records.reach(case) == 39  # 38 days and 23 hours in UTC, whole and one more
        reads = []
        for lo, hi in (("2024-04-06T00:00:00.000000Z", "2024-04-06T23:59:59.999999Z"),
                       ("2024-04-09T00:00:00.000000Z", "2024-04-09T23:59:59.999999Z"),
                       ("2024-04-10T00:00:00.000000Z", "2024-04-30T23:59:59.999999Z"), WHOLE):
            rows, _ = tl.window(case, lo, hi)
            reads.append([(r.value, r.start, r.end) for r in rows])
            reads.append([(r.value, r.start, r.end) for r in timeline.rows(case, start=lo[:10], end=hi[:10])])
        got.append(reads)
        case.close()
    assert got[0] == got[1]
    assert len(got[1][0]) == 2 and len(got[1][2]) == 1 and got[1][4] == []


def test_a_month_of_calls_reads_that_month_not_the_case(pair: Pair) -> None:
    case = pair.compact
    assert records.reach(case) == 0  # calls end on the day they start
    from casebench.store import timeline_records as held

    assert held.floor(case, MARCH[0]) == MARCH[0]  # nothing before the month can reach it
    assert held.floor(case, "2024-03-05T12:00:00.000000Z") == "2024-03-05T00:00:00.000000Z"
    plans = [r[3] for r in case.conn.execute(
        "EXPLAIN QUERY PLAN SELECT r.run FROM records r INDEXED BY records_start WHERE r.start IS NOT NULL"
        " AND r.start >= ? AND r.start <= ? ORDER BY r.start, r.run, r.row", MARCH)]
    assert any("records_start" in p for p in plans) and not any("TEMP B-TREE" in p for p in plans), plans


def test_rows_with_two_dates_shown_stay_statements(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a record is found on the timeline by its one start date: a second would be lost
    from tests.exchange.formats.cdr import write_cdr

    monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", frozenset({"Call"}))
    spec = cdr_spec()
    two = replace(spec, columns=(*spec.columns, ColumnMap("Fecha y hora", "startDate")))
    case = create_case(tmp_path / "two.casebench", PASSPHRASE, user="tester", title="t")
    import_table(case, write_cdr(tmp_path / "cdr.csv", 10), two)
    assert records.count(case) == 0 and timeline.count(case) == 20
    import_table(case, write_cdr(tmp_path / "cdr2.csv", 10, seed=8), spec)
    assert records.count(case) == 10 and timeline.count(case) == 30
    case.close()


def test_undated_calls_are_in_the_undated_band_as_statements_are(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.exchange.formats.cdr import write_cdr

    path = write_cdr(tmp_path / "cdr.csv", 12, bad={2: (1, ""), 7: (1, "")})
    spec = replace(cdr_spec(), required=("callerNumber", "receiverNumber"))
    got = []
    for compact in (frozenset(), frozenset({"Call"})):
        monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", compact)
        case = create_case(tmp_path / f"u{len(compact)}.casebench", PASSPHRASE, user="tester", title="t")
        import_table(case, path, spec)
        assert records.count(case) == (12 if compact else 0)
        got.append(([(locator_of(case, i), s, c, o) for i, s, c, o in timeline.undated(case)],
                    timeline.count(case), tl.extent(case)))
        case.close()
    assert got[0] == got[1]
    assert [r[0] for r in got[0][0]] == ["row 4", "row 9"] and got[0][1] == 10  # the header is row 1
