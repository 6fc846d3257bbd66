"""The timeline's reads as they were before migration 16, on a case that has the new indexes.

For the benches that compare the covering indexes with what was read before, in one run
on one case: the old date index is made again beside the new ones, and a connection
wrapper rewrites each statement back to its earlier form.
"""

from __future__ import annotations

from typing import Any

# Each query as it was before migration 16: the date index alone (each item's statement
# row read, then its entity's id index and row), range ends probed among every statement
# of each entity, the capped counts reading a row per item.
_BEFORE_16 = (
    ("FROM statements s INDEXED BY statements_timeline JOIN entities e INDEXED BY entities_label",
     "FROM statements s INDEXED BY bench_statements_date JOIN entities e"),
    ("FROM statements s INDEXED BY statements_date_long JOIN entities e INDEXED BY entities_label",
     "FROM statements s INDEXED BY statements_date_long JOIN entities e"),
    ("FROM statements s JOIN entities e INDEXED BY entities_label",
     "FROM statements s INDEXED BY bench_statements_date JOIN entities e"),
    ("FROM statements s JOIN entities e", "FROM statements s INDEXED BY bench_statements_date JOIN entities e"),
    ("FROM statements s WHERE", "FROM statements s INDEXED BY bench_statements_date WHERE"),
    (" INDEXED BY entities_label", ""),
    ("INDEXED BY statements_end_of", "INDEXED BY statements_entity"),
)


class Before16:
    """The case's connection, running each statement as it was written before migration 16."""

    def __init__(self, conn: object) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: object) -> object:
        for new, old in _BEFORE_16:
            sql = sql.replace(new, old)
        return self._conn.execute(sql, *args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def make_old_index(conn: Any) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS bench_statements_date ON statements(date_start)"
                 " WHERE date_start IS NOT NULL")
