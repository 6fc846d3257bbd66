"""What the full-text tables should hold, for tests of every path that writes statements."""

from __future__ import annotations

from casebench.domain.names import fold
from casebench.store.case import Case
from casebench.store.migrations.m0015_search_in_sql import NAME_PROPS

TABLES = ("search_names", "search_values")


def index_problems(case: Case) -> list[str]:
    """Rows the full-text tables hold that no live statement says, or lack, and FTS5's own
    check of each table against its index (an empty list: consistent)."""
    conn = case.conn
    want = {("search_names" if prop in NAME_PROPS else "search_values", seq, fold(value), eid, prop)
            for seq, eid, prop, value in conn.execute(
                "SELECT seq, entity_id, prop, value FROM statements WHERE retracted = 0")}
    have = {(table, *row) for table in TABLES
            for row in conn.execute(f"SELECT rowid, text, entity_id, prop FROM {table}")}
    problems = [f"missing {w}" for w in sorted(want - have)] + [f"extra {h}" for h in sorted(have - want)]
    for table in TABLES:
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except Exception as exc:  # reported as a problem, not raised
            problems.append(f"{table}: {exc}")
    return problems
