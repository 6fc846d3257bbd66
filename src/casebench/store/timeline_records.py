"""The timeline's reads of compact call records (decision 53), beside its statement reads.

A record is on the timeline as its one start date, the `start` column, read through the
``records_start`` index in (start, run, row) order: a window is the records starting in
it plus those starting earlier that still reach into it, no earlier than the records'
kept reach (`records.reach`, apart from the statements' one), so a month late in a
million calls reads that month of them. What a record shows is what the statement
path shows for the same call: its id `<record id>.<n>`, caption (its links named as
today), value, original, UTC instants, TLP (its run's), tags and links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from casebench.domain.dates import fixed_utc
from casebench.store import records

if TYPE_CHECKING:
    from casebench.store.case import Case

_CHUNK = 400


@dataclass(frozen=True)
class RecordFilter:
    """What the timeline is narrowed to, for records; empty fields do not filter."""

    schemata: tuple[str, ...] = ()
    own_ids: tuple[str, ...] = ()  # only these records (a filter on the item's own entity)
    naming: tuple[str, ...] = ()  # records that are, or link, one of these entities
    tag: str = ""
    country: str = ""
    country_props: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordItem:
    statement_id: str
    entity_id: str
    schema: str
    caption: str
    prop: str
    value: str
    original: str
    start: str
    end: str  # the value's own latest instant
    range_end: str | None  # the record's latest endDate
    tlp: int
    values: tuple[records.Value, ...]

    @property
    def reach_end(self) -> str:
        """How far it reaches on a window: its own end or its range's, the later."""
        return max(self.end, self.range_end or self.end)

    def named(self, props: Sequence[str]) -> list[str]:
        """Its values of ``props``, in order, once each (the lanes it concerns)."""
        wanted = set(props)
        return list(dict.fromkeys(v for p, v, *_ in self.values if p in wanted))


def _pairs(case: Case, ids: Sequence[str]) -> list[tuple[int, int]]:
    """(run, row) of the records among ``ids``."""
    out = []
    runs: dict[str, int | None] = {}
    for eid in ids:
        parsed = records.parse_id(eid)
        if parsed is None:
            continue
        if parsed[0] not in runs:
            row = case.conn.execute("SELECT run FROM record_runs WHERE import_id >= ? AND import_id < ?",
                                    (parsed[0], parsed[0] + "\U0010ffff")).fetchone()
            runs[parsed[0]] = None if row is None else int(row[0])
        run = runs[parsed[0]]
        if run is not None:
            out.append((run, parsed[1]))
    return out


def _filter_sql(case: Case, flt: RecordFilter) -> tuple[str, list[Any]] | None:
    """The filter as SQL on `records r`; None when no record can pass."""
    where: list[str] = []
    args: list[Any] = []
    if flt.schemata or flt.tag or flt.country:
        # kind, tags (and whether a kind has a country) are a run's: the few runs that pass
        # are named, so a month of records is tested on the index, not read
        runs = [r for r in records.runs(case)
                if (not flt.schemata or r.schema in flt.schemata) and (not flt.tag or flt.tag in r.tags)
                and (not flt.country or any(p in r.props for p in flt.country_props))]
        if not runs:
            return None
        where.append(f"r.run IN ({','.join('?' * len(runs))})")
        args += [r.run for r in runs]
        if flt.country:
            # a row names its values' properties by their place in its run's list
            alts = []
            for r in runs:
                places = [n for n, p in enumerate(r.props) if p in flt.country_props]
                alts.append(f"(r.run = ? AND EXISTS (SELECT 1 FROM json_each(r.vals) j WHERE j.value ->> 0 IN"
                            f" ({','.join('?' * len(places))}) AND j.value ->> 1 = ?))")
                args += [r.run, *places, flt.country.lower()]
            where.append("(" + " OR ".join(alts) + ")")
    if flt.own_ids:
        pairs = _pairs(case, flt.own_ids)
        if not pairs:
            return None
        where.append(f"(r.run, r.row) IN (VALUES {','.join('(?,?)' for _ in pairs)})")
        args += [x for p in pairs for x in p]
    if flt.naming:
        # a record names entities only through its links (ref1/ref2, as its values write them)
        marks = ",".join("?" * len(flt.naming))
        alts = [f"r.ref1 IN ({marks})", f"r.ref2 IN ({marks})"]
        args += list(flt.naming) * 2
        pairs = _pairs(case, flt.naming)
        if pairs:
            alts.append(f"(r.run, r.row) IN (VALUES {','.join('(?,?)' for _ in pairs)})")
            args += [x for p in pairs for x in p]
        where.append("(" + " OR ".join(alts) + ")")
    return "".join(" AND " + w for w in where), args


def _runs(case: Case) -> dict[int, records.RecordRun]:
    return {r.run: r for r in records.runs(case)}


def _items(case: Case, raw: Sequence[Sequence[Any]]) -> list[RecordItem]:
    """Items of (run, row, start, end, vals) rows, their links' captions read at once."""
    if not raw:
        return []
    runs = _runs(case)
    parsed = []
    refs: set[str] = set()
    for run, row, start, end, vals in raw:
        info = runs[run]
        values = records.decode(info, vals, start, end)
        refs.update(records.links_of(info.schema, values))
        parsed.append((info, row, values))
    names = records.captions_of_refs(case, refs) if refs else {}
    out = []
    for info, row, values in parsed:
        d = records.dated(info.schema, values)
        if d is None:
            continue
        eid = records.record_id(info.import_id, row)
        out.append(RecordItem(f"{eid}.{d.n}", eid, info.schema, records.caption_from(info.schema, values, names),
                              d.prop, d.value, d.original, d.start, d.end, d.range_end,
                              int(info.handling.tlp), tuple(values)))
    return out


_SELECT = ("SELECT r.run, r.row, r.start, r.end, r.vals FROM records r INDEXED BY records_start"
           " WHERE r.start IS NOT NULL")


def starting(case: Case, lo: str | None, hi: str | None, flt: RecordFilter | None = None, *,
             limit: int | None = None) -> list[RecordItem]:
    """Records starting in [lo, hi] (either end open when None), in start order."""
    got = _filter_sql(case, flt or RecordFilter())
    if got is None:
        return []
    extra, args = got
    sql = _SELECT.replace(" INDEXED BY records_start", "") if (flt and (flt.naming or flt.own_ids)) else _SELECT
    bounds: list[Any] = []
    if lo:
        sql += " AND r.start >= ?"
        bounds.append(lo)
    if hi:
        sql += " AND r.start <= ?"
        bounds.append(hi)
    sql += extra + " ORDER BY r.start, r.run, r.row"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _items(case, case.conn.execute(sql, [*bounds, *args]).fetchall())


def floor(case: Case, lo: str) -> str:
    """The earliest start a record can have and still reach `lo`; "" bounds nothing."""
    days = records.reach(case)
    if days is None:
        return ""
    if days == 0:
        # no record crosses a UTC day: only those starting on lo's day before lo can reach it
        # (none for a window from midnight, what a month is)
        return lo[:10] + "T00:00:00.000000Z"
    try:
        return fixed_utc(datetime.strptime(lo[:19], "%Y-%m-%dT%H:%M:%S") - timedelta(days=days + 1))
    except (ValueError, OverflowError):
        return ""


def reaching(case: Case, lo: str, flt: RecordFilter | None = None, *, hi: str | None = None) -> list[RecordItem]:
    """Records starting before ``lo`` (and at most ``hi``) that still reach it, in start order.

    Read from the records' kept reach before ``lo``: from lo's UTC day when no record
    crosses a day, which is what a call-detail record holds."""
    got = _filter_sql(case, flt or RecordFilter())
    if got is None:
        return []
    extra, args = got
    sql = _SELECT if not (flt and (flt.naming or flt.own_ids)) else _SELECT.replace(" INDEXED BY records_start", "")
    bottom = floor(case, lo)
    upper = " AND r.start <= ?" if hi is not None else ""
    # `end` is null when the value is an instant; only a range (an endDate, which a run has
    # among its properties when any of its rows has one) reaches further
    ranged = [r.run for r in records.runs(case) if "endDate" in r.props]
    raw = case.conn.execute(
        sql + " AND r.start >= ? AND r.start < ?" + upper
        + f" AND (r.end >= ? OR r.run IN ({','.join('?' * len(ranged))}))" + extra
        + " ORDER BY r.start, r.run, r.row",
        [bottom, lo, *([hi] if hi is not None else []), lo, *ranged, *args]).fetchall()
    return [it for it in _items(case, raw) if it.reach_end >= lo]


def count_between(case: Case, a: str, b: str, flt: RecordFilter | None = None, *, cap: int) -> int:
    """Records starting in [a, b), at most ``cap``."""
    f = flt or RecordFilter()
    got = _filter_sql(case, f)
    if got is None:
        return 0
    extra, args = got
    return int(case.conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM records r" + ("" if f.naming or f.own_ids else " INDEXED BY records_start")
        + " WHERE r.start IS NOT NULL AND r.start >= ? AND r.start < ?" + extra + " LIMIT ?)",
        [a, b, *args, cap]).fetchone()[0])


def dated_count(case: Case) -> int:
    if records.count(case) == 0:
        return 0
    return int(case.conn.execute("SELECT count(*) FROM records WHERE start IS NOT NULL").fetchone()[0])


def first_start(case: Case) -> str | None:
    row = case.conn.execute("SELECT min(start) FROM records WHERE start IS NOT NULL").fetchone()
    return None if row is None or row[0] is None else str(row[0])


def latest_starts(case: Case, n: int) -> list[str]:
    """The starts of the ``n`` latest records, latest first."""
    return [str(r[0]) for r in case.conn.execute(
        "SELECT start FROM records WHERE start IS NOT NULL ORDER BY start DESC LIMIT ?", (n,))]


def undated(case: Case, schemata: Sequence[str]) -> list[tuple[str, str, str, float | None, str]]:
    """(id, schema, caption, order, created) of the records of ``schemata`` without a date:
    a scan of every record, skipped when the date index counts them all."""
    if records.count(case) == dated_count(case):
        return []
    marks = ",".join("?" * len(schemata))
    raw = case.conn.execute(
        f"SELECT r.run, r.row FROM records r WHERE r.start IS NULL AND r.run IN"
        f" (SELECT run FROM record_runs WHERE schema IN ({marks})) ORDER BY r.run, r.row", list(schemata)).fetchall()
    runs = _runs(case)
    ids = [records.record_id(runs[r[0]].import_id, r[1]) for r in raw]
    return [(e.id, e.schema, e.caption, None, e.created_at) for e in records.entities(case, ids)]


def references(case: Case, entity_ids: Sequence[str], targets: Sequence[str]) -> dict[str, set[str]]:
    """Record id -> which of ``targets`` it links (records name entities only by their links)."""
    want = set(targets)
    out: dict[str, set[str]] = {}
    pairs = _pairs(case, entity_ids)
    if not pairs or not want:
        return out
    runs = _runs(case)
    for i in range(0, len(pairs), _CHUNK):
        part = pairs[i:i + _CHUNK]
        for run, row, ref1, ref2 in case.conn.execute(
                "SELECT r.run, r.row, r.ref1, r.ref2 FROM records r WHERE (r.run, r.row) IN"
                f" (VALUES {','.join('(?,?)' for _ in part)})", [x for p in part for x in p]):
            named = {ref1, ref2} & want
            if named:
                out.setdefault(records.record_id(runs[run].import_id, row), set()).update(str(x) for x in named)
    return out
