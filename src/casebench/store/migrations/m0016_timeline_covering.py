"""The timeline read from one index: dated statements with the columns the views draw.

A week of a million-event case is about 4,000 items. Read through ``statements_date``
(date_start only), each item cost a look-up of its statement row, spread over the whole
table in the order the items were written: decrypting those pages was most of the week's
time, and the capped counts a crowded window is drawn as (``retracted`` and ``prop`` are
not in that index) read a row per item too. ``statements_timeline`` holds, in
(date_start, seq) order, everything the timeline window and its counts test or show, so
both are index range scans; it replaces ``statements_date``, of which it is an extension
(every query that used that one can use this one). Its cost is room: about 150 bytes per
dated statement.

Each item also needs its entity's kind, caption and marking, and, for a start of a
range, the entity's endDate: ``entities_label`` answers the first from one index page
instead of the id index and then the row (the window names it with INDEXED BY: SQLite
would otherwise keep to the primary key's index), and ``statements_end_of`` holds only
the live endDate statements by entity, a small index instead of a probe into every
statement of each entity.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 16

SQL = """
CREATE INDEX statements_timeline
  ON statements(date_start, seq, retracted, prop, date_end, entity_id, tlp, value, id)
  WHERE date_start IS NOT NULL;
DROP INDEX statements_date;
CREATE INDEX entities_label ON entities(id, schema, tlp, caption);
CREATE INDEX statements_end_of ON statements(entity_id, date_end)
  WHERE prop = 'endDate' AND retracted = 0;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
