"""Imported call records kept compactly (migration 19, decision 53).

A record is an entity to every reader: it has an id, a schema, a caption and statements
with full provenance (author, source exhibit, ``row N``, grade, handling). It is stored as
one row of `records` keyed by its import run and source row; what all rows of a run share
is stored once in `record_runs`. Its ids are derived, not stored:

- entity id: the first 23 characters of the import id, "-", the row number as 12 hex
  digits (``3f2a9c1e-77b0-4c1d-9a2e-00000000002a``): UUID-shaped, unique per case (an
  import id is a random UUID), and read back to (run, row) without an index;
- statement id: ``<entity id>.<n>``, n the value's position in the row.

A record is never changed in place. Anything that would change it (a value added or
retracted, a tag, a handling change, a merge, a partner's statement) first turns it into an
ordinary entity with ordinary statements under the same ids (`materialize`), in the
caller's transaction, and then changes that.
"""

from __future__ import annotations

import functools
import json
import json.encoder
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebench.domain.captions import EdgeNamer, edge_namer
from casebench.domain.grading import Grade
from casebench.domain.handling import Handling
from casebench.domain.model import Entity, Provenance, Statement
from casebench.domain.names import fold
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType, identifier_key

if TYPE_CHECKING:
    from casebench.store.case import Case

__all__ = ["Listed", "RecordRow", "RecordRun", "Value", "all_entities", "captions", "changed_since_import",
           "count", "delete_some", "entities", "entity", "insert", "is_record_id", "listed_ids", "listed_rows", "materialize",
           "materialize_all", "page", "parse_id", "record_id", "recount", "referring", "run_of", "runs_counted", "set_run_handling", "start_run",
           "statement"]

ID_PREFIX = 23  # characters of the import id a record id starts with

# A value: (prop, value, original, match key, date start, date end).
Value = tuple[str, str, str, "str | None", "str | None", "str | None"]
# In a row's JSON a value is [n, value, original, key, start, end] with trailing nulls left
# out: n the property's place in its run's list; original null when equal to the value; key
# shortened when it is made from the value (`_short_key`); start 1 (end absent) for
# the value whose dates are the row's own `start` / `end` columns. A CDR row so takes about
# half the bytes it took with names and repeats.
_ROW_DATES = 1
_quote: Callable[[str], str] = json.encoder.encode_basestring  # a JSON string, not ASCII-escaped


@dataclass(frozen=True)
class RecordRun:
    run: int  # the import's rowid in file_imports
    import_id: str
    schema: str
    author: str
    source_exhibit: str | None
    grade: Grade | None
    handling: Handling
    tags: tuple[str, ...]
    created_at: str
    props: list[str]  # the properties its rows' values are numbered by (grows as they appear)


@dataclass(frozen=True)
class RecordRow:
    """One record as the loader writes it."""

    row: int
    values: Sequence[Value]
    refs: Sequence[str] = ()  # entity ids the record links (at most two)
    keys: Sequence[str] = ()  # match keys it is found by (at most two)


def record_id(import_id: str, row: int) -> str:
    return f"{import_id[:ID_PREFIX]}-{row:012x}"


def parse_id(entity_id: str) -> tuple[str, int] | None:
    """(import id prefix, row) of a record-shaped id, else None (not proof it is a record)."""
    # import ids are version-4 UUIDs; the entities casebench makes are version 7, so most
    # ids are told apart here without a query
    if len(entity_id) != 36 or entity_id[ID_PREFIX] != "-" or entity_id[14] != "4":
        return None
    try:
        return entity_id[:ID_PREFIX], int(entity_id[ID_PREFIX + 1:], 16)
    except ValueError:
        return None


_RUN_COLS = "run, import_id, schema, author, source_exhibit, grade, handling, tags, created_at, props"


def _run(r: Sequence[Any]) -> RecordRun:
    return RecordRun(r[0], r[1], r[2], r[3], r[4], Grade.from_text(r[5]) if r[5] else None,
                     Handling.from_json(json.loads(r[6])), tuple(json.loads(r[7])), r[8], json.loads(r[9]))


def start_run(case: Case, import_id: str, schema: str, provenance: Provenance, handling: Handling,
              tags: Sequence[str], created_at: str) -> RecordRun:
    """The run's shared provenance, recorded once (in the caller's transaction)."""
    run = case.conn.execute("SELECT rowid FROM file_imports WHERE id = ?", (import_id,)).fetchone()[0]
    grade = provenance.grade.to_text() if provenance.grade else None
    case.conn.execute(
        f"INSERT OR IGNORE INTO record_runs({_RUN_COLS}, tlp) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (run, import_id, schema, provenance.author, provenance.source_exhibit, grade,
         json.dumps(handling.to_json()), json.dumps(list(tags)), created_at, "[]", int(handling.tlp)))
    found = run_of(case, import_id)
    assert found is not None
    return found


def run_of(case: Case, import_id: str) -> RecordRun | None:
    r = case.conn.execute(f"SELECT {_RUN_COLS} FROM record_runs WHERE import_id = ?",
                          (import_id,)).fetchone()
    return _run(r) if r else None


def _run_by_prefix(case: Case, prefix: str) -> RecordRun | None:
    # import ids are unique in their first 23 characters (80 random bits)
    r = case.conn.execute(f"SELECT {_RUN_COLS} FROM record_runs WHERE import_id >= ? AND import_id < ?",
                          (prefix, prefix + "\U0010ffff")).fetchone()
    return _run(r) if r else None


def _runs(case: Case) -> dict[int, RecordRun]:
    return {r[0]: _run(r) for r in case.conn.execute(f"SELECT {_RUN_COLS} FROM record_runs")}


_IDENTIFIER = "identifier:"
# Match-key prefixes a row names by number (part of the format: append, never reorder).
_PREFIXES = ("phone:", "identifier:", "iban:", "email:", "bic:", "imo:", "mmsi:", "vin:", "wallet:")
_PREFIX_NUMBER = {p: n for n, p in enumerate(_PREFIXES)}


def _short_key(key: str | None, value: str, original: str) -> str | int | list[Any] | None:
    """A match key as a row keeps it: n (a number) for _PREFIXES[n] + value, -1 - n for
    _PREFIXES[n] + the identifier folded from the original (a record id), [prefix] for
    another prefix + value, else the key itself."""
    if not key or not value:
        return key
    if key.endswith(value):
        prefix = key[:-len(value)]
        n = _PREFIX_NUMBER.get(prefix)
        return [prefix] if n is None else n
    if key.startswith(_IDENTIFIER) and key == _IDENTIFIER + identifier_key(original):
        return -1 - _PREFIX_NUMBER[_IDENTIFIER]
    return key


def _long_key(short: str | int | list[Any] | None, value: str, original: str) -> str | None:
    if isinstance(short, list):
        return str(short[0]) + value
    if isinstance(short, int):
        return _PREFIXES[short] + value if short >= 0 else _PREFIXES[-1 - short] + identifier_key(original)
    return short


def _dump(run: RecordRun, places: dict[str, int], values: Sequence[Value], dated: int,
          fragments: dict[Value, str]) -> str:
    """A row's values as JSON (see `Value`); ``dated``: the place in ``values`` of the value
    whose dates are the row's own columns (-1: none). Written by hand: the encoder's own
    call costs more than the text of a row. ``fragments``: the text of values met before
    (a call's numbers, its cell and its linked entities repeat from row to row)."""
    out = []
    for i, value in enumerate(values):
        if i == dated:
            out.append(_fragment(run, places, value, True))
            continue
        text = fragments.get(value)
        if text is None:
            text = fragments[value] = _fragment(run, places, value, False)
        out.append(text)
    return "[" + ",".join(out) + "]"


def _fragment(run: RecordRun, places: dict[str, int], value: Value, dated: bool) -> str:
    q = _quote
    prop, text, original, key, ds, de = value
    n = places.get(prop)
    if n is None:
        n = places[prop] = len(run.props)
        run.props.append(prop)
    short = None if key is None else _short_key(key, text, original)
    k = ("null" if short is None else q(short) if isinstance(short, str)
         else str(short) if isinstance(short, int) else "[" + q(short[0]) + "]")
    out = f"[{n},{q(text)},{'null' if original == text else q(original)},{k}"
    if dated:
        out += f",{_ROW_DATES}"
    elif ds is not None or de is not None:
        out += f",{'null' if ds is None else q(ds)},{'null' if de is None else q(de)}"
    while out.endswith(",null"):  # a quoted part ends in '"': only absent parts go
        out = out[:-5]
    return out + "]"


def _load(run: RecordRun, text: str, start: str | None, end: str | None) -> list[Value]:
    out: list[Value] = []
    props = run.props
    for parts in json.loads(text):
        n, value, original, key, ds, de = [*parts, None, None, None, None][:6]
        original = value if original is None else original
        key = _long_key(key, value, original)
        if ds == _ROW_DATES:
            ds, de = start, end or start
        out.append((props[n], value, original, key, ds, de))
    return out


def insert(case: Case, run: RecordRun, rows: Sequence[RecordRow]) -> int:
    """Write ``rows`` in the caller's transaction; returns the number of values written."""
    schema = get_schema(run.schema)
    dated = set(schema.temporal_start)
    places = {p: n for n, p in enumerate(run.props)}
    known = len(run.props)
    out = []
    values = 0
    fragments: dict[Value, str] = {}
    for r in rows:
        start = end = None
        picked = -1
        for i, (prop, _v, _o, _k, ds, de) in enumerate(r.values):
            if prop in dated and ds:
                start, end, picked = ds, de, i
                break
        refs = [*r.refs[:2], None, None]
        keys = [*r.keys[:2], None, None]
        out.append((run.run, r.row, start, None if end == start else end, refs[0], refs[1], keys[0],
                    keys[1], _dump(run, places, r.values, picked, fragments)))
        values += len(r.values)
    if len(run.props) > known:
        case.conn.execute("UPDATE record_runs SET props = ? WHERE run = ?", (json.dumps(run.props), run.run))
    case.conn.executemany("INSERT INTO records(run, row, start, end, ref1, ref2, key1, key2, vals)"
                          " VALUES (?,?,?,?,?,?,?,?,?)", out)
    case.conn.execute("UPDATE case_counts SET n = n + ? WHERE name = 'records'", (len(out),))
    return values


def count(case: Case) -> int:
    row = case.conn.execute("SELECT n FROM case_counts WHERE name = 'records'").fetchone()
    return int(row[0]) if row else 0


def recount(case: Case) -> int:
    return int(case.conn.execute("SELECT count(*) FROM records").fetchone()[0])


def _statements(run: RecordRun, eid: str, row: int, values: Sequence[Value]) -> list[Statement]:
    prov = Provenance(author=run.author, source_exhibit=run.source_exhibit, locator=f"row {row}",
                      grade=run.grade)
    return [Statement(id=f"{eid}.{n}", entity_id=eid, prop=p, value=v, original=o, provenance=prov,
                      handling=run.handling, created_at=run.created_at, first_seen=run.created_at,
                      last_seen=run.created_at, match_key=k)
            for n, (p, v, o, k, _ds, _de) in enumerate(values)]


def _refs(schema_name: str, values: Sequence[Value]) -> list[str]:
    props = get_schema(schema_name).properties
    return [v for p, v, *_ in values if p in props and props[p].type is PropType.ENTITY]


def _caption(schema_name: str, values: Sequence[Value], names: dict[str, str]) -> str:
    namer, linking, label = _naming(schema_name)
    return namer.caption([(p, names.get(v, "") if p in linking else v) for p, v, *_ in values]) or label


@functools.cache
def _naming(schema_name: str) -> tuple[EdgeNamer, frozenset[str], str]:
    """A schema's namer, the properties that link an entity (named by its caption), its label."""
    schema = get_schema(schema_name)
    return (edge_namer(schema), frozenset(p for p, d in schema.properties.items() if d.type is PropType.ENTITY),
            schema.label)


def captions_of_refs(case: Case, ids: Iterable[str]) -> dict[str, str]:
    """Current captions of linked entities, merges followed (a call names its caller as the
    caller is named today, not as at the import)."""
    from casebench.store.entities import captions as entity_captions

    return {eid: cap for eid, (_schema, cap) in entity_captions(case, ids).items()}


def entity(case: Case, entity_id: str) -> Entity | None:
    """The record with this id as an entity, or None when there is no such record."""
    parsed = parse_id(entity_id)
    if parsed is None:
        return None
    run = _run_by_prefix(case, parsed[0])
    if run is None:
        return None
    r = case.conn.execute(f"SELECT {_ROW_COLS} FROM records WHERE run = ? AND row = ?",
                          (run.run, parsed[1])).fetchone()
    return _rows_entities(case, [r])[0] if r else None


def is_record_id(case: Case, entity_id: str) -> bool:
    return run_of_record(case, entity_id) is not None


def statement(case: Case, statement_id: str) -> Statement | None:
    eid, _, n = statement_id.rpartition(".")
    if not n.isdigit():
        return None
    ent = entity(case, eid)
    if ent is None or int(n) >= len(ent.statements):
        return None
    return ent.statements[int(n)]


_ROW_COLS = "run, row, start, end, vals"  # what `_rows_entities` reads of a row
_LISTED_COLS = "r.run, r.row, r.start, r.end, r.vals"  # the same of `records r`


def _named_rows(case: Case, rows: Sequence[Sequence[Any]]) -> list[tuple[RecordRun, int, list[Value], str]]:
    """(run, row, values, caption) of rows read as `_ROW_COLS`, the captions of all their links
    read at once."""
    runs = _runs(case)
    refs: set[str] = set()
    parsed = []
    for run, row, start, end, vals in rows:
        values = _load(runs[run], vals, start, end)
        refs.update(_refs(runs[run].schema, values))
        parsed.append((runs[run], row, values))
    names = captions_of_refs(case, refs) if refs else {}
    return [(info, row, values, _caption(info.schema, values, names)) for info, row, values in parsed]


def _rows_entities(case: Case, rows: Sequence[Sequence[Any]]) -> list[Entity]:
    """Entities of rows read as `_ROW_COLS`."""
    out = []
    for info, row, values, caption in _named_rows(case, rows):
        eid = record_id(info.import_id, row)
        out.append(Entity(id=eid, schema=info.schema, caption=caption, handling=info.handling,
                          created_at=info.created_at, tags=sorted(info.tags),
                          statements=_statements(info, eid, row, values)))
    return out


def entities(case: Case, entity_ids: Iterable[str]) -> list[Entity]:
    """The records among ``entity_ids`` (other ids are skipped), in the order given."""
    wanted: dict[tuple[str, int], str] = {}
    for eid in entity_ids:
        parsed = parse_id(eid)
        if parsed is not None:
            wanted[parsed] = eid
    if wanted:  # an id of the entity table is no record (and most ids asked for are)
        ids = list(wanted.values())
        for i in range(0, len(ids), 400):
            part = ids[i:i + 400]
            for (eid,) in case.conn.execute(
                    f"SELECT id FROM entities WHERE id IN ({','.join('?' * len(part))})", part):
                wanted.pop(parse_id(eid) or ("", 0), None)
    if not wanted:
        return []
    by_prefix: dict[str, RecordRun | None] = {}
    rows = []
    for (prefix, row) in wanted:
        if prefix not in by_prefix:
            by_prefix[prefix] = _run_by_prefix(case, prefix)
        run = by_prefix[prefix]
        if run is None:
            continue
        r = case.conn.execute(f"SELECT {_ROW_COLS} FROM records WHERE run = ? AND row = ?",
                              (run.run, row)).fetchone()
        if r:
            rows.append(r)
    return _rows_entities(case, rows)


def captions(case: Case, entity_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """record id → (caption, schema) for the records among ``entity_ids``."""
    return {e.id: (e.caption, e.schema) for e in entities(case, entity_ids)}


def page(case: Case, *, after: tuple[int, int] | None = None, limit: int = 500,
         schema: str | None = None, except_import: str = "") -> list[Entity]:
    """Records in file order (run, row), ``limit`` of them after ``after``; of one schema,
    without the records of one import run."""
    where: list[str] = []
    args: list[Any] = []
    if except_import:
        where.append("r.run NOT IN (SELECT run FROM record_runs WHERE import_id = ?)")
        args.append(except_import)
    if after is not None:
        where.append("(r.run, r.row) > (?, ?)")
        args += list(after)
    if schema is not None:
        where.append("r.run IN (SELECT run FROM record_runs WHERE schema = ?)")
        args.append(schema)
    sql = f"SELECT {_ROW_COLS} FROM records r"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = case.conn.execute(sql + " ORDER BY r.run, r.row LIMIT ?", (*args, limit)).fetchall()
    return _rows_entities(case, rows)


def all_entities(case: Case, *, batch: int = 2000, schema: str | None = None,
                 except_import: str = "") -> Iterator[Entity]:
    """Every record (of ``schema``, not of import ``except_import``), in file order, read
    ``batch`` at a time."""
    after: tuple[int, int] | None = None
    while True:
        got = page(case, after=after, limit=batch, schema=schema, except_import=except_import)
        if not got:
            return
        yield from got
        last = parse_id(got[-1].id)
        assert last is not None
        run = _run_by_prefix(case, last[0])
        assert run is not None
        after = (run.run, last[1])


def delete_some(case: Case, import_id: str, limit: int = 20_000) -> int:
    """Delete up to ``limit`` of the run's records, last rows first (in the caller's
    transaction; a rollback deletes a large run a bounded transaction at a time); the run's
    shared row goes with its last record. Returns how many were deleted."""
    run = run_of(case, import_id)
    if run is None:
        return 0
    n = int(case.conn.execute(
        "DELETE FROM records WHERE run = ? AND row >= coalesce((SELECT row FROM records WHERE run = ?"
        " ORDER BY row DESC LIMIT 1 OFFSET ?), 0)", (run.run, run.run, limit - 1)).rowcount)
    case.conn.execute("UPDATE case_counts SET n = n - ? WHERE name = 'records'", (n,))
    if case.conn.execute("SELECT 1 FROM records WHERE run = ? LIMIT 1", (run.run,)).fetchone() is None:
        case.conn.execute("DELETE FROM record_runs WHERE run = ?", (run.run,))
    return n


def changed_since_import(case: Case, import_id: str) -> bool:
    """Whether a record of this run was turned into an ordinary entity (changed since)."""
    prefix = import_id[:ID_PREFIX]
    return case.conn.execute("SELECT 1 FROM entities WHERE id >= ? AND id < ? LIMIT 1",
                             (prefix + "-", prefix + "-\U0010ffff")).fetchone() is not None


def materialize(case: Case, entity_id: str) -> bool:
    """Turn the record with this id into an ordinary entity with the same ids; False when
    it is no record. Runs in (or opens) a transaction."""
    if parse_id(entity_id) is None or case.conn.execute(
            "SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None:
        return False
    ent = entity(case, entity_id)
    if ent is None:
        return False
    parsed = parse_id(entity_id)
    assert parsed is not None
    run = _run_by_prefix(case, parsed[0])
    assert run is not None
    r = case.conn.execute("SELECT start, end, vals FROM records WHERE run = ? AND row = ?",
                          (run.run, parsed[1])).fetchone()
    values = _load(run, r[2], r[0], r[1])
    hj = json.dumps(run.handling.to_json())
    grade = run.grade.to_text() if run.grade else None
    with case.transaction() as conn:
        conn.execute("INSERT INTO entities(id, schema, caption, tlp, handling, created_at, created_by,"
                     " origin, caption_fold) VALUES (?,?,?,?,?,?,?,?,?)",
                     (ent.id, ent.schema, ent.caption, int(run.handling.tlp), hj, run.created_at,
                      run.author, "", fold(ent.caption)))
        conn.executemany("INSERT OR IGNORE INTO entity_tags(entity_id, tag) VALUES (?, ?)",
                         [(ent.id, t) for t in run.tags])
        conn.executemany(
            "INSERT INTO statements(id, entity_id, prop, value, original, match_key, date_start,"
            " date_end, lang, author, source_exhibit, locator, origin, origin_bundle, first_seen,"
            " last_seen, grade, tlp, handling, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(s.id, ent.id, p, v, o, k, ds, de, "", run.author, run.source_exhibit, s.provenance.locator,
              "", "", run.created_at, run.created_at, grade, int(run.handling.tlp), hj, run.created_at)
             for s, (p, v, o, k, ds, de) in zip(ent.statements, values, strict=True)])
        conn.execute("DELETE FROM records WHERE run = ? AND row = ?", (run.run, parsed[1]))
        conn.execute("UPDATE case_counts SET n = n - 1 WHERE name = 'records'")
    return True


def materialize_all(case: Case, entity_ids: Iterable[str]) -> int:
    """`materialize` each record among ``entity_ids``; how many were records."""
    return sum(materialize(case, eid) for eid in dict.fromkeys(entity_ids) if parse_id(eid) is not None)


def _by_refs(case: Case, entity_ids: Sequence[str]) -> list[Entity]:
    """Records linking any of ``entity_ids`` (as written in the row)."""
    rows: list[Any] = []
    ids = list(dict.fromkeys(entity_ids))
    for i in range(0, len(ids), 400):
        part = ids[i:i + 400]
        marks = ",".join("?" * len(part))
        rows += case.conn.execute(
            f"SELECT {_ROW_COLS} FROM records WHERE ref1 IN ({marks}) UNION"
            f" SELECT {_ROW_COLS} FROM records WHERE ref2 IN ({marks})", [*part, *part]).fetchall()
    return _rows_entities(case, sorted(rows, key=lambda r: (r[0], r[1])))


def referring(case: Case, entity_ids: Sequence[str],
              props: Sequence[str] | None = None) -> list[tuple[str, str, str]]:
    """(record id, property, referenced id) of record values pointing at ``entity_ids``."""
    wanted = set(entity_ids)
    allowed = None if props is None else set(props)
    return [(e.id, s.prop, s.value) for e in _by_refs(case, list(wanted)) for s in e.statements
            if s.value in wanted and (allowed is None or s.prop in allowed)]


# -- the entity list (rec-list): records come after every entity, in file order -------------

def runs(case: Case) -> list[RecordRun]:
    """Every import run that holds records, in run order."""
    return [r for _, r in sorted(_runs(case).items())]


# What a typed text finds records by: the number (E.164, the digits it ends with) as either
# key, found through the indexes of key tails, or linked entities (SQL selecting their ids,
# its arguments), found through the indexes of the links.
ListText = tuple["tuple[str, str] | None", "tuple[str, list[Any]] | None"]


def _list_where(run_ids: Sequence[int] | None, text: ListText | None) -> tuple[list[str], list[Any]]:
    """WHERE parts of the listed records: of these runs (None: all), found by this text."""
    where: list[str] = []
    args: list[Any] = []
    if run_ids is not None:
        where.append(f"r.run IN ({','.join('?' * len(run_ids))})")
        args += list(run_ids)
    if text is not None:
        phone, linked = text
        parts = []
        if phone is not None:
            e164, tail = phone
            for col in ("key1", "key2"):
                parts.append(f"(substr(r.{col}, -7) = ? AND (r.{col} = ? OR r.{col} LIKE ?))")
                args += [tail[-7:], "phone:" + e164, "phone:%" + tail]
        if linked is not None:
            for col in ("ref1", "ref2"):
                parts.append(f"r.{col} IN ({linked[0]})")
                args += linked[1]
        where.append("(" + (" OR ".join(parts) or "0") + ")")
    return where, args


@dataclass(frozen=True)
class Listed:
    """A record as a list row shows it: no statements built (a list of a million calls)."""

    place: tuple[int, int]
    id: str
    schema: str
    caption: str
    handling: Handling
    created_at: str
    values: tuple[tuple[str, str], ...]  # (property, its last value or "") for each column asked
    # (a column "a|b": the last value of either)


def listed_rows(case: Case, run_ids: Sequence[int] | None, columns: Sequence[str], *,
                text: ListText | None = None, after: tuple[int, int] | None = None,
                before: tuple[int, int] | None = None, limit: int | None = None, offset: int = 0,
                backwards: bool = False) -> list[Listed]:
    """((run, row) and what a list row shows) of the records the entity list shows, in file
    order (last first when ``backwards``), after or before one record's place."""
    out: list[Listed] = []
    rows = _listed_rows(case, run_ids, _LISTED_COLS, text, after, before, limit, offset, backwards)
    for info, row, values, caption in _named_rows(case, rows):
        last = {v[0]: v[1] for v in values}
        out.append(Listed((info.run, row), record_id(info.import_id, row), info.schema, caption, info.handling,
                          info.created_at, tuple((p, _last_of(last, p)) for p in columns)))
    return out


def _last_of(last: dict[str, str], column: str) -> str:
    """A list column's value: of its property, or of the last of its alternatives ("date|startDate")
    the row has, as `store.entities` reads the newest of them for an entity."""
    if "|" not in column:
        return last.get(column, "")
    return next((last[p] for p in reversed(list(last)) if p in column.split("|")), "")


def listed_ids(case: Case, run_ids: Sequence[int] | None, *, text: ListText | None = None) -> list[str]:
    """The ids of the records `listed_rows` gives, in its order (nothing else of them read)."""
    runs = _runs(case)
    return [record_id(runs[run].import_id, row)
            for run, row in _listed_rows(case, run_ids, "r.run, r.row", text, None, None, None, 0, False)]


def _listed_rows(case: Case, run_ids: Sequence[int] | None, cols: str, text: ListText | None,
                 after: tuple[int, int] | None, before: tuple[int, int] | None, limit: int | None,
                 offset: int, backwards: bool) -> list[Any]:
    if run_ids is not None and not run_ids:
        return []
    where, args = _list_where(run_ids, text)
    if after is not None:
        where.append("(r.run, r.row) > (?, ?)")
        args += list(after)
    if before is not None:
        where.append("(r.run, r.row) < (?, ?)")
        args += list(before)
    way = "DESC" if backwards else "ASC"
    sql = f"SELECT {cols} FROM records r"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY r.run {way}, r.row {way}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return case.conn.execute(sql, args).fetchall()


def listed_count(case: Case, run_ids: Sequence[int] | None, *, text: ListText | None = None) -> int:
    """How many records `listed_rows` shows (the kept count when it shows them all)."""
    if run_ids is not None and not run_ids:
        return 0
    if text is None and (run_ids is None or set(run_ids) >= set(_runs(case))):
        return count(case)
    where, args = _list_where(run_ids, text)
    return int(case.conn.execute("SELECT count(*) FROM records r WHERE " + " AND ".join(where),
                                 args).fetchone()[0])


def phone_matches(case: Case, e164: str, tail: str, limit: int) -> list[tuple[str, str, str, str]]:
    """(record id, property, value, its run's created_at) of record values holding this number
    (E.164, or any number ending with ``tail``), newest first (last run, last row)."""
    where, args = _list_where(None, ((e164, tail), None))
    rows = case.conn.execute("SELECT r.run, r.row, r.start, r.end, r.vals FROM records r WHERE " + " AND ".join(where)
                             + " ORDER BY r.run DESC, r.row DESC LIMIT ?", [*args, limit]).fetchall()
    all_runs = _runs(case)
    out = []
    for run, row, start, end, vals in rows:
        info = all_runs[run]
        for prop, value, _o, key, _ds, _de in _load(info, vals, start, end):
            if key and key.startswith("phone:") and (key == "phone:" + e164 or key.endswith(tail)):
                out.append((record_id(info.import_id, row), prop, value, info.created_at))
    return out


def held_info(case: Case, entity_ids: Iterable[str]) -> dict[str, tuple[str, str, int]]:
    """record id → (schema, caption, TLP) of the records among ``entity_ids`` (search hits)."""
    return {e.id: (e.schema, e.caption, int(e.handling.tlp)) for e in entities(case, entity_ids)}


def schemas_of(case: Case, record_ids: Iterable[str]) -> dict[str, str]:
    """record id → its run's schema, for ids read from the records table (not checked)."""
    runs_by_prefix: dict[str, RecordRun | None] = {}
    out = {}
    for eid in record_ids:
        parsed = parse_id(eid)
        if parsed is None:
            continue
        if parsed[0] not in runs_by_prefix:
            runs_by_prefix[parsed[0]] = _run_by_prefix(case, parsed[0])
        run = runs_by_prefix[parsed[0]]
        if run is not None:
            out[eid] = run.schema
    return out


# -- timeline (rec-timeline) -----------------------------------------------------------------
# A record shows on the timeline as the one start date its `start` column holds (a table
# import keeps rows as records only when they map at most one: services.table_import.
# compact_records), reaching to its latest endDate as a startDate..endDate range does. How
# far past its `start` any record reaches is kept as migration 13 keeps it for statements,
# but apart ('record_reach_days' in case_counts): a case's ten-year ownership must not make
# a month of a million calls read ten years of them.

REACH = "record_reach_days"
_UNREAD_DAYS = 36_500_000  # bounds nothing: a date that cannot be read as a day (migration 13)


@dataclass(frozen=True)
class Dated:
    """A record's dated value as the timeline shows it."""

    n: int  # its position among the record's values (statement id `<record id>.<n>`)
    prop: str
    value: str
    original: str
    start: str
    end: str  # the value's latest instant
    range_end: str | None  # the record's latest endDate, if it has one


def decode(run: RecordRun, vals: str, start: str | None, end: str | None) -> list[Value]:
    """A row's values (its `vals`, `start` and `end` columns, read with its run)."""
    return _load(run, vals, start, end)


def caption_from(schema_name: str, values: Sequence[Value], names: dict[str, str]) -> str:
    """The caption a record with ``values`` has, its links named by ``names``."""
    return _caption(schema_name, values, names)


def links_of(schema_name: str, values: Sequence[Value]) -> list[str]:
    """The entity ids a record's values name."""
    return _refs(schema_name, values)


def dated(schema_name: str, values: Sequence[Value]) -> Dated | None:
    """The value `insert` put in `start` (the first start date), with the range's end."""
    starts = get_schema(schema_name).temporal_start
    ends = [e for p, _v, _o, _k, ds, de in values if p == "endDate" and (e := de or ds)]
    for n, (prop, value, original, _k, ds, de) in enumerate(values):
        if prop in starts and ds:
            ranged = ends and prop in ("startDate", "date")  # as the statement path reads a range
            return Dated(n, prop, value, original, ds, de or ds, max(ends) if ranged else None)
    return None


def reach_days(start: str, end: str) -> int:
    """Whole days (and one more) from ``start`` to ``end`` when they are on different UTC
    days, as migration 13 counts them; 0 within a day (a window reads a day before it)."""
    from datetime import datetime  # (imported here to keep this section apart)

    if end[:10] <= start[:10]:
        return 0
    try:
        span = datetime.strptime(end[:19], "%Y-%m-%dT%H:%M:%S") - datetime.strptime(start[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return _UNREAD_DAYS
    return span.days + 1


def _reach_of(schema_name: str, values: Sequence[Value]) -> int:
    d = dated(schema_name, values)
    if d is None:
        return 0
    return max(reach_days(d.start, d.end), reach_days(d.start, d.range_end or d.end))


def keep_reach(case: Case, run: RecordRun, rows: Sequence[RecordRow]) -> None:
    """Raise the kept reach of records to cover ``rows`` (just inserted, in the caller's
    transaction). It never shrinks: a rollback or materialize leaves it looser, not wrong."""
    starts = get_schema(run.schema).temporal_start
    days = 0
    for r in rows:  # `_reach_of` for rows that end on a later UTC day than they start, only
        start = ""
        later = False
        for prop, _v, _o, _k, ds, de in r.values:
            if not start and ds and prop in starts:
                start = ds
                later = later or bool(de and de[:10] > ds[:10])
            elif prop == "endDate" and (de or ds):
                later = True
        if later and start:
            days = max(days, _reach_of(run.schema, r.values))
    if case.conn.execute("SELECT 1 FROM case_counts WHERE name = ?", (REACH,)).fetchone() is None \
            and count(case) > len(rows):
        # records kept before their reach was: measured once
        all_runs = _runs(case)
        days = max(days, max((_reach_of(all_runs[r].schema, _load(all_runs[r], v, s, e)) for r, s, e, v in
                              case.conn.execute("SELECT run, start, end, vals FROM records")), default=0))
    case.conn.execute("INSERT INTO case_counts(name, n) VALUES (?, ?)"
                      " ON CONFLICT(name) DO UPDATE SET n = max(n, excluded.n)", (REACH, days))


def reach(case: Case) -> int | None:
    """Days any record reaches past its start (kept by `keep_reach`); None when records
    are held without a kept reach (nothing can be bounded)."""
    row = case.conn.execute("SELECT n FROM case_counts WHERE name = ?", (REACH,)).fetchone()
    if row is not None:
        return int(row[0])
    return 0 if count(case) == 0 else None

# -- exports and exchange (rec-export) -------------------------------------------------------

def run_of_record(case: Case, entity_id: str,
                  known: dict[str, RecordRun | None] | None = None) -> RecordRun | None:
    """The run of the record with this id (its handling, tags, provenance), None when it is no
    record. ``known``: runs by id prefix found so far (kept by the caller across calls)."""
    parsed = parse_id(entity_id)
    if parsed is None:
        return None
    if known is None:
        run = _run_by_prefix(case, parsed[0])
    else:
        if parsed[0] not in known:
            known[parsed[0]] = _run_by_prefix(case, parsed[0])
        run = known[parsed[0]]
    if run is None or case.conn.execute("SELECT 1 FROM records WHERE run = ? AND row = ?",
                                        (run.run, parsed[1])).fetchone() is None:
        return None
    return run


def ids(case: Case, *, tag: str | None = None, tlp: int | None = None) -> Iterator[str]:
    """Record ids in file order (of runs carrying ``tag`` / of handling level ``tlp``), read a
    batch at a time."""
    for run in runs(case):
        if tag is not None and tag not in run.tags:
            continue
        if tlp is not None and int(run.handling.tlp) != tlp:
            continue
        after = -1
        while True:
            rows = [r for (r,) in case.conn.execute(
                "SELECT row FROM records WHERE run = ? AND row > ? ORDER BY row LIMIT 5000", (run.run, after))]
            if not rows:
                break
            yield from (record_id(run.import_id, r) for r in rows)
            after = rows[-1]


def runs_counted(case: Case) -> list[tuple[RecordRun, int]]:
    """Every import run that holds records, in run order, with how many it holds now."""
    counts = dict(case.conn.execute("SELECT run, count(*) FROM records GROUP BY run").fetchall())
    return [(r, int(counts.get(r.run, 0))) for r in runs(case)]


def set_run_handling(case: Case, import_id: str, handling: Handling) -> bool:
    """The handling of every record of an import run (each record and value carries its
    run's): a RED import's recipients are pinned for all its calls at once, which stay
    records. Its TLP stays (recipients change, not the level)."""
    cur = case.conn.execute("UPDATE record_runs SET handling = ? WHERE import_id = ?",
                            (json.dumps(handling.to_json()), import_id))
    return cur.rowcount == 1


def run_entities(case: Case, run: RecordRun, *, batch: int = 2000) -> Iterator[Entity]:
    """The records of one run as entities, in file order, ``batch`` at a time."""
    after = -1
    while True:
        rows = case.conn.execute(f"SELECT {_ROW_COLS} FROM records WHERE run = ? AND row > ?"
                                 " ORDER BY row LIMIT ?", (run.run, after, batch)).fetchall()
        if not rows:
            return
        yield from _rows_entities(case, rows)
        after = rows[-1][1]


def statement_ids(case: Case, statement_ids: Iterable[str]) -> set[str]:
    """The statement ids among these that are values of records."""
    by_entity: dict[str, list[str]] = {}
    for sid in statement_ids:
        eid, _, n = sid.rpartition(".")
        if n.isdigit() and parse_id(eid) is not None:
            by_entity.setdefault(eid, []).append(sid)
    if not by_entity:
        return set()
    held = {s.id for e in entities(case, list(by_entity)) for s in e.statements}
    return {sid for sids in by_entity.values() for sid in sids if sid in held}


def matching_keys(case: Case, keys: Sequence[str]) -> list[tuple[str, str, str]]:
    """(record id, property, match key) of record values holding one of ``keys`` (found by
    the rows' indexed keys, then checked value by value)."""
    wanted = list(dict.fromkeys(k for k in keys if k))
    rows: list[Any] = []
    for i in range(0, len(wanted), 200):
        part = wanted[i:i + 200]
        for col in ("key1", "key2"):
            cond = " OR ".join(f"(substr({col}, -7) = ? AND {col} = ?)" for _ in part)
            rows += case.conn.execute(f"SELECT {_ROW_COLS} FROM records WHERE {cond}",
                                      [x for k in part for x in (k[-7:], k)]).fetchall()
    unique = sorted({(r[0], r[1]): r for r in rows}.values(), key=lambda r: (r[0], r[1]))
    want = set(wanted)
    return list(dict.fromkeys((e.id, s.prop, s.match_key) for e in _rows_entities(case, unique)
                              for s in e.statements if s.match_key in want))


# -- link graph, charts and briefing packs (rec-graph) -------------------------------------------

GraphValue = tuple[str, str, "str | None", "str | None", "str | None", "str | None", int]


def graph_rows(case: Case, props: Sequence[str], *, batch: int = 5000
               ) -> Iterator[tuple[str, str, str, int, tuple[str, ...], list[GraphValue]]]:
    """Every record as the link graph reads an entity: (id, schema, caption, tlp, tags,
    [(prop, value, match key, grade, date start, date end, tlp)] of its values of
    ``props``), in file order, ``batch`` rows a read. A relationship's caption is left
    empty (it is drawn as a link named by its ends): the names of its ends are not read."""
    runs_ = _runs(case)
    wanted = set(props)
    grades = {n: (r.grade.to_text() if r.grade else None) for n, r in runs_.items()}
    after = (-1, -1)
    while True:
        rows = case.conn.execute(f"SELECT {_ROW_COLS} FROM records WHERE (run, row) > (?, ?)"
                                 " ORDER BY run, row LIMIT ?", (*after, batch)).fetchall()
        if not rows:
            return
        after = (rows[-1][0], rows[-1][1])
        loaded = [(runs_[run], row, _load(runs_[run], vals, start, end)) for run, row, start, end, vals in rows]
        named = [(run, values) for run, _row, values in loaded if get_schema(run.schema).edge is None]
        refs = {v for run, values in named for v in _refs(run.schema, values)}
        names = captions_of_refs(case, refs) if refs else {}
        for run, row, values in loaded:
            tlp = int(run.handling.tlp)
            grade = grades[run.run]
            caption = "" if get_schema(run.schema).edge is not None else _caption(run.schema, values, names)
            yield (record_id(run.import_id, row), run.schema, caption, tlp, run.tags,
                   [(p, v, k, grade, ds, de, tlp) for p, v, _o, k, ds, de in values if p in wanted])
