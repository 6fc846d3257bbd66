"""Analysis: saved link charts, and an index for long timeline items.

``charts`` keeps each saved chart by name as one JSON document (node ids, positions,
hidden kinds and tags, layout and seed; see ``store.charts``). Several per case.

``statements_date_long`` is a partial index over dated statements whose span crosses
a UTC day boundary (a month, a year, a range, or a day with an offset). A timeline
window [lo, hi] is fetched as the items starting in [lo - 1 day, hi] (index range on
``statements_date``) plus the few long items starting earlier that still reach into
the window (this index), so panning a 1M-event case never scans from the beginning.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 4

SQL = """
CREATE TABLE charts (
  name TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE INDEX statements_date_long ON statements(date_start)
  WHERE date_start IS NOT NULL AND substr(date_end, 1, 10) != substr(date_start, 1, 10);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
