"""The timeline's reach: how far past its start any dated item extends, kept as a number.

A timeline window [lo, hi] holds the items starting in it and the long items (a month,
a year, a startDate..endDate range) that began earlier and still reach into it. Without
a lower bound, finding those read every long item from the first day of the case: 1.1 s
for a month late in a million-event case. With `timeline_reach_days` (the longest reach
ever recorded, in whole days, plus one) they are read from lo - reach onwards only.

Kept by triggers in `case_counts` (migration 12 made it): a statement that is long, or
that completes a startDate..endDate range of its entity, raises it. It never shrinks when
a statement is retracted, which leaves the bound correct, only less tight. A date that
SQLite cannot read as a day raises it to a reach that bounds nothing (100,000 years).

Does not depend on migration 11.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 13

# Days between two fixed-width UTC texts, whole and one more (never short: this SQLite has
# no ceil); NULL when either is not a date SQLite reads.
_DAYS = "(CAST(julianday(substr({end}, 1, 19)) - julianday(substr({start}, 1, 19)) AS INTEGER) + 1)"
_UNREAD = 36_500_000  # bounds nothing: any date SQLite cannot read as a day
_OWN = _DAYS.format(end="new.date_end", start="new.date_start")
_RANGE_FROM_END = _DAYS.format(
    end="new.date_end",
    start="(SELECT min(x.date_start) FROM statements x WHERE x.entity_id = new.entity_id"
          " AND x.prop IN ('startDate', 'date') AND x.date_start IS NOT NULL)")
_RANGE_FROM_START = _DAYS.format(
    end="(SELECT max(x.date_end) FROM statements x WHERE x.entity_id = new.entity_id"
        " AND x.prop = 'endDate' AND x.date_end IS NOT NULL)",
    start="new.date_start")


def _raise(days: str, *, none_is: int) -> str:
    """Raise the kept reach to `days` (`none_is` when `days` is NULL)."""
    return (f"UPDATE case_counts SET n = max(n, coalesce({days}, {none_is}))"
            " WHERE name = 'timeline_reach_days';")


# Each trigger runs only for the statements that can raise the reach, so loading a million
# same-day events costs one comparison each: a day-long item never needs the bound (the
# window reads every item starting from a day before it), only long items and ranges do.
_LONG_NEW = ("new.date_start IS NOT NULL AND new.date_end IS NOT NULL"
             " AND substr(new.date_end, 1, 10) != substr(new.date_start, 1, 10)")
_END_NEW = "new.prop = 'endDate' AND new.date_end IS NOT NULL"
_START_NEW = "new.prop IN ('startDate', 'date') AND new.date_start IS NOT NULL"


def _on(event: str, suffix: str) -> str:
    return "\n".join(
        f"CREATE TRIGGER timeline_reach_{what}_{suffix} {event} ON statements WHEN {when} BEGIN {body} END;"
        for what, when, body in (("long", _LONG_NEW, _raise(_OWN, none_is=_UNREAD)),
                                 ("end", _END_NEW, _raise(_RANGE_FROM_END, none_is=0)),
                                 ("start", _START_NEW, _raise(_RANGE_FROM_START, none_is=0))))


SQL = f"""
INSERT INTO case_counts(name, n) VALUES ('timeline_reach_days', 0);
{_on("AFTER INSERT", "ai")}
{_on("AFTER UPDATE OF date_start, date_end, retracted", "au")}
UPDATE case_counts SET n = max(
  coalesce((SELECT max(coalesce({_DAYS.format(end="date_end", start="date_start")}, {_UNREAD}))
            FROM statements WHERE date_start IS NOT NULL AND date_end IS NOT NULL
              AND substr(date_end, 1, 10) != substr(date_start, 1, 10)), 0),
  coalesce((SELECT max({_DAYS.format(end="en.date_end", start="st.date_start")})
            FROM statements en JOIN statements st ON st.entity_id = en.entity_id
            WHERE en.prop = 'endDate' AND en.date_end IS NOT NULL
              AND st.prop IN ('startDate', 'date') AND st.date_start IS NOT NULL), 0))
  WHERE name = 'timeline_reach_days';
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
