"""Per-row index triggers set aside during a bulk load and replayed for its rows in one pass.

The full-text tables (migration 15) are filled by one trigger each: "AFTER INSERT ON
statements [WHEN c] BEGIN INSERT INTO t(rowid, ...) VALUES (new.seq, ...); END". A load
of thousands of statements drops those triggers, inserts its rows, runs each trigger's
INSERT once for every statement it added (`seq > ? AND seq <= ?`, the same WHEN), and
recreates the triggers verbatim, all in the caller's transaction, so a rollback leaves the
schema as it was. A trigger of any other shape stays and fires per row (slower, never
wrong). Used by `bulk_links.bulk_load` and by each chunk of `import_runs`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["deferred", "replay_sql"]

_INDEX_TRIGGER = re.compile(
    r"CREATE TRIGGER (\w+) AFTER INSERT ON statements(?: WHEN (?P<when>.+?))? BEGIN\s*"
    r"INSERT INTO (?P<table>\w+)\((?P<columns>rowid(?:\s*,\s*\w+)*)\)\s*VALUES\s*"
    r"\(new\.seq, (?P<values>[^;]+?)\);\s*END;?\s*$",
    re.DOTALL | re.IGNORECASE)
# Dropped with no replay when the loader writes the column the trigger would compute.
_WRITTEN_BY_LOADER = ("entities_caption_fold_ai",)
_NEW = re.compile(r"\bnew\.", re.IGNORECASE)


def replay_sql(sql: str) -> str | None:
    """The set-wise form of an index trigger (for ``seq > ? AND seq <= ?``), or None.

    OR REPLACE: a statement added and then changed within the load was already indexed
    by the update trigger, which stays in place."""
    m = _INDEX_TRIGGER.match(sql.strip())
    if m is None:
        return None
    when = f" AND ({_NEW.sub('', m['when'])})" if m["when"] else ""
    return (f"INSERT OR REPLACE INTO {m['table']}({m['columns']}) SELECT seq, {_NEW.sub('', m['values'])}"
            f" FROM statements WHERE seq > ? AND seq <= ?{when}")


def _max_seq(conn: Any) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM statements").fetchone()[0])


@contextlib.contextmanager
def deferred(conn: Any, *, loader_writes_captions: bool = False) -> Iterator[None]:
    """Within the caller's transaction: index triggers set aside for the body, then the
    statements it added indexed in one pass and the triggers put back.
    `loader_writes_captions`: the body writes `entities.caption_fold` itself."""
    seq_lo = _max_seq(conn)
    saved: list[tuple[str, str | None]] = []
    for name, table, sql in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name IN ('statements', 'entities')").fetchall():
        replay = replay_sql(sql) if table == "statements" else None
        if replay is not None or (loader_writes_captions and name in _WRITTEN_BY_LOADER):
            saved.append((sql, replay))
            conn.execute(f"DROP TRIGGER {name}")
    yield
    seq_hi = _max_seq(conn)
    for sql, replay in saved:
        if replay is not None and seq_hi > seq_lo:
            conn.execute(replay, (seq_lo, seq_hi))
        conn.execute(sql)
