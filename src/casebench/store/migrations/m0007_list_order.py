"""Indexes in the order entity lists are shown (name, case-insensitive), so the first page
of a 100,000-entity list is read from the index instead of sorting the whole table; and
the ends of date ranges, so the timeline finds a journey that began before its window."""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 7

SQL = """
CREATE INDEX entities_caption_nocase ON entities(caption COLLATE NOCASE, id);
CREATE INDEX entities_schema_caption_nocase ON entities(schema, caption COLLATE NOCASE, id);
CREATE INDEX statements_range_end ON statements(date_end) WHERE prop = 'endDate';
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
