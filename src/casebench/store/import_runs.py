"""Imports loaded in chunks, each its own transaction, that can be resumed or rolled back.

A run is the import's row in the register of imported files (``file_imports``, state
'loading'; migration 11), written before the first row is. Each chunk of rows is one
transaction (`chunk`): the per-row full-text and caption-folding triggers are set aside,
the rows inserted, the indexes filled for exactly the chunk's rows in one pass each, the
triggers recreated verbatim (`store.index_triggers`), and the chunk's rowid ranges and the run's
progress recorded, all before the commit. A crash therefore leaves whole chunks,
each indexed and accounted for; `rollback` deletes them chunk by chunk (again one
transaction each, so rolling back a million rows does not need a multi-gigabyte journal
either) and is itself resumable.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlcipher3

from casebench.domain.progress import OperationCancelled
from casebench.store import index_triggers, records
from casebench.store.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from casebench.store.case import Case

__all__ = ["ImportRun", "Rollback", "chunk", "find_unfinished", "get", "rollback", "start",
           "unfinished"]

LOADING, DONE, ROLLING_BACK = "loading", "done", "rolling back"

@dataclass
class ImportRun:
    id: str
    kind: str
    sha256: str
    spec_digest: str
    spec_name: str
    file_name: str
    exhibit_id: str | None
    started_at: str  # when it finished, once it has
    started_by: str
    state: str
    done_row: int  # the last source row a committed chunk covered
    totals: dict[str, Any] = field(default_factory=dict)  # the report's counters at that row


_COLS = ("id, kind, sha256, spec_digest, spec_name, file_name, exhibit_id, imported_at, imported_by,"
         " state, done_row, totals")


def _run(r: Any) -> ImportRun:
    return ImportRun(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                     json.loads(r[11]))


def start(case: Case, *, kind: str, sha256: str, spec_digest: str, spec_name: str, file_name: str,
          exhibit_id: str | None, at: str) -> ImportRun:
    run = ImportRun(str(uuid.uuid4()), kind, sha256, spec_digest, spec_name, file_name, exhibit_id,
                    at, case.user, LOADING, 0, {})
    busy = case.conn.execute("SELECT id FROM file_imports WHERE kind = ? AND sha256 = ?"
                             " AND spec_digest = ? AND state = ?",
                             (kind, sha256, spec_digest, ROLLING_BACK)).fetchone()
    if busy:
        raise InvalidInput(case.path, f"the import {busy[0]} of {file_name} with this specification "
                                      "is being rolled back; finish rolling it back first")
    with case.transaction() as conn:
        conn.execute(f"INSERT INTO file_imports({_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     (run.id, kind, sha256, spec_digest, spec_name, file_name, exhibit_id, at,
                      case.user, LOADING, 0, "{}"))
    return run


def get(case: Case, run_id: str) -> ImportRun:
    """The run with this id (or an unambiguous start of it, at least 8 characters)."""
    rows = []
    if len(run_id) >= 8:
        rows = case.conn.execute(f"SELECT {_COLS} FROM file_imports WHERE id LIKE ? ESCAPE '\\'",
                                 (run_id.replace("\\", "\\\\").replace("%", "\\%")
                                  .replace("_", "\\_") + "%",)).fetchall()
    if len(rows) != 1:
        raise NotFound(case.path, f"no import {run_id!r}" if not rows
                       else f"import {run_id!r} is ambiguous: give more of its id")
    return _run(rows[0])


def unfinished(case: Case, kind: str | None = None) -> list[ImportRun]:
    """Imports interrupted before their last chunk committed (or before their rollback
    finished), oldest first."""
    rows = case.conn.execute(f"SELECT {_COLS} FROM file_imports WHERE state IN (?, ?)"
                             " AND (? IS NULL OR kind = ?) ORDER BY imported_at, rowid",
                             (LOADING, ROLLING_BACK, kind, kind)).fetchall()
    return [_run(r) for r in rows]


def find_unfinished(case: Case, kind: str, sha256: str, spec_digest: str) -> ImportRun | None:
    for run in unfinished(case, kind):
        if run.sha256 == sha256 and run.spec_digest == spec_digest and run.state == LOADING:
            return run
    return None


class Chunk:
    """What the body of `chunk` may record in the same transaction."""

    def __init__(self, conn: Any, run: ImportRun) -> None:
        self.conn = conn
        self.run = run
        self.done = False

    def advance(self, done_row: int, totals: dict[str, Any], *, finished_at: str = "") -> None:
        """How far the import got; ``finished_at``: it is complete (the register's time and
        counts are written with the chunk)."""
        self.run.done_row, self.run.totals = done_row, dict(totals)
        if finished_at:
            self.done = True
            self.run.started_at = finished_at


@contextlib.contextmanager
def chunk(case: Case, run: ImportRun) -> Iterator[Chunk]:
    """One chunk of an import as one transaction; see the module text."""
    with case.transaction() as conn:
        entity_lo = conn.execute("SELECT coalesce(max(rowid), 0) FROM entities").fetchone()[0]
        seq_lo = conn.execute("SELECT coalesce(max(seq), 0) FROM statements").fetchone()[0]
        state = Chunk(conn, run)
        with index_triggers.deferred(conn, loader_writes_captions=True):
            yield state
        entity_hi = conn.execute("SELECT coalesce(max(rowid), 0) FROM entities").fetchone()[0]
        seq_hi = conn.execute("SELECT coalesce(max(seq), 0) FROM statements").fetchone()[0]
        if entity_hi > entity_lo or seq_hi > seq_lo:
            conn.execute("INSERT INTO import_chunks(import_id, entity_lo, entity_hi, statement_lo,"
                         " statement_hi) VALUES (?,?,?,?,?)",
                         (run.id, entity_lo + 1, entity_hi, seq_lo + 1, seq_hi))
        run.state = DONE if state.done else LOADING
        t = run.totals
        conn.execute("UPDATE file_imports SET done_row = ?, totals = ?, state = ?, imported_at = ?,"
                     " rows = ?, entities = ?, statements = ?, rejected = ? WHERE id = ?",
                     (run.done_row, json.dumps(t), run.state, run.started_at, t.get("rows", 0),
                      t.get("entities", 0), t.get("statements", 0), t.get("rejected_rows", 0), run.id))


def chunk_ranges(case: Case, run_id: str) -> list[tuple[int, int]]:
    """The entity rowid ranges a run's committed chunks wrote."""
    return [(r[0], r[1]) for r in case.conn.execute(
        "SELECT entity_lo, entity_hi FROM import_chunks WHERE import_id = ?", (run_id,))]


def entity_ids(case: Case, run_id: str, schemata: Sequence[str]) -> set[str]:
    """The ids of the entities of ``schemata`` a run's committed chunks wrote."""
    marks = ",".join("?" * len(schemata))
    out: set[str] = set()
    for lo, hi in chunk_ranges(case, run_id):
        out.update(r[0] for r in case.conn.execute(
            f"SELECT id FROM entities WHERE rowid BETWEEN ? AND ? AND schema IN ({marks})", (lo, hi, *schemata)))
    return out


def links_to(case: Case, run_id: str, props: Sequence[str], entity_id: str) -> bool:
    """Whether a run's committed chunks wrote a value of ``props`` pointing at ``entity_id``."""
    marks = ",".join("?" * len(props))
    return case.conn.execute(
        "SELECT 1 FROM statements s JOIN import_chunks c ON c.import_id = ?"
        f" AND s.seq BETWEEN c.statement_lo AND c.statement_hi WHERE s.prop IN ({marks}) AND s.value = ?"
        " LIMIT 1", (run_id, *props, entity_id)).fetchone() is not None


@dataclass
class Rollback:
    run: ImportRun
    entities: int = 0
    statements: int = 0


def rollback(case: Case, run_id: str, *, progress: Callable[[int, int], None] = lambda d, t: None,
             cancelled: Callable[[], bool] = lambda: False) -> Rollback:
    """Delete everything a run's chunks wrote, newest chunk first, one transaction each,
    and then the run itself (the register forgets the file: it can be imported again).

    The run is marked 'rolling back' first: stopped half-way (cancel, crash) it can only be
    rolled back further, never resumed.

    Refused (nothing more deleted) when something written since refers to the run's
    entities, e.g. a merge or a value added to an imported record by hand.
    """
    run = get(case, run_id)
    if run.state == DONE and not run.totals:
        raise InvalidInput(case.path, f"import {run.id} was made before casebench recorded what "
                                      "each import wrote; it cannot be rolled back")
    chunks = case.conn.execute(
        "SELECT rowid, entity_lo, entity_hi, statement_lo, statement_hi FROM import_chunks"
        " WHERE import_id = ? ORDER BY rowid DESC", (run.id,)).fetchall()
    if records.changed_since_import(case, run.id):
        raise InvalidInput(case.path, f"import {run.id} cannot be rolled back: records it "
                                      "brought in were merged or added to since")
    out = Rollback(run)
    with case.transaction() as conn:
        conn.execute("UPDATE file_imports SET state = ? WHERE id = ?", (ROLLING_BACK, run.id))
    while True:  # compact records (decision 53), a bounded transaction at a time
        with case.transaction():
            deleted = records.delete_some(case, run.id)
        if not deleted:
            break
        out.entities += deleted
        if cancelled():
            raise OperationCancelled("rollback")
    for done, (rowid, e_lo, e_hi, s_lo, s_hi) in enumerate(chunks):
        if cancelled():
            raise OperationCancelled("rollback")
        try:
            with case.transaction() as conn:
                out.statements += conn.execute("DELETE FROM statements WHERE seq BETWEEN ? AND ?",
                                               (s_lo, s_hi)).rowcount
                conn.execute("DELETE FROM entity_tags WHERE entity_id IN"
                             " (SELECT id FROM entities WHERE rowid BETWEEN ? AND ?)", (e_lo, e_hi))
                # merge proposals the import made for the ends it created (decision 65); an
                # accepted one made a merge, which refuses the rollback below
                conn.execute("DELETE FROM merge_reviews WHERE status != 'accepted' AND imported_id IN"
                             " (SELECT id FROM entities WHERE rowid BETWEEN ? AND ?)", (e_lo, e_hi))
                out.entities += conn.execute("DELETE FROM entities WHERE rowid BETWEEN ? AND ?",
                                             (e_lo, e_hi)).rowcount
                conn.execute("DELETE FROM import_chunks WHERE rowid = ?", (rowid,))
        except sqlcipher3.IntegrityError:
            raise InvalidInput(case.path, f"import {run.id} cannot be rolled back: records it "
                                          "brought in were merged or added to since") from None
        progress(done + 1, len(chunks))
    with case.transaction() as conn:
        conn.execute("DELETE FROM file_imports WHERE id = ?", (run.id,))
    return out
