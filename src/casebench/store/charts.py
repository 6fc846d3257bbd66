"""Saved link charts, and the bulk reads that build a case's link graph.

A saved chart is one JSON document per name (several per case): the node ids on the
chart, their positions, the kinds and tags hidden, the layout and its seed. The graph
reads return plain tuples; ``services.graph`` turns them into nodes and links.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebench.domain.model import Entity
from casebench.store import records
from casebench.store.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from casebench.store.case import Case

_CHUNK = 500


@dataclass(frozen=True)
class ChartRecord:
    name: str
    data: dict[str, Any]
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


def save_chart(case: Case, name: str, data: dict[str, Any]) -> None:
    """Create or replace the chart called ``name``."""
    from casebench.store.case import utc_now

    name = name.strip()
    if not name:
        raise InvalidInput(case.path, "a saved chart needs a name", code="chart.no_name")
    now = utc_now()
    with case.transaction() as conn:
        conn.execute(
            "INSERT INTO charts(name, data, created_at, created_by, updated_at, updated_by)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET data = excluded.data,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (name, json.dumps(data, sort_keys=True, separators=(",", ":")), now, case.user, now,
             case.user),
        )


def load_chart(case: Case, name: str) -> ChartRecord:
    row = case.conn.execute(
        "SELECT name, data, created_at, created_by, updated_at, updated_by FROM charts WHERE name = ?",
        (name,)).fetchone()
    if row is None:
        raise NotFound(case.path, f"no saved chart called {name!r}", code="chart.missing", name=name)
    return ChartRecord(row[0], json.loads(row[1]), row[2], row[3], row[4], row[5])


def list_charts(case: Case) -> list[tuple[str, str, str]]:
    """(name, updated_at, updated_by) of every saved chart, by name."""
    return [(r[0], r[1], r[2]) for r in case.conn.execute(
        "SELECT name, updated_at, updated_by FROM charts ORDER BY name COLLATE NOCASE")]


def delete_chart(case: Case, name: str) -> None:
    with case.transaction() as conn:
        cur = conn.execute("DELETE FROM charts WHERE name = ?", (name,))
        if cur.rowcount == 0:
            raise NotFound(case.path, f"no saved chart called {name!r}", code="chart.missing", name=name)


def rename_chart(case: Case, old: str, new: str) -> None:
    new = new.strip()
    if not new:
        raise InvalidInput(case.path, "a saved chart needs a name", code="chart.no_name")
    with case.transaction() as conn:
        if conn.execute("SELECT 1 FROM charts WHERE name = ?", (new,)).fetchone():
            raise InvalidInput(case.path, f"a chart called {new!r} already exists", code="chart.name_exists",
                               name=new)
        cur = conn.execute("UPDATE charts SET name = ? WHERE name = ?", (new, old))
        if cur.rowcount == 0:
            raise NotFound(case.path, f"no saved chart called {old!r}", code="chart.missing", name=old)


# -- graph reads -----------------------------------------------------------------------------

def graph_entities(case: Case) -> list[tuple[str, str, str, int]]:
    """(id, schema, caption, tlp) of every entity not merged into another."""
    return [(r[0], r[1], r[2], int(r[3])) for r in case.conn.execute(
        "SELECT e.id, e.schema, e.caption, e.tlp FROM entities e WHERE NOT EXISTS"
        # in the order they were made (a scan of entities_label would give id order)
        " (SELECT 1 FROM merges m WHERE m.source_id = e.id AND m.undone_at IS NULL) ORDER BY e.rowid")]


def graph_statements(case: Case, props: Sequence[str]
                     ) -> list[tuple[str, str, str, str | None, str | None, str | None, str | None, int]]:
    """(entity id, prop, value, match key, grade, date start, date end, tlp) of live statements."""
    if not props:
        return []
    marks = ",".join("?" * len(props))
    return [(r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(r[7])) for r in case.conn.execute(
        "SELECT entity_id, prop, value, match_key, grade, date_start, date_end, tlp FROM statements"
        f" WHERE retracted = 0 AND prop IN ({marks}) ORDER BY seq", list(props))]


def graph_records(case: Case, props: Sequence[str]
                  ) -> Iterator[tuple[str, str, str, int, tuple[str, ...], list[records.GraphValue]]]:
    """Compact call records (decision 53) as the graph reads an entity: (id, schema,
    caption, tlp, tags, [(prop, value, match key, grade, date start, date end, tlp)]), in
    file order, read a batch at a time (a case holds up to a million of them)."""
    return records.graph_rows(case, props)


def record_entities(case: Case, ids: Sequence[str]) -> list[Entity]:
    """The records among ``ids`` as entities (other ids are skipped), their links' names
    read at once."""
    return records.entities(case, ids)


def all_entity_tags(case: Case) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in case.conn.execute("SELECT entity_id, tag FROM entity_tags")]


def captions(case: Case, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """id -> (schema, caption) for the given ids."""
    out: dict[str, tuple[str, str]] = {}
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        for r in case.conn.execute(
                f"SELECT id, schema, caption FROM entities INDEXED BY entities_label"  # migration 16
                f" WHERE id IN ({','.join('?' * len(part))})",
                part):
            out[r[0]] = (r[1], r[2])
    return out
