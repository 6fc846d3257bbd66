"""SQL for partner exchange: bundle registers, origins, tombstones, the merge review queue."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebench.store import records

if TYPE_CHECKING:
    from casebench.store.case import Case


@dataclass(frozen=True)
class ImportedBundle:
    bundle_id: str
    sender_key_id: str
    sender_name: str
    created_at: str
    imported_at: str
    counts: dict[str, Any]


@dataclass(frozen=True)
class ImportedStatement:
    """A statement from a bundle, already validated and normalised by the caller."""

    id: str
    entity_id: str
    prop: str
    value: str
    original: str
    match_key: str | None
    date_start: str | None
    date_end: str | None
    lang: str
    author: str
    source_exhibit: str | None
    locator: str
    origin: str
    origin_bundle: str
    first_seen: str
    last_seen: str
    grade: str | None
    tlp: int
    handling: str
    created_at: str
    declared_origin: str


@dataclass(frozen=True)
class Review:
    id: int
    kind: str
    imported_id: str
    local_id: str
    reason: str
    score: float
    bundle_id: str
    status: str
    created_at: str
    decided_at: str | None
    decided_by: str | None


def imported_bundle(case: Case, bundle_id: str) -> ImportedBundle | None:
    r = case.conn.execute(
        "SELECT bundle_id, sender_key_id, sender_name, created_at, imported_at, counts"
        " FROM bundles_imported WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return ImportedBundle(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) if r else None


def latest_from(case: Case, sender_key_id: str) -> ImportedBundle | None:
    """The newest (by its date) bundle without a sequence number from this sender; dates
    the user overrode as a wrong clock never count."""
    r = case.conn.execute(
        "SELECT bundle_id, sender_key_id, sender_name, created_at, imported_at, counts"
        " FROM bundles_imported WHERE sender_key_id = ? AND sequence IS NULL AND clock_override = 0"
        " ORDER BY created_at DESC LIMIT 1",
        (sender_key_id,)).fetchone()
    return ImportedBundle(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) if r else None


def highest_sequence(case: Case, sender_key_id: str) -> tuple[int, str] | None:
    """(sequence number, created_at) of the highest-numbered bundle imported from this sender."""
    r = case.conn.execute("SELECT sequence, created_at FROM bundles_imported WHERE sender_key_id = ?"
                          " AND sequence IS NOT NULL ORDER BY sequence DESC LIMIT 1", (sender_key_id,)).fetchone()
    return (int(r[0]), str(r[1])) if r else None


def highest_exported_sequence(case: Case) -> int:
    r = case.conn.execute("SELECT max(sequence) FROM bundles_exported").fetchone()
    return int(r[0]) if r and r[0] is not None else 0


def record_import(case: Case, *, bundle_id: str, sender_key_id: str, sender_name: str,
                  sender_agency: str, sender_country: str, created_at: str, imported_at: str,
                  file_name: str, legal_basis: dict[str, Any], purpose: str, counts: dict[str, Any],
                  sequence: int | None = None, clock_override: bool = False) -> None:
    case.conn.execute(
        "INSERT INTO bundles_imported(bundle_id, sender_key_id, sender_name, sender_agency, sender_country,"
        " created_at, imported_at, imported_by, file_name, legal_basis, purpose, counts, sequence, clock_override)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (bundle_id, sender_key_id, sender_name, sender_agency, sender_country, created_at, imported_at,
         case.user, file_name, json.dumps(legal_basis, sort_keys=True), purpose,
         json.dumps(counts, sort_keys=True), sequence, int(clock_override)))


def record_export(case: Case, *, bundle_id: str, created_at: str, recipients: list[dict[str, Any]],
                  legal_basis: dict[str, Any], purpose: str, file_name: str, file_sha256: str,
                  counts: dict[str, Any], withheld: list[dict[str, Any]], sequence: int | None = None) -> None:
    case.conn.execute(
        "INSERT INTO bundles_exported(bundle_id, created_at, created_by, recipients, legal_basis, purpose,"
        " file_name, file_sha256, counts, withheld, sequence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (bundle_id, created_at, case.user, json.dumps(recipients, sort_keys=True),
         json.dumps(legal_basis, sort_keys=True), purpose, file_name, file_sha256,
         json.dumps(counts, sort_keys=True), json.dumps(withheld, sort_keys=True), sequence))


def existing_statement_ids(case: Case, ids: Iterable[str]) -> set[str]:
    out: set[str] = set()
    batch = list(ids)
    for i in range(0, len(batch), 500):
        part = batch[i : i + 500]
        out.update(r[0] for r in case.conn.execute(
            f"SELECT id FROM statements WHERE id IN ({','.join('?' * len(part))})", part))
    return out | records.statement_ids(case, batch)


def tombstoned(case: Case, ids: Iterable[str]) -> set[str]:
    out: set[str] = set()
    batch = list(ids)
    for i in range(0, len(batch), 500):
        part = batch[i : i + 500]
        out.update(r[0] for r in case.conn.execute(
            f"SELECT statement_id FROM retraction_tombstones WHERE statement_id IN ({','.join('?' * len(part))})",
            part))
    return out


def entity_schemas(case: Case, ids: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    batch = list(ids)
    for i in range(0, len(batch), 500):
        part = batch[i : i + 500]
        out.update((r[0], r[1]) for r in case.conn.execute(
            f"SELECT id, schema FROM entities WHERE id IN ({','.join('?' * len(part))})", part))
    out.update((e.id, e.schema) for e in records.entities(case, [i for i in batch if i not in out]))
    return out


def insert_entity(case: Case, *, entity_id: str, schema: str, tlp: int, handling: str, created_at: str,
                  origin: str) -> None:
    case.conn.execute(
        "INSERT INTO entities(id, schema, caption, tlp, handling, created_at, created_by, origin)"
        " VALUES (?,?,?,?,?,?,?,?)", (entity_id, schema, "", tlp, handling, created_at, case.user, origin))


def record_entity_origin(case: Case, entity_id: str, bundle_id: str, sender_key_id: str, created: bool) -> None:
    records.materialize(case, entity_id)  # a record the bundle names comes back as an entity
    case.conn.execute(
        "INSERT OR IGNORE INTO entity_origins(entity_id, bundle_id, sender_key_id, created) VALUES (?,?,?,?)",
        (entity_id, bundle_id, sender_key_id, int(created)))


def insert_statements(case: Case, rows: Sequence[ImportedStatement]) -> None:
    # a partner's values for one of our compact records (our call coming back): the record
    # becomes an ordinary entity first, as for every change (decision 53)
    records.materialize_all(case, (s.entity_id for s in rows))
    case.conn.executemany(
        "INSERT INTO statements(id, entity_id, prop, value, original, match_key, date_start, date_end, lang,"
        " author, source_exhibit, locator, origin, origin_bundle, first_seen, last_seen, grade, tlp, handling,"
        " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(s.id, s.entity_id, s.prop, s.value, s.original, s.match_key, s.date_start, s.date_end, s.lang,
          s.author, s.source_exhibit, s.locator, s.origin, s.origin_bundle, s.first_seen, s.last_seen,
          s.grade, s.tlp, s.handling, s.created_at) for s in rows])
    case.conn.executemany(
        "INSERT OR IGNORE INTO statement_origins(statement_id, bundle_id, sender_key_id, declared_origin)"
        " VALUES (?,?,?,?)", [(s.id, s.origin_bundle, s.origin, s.declared_origin) for s in rows])


def statement_sender(case: Case, statement_id: str) -> str | None:
    r = case.conn.execute("SELECT sender_key_id FROM statement_origins WHERE statement_id = ?",
                          (statement_id,)).fetchone()
    return str(r[0]) if r else None


def add_tombstone(case: Case, statement_id: str, sender_key_id: str, bundle_id: str, retracted_at: str) -> None:
    case.conn.execute(
        "INSERT OR IGNORE INTO retraction_tombstones(statement_id, sender_key_id, bundle_id, retracted_at)"
        " VALUES (?,?,?,?)", (statement_id, sender_key_id, bundle_id, retracted_at))


def retract_by_origin(case: Case, statement_id: str, at: str, reason: str) -> str | None:
    """Mark an imported statement retracted; return its entity id, or None if already retracted."""
    records.materialize(case, statement_id.rpartition(".")[0])
    r = case.conn.execute("SELECT entity_id FROM statements WHERE id = ? AND retracted = 0",
                          (statement_id,)).fetchone()
    if r is None:
        return None
    case.conn.execute("UPDATE statements SET retracted = 1, retracted_at = ?, retracted_by = ?,"
                      " retract_reason = ? WHERE id = ?", (at, case.user, reason, statement_id))
    return str(r[0])


def retracted_local_ids(case: Case, entity_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(statement id, entity id, retracted_at) of this workbench's own retracted statements."""
    out: list[tuple[str, str, str]] = []
    for i in range(0, len(entity_ids), 500):
        part = list(entity_ids[i : i + 500])
        out += [(r[0], r[1], r[2] or "") for r in case.conn.execute(
            "SELECT id, entity_id, retracted_at FROM statements WHERE retracted = 1 AND origin = ''"
            f" AND entity_id IN ({','.join('?' * len(part))}) ORDER BY seq", part)]
    return out


def strong_matches(case: Case, keys: Sequence[str], exclude: Sequence[str]) -> list[tuple[str, str, str]]:
    """(entity id, property, match key) of live statements outside `exclude` sharing a key."""
    out: list[tuple[str, str, str]] = []
    ex = set(exclude)
    for i in range(0, len(keys), 500):
        part = list(keys[i : i + 500])
        out += [(r[0], r[1], r[2]) for r in case.conn.execute(
            "SELECT DISTINCT entity_id, prop, match_key FROM statements WHERE retracted = 0"
            f" AND match_key IN ({','.join('?' * len(part))})", part) if r[0] not in ex]
    return out + [r for r in records.matching_keys(case, keys) if r[0] not in ex]


def name_rows(case: Case, schemata: Sequence[str], exclude: Sequence[str]) -> list[tuple[str, str, str]]:
    """(entity id, schema, name) of live name statements of entities of these schemata."""
    ex = set(exclude)
    marks = ",".join("?" * len(schemata))
    return [(r[0], r[1], r[2]) for r in case.conn.execute(
        "SELECT s.entity_id, e.schema, s.value FROM statements s JOIN entities e ON e.id = s.entity_id"
        f" WHERE s.retracted = 0 AND s.prop IN ('name', 'alias') AND e.schema IN ({marks})",
        list(schemata)) if r[0] not in ex] + [
        (e.id, e.schema, s.value) for run in records.runs(case) if run.schema in schemata
        for e in records.run_entities(case, run) if e.id not in ex
        for s in e.statements if s.prop in ("name", "alias")]


def prop_values(case: Case, entity_id: str, props: Sequence[str]) -> list[str]:
    marks = ",".join("?" * len(props))
    held = records.entity(case, entity_id)
    if held is not None:
        return [s.value for s in held.statements if s.prop in props]
    return [r[0] for r in case.conn.execute(
        f"SELECT value FROM statements WHERE entity_id = ? AND retracted = 0 AND prop IN ({marks})",
        [entity_id, *props])]


# -- merge review queue ------------------------------------------------------------------------
_REVIEW_COLS = ("id, kind, imported_id, local_id, reason, score, bundle_id, status, created_at, decided_at,"
                " decided_by")


def add_review(case: Case, *, kind: str, imported_id: str, local_id: str, reason: str, score: float,
               bundle_id: str, created_at: str) -> bool:
    cur = case.conn.execute(
        "INSERT OR IGNORE INTO merge_reviews(kind, imported_id, local_id, reason, score, bundle_id, status,"
        " created_at) VALUES (?,?,?,?,?,?,'pending',?)",
        (kind, imported_id, local_id, reason, score, bundle_id, created_at))
    return bool(cur.rowcount)


def reviews(case: Case, status: str | None = None) -> list[Review]:
    sql = f"SELECT {_REVIEW_COLS} FROM merge_reviews"
    args: list[Any] = []
    if status:
        sql += " WHERE status = ?"
        args.append(status)
    sql += " ORDER BY kind = 'name', id"
    return [Review(*r) for r in case.conn.execute(sql, args)]


def review(case: Case, review_id: int) -> Review | None:
    r = case.conn.execute(f"SELECT {_REVIEW_COLS} FROM merge_reviews WHERE id = ?", (review_id,)).fetchone()
    return Review(*r) if r else None


def set_review_status(case: Case, review_id: int, status: str, at: str | None, note: str = "") -> None:
    case.conn.execute("UPDATE merge_reviews SET status = ?, decided_at = ?, decided_by = ?, note = ?"
                      " WHERE id = ?", (status, at, case.user if at else None, note, review_id))


_EXHIBIT_TEXT = ("type", "description", "case_reference", "quantity", "weight", "seized_place", "seized_at",
                 "seized_tz", "seized_by", "seized_authority", "storage_location", "device_make", "device_model",
                 "device_serial", "acquisition_tool", "acquisition_tool_version", "write_blocker", "image_name")


def insert_exhibit(case: Case, exhibit_id: str, rec: dict[str, Any], handling: Any, now: str,
                   created_by: str) -> str:
    """Insert a received exhibit under the sender's id (so custody chains still verify)."""
    reference = str(rec.get("reference", "")).strip() or exhibit_id
    if case.conn.execute("SELECT 1 FROM exhibits WHERE reference = ?", (reference,)).fetchone():
        reference = f"{reference} [{created_by.removeprefix('bundle:')}]"
    seals = rec.get("seal_numbers") or []
    values = [str(rec.get(k) or "") for k in _EXHIBIT_TEXT]
    case.conn.execute(
        f"INSERT INTO exhibits(id, reference, {', '.join(_EXHIBIT_TEXT)}, seized_at_utc, seal_numbers, tlp,"
        " handling, created_at, created_by)"
        f" VALUES ({', '.join('?' * (len(_EXHIBIT_TEXT) + 8))})",
        [exhibit_id, reference, *values, rec.get("seized_at_utc"),
         json.dumps([str(s) for s in seals] if isinstance(seals, list) else [], ensure_ascii=False),
         int(handling.tlp), json.dumps(handling.to_json(), ensure_ascii=False), now, created_by])
    return reference


def exported(case: Case) -> list[dict[str, Any]]:
    return [{"bundle_id": r[0], "created_at": r[1], "recipients": json.loads(r[2]), "file": r[3]}
            for r in case.conn.execute(
                "SELECT bundle_id, created_at, recipients, file_name FROM bundles_exported ORDER BY created_at")]


def entity_origin(case: Case, entity_id: str) -> str:
    row = case.conn.execute("SELECT origin FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return str(row[0]) if row else ""


def exhibit_exists(case: Case, exhibit_id: str) -> bool:
    return case.conn.execute("SELECT 1 FROM exhibits WHERE id = ?", (exhibit_id,)).fetchone() is not None


def entity_owner(case: Case, entity_id: str) -> str | None:
    """Key id of the sender that created the entity ('' ours), None when there is no such entity."""
    row = case.conn.execute("SELECT origin FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None and records.is_record_id(case, entity_id):
        return ""  # a compact record: an import of ours
    return None if row is None else str(row[0] or "")


def statement_owner(case: Case, statement_id: str) -> str | None:
    """Key id of the sender that brought the statement ('' ours), None when there is no such statement."""
    row = case.conn.execute("SELECT origin FROM statements WHERE id = ?", (statement_id,)).fetchone()
    if row is None and records.statement_ids(case, [statement_id]):
        return ""  # a value of a compact record: ours
    return None if row is None else str(row[0] or "")


def entity_caption(case: Case, entity_id: str) -> str:
    row = case.conn.execute("SELECT caption FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None and (held := records.entity(case, entity_id)) is not None:
        return held.caption
    return str(row[0]) if row else ""


def sender_label(case: Case, key_id: str) -> str:
    """The name a sender had on its latest bundle here, else its key id."""
    row = case.conn.execute("SELECT sender_name, sender_agency FROM bundles_imported WHERE sender_key_id = ?"
                            " ORDER BY imported_at DESC LIMIT 1", (key_id,)).fetchone()
    return f"{row[0]} ({row[1]})" if row and row[1] else (str(row[0]) if row else key_id)


def exhibit_owner(case: Case, exhibit_id: str) -> tuple[str, str] | None:
    """(reference, created_by) of an exhibit; created_by is 'bundle:<key id>' for received ones."""
    row = case.conn.execute("SELECT reference, created_by FROM exhibits WHERE id = ?", (exhibit_id,)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def file_hash_at(case: Case, exhibit_id: str, rel_path: str) -> str | None:
    row = case.conn.execute("SELECT sha256 FROM content_files WHERE exhibit_id = ? AND rel_path = ?",
                            (exhibit_id, rel_path)).fetchone()
    return str(row[0]) if row else None


_REVIEW_MERGE = re.compile(r"merge review (\d+):")


def active_merges(case: Case) -> tuple[dict[int, tuple[str, str]], dict[int, int]]:
    """(merge id -> (source, canonical) of merges in force, review id -> the merge it made)."""
    merges: dict[int, tuple[str, str]] = {}
    by_review: dict[int, int] = {}
    for mid, src, dst, reason in case.conn.execute(
            "SELECT id, source_id, canonical_id, reason FROM merges WHERE undone_at IS NULL"):
        merges[int(mid)] = (str(src), str(dst))
        m = _REVIEW_MERGE.match(str(reason))
        if m:
            by_review[int(m.group(1))] = int(mid)
    return merges, by_review


def undo_merge(case: Case, merge_id: int, at: str) -> None:
    """Mark one merge undone (the row stays: history); both named again, and the links naming the source."""
    from casebench.store import entities as repo

    row = case.conn.execute("SELECT source_id, canonical_id FROM merges WHERE id = ? AND undone_at IS NULL",
                            (merge_id,)).fetchone()
    if row is None:
        return
    case.conn.execute("UPDATE merges SET undone_at = ?, undone_by = ? WHERE id = ?", (at, case.user, merge_id))
    repo.named_after_unmerge(case, str(row[0]), str(row[1]))
