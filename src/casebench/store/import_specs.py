"""Saved import specifications and the register of imported files: the only SQL for them."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebench.store.errors import NotFound

if TYPE_CHECKING:
    from casebench.store.case import Case


@dataclass(frozen=True)
class SavedSpec:
    name: str
    data: dict[str, Any]
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class FileImport:
    id: str
    kind: str  # "table" or "ftm"
    sha256: str
    spec_digest: str
    spec_name: str
    file_name: str
    exhibit_id: str | None
    imported_at: str
    imported_by: str
    rows: int
    entities: int
    statements: int
    rejected: int


_SPEC_COLS = "name, data, created_at, created_by, updated_at, updated_by"
_IMPORT_COLS = ("id, kind, sha256, spec_digest, spec_name, file_name, exhibit_id, imported_at,"
                " imported_by, rows, entities, statements, rejected")


def _spec(r: Any) -> SavedSpec:
    return SavedSpec(r[0], json.loads(r[1]), r[2], r[3], r[4], r[5])


def save_spec(case: Case, name: str, data: dict[str, Any], at: str) -> bool:
    """Insert or replace the specification ``name``; True when it replaced one."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    with case.transaction() as conn:
        old = conn.execute("SELECT 1 FROM import_specs WHERE name = ?", (name,)).fetchone()
        if old:
            conn.execute("UPDATE import_specs SET data = ?, updated_at = ?, updated_by = ? WHERE name = ?",
                         (text, at, case.user, name))
        else:
            conn.execute(f"INSERT INTO import_specs({_SPEC_COLS}) VALUES (?,?,?,?,?,?)",
                         (name, text, at, case.user, at, case.user))
    return old is not None


def get_spec(case: Case, name: str) -> SavedSpec:
    row = case.conn.execute(f"SELECT {_SPEC_COLS} FROM import_specs WHERE name = ?", (name,)).fetchone()
    if row is None:
        known = ", ".join(s.name for s in list_specs(case)) or "none saved yet"
        raise NotFound(case.path, f"no import specification named {name!r} (known: {known})")
    return _spec(row)


def list_specs(case: Case) -> list[SavedSpec]:
    return [_spec(r) for r in case.conn.execute(
        f"SELECT {_SPEC_COLS} FROM import_specs ORDER BY name COLLATE NOCASE")]


def delete_spec(case: Case, name: str) -> None:
    get_spec(case, name)
    with case.transaction() as conn:
        conn.execute("DELETE FROM import_specs WHERE name = ?", (name,))


def find_import(case: Case, kind: str, sha256: str, spec_digest: str) -> FileImport | None:
    """The finished import of this file under this specification (see `store.import_runs`
    for one still loading)."""
    row = case.conn.execute(
        f"SELECT {_IMPORT_COLS} FROM file_imports WHERE kind = ? AND sha256 = ? AND spec_digest = ?"
        " AND state = 'done'", (kind, sha256, spec_digest)).fetchone()
    return FileImport(*row) if row else None


def record_import(case: Case, *, kind: str, sha256: str, spec_digest: str, spec_name: str,
                  file_name: str, exhibit_id: str | None, at: str, rows: int, entities: int,
                  statements: int, rejected: int) -> str:
    iid = str(uuid.uuid4())
    with case.transaction() as conn:
        conn.execute(f"INSERT INTO file_imports({_IMPORT_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (iid, kind, sha256, spec_digest, spec_name, file_name, exhibit_id, at, case.user,
                      rows, entities, statements, rejected))
    return iid


def list_imports(case: Case) -> list[FileImport]:
    return [FileImport(*r) for r in case.conn.execute(
        f"SELECT {_IMPORT_COLS} FROM file_imports WHERE state = 'done' ORDER BY imported_at")]


def exhibit_holding(case: Case, sha256: str) -> str | None:
    """The id of an exhibit that already holds a file with this SHA-256 (earliest first)."""
    row = case.conn.execute("SELECT exhibit_id FROM content_files WHERE sha256 = ? ORDER BY seq LIMIT 1",
                            (sha256,)).fetchone()
    return str(row[0]) if row else None
