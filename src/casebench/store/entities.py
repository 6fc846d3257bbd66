"""Entities, statements, tags and merges: the only SQL for the case's facts."""

from __future__ import annotations

import functools
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from casebench.domain.captions import edge_caption, edge_namer
from casebench.domain.dates import DateError, DateValue
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity, Provenance, Statement
from casebench.domain.names import fold
from casebench.domain.phones import phone_query
from casebench.domain.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.domain.schema import Schema, concrete_schemata, get_schema
from casebench.domain.values import PropType, normalise
from casebench.store import records
from casebench.store.errors import InvalidInput, NotFound
from casebench.store.stats import kept_count, live_entity_count

if TYPE_CHECKING:
    from casebench.store.case import Case

_V = TypeVar("_V")


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class EntitySummary:
    id: str
    schema: str
    caption: str
    tlp: TLP
    created_at: str
    origin: str
    caption_fold: str = ""  # the caption as lists order it (the keyset anchor of a page)
    # (property, its newest live value or "") for the columns a list asked for (`columns=`)
    values: tuple[tuple[str, str], ...] = ()
    # a compact record's (import run, source row): its place in the list, after every
    # entity (decision 53); None for an entity of the entities table
    place: tuple[int, int] | None = None
    # (entity id, schema, caption) of the entities the row's values name, for the columns a
    # list asked to be named (`services.entities.list_entities(named=)`); the store leaves it empty
    names: tuple[tuple[str, str, str], ...] = ()

    def value(self, prop: str) -> str:
        return next((v for p, v in self.values if p == prop), "")


@dataclass(frozen=True)
class NewStatement:
    """A value to record, before normalisation."""

    prop: str
    raw: str
    provenance: Provenance
    handling: Handling
    first_seen: str = ""
    last_seen: str = ""
    statement_id: str | None = None
    created_at: str | None = None


_STMT_COLS = ("id, entity_id, prop, value, original, match_key, lang, author, source_exhibit, locator,"
              " origin, origin_bundle, first_seen, last_seen, grade, handling, created_at, retracted,"
              " retract_reason")


def _row_to_statement(r: Sequence[Any]) -> Statement:
    grade = Grade.from_text(r[14]) if r[14] else None
    prov = Provenance(author=r[7], source_exhibit=r[8], locator=r[9], origin=r[10],
                      origin_bundle=r[11], grade=grade, lang=r[6])
    return Statement(id=r[0], entity_id=r[1], prop=r[2], value=r[3], original=r[4], provenance=prov,
                     handling=Handling.from_json(json.loads(r[15])), created_at=r[16],
                     first_seen=r[12], last_seen=r[13], match_key=r[5], retracted=bool(r[17]),
                     retracted_reason=r[18] or "")


def create_entity(case: Case, schema: str, *, handling: Handling, tags: Iterable[str] = (),
                  entity_id: str | None = None, origin: str = "", created_at: str | None = None) -> str:
    from casebench.store.case import utc_now

    sch = get_schema(schema)
    if sch.abstract:
        raise InvalidInput(case.path, f"{schema} is an abstract schema; choose a concrete one")
    eid = entity_id or new_id()
    with case.transaction() as conn:
        conn.execute(
            "INSERT INTO entities(id, schema, caption, tlp, handling, created_at, created_by, origin)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (eid, schema, "", int(handling.tlp), json.dumps(handling.to_json()),
             created_at or utc_now(), case.user, origin),
        )
        for tag in tags:
            add_tag(case, eid, tag)
    return eid


def entity_exists(case: Case, entity_id: str) -> bool:
    return (case.conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None
            or records.is_record_id(case, entity_id))


def entity_schema(case: Case, entity_id: str) -> str:
    row = case.conn.execute("SELECT schema FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None and (held := records.entity(case, entity_id)) is not None:
        return held.schema
    if row is None:
        raise NotFound(case.path, f"no entity with id {entity_id}", code="entity.no_id", id=entity_id)
    return str(row[0])


def add_statements(case: Case, entity_id: str, items: Iterable[NewStatement], *,
                   default_region: str | None = None, progress: Progress = no_progress,
                   cancelled: Cancelled = never_cancelled) -> list[str]:
    """Validate, normalise and record values; all or nothing (``progress`` and ``cancelled``:
    of the relationships named again when the entity's name changed, `refresh_links_naming`)."""
    from casebench.store.case import utc_now

    records.materialize(case, entity_id)

    schema = get_schema(entity_schema(case, entity_id))
    ids: list[str] = []
    rows = []
    now = utc_now()
    for item in items:
        prop = schema.properties.get(item.prop)
        if prop is None:
            raise InvalidInput(case.path, f"{schema.name} has no property {item.prop!r}")
        raw = item.raw.strip()
        if not raw:
            raise InvalidInput(case.path, f"{prop.label}: the value is empty")
        try:
            norm = normalise(prop.type, raw, default_region=default_region)
        except ValueError as exc:
            raise InvalidInput(case.path, f"{prop.label}: {exc}") from None
        if prop.type is PropType.ENTITY:
            target = canonical_id(case, norm.value)
            if not entity_exists(case, target):
                raise InvalidInput(case.path, f"{prop.label}: no entity with id {norm.value}")
        sid = item.statement_id or new_id()
        p = item.provenance
        rows.append((
            sid, entity_id, item.prop, norm.value, raw, norm.match_key, norm.sort_start, norm.sort_end,
            p.lang, p.author, p.source_exhibit, p.locator, p.origin, p.origin_bundle,
            item.first_seen or now, item.last_seen or now, p.grade.to_text() if p.grade else None,
            int(item.handling.tlp), json.dumps(item.handling.to_json()), item.created_at or now,
        ))
        ids.append(sid)
    with case.transaction() as conn:
        conn.executemany(
            "INSERT INTO statements(id, entity_id, prop, value, original, match_key, date_start,"
            " date_end, lang, author, source_exhibit, locator, origin, origin_bundle, first_seen,"
            " last_seen, grade, tlp, handling, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        refresh_caption(case, entity_id, progress=progress, cancelled=cancelled)
    return ids


def statement(case: Case, statement_id: str) -> Statement:
    row = case.conn.execute(f"SELECT {_STMT_COLS} FROM statements WHERE id = ?", (statement_id,)).fetchone()
    if row is None and (held := records.statement(case, statement_id)) is not None:
        return held
    if row is None:
        raise NotFound(case.path, f"no statement with id {statement_id}", code="statement.no_id", id=statement_id)
    return _row_to_statement(row)


def retract_statement(case: Case, statement_id: str, reason: str, *, progress: Progress = no_progress,
                      cancelled: Cancelled = never_cancelled) -> Statement:
    from casebench.store.case import utc_now

    st = statement(case, statement_id)
    records.materialize(case, st.entity_id)
    if st.retracted:
        raise InvalidInput(case.path, f"statement {statement_id} is already retracted",
                           code="statement.already_retracted", id=statement_id)
    with case.transaction() as conn:
        conn.execute(
            "UPDATE statements SET retracted = 1, retracted_at = ?, retracted_by = ?, retract_reason = ?"
            " WHERE id = ?", (utc_now(), case.user, reason, statement_id))
        refresh_caption(case, st.entity_id, progress=progress, cancelled=cancelled)
    return st


def _members(case: Case, canonical: str) -> list[str]:
    """The canonical id plus every id merged into it (directly or through a chain)."""
    out, todo = [canonical], [canonical]
    while todo:
        cur = todo.pop()
        for (src,) in case.conn.execute(
                "SELECT source_id FROM merges WHERE canonical_id = ? AND undone_at IS NULL", (cur,)):
            out.append(src)
            todo.append(src)
    return out


def canonical_id(case: Case, entity_id: str) -> str:
    seen = {entity_id}
    cur = entity_id
    while True:
        row = case.conn.execute(
            "SELECT canonical_id FROM merges WHERE source_id = ? AND undone_at IS NULL", (cur,)).fetchone()
        if row is None:
            return cur
        cur = row[0]
        if cur in seen:  # a cycle cannot be created through merge(); stop rather than loop
            return cur
        seen.add(cur)


def canonical_resolver(case: Case) -> Callable[[str], str]:
    """`canonical_id` for bulk work: one read of the active merges, then lookups in memory."""
    merged = dict(case.conn.execute(
        "SELECT source_id, canonical_id FROM merges WHERE undone_at IS NULL").fetchall())

    def resolve(entity_id: str) -> str:
        seen = {entity_id}
        while entity_id in merged and merged[entity_id] not in seen:
            entity_id = merged[entity_id]
            seen.add(entity_id)
        return entity_id

    return resolve


class WithRecords(Mapping[str, _V]):
    """The entity table's rows, read at once, and the compact records (decision 53) looked
    up by id when asked for: a case's million calls are not held for the few a reader asks
    about. Iterating goes through the records too, a batch at a time."""

    def __init__(self, case: Case, rows: dict[str, _V], of_run: Callable[[records.RecordRun], _V]) -> None:
        self._case, self._rows, self._of_run = case, rows, of_run
        self._runs: dict[str, records.RecordRun | None] = {}

    def __getitem__(self, key: str) -> _V:
        if key in self._rows:
            return self._rows[key]
        run = records.run_of_record(self._case, key, self._runs)
        if run is None:
            raise KeyError(key)
        return self._of_run(run)

    def __iter__(self) -> Iterator[str]:
        yield from self._rows
        yield from records.ids(self._case)

    def __len__(self) -> int:
        return len(self._rows) + records.count(self._case)


def handling_tlps(case: Case) -> WithRecords[TLP]:
    """Each entity's own handling TLP (not raised by its values), in one read; a record's
    is its import run's."""
    return WithRecords(case, {eid: TLP.parse(tlp, TLP.AMBER) for eid, tlp in case.conn.execute(
        "SELECT id, json_extract(handling, '$.tlp') FROM entities")}, lambda run: run.handling.tlp)


def entity_handlings(case: Case) -> WithRecords[tuple[Handling, str]]:
    """Each entity's own handling and origin workbench ("" = ours), in one read; a record's
    is its import run's (records are always ours)."""
    return WithRecords(case, {eid: (Handling.from_json(json.loads(h)) if h else Handling(), origin or "")
                              for eid, h, origin in case.conn.execute("SELECT id, handling, origin FROM entities")},
                       lambda run: (run.handling, ""))


def may_be_record(entity_id: str) -> bool:
    """Whether the id has a compact record's shape (no query: not proof that it is one)."""
    return records.parse_id(entity_id) is not None


def record_entities(case: Case, entity_ids: Sequence[str]) -> list[Entity]:
    """The compact records among ``entity_ids`` as entities, read together."""
    return records.entities(case, entity_ids)


def get_entities(case: Case, entity_ids: Sequence[str]) -> Iterator[Entity]:
    """`get_entity` of each id in turn, the records among them read a batch at a time."""
    for i in range(0, len(entity_ids), _CHUNK):
        part = entity_ids[i:i + _CHUNK]
        held = {e.id: e for e in records.entities(case, part)}
        for eid in part:
            yield held.get(eid) or get_entity(case, eid)


def statements_of(case: Case, entity_ids: Sequence[str], *, include_retracted: bool = False) -> list[Statement]:
    marks = ",".join("?" * len(entity_ids))
    sql = f"SELECT {_STMT_COLS} FROM statements WHERE entity_id IN ({marks})"
    if not include_retracted:
        sql += " AND retracted = 0"
    sql += " ORDER BY seq"
    held = [s for e in records.entities(case, entity_ids) for s in e.statements]
    return [_row_to_statement(r) for r in case.conn.execute(sql, list(entity_ids))] + held


def get_entity(case: Case, entity_id: str, *, include_retracted: bool = False) -> Entity:
    cid = canonical_id(case, entity_id)
    row = case.conn.execute(
        "SELECT id, schema, caption, handling, created_at, undated_order FROM entities WHERE id = ?",
        (cid,)).fetchone()
    if row is None and (held := records.entity(case, cid)) is not None:
        return held
    if row is None:
        raise NotFound(case.path, f"no entity with id {entity_id}", code="entity.no_id", id=entity_id)
    members = _members(case, cid)
    tags = [t for (t,) in case.conn.execute(
        f"SELECT DISTINCT tag FROM entity_tags WHERE entity_id IN ({','.join('?' * len(members))})"
        " ORDER BY tag", members)]
    return Entity(id=row[0], schema=row[1], caption=row[2],
                  handling=Handling.from_json(json.loads(row[3])), created_at=row[4], tags=tags,
                  statements=statements_of(case, members, include_retracted=include_retracted),
                  merged_ids=members[1:], undated_order=row[5])


def refresh_caption(case: Case, entity_id: str, *, follow: bool = True, progress: Progress = no_progress,
                    cancelled: Cancelled = never_cancelled) -> bool:
    """Name the entity again from its values; whether the name it had changed. When it did (and
    ``follow``), the relationships kept as statements that name it are named again too (a
    payment "GOMES, Ana paid …" reads "Ana Gomes paid …" once her name is corrected). A call
    kept as a record is named when read, and needs nothing."""
    cid = canonical_id(case, entity_id)
    ent = get_entity(case, cid)
    shown = ent.caption
    schema = get_schema(ent.schema)
    caption = ""
    for prop in schema.caption:
        val = ent.first(prop)
        if val:
            caption = val
            break
    edge = schema.edge
    if edge and not caption:
        # the ends, else what names them (accounts, numbers): the rule the import names them by
        named = []
        for st in ent.statements:
            if st.retracted or not st.prop.startswith(edge):
                continue
            defined = schema.properties.get(st.prop)
            linked = defined is not None and defined.type is PropType.ENTITY
            named.append((st.prop, _caption_of(case, st.value) if linked else st.value))
        caption = edge_caption(schema, named)
    if not caption:
        caption = schema.label
    tlp = max([ent.handling.tlp, *(s.tlp for s in ent.statements)])
    case.conn.execute("UPDATE entities SET caption = ?, tlp = ? WHERE id = ?", (caption, int(tlp), cid))
    renamed = bool(shown) and caption != shown  # a new entity ("") was named by nothing yet
    if follow and renamed:
        refresh_links_naming(case, _members(case, cid), progress=progress, cancelled=cancelled)
    return renamed


def refresh_captions(case: Case, entity_ids: Iterable[str]) -> None:
    """`refresh_caption` of many entities (an import's): the ends first, then the
    relationships, each once; then the relationships elsewhere in the case that name an end
    whose name changed."""
    ids = list(dict.fromkeys(entity_ids))
    edges: set[str] = set()
    for i in range(0, len(ids), 400):
        part = ids[i:i + 400]
        edges.update(eid for eid, schema in case.conn.execute(
            f"SELECT id, schema FROM entities WHERE id IN ({','.join('?' * len(part))})", part) if _is_edge(schema))
    changed = [eid for eid in ids if eid not in edges and refresh_caption(case, eid, follow=False)]
    canon = canonical_resolver(case)
    name_links(case, [canon(eid) for eid in ids if eid in edges])  # after the ends, in the import's order
    # an id as a bundle names it may be merged into one of ours: the links naming ours too
    refresh_links_naming(case, [m for eid in changed for m in _members(case, canonical_id(case, eid))],
                         skip=set(ids))


def refresh_links_naming(case: Case, entity_ids: Sequence[str], *, skip: Set[str] = frozenset(),
                         progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> None:
    """Name again the relationships (kept as statements, not in ``skip``) whose ends are these
    entities: their captions hold the ends' names (`edge_caption`). Not followed further: a
    relationship's own name names no other relationship's end. Read and written together
    (`name_links`): a number called 50,000 times is renamed in a few reads and one write."""
    props, kinds = _end_props()
    marks = ",".join("?" * len(props))
    linking: dict[str, None] = {}
    for i in range(0, len(entity_ids), 400):
        part = list(entity_ids[i:i + 400])
        # (a vehicle's owner is no relationship's end: its schema is not one of them)
        linking.update((eid, None) for (eid,) in case.conn.execute(
            # CROSS JOIN: from the ends' values to the links, not through every relationship
            f"SELECT DISTINCT s.entity_id FROM statements s CROSS JOIN entities e ON e.id = s.entity_id"
            f" WHERE s.prop IN ({marks}) AND s.value IN ({','.join('?' * len(part))}) AND s.retracted = 0"
            f" AND e.schema IN ({','.join('?' * len(kinds))})", [*props, *part, *kinds]))
    canon = canonical_resolver(case)
    name_links(case, list(dict.fromkeys(canon(e) for e in linking if e not in skip)),
               progress=progress, cancelled=cancelled)


NAME_LINKS_BATCH = 2000  # entities read, named and written together; progress between batches


@dataclass
class _Held:
    """What `refresh_caption` reads of one entity, for `name_links`."""

    id: str
    schema: Schema
    caption: str  # as stored
    tlp: int  # as stored
    wanted: Mapping[str, bool]  # the properties its caption is made of: linking an end or not
    level: int  # the most restricted of its handling's and its live values' TLP
    values: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, property, value) of ``wanted``


def name_links(case: Case, entity_ids: Sequence[str], *, progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> None:
    """`refresh_caption(case, id, follow=False)` of each canonical id in turn, done a batch at a
    time: the entities' rows and live values (their merged ids' too) in a few set-based reads,
    the ends they name in one read of their captions, each caption by the same rule
    (`domain.captions.EdgeNamer`), and one ``executemany`` of the rows whose caption or TLP
    changed. An entity named after another of ``entity_ids`` (an unknown link whose end is a
    call) is named once more after the pass, from the other's new caption (one at a time, that
    depended on the order the links were found in).
    Raises `OperationCancelled` when ``cancelled()``; the caller's transaction undoes it all."""
    if not entity_ids:
        return
    namer = _LinkNamer(case)
    again = namer.run(entity_ids, set(entity_ids), progress, cancelled)
    if again:
        namer.run(again, frozenset(), no_progress, cancelled)


class _LinkNamer:
    """One `name_links` pass's reading state: the active merges, the canonical ids, the TLPs of
    the handlings met, the captions given so far."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.sources: dict[str, list[str]] = {}
        for src, dst in case.conn.execute("SELECT source_id, canonical_id FROM merges WHERE undone_at IS NULL"):
            self.sources.setdefault(str(dst), []).append(str(src))
        self.canon = canonical_resolver(case)
        self.levels: dict[str, int] = {}  # handling JSON -> its TLP (most values share a few)
        self.given: dict[str, str] = {}  # captions given in this pass, for an end read after it
        self.ends: dict[str, str] = {}  # the stored captions of the batch's ends

    def caption_of(self, value: str) -> str:
        """`_caption_of`, from what was read and given."""
        cid = self.canon(value)
        return self.given[cid] if cid in self.given else self.ends.get(cid, value)

    def run(self, entity_ids: Sequence[str], pending: Set[str], progress: Progress,
            cancelled: Cancelled) -> list[str]:
        """Name ``entity_ids``; the ids named after an end among ``pending``."""
        total = len(entity_ids)
        again: dict[str, None] = {}
        self.given = {}
        for start in range(0, total, NAME_LINKS_BATCH):
            if cancelled():
                raise OperationCancelled("renaming links")
            part = entity_ids[start:start + NAME_LINKS_BATCH]
            held = self._read(list(dict.fromkeys(part)), pending, again)
            writes: dict[str, tuple[str, int]] = {}
            for cid in part:
                ent = held.get(cid)
                if ent is None:  # no row (a record is no relationship kept as statements): one at a time
                    refresh_caption(self.case, cid, follow=False)
                    continue
                caption = self.given[cid] = _caption(ent, self.caption_of)
                if (caption, ent.level) != (ent.caption, ent.tlp):
                    writes[cid] = (caption, ent.level)
                    ent.caption, ent.tlp = caption, ent.level
            # in the order of the new names: the lists' name indexes are written a page at a time
            self.case.conn.executemany("UPDATE entities SET caption = ?, tlp = ? WHERE id = ?",
                                       sorted((caption, tlp, cid) for cid, (caption, tlp) in writes.items()))
            progress(start + len(part), total, "")
        return list(again)

    def _level(self, text: str) -> int:
        """The TLP of a handling as stored (`Handling.from_json`, as `get_entity` reads it)."""
        level = self.levels.get(text)
        if level is None:
            level = self.levels[text] = int(Handling.from_json(json.loads(text)).tlp)
        return level

    def _read(self, cids: Sequence[str], pending: Set[str], again: dict[str, None]) -> dict[str, _Held]:
        """Each canonical id's row and what its live values (its merged ids' too) name it by, in
        statement order; the stored captions of the ends those values name into ``ends``; the
        ids named after an end among ``pending`` into ``again``."""
        conn, canon, levels = self.case.conn, self.canon, self.levels
        out: dict[str, _Held] = {}
        for part in _chunks(cids):
            for eid, schema, caption, tlp, handling in conn.execute(
                    f"SELECT id, schema, caption, tlp, handling FROM entities WHERE id IN ({','.join('?' * len(part))})",
                    list(part)):
                sch = get_schema(schema)
                out[eid] = _Held(eid, sch, caption, tlp, _caption_props(sch), self._level(handling))
        owner: dict[str, _Held] = {}
        for cid, ent in out.items():
            todo = [cid]
            while todo:  # `_members`: the ids merged into it, directly or through a chain
                cur = todo.pop()
                owner[cur] = ent
                todo.extend(self.sources.get(cur, ()))
        named: set[str] = set()
        for part in _chunks(list(owner)):
            for eid, seq, prop, value, handling in conn.execute(
                    f"SELECT entity_id, seq, prop, value, handling FROM statements"
                    f" WHERE entity_id IN ({','.join('?' * len(part))}) AND retracted = 0 ORDER BY seq", list(part)):
                ent = owner[eid]
                level = levels.get(handling)
                if level is None:
                    level = self._level(handling)
                if level > ent.level:
                    ent.level = level
                linked = ent.wanted.get(prop)
                if linked is not None:
                    ent.values.append((seq, prop, value))
                    if linked:
                        end = canon(value)
                        named.add(end)
                        if end in pending and end != ent.id:
                            again[ent.id] = None
        if len(owner) > len(out):  # merged ids' values, read in other chunks: in statement order
            for ent in out.values():
                ent.values.sort()
        self.ends = {}
        for part in _chunks(sorted(named)):
            self.ends.update(conn.execute(
                f"SELECT id, caption FROM entities WHERE id IN ({','.join('?' * len(part))})", list(part)).fetchall())
        return out


_CAPTION_PROPS: dict[str, tuple[Schema, Mapping[str, bool]]] = {}


def _caption_props(schema: Schema) -> Mapping[str, bool]:
    """The properties `refresh_caption` names an entity of ``schema`` by: its caption's, and
    for a relationship every property under an end (True: the value is an entity's id). A
    property the schema lacks names no end (`EdgeNamer`) and is left out."""
    known = _CAPTION_PROPS.get(schema.name)
    if known is not None and known[0] is schema:
        return known[1]
    wanted = dict.fromkeys(schema.caption, False)
    if schema.edge:
        for name, prop in schema.properties.items():
            if name.startswith(schema.edge):
                wanted[name] = prop.type is PropType.ENTITY
    _CAPTION_PROPS[schema.name] = (schema, wanted)
    return wanted


def _caption(ent: _Held, caption_of: Callable[[str], str]) -> str:
    """`refresh_caption`'s caption of an entity from what `_LinkNamer._read` read."""
    schema = ent.schema
    for prop in schema.caption:
        val = next((value for _seq, p, value in ent.values if p == prop), None)
        if val:
            return val
    caption = ""
    if schema.edge:
        wanted = ent.wanted
        caption = edge_namer(schema).caption(
            (prop, caption_of(value) if wanted[prop] else value)
            for _seq, prop, value in ent.values if prop.startswith(schema.edge))
    return caption or schema.label


def _is_edge(schema: str) -> bool:
    try:
        return get_schema(schema).is_edge
    except ValueError:  # a kind this workbench does not know names no end
        return False


@functools.cache
def _end_props() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The properties that link a relationship's end to an entity (``payer``, ``caller``), and
    the relationships' schemata."""
    edges = [sch for sch in concrete_schemata() if sch.edge]
    return (tuple(sorted({p for sch in edges for p, d in sch.properties.items()
                          if d.type is PropType.ENTITY and p.startswith(sch.edge or ())})),
            tuple(sorted(sch.name for sch in edges)))


def _caption_of(case: Case, entity_id: str) -> str:
    row = case.conn.execute("SELECT caption FROM entities WHERE id = ?",
                            (canonical_id(case, entity_id),)).fetchone()
    return str(row[0]) if row else entity_id


def add_tag(case: Case, entity_id: str, tag: str) -> None:
    tag = tag.strip()
    if tag:
        records.materialize(case, entity_id)
        case.conn.execute("INSERT OR IGNORE INTO entity_tags(entity_id, tag) VALUES (?, ?)", (entity_id, tag))


def remove_tag(case: Case, entity_id: str, tag: str) -> None:
    records.materialize(case, entity_id)
    case.conn.execute("DELETE FROM entity_tags WHERE entity_id = ? AND tag = ?", (entity_id, tag))


# A number of fewer digits than this is matched as a whole word, not as the beginning of
# one: "34"* would expand to every Spanish phone number in the case (FTS5 reads the list
# of every such word), and "2024-03" means March 2024, not 2024-03xx.
WHOLE_NUMBER_BELOW = 5


def fts_term(word: str) -> str:
    """One word of a query as an FTS5 term: a quoted prefix, or a whole short number."""
    if word.isdigit() and len(word) < WHOLE_NUMBER_BELOW:
        return f'"{word}"'
    return f'"{word}"*'


def name_query(text: str) -> str:
    """The FTS5 query for the full-text tables (`search_names`, `search_values`): every word
    of the text, folded by `domain.names.fold` as the tables were written, as a quoted prefix (`fts_term`). The
    entity-list filter folds captions with the same rule, so what search finds by the name
    the list shows, the filter finds too."""
    return " ".join(fts_term(w) for w in fold(text).split())


def _list_filter(schema: str | Sequence[str] | None, tag: str | None, tlp: TLP | None,
                 country: str | None, text: str | None) -> tuple[str, list[Any]]:
    where = ["NOT EXISTS (SELECT 1 FROM merges m WHERE m.source_id = e.id AND m.undone_at IS NULL)"]
    args: list[Any] = []
    if schema:
        names = [schema] if isinstance(schema, str) else list(schema)
        where.append(f"e.schema IN ({','.join('?' * len(names))})")
        args += names
    if tag:
        where.append("EXISTS (SELECT 1 FROM entity_tags t WHERE t.entity_id = e.id AND t.tag = ?)")
        args.append(tag)
    if tlp is not None:
        where.append("e.tlp = ?")
        args.append(int(tlp))
    if country:
        where.append("EXISTS (SELECT 1 FROM statements s WHERE s.entity_id = e.id AND s.retracted = 0"
                     " AND s.prop IN ('country','nationality','jurisdiction','citizenship','flag','mainCountry')"
                     " AND s.value = ?)")
        args.append(country.lower())
    if text:
        # Every typed word somewhere in the caption (the name the list shows), both folded
        # by `domain.names.fold` as the search box's name index is: "jose" finds "José",
        # "garcia jose" finds "José García", "ndiaye" finds "N'Diaye" (migration 10).
        words = fold(text).split()
        for word in words:
            where.append("e.caption_fold LIKE ?")
            args.append(f"%{word}%")  # folded words are letters and digits: no wildcards
        if not words:  # punctuation only: as typed
            where.append("e.caption LIKE ?")
            args.append(f"%{text}%")
    return " WHERE " + " AND ".join(where), args


# Names in the alphabet's order (migration 18): the folded caption ("alvaro" with "Álvaro",
# "joao" before "jose"), then the caption as written, so the order never depends on accents.
_ORDER_COLUMNS = {"caption": "e.caption_fold {way}, e.caption", "schema": "e.schema", "tlp": "e.tlp",
                  "created": "e.created_at", "id": "e.id"}


# A list may also show, and sort by, a property of its rows ("status", "sentDate"): order
# "prop:<name>". The value shown is the newest live one of the entity or of one merged into it.
# A column may name alternatives, "date|startDate": the newest live value of any of them (a
# relationship list's date, or its first end over several kinds, each kind having one).
# Order "num:<name>" sorts by the value read as a number (an amount, a call's duration),
# rows without one first when ascending. Order "time:<name>" sorts a date property by the
# instant it denotes (the statement's fixed-width UTC `date_start`, as the timeline does), not
# by its text: "10:05+01:00" (09:05 UTC) comes before "09:30Z"; rows without one first.
PROP_ORDER = "prop:"
NUM_ORDER = "num:"
TIME_ORDER = "time:"

# Order "kind:A|B|C" sorts by kind in the order given: the caller's order of the names it
# shows for them (a Spanish window's "Familia" before "Llamada"), not the schema names'.
KIND_ORDER = "kind:"
# Order "name:a|b,c|d" sorts by the name a row's end is shown by: the folded caption of the
# entity the first property of "a|b" holds (a merged-away one by the entity it went into),
# else, when that holds no entity, of "c|d" (a payment's account), else the value itself (a
# call's number). A relationship list's From and To.
NAME_ORDER = "name:"
_PROP_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(\|[A-Za-z][A-Za-z0-9]*)*\Z")
_SCHEMA_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*\Z")
_NO_NUMBER = -1.0e308  # where a row without a number sorts (a keyset anchor must not be NULL)


def _prop_value(prop: str, column: str = "value") -> str:
    """SQL for the newest live value of ``prop`` of row ``e`` ("" when it has none), or that
    statement's ``column`` ("date_start"): a property name goes into the SQL text only as a
    checked identifier."""
    if not _PROP_NAME.match(prop):
        raise ValueError(f"not a property name: {prop!r}")
    names = prop.split("|")
    which = f"s.prop = '{prop}'" if len(names) == 1 else "s.prop IN (" + ", ".join(f"'{n}'" for n in names) + ")"
    # Read through the (entity_id, prop) index: with "entity_id = e.id OR …" SQLite took the
    # (prop, value) index and walked every statement of the property for each row (a page of
    # 200,000 payments with one column: 200 s; now 3 ms).
    assert column in ("value", "date_start")
    return (f"coalesce((SELECT s.{column} FROM statements s INDEXED BY statements_entity WHERE s.entity_id IN"
            " (SELECT e.id UNION ALL SELECT m.source_id FROM merges m WHERE m.canonical_id = e.id"
            " AND m.undone_at IS NULL) AND " + which + " AND s.retracted = 0 ORDER BY s.seq DESC LIMIT 1), '')")


def _kind_rank(kinds: str) -> str:
    """SQL for the place of row ``e``'s kind in "A|B|C" (names checked as identifiers)."""
    names = kinds.split("|")
    if not all(_SCHEMA_NAME.match(n) for n in names):
        raise ValueError(f"not a list of kinds: {kinds!r}")
    return ("CASE e.schema " + " ".join(f"WHEN '{n}' THEN {i}" for i, n in enumerate(names))
            + f" ELSE {len(names)} END")


def _end_name(ends: str) -> str:
    """SQL for the name an end of row ``e`` is shown by (``NAME_ORDER``), folded as captions are."""
    keys = []
    for prop in ends.split(","):
        keys.append("(SELECT coalesce(x.caption_fold, v.val) FROM (SELECT " + _prop_value(prop) + " AS val) v"
                    " LEFT JOIN merges m ON m.source_id = v.val AND m.undone_at IS NULL"
                    " LEFT JOIN entities x ON x.id = coalesce(m.canonical_id, v.val))")
    if len(keys) == 1:
        return keys[0]
    return "coalesce(" + ", ".join(f"nullif({k}, '')" for k in keys) + ", '')"


def _sorted_prop(order: str) -> str | None:
    for prefix in (PROP_ORDER, NUM_ORDER, TIME_ORDER):
        if order.startswith(prefix):
            return order[len(prefix):]
    return None


def _number(value: str) -> float:
    """A value as the "num:" order compares it (SQLite's CAST: leading number, else 0)."""
    match = re.match(r"\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", value)
    return float(match.group(0)) if match else (0.0 if value else _NO_NUMBER)


def _instant(value: str) -> str:
    """A date value as the "time:" order compares it: its stored `date_start` ("" for none)."""
    try:
        return DateValue.parse(value).sort_start() if value else ""
    except (DateError, ValueError):
        return ""


def _check_order(order: str) -> None:
    prop = _sorted_prop(order)
    if prop is not None:
        _prop_value(prop)
    elif order.startswith((KIND_ORDER, NAME_ORDER)):
        _order_sql(order, "")
    elif order not in _ORDER_COLUMNS:
        raise ValueError(f"cannot sort by {order!r}")


def _order_sql(order: str, way: str) -> str:
    if order.startswith(PROP_ORDER):
        return _prop_value(order[len(PROP_ORDER):])
    if order.startswith(NUM_ORDER):
        value = _prop_value(order[len(NUM_ORDER):])
        return f"coalesce(CAST(nullif({value}, '') AS REAL), {_NO_NUMBER!r})"
    if order.startswith(TIME_ORDER):
        return _prop_value(order[len(TIME_ORDER):], "date_start")

    if order.startswith(KIND_ORDER):
        return _kind_rank(order[len(KIND_ORDER):])
    if order.startswith(NAME_ORDER):
        return _end_name(order[len(NAME_ORDER):])
    return _ORDER_COLUMNS[order].format(way=way)


def _computed_key(case: Case, order: str, entity_id: str) -> tuple[Any, ...] | None:
    """The sort key of ``entity_id`` in an order a row does not carry (kind's place, an
    end's name): read from the case; None when it is no entity of the table."""
    row = case.conn.execute(f"SELECT {_order_sql(order, '')} FROM entities e WHERE e.id = ?",
                            (entity_id,)).fetchone()
    return None if row is None else (row[0],)


def _with_sorted(columns: Sequence[str], order: str) -> tuple[str, ...]:
    """The columns to read: those asked for and the property sorted by (the keyset anchor)."""
    prop = _sorted_prop(order)
    return tuple(columns) + ((prop,) if prop is not None and prop not in columns else ())


def _order_key(row: EntitySummary, order: str) -> tuple[Any, ...]:
    """The values of `row` in the columns the list is sorted by (the keyset anchor)."""
    if order == "caption":
        return (row.caption_fold, row.caption)
    if order.startswith(PROP_ORDER):
        return (row.value(order[len(PROP_ORDER):]),)
    if order.startswith(NUM_ORDER):
        return (_number(row.value(order[len(NUM_ORDER):])),)
    if order.startswith(TIME_ORDER):
        return (_instant(row.value(order[len(TIME_ORDER):])),)
    return ({"schema": row.schema, "tlp": int(row.tlp), "created": row.created_at, "id": row.id}[order],)


def _summaries(case: Case, where: str, args: list[Any], order: str, backwards: bool,
               limit: int | None, offset: int, columns: Sequence[str] = ()) -> list[EntitySummary]:
    way = "DESC" if backwards else "ASC"
    extra = "".join(", " + _prop_value(p) for p in columns)
    # Ties broken by id in the same direction, so that reading from the end is exactly the
    # reverse order and the (caption, id) index serves both ways.
    sql = ("SELECT e.id, e.schema, e.caption, e.tlp, e.created_at, e.origin, e.caption_fold" + extra
           + " FROM entities e" + where + f" ORDER BY {_order_sql(order, way)} {way}, e.id {way}")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args = [*args, limit, offset]
    return [EntitySummary(r[0], r[1], r[2], TLP(r[3]), r[4], r[5], r[6], tuple(zip(columns, r[7:], strict=True)))
            for r in case.conn.execute(sql, args)]


def list_entities(case: Case, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
                  tlp: TLP | None = None, country: str | None = None, text: str | None = None,
                  order: str = "caption", descending: bool = False, limit: int | None = None,
                  offset: int = 0, columns: Sequence[str] = ()) -> list[EntitySummary]:
    """``columns``: properties whose newest live value each row carries (`EntitySummary.value`);
    ``order`` may be "prop:<name>" to sort by one ("" first when ascending).

    Compact records (decision 53) come after every entity, in file order, whatever the
    order: they have no stored caption to sort by."""
    _check_order(order)
    columns = _with_sorted(columns, order)
    where, args = _list_filter(schema, tag, tlp, country, text)
    rows = _summaries(case, where, args, order, descending, limit, offset, columns)
    held = _record_filter(case, schema, tag, tlp, country, text)
    if held is None or (limit is not None and len(rows) >= limit):
        return rows
    start = 0 if rows or not offset else max(offset - _entity_count(case, where, args), 0)
    return rows + _record_rows(case, held, columns, limit=None if limit is None else limit - len(rows),
                               offset=start)


def list_entity_ids(case: Case, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
                    order: str = "caption") -> list[str]:
    """The ids `list_entities` lists, in its order, without reading what a row shows: an
    export or a pack of a case with a million calls kept as records asks for every id."""
    _check_order(order)
    where, args = _list_filter(schema, tag, None, None, None)
    ids = [r.id for r in _summaries(case, where, args, order, False, None, 0)]
    held = _record_filter(case, schema, tag, None, None, None)
    return ids if held is None else ids + records.listed_ids(case, held[0], text=held[1])


# A record's filter: the runs listed (None: all) and the number typed, or None: no record.
_HeldFilter = tuple[list[int] | None, records.ListText | None]


def _record_filter(case: Case, schema: str | Sequence[str] | None, tag: str | None, tlp: TLP | None,
                   country: str | None, text: str | None) -> _HeldFilter | None:
    """Which records the list shows: a record's kind, tags and TLP are its import run's. A
    record stores no caption: a typed text finds it by either of its numbers (the key tails'
    indexes), or by the name of an entity it links (every word in that name, as an
    entity's caption is matched). No compact kind (Call) has a country."""
    if country or not kept_count(case, "records"):
        return None
    every = records.runs(case)
    chosen = every
    if schema:
        names = {schema} if isinstance(schema, str) else set(schema)
        chosen = [r for r in chosen if r.schema in names]
    if tag:
        chosen = [r for r in chosen if tag in r.tags]
    if tlp is not None:
        chosen = [r for r in chosen if r.handling.tlp == tlp]
    if not chosen:
        return None
    found: records.ListText | None = None
    if text:
        region = (case.get_meta("originator_country") or "").upper() or None
        typed = phone_query(text, region)
        words = fold(text).split()
        named = " AND ".join(["e.caption_fold LIKE ?"] * len(words))
        # the entities so named, and those merged into them (a record links the id as imported)
        linked = (f"SELECT e.id FROM entities e WHERE {named} UNION SELECT m.source_id FROM merges m"
                  f" WHERE m.undone_at IS NULL AND m.canonical_id IN (SELECT e.id FROM entities e WHERE {named})",
                  [f"%{w}%" for w in words] * 2) if words else None
        if typed is None and linked is None:
            return None
        found = ((typed.e164, typed.tail) if typed else None, linked)
    return (None if len(chosen) == len(every) else [r.run for r in chosen]), found


def _record_rows(case: Case, held: _HeldFilter, columns: Sequence[str], *, limit: int | None, offset: int = 0,
                 after: tuple[int, int] | None = None, before: tuple[int, int] | None = None,
                 backwards: bool = False) -> list[EntitySummary]:
    return [EntitySummary(r.id, r.schema, r.caption, r.handling.tlp, r.created_at, "", fold(r.caption), r.values,
                          r.place)
            for r in records.listed_rows(case, held[0], columns, text=held[1], after=after, before=before,
                                         limit=limit, offset=offset, backwards=backwards)]


_UNFILTERED = _list_filter(None, None, None, None, None)[0]


def _entity_count(case: Case, where: str, args: list[Any]) -> int:
    """Entities of the entities table the filter lists (records aside)."""
    if not args and where == _UNFILTERED:  # kept by triggers
        return kept_count(case, "entities") - kept_count(case, "merged")
    return int(case.conn.execute("SELECT count(*) FROM entities e" + where, args).fetchone()[0])


def _entity_slice(case: Case, where: str, args: list[Any], order: str, descending: bool, offset: int,
                  limit: int, total: int, columns: Sequence[str]) -> list[EntitySummary]:
    """Rows offset .. offset+limit of `total` entities, read from the nearer end."""
    if offset <= total - offset - limit:
        return _summaries(case, where, args, order, descending, limit, offset, columns)
    from_end = max(total - offset - limit, 0)
    rows = _summaries(case, where, args, order, not descending, max(min(limit, total - offset), 0), from_end,
                      columns)
    return rows[::-1]


def entity_page(case: Case, offset: int, limit: int, total: int, *, after: EntitySummary | None = None,
                before: EntitySummary | None = None, schema: str | Sequence[str] | None = None,
                tag: str | None = None, tlp: TLP | None = None, country: str | None = None,
                text: str | None = None, order: str = "caption",
                descending: bool = False, columns: Sequence[str] = ()) -> list[EntitySummary]:
    """Rows offset .. offset+limit of the sorted list of `total` rows, read without
    walking the rows before them.

    With `after` (the row just before the page) or `before` (the row just after it), the
    page is read from that row on through the sort index (keyset paging). Without either,
    from whichever end of the list is nearer: the last page of 200,000 is the first page
    read backwards, not the 199,800 rows before it skipped one by one. Records follow the
    entities (`list_entities`): a page across the boundary is read from both, a record's
    neighbours by its place (run, row).
    """
    _check_order(order)
    columns = _with_sorted(columns, order)
    where, args = _list_filter(schema, tag, tlp, country, text)
    held = _record_filter(case, schema, tag, tlp, country, text)
    if after is not None or before is not None:
        anchor, forward = (after, True) if after is not None else (before, False)
        assert anchor is not None
        if held is not None and anchor.place is not None:
            if forward:
                return _record_rows(case, held, columns, limit=limit, after=anchor.place)
            recs = _record_rows(case, held, columns, limit=limit, before=anchor.place, backwards=True)[::-1]
            if len(recs) >= limit:
                return recs
            # the page reaches back over the boundary: the last entities before the first record
            last = _summaries(case, where, args, order, not descending, limit - len(recs), 0, columns)
            return last[::-1] + recs
        # forward in the list's order: greater keys when ascending, smaller when descending
        op = ">" if forward != descending else "<"
        keyed = "e.caption_fold, e.caption" if order == "caption" else _order_sql(order, "")
        key = _order_key(anchor, order) if not order.startswith((KIND_ORDER, NAME_ORDER)) \
            else _computed_key(case, order, anchor.id) or ("",)
        keyset = where + f" AND ({keyed}, e.id) {op} ({', '.join('?' * len(key))}, ?)"
        rows = _summaries(case, keyset, [*args, *key, anchor.id], order, descending != (not forward), limit, 0,
                          columns)
        if not forward:
            return rows[::-1]
        if held is not None and len(rows) < limit:  # the entities end on this page: records follow
            rows += _record_rows(case, held, columns, limit=limit - len(rows))
        return rows
    if held is None:
        return _entity_slice(case, where, args, order, descending, offset, limit, total, columns)
    entities_n = _entity_count(case, where, args)
    held_n = max(total - entities_n, 0)
    rows = []
    if offset < entities_n:
        rows = _entity_slice(case, where, args, order, descending, offset, min(limit, entities_n - offset),
                             entities_n, columns)
    start = max(offset - entities_n, 0)
    want = max(min(offset + limit, total) - max(offset, entities_n), 0)
    if want:
        if start <= held_n - start - want:
            rows += _record_rows(case, held, columns, limit=want, offset=start)
        else:  # nearer the end: the last records read backwards
            rows += _record_rows(case, held, columns, limit=want, offset=max(held_n - start - want, 0),
                                 backwards=True)[::-1]
    return rows


def entity_row(case: Case, entity_id: str, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
               tlp: TLP | None = None, country: str | None = None, text: str | None = None,
               order: str = "caption", descending: bool = False) -> int | None:
    """Where ``entity_id`` is in the sorted list `list_entities` gives with this filter (its
    row number from 0), or None when the list does not hold it: one count over the sort's
    keys before it, so a list can show the row of an entity opened from elsewhere."""
    _check_order(order)
    where, args = _list_filter(schema, tag, tlp, country, text)
    keyed = "e.caption_fold, e.caption" if order == "caption" else _order_sql(order, "")
    found = case.conn.execute(f"SELECT {keyed} FROM entities e" + where + " AND e.id = ?",
                              [*args, entity_id]).fetchone()
    if found is None:
        return None
    op = "<" if not descending else ">"
    key = list(found)
    before = where + f" AND ({keyed}, e.id) {op} ({', '.join('?' * len(key))}, ?)"
    return int(case.conn.execute("SELECT count(*) FROM entities e" + before, [*args, *key, entity_id]).fetchone()[0])


def count_entities(case: Case, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
                   tlp: TLP | None = None, country: str | None = None, text: str | None = None) -> int:
    """Rows `list_entities` lists with this filter: entities, then records."""
    if not (schema or tag or tlp is not None or country or text):
        return live_entity_count(case)  # kept by triggers and the record store: at once
    where, args = _list_filter(schema, tag, tlp, country, text)
    held = _record_filter(case, schema, tag, tlp, country, text)
    return _entity_count(case, where, args) + (0 if held is None else records.listed_count(case, held[0], text=held[1]))


def count_listed_records(case: Case, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
                         tlp: TLP | None = None, country: str | None = None, text: str | None = None) -> int:
    """How many of the rows `list_entities` lists with this filter are compact records: they
    come after the entities, in their file's order, whatever the list is sorted by."""
    held = _record_filter(case, schema, tag, tlp, country, text)
    return 0 if held is None else records.listed_count(case, held[0], text=held[1])


def all_tags(case: Case) -> list[str]:
    return [t for (t,) in case.conn.execute("SELECT DISTINCT tag FROM entity_tags ORDER BY tag")]


def merge(case: Case, source_id: str, canonical: str, reason: str, *, progress: Progress = no_progress,
          cancelled: Cancelled = never_cancelled) -> int:
    from casebench.store.case import utc_now

    src, dst = canonical_id(case, source_id), canonical_id(case, canonical)
    records.materialize_all(case, (src, dst))
    if src == dst:
        raise InvalidInput(case.path, "these are already the same entity", code="merge.same_entity")
    s_schema, d_schema = get_schema(entity_schema(case, src)), get_schema(entity_schema(case, dst))
    if not (s_schema.is_a(d_schema.name) or d_schema.is_a(s_schema.name)
            or (s_schema.is_a("LegalEntity") and d_schema.is_a("LegalEntity"))):
        raise InvalidInput(case.path, f"cannot merge a {s_schema.label} into a {d_schema.label}")
    with case.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO merges(source_id, canonical_id, merged_at, merged_by, reason) VALUES (?,?,?,?,?)",
            (src, dst, utc_now(), case.user, reason))
        # renamed, its links (the source's among them) followed; else the source's links, named
        # by the source's name until now
        if not refresh_caption(case, dst, progress=progress, cancelled=cancelled):
            refresh_links_naming(case, _members(case, src), progress=progress, cancelled=cancelled)
        return int(cur.lastrowid)


def unmerge(case: Case, source_id: str, *, progress: Progress = no_progress,
            cancelled: Cancelled = never_cancelled) -> str:
    """Undo the merge that folded `source_id` into another entity; return the former canonical id."""
    from casebench.store.case import utc_now

    row = case.conn.execute(
        "SELECT id, canonical_id FROM merges WHERE source_id = ? AND undone_at IS NULL", (source_id,)).fetchone()
    if row is None:
        raise InvalidInput(case.path, f"entity {source_id} is not merged into another entity")
    with case.transaction() as conn:
        conn.execute("UPDATE merges SET undone_at = ?, undone_by = ? WHERE id = ?",
                     (utc_now(), case.user, row[0]))
        named_after_unmerge(case, source_id, str(row[1]), progress=progress, cancelled=cancelled)
    return str(row[1])


def named_after_unmerge(case: Case, source_id: str, former: str, *, progress: Progress = no_progress,
                        cancelled: Cancelled = never_cancelled) -> None:
    """Both entities named again once a merge is undone, and the links naming the source
    (they named the entity it was merged into)."""
    refresh_caption(case, former, progress=progress, cancelled=cancelled)
    if not refresh_caption(case, source_id, progress=progress, cancelled=cancelled):  # renamed: links followed
        refresh_links_naming(case, _members(case, source_id), progress=progress, cancelled=cancelled)


def set_undated_order(case: Case, entity_id: str, order: float | None) -> None:
    with case.transaction() as conn:
        records.materialize(case, entity_id)
        conn.execute("UPDATE entities SET undated_order = ? WHERE id = ?", (order, entity_id))


def references_to(case: Case, entity_id: str) -> list[tuple[str, str]]:
    """(entity id, property) of live statements that point at this entity or its merged ids."""
    members = _members(case, canonical_id(case, entity_id))
    marks = ",".join("?" * len(members))
    # Entity ids are UUIDs, so a match on value is a reference, whatever the property.
    found = [(r[0], r[1]) for r in case.conn.execute(
        f"SELECT DISTINCT entity_id, prop FROM statements WHERE retracted = 0 AND value IN ({marks})",
        members)]
    return found + list(dict.fromkeys((rid, prop) for rid, prop, _v in records.referring(case, members)))


@dataclass(frozen=True)
class RedRow:
    """A RED entity or value, with what its handling names (for re-pinning recipients)."""

    kind: str  # "entity", "statement", or "records": every call an import keeps as records
    id: str  # for "records", the import id
    entity_id: str  # for "records", the import id
    prop: str  # "" for an entity and for records
    origin: str
    handling: Handling
    count: int = 1  # the records an import's row stands for


def red_rows(case: Case) -> list[RedRow]:
    """Every live RED entity and value (handling TLP RED), entities first."""
    out = [RedRow("entity", eid, eid, "", origin or "", Handling.from_json(json.loads(h)))
           for eid, h, origin in case.conn.execute(
               "SELECT id, handling, origin FROM entities WHERE json_extract(handling, '$.tlp') = 'RED'"
               " ORDER BY id")]
    out += [RedRow("statement", sid, eid, prop, origin or "", Handling.from_json(json.loads(h)))
            for sid, eid, prop, h, origin in case.conn.execute(
                "SELECT id, entity_id, prop, handling, origin FROM statements"
                " WHERE retracted = 0 AND json_extract(handling, '$.tlp') = 'RED' ORDER BY entity_id, id")]
    # compact records of a RED import run: one row for the run, whose handling every record
    # and value of it carries (a million calls are not listed, nor changed, one by one)
    out += [RedRow("records", run.import_id, run.import_id, "", "", run.handling, n)
            for run, n in records.runs_counted(case) if run.handling.tlp is TLP.RED and n]
    return out


def set_handling(case: Case, kind: str, item_id: str, handling: Handling) -> None:
    """Replace an entity's or a value's handling (its TLP stays: recipients change, not the level)."""
    if kind == "records":
        if not records.set_run_handling(case, item_id, handling):
            raise NotFound(case.path, f"no import {item_id} holds records")
        return
    table = {"entity": "entities", "statement": "statements"}[kind]
    records.materialize(case, item_id if kind == "entity" else item_id.rpartition(".")[0])
    cur = case.conn.execute(f"UPDATE {table} SET handling = ? WHERE id = ?",
                            (json.dumps(handling.to_json()), item_id))
    if cur.rowcount != 1:
        raise NotFound(case.path, f"no {kind} with id {item_id}")


# -- names and links (issue 13: every reference shows a name and can be followed) -------------

_CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def captions(case: Case, entity_ids: Iterable[str], *, canonical: bool = True) -> dict[str, tuple[str, str]]:
    """id -> (schema, caption) of the canonical entity of each id, in a few primary-key reads.

    A merged-away id is answered with the entity it was folded into, so an old reference
    (an audit record, a value) still shows a name and still leads somewhere; with
    ``canonical=False`` with its own (the name it had before the merge).
    """
    ids = sorted(set(entity_ids))
    if not ids:
        return {}
    canon = canonical_resolver(case) if canonical else (lambda i: i)
    targets = {i: canon(i) for i in ids}
    found: dict[str, tuple[str, str]] = {}
    wanted = sorted(set(targets.values()))
    for part in _chunks(wanted):
        for eid, schema, caption in case.conn.execute(
                # one page of the covering index per id (migration 16), not the id index and the row
                f"SELECT id, schema, caption FROM entities INDEXED BY entities_label"
                f" WHERE id IN ({','.join('?' * len(part))})",
                list(part)):
            found[eid] = (str(schema), str(caption))
    missing = [t for t in wanted if t not in found]
    if missing:
        found.update((rid, (schema, caption)) for rid, (caption, schema) in records.captions(case, missing).items())
    return {i: found[t] for i, t in targets.items() if t in found}


def typed_captions(case: Case) -> frozenset[str]:
    """The relationships whose caption is a value as typed (a ``role`` or ``relationship``
    value, first in ``schema.caption`` order, as `refresh_caption` picks it), with the ids
    merged into them: case data, shown as written. Every other relationship's caption is
    composed by the rule (`edge_caption`), which a reader may show in another language.
    One read through the ``statements(prop, value)`` index; a call kept as a record has no
    such value and is never listed."""
    props = sorted({p for sch in concrete_schemata() if sch.edge for p in sch.caption if p in sch.properties})
    if not props:
        return frozenset()
    held = [eid for (eid,) in case.conn.execute(
        f"SELECT DISTINCT entity_id FROM statements WHERE prop IN ({','.join('?' * len(props))})"
        " AND retracted = 0 AND value != ''", props)]
    canon = canonical_resolver(case)
    return frozenset(held) | frozenset(canon(eid) for eid in held)


def canonical_ids(case: Case, entity_ids: Iterable[str]) -> dict[str, str]:
    """id -> canonical id for each id (one read of the active merges)."""
    canon = canonical_resolver(case)
    return {i: canon(i) for i in entity_ids}


def member_ids(case: Case, entity_id: str) -> list[str]:
    """The canonical id of ``entity_id`` and every id merged into it."""
    return _members(case, canonical_id(case, entity_id))


def referrers(case: Case, entity_ids: Sequence[str], props: Sequence[str]) -> list[tuple[str, str, str]]:
    """(referring entity id, property, referenced id) of live values pointing at ``entity_ids``.

    ``prop IN (...) AND value IN (...)`` is answered from the ``statements_prop_value`` index
    (one seek per pair), so a 200,000-entity case costs what the answer costs, not a scan.
    """
    if not entity_ids or not props:
        return []
    out: list[tuple[str, str, str]] = []
    pmarks = ",".join("?" * len(props))
    for part in _chunks(list(entity_ids)):
        out += [(str(r[0]), str(r[1]), str(r[2])) for r in case.conn.execute(
            f"SELECT entity_id, prop, value FROM statements INDEXED BY statements_prop_value"
            f" WHERE prop IN ({pmarks}) AND value IN ({','.join('?' * len(part))}) AND retracted = 0",
            [*props, *part])]
    return out + records.referring(case, entity_ids, props)


def values_of(case: Case, entity_ids: Sequence[str], props: Sequence[str]) -> list[tuple[str, str, str]]:
    """(entity id, property, value) of the live values of ``props`` of many entities, in chunks."""
    if not entity_ids or not props:
        return []
    out: list[tuple[str, str, str]] = []
    pmarks = ",".join("?" * len(props))
    for part in _chunks(list(entity_ids)):
        out += [(str(r[0]), str(r[1]), str(r[2])) for r in case.conn.execute(
            f"SELECT entity_id, prop, value FROM statements WHERE entity_id IN ({','.join('?' * len(part))})"
            f" AND prop IN ({pmarks}) AND retracted = 0 ORDER BY seq", [*part, *props])]
    wanted = set(props)
    return out + [(e.id, s.prop, s.value) for e in records.entities(case, entity_ids)
                  for s in e.statements if s.prop in wanted]
