"""Counts and health checks of a case's database (for `info` and `verify`).

The counts `info` shows are kept by triggers in `case_counts` (migration 12) and read
here; `verify` recounts them the slow way and compares (`kept_count_problems`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebench.store.case import Case

# What each kept count counts, the slow way (verify runs these).
_RECOUNT = {
    "statements": "SELECT count(*) FROM statements WHERE retracted = 0",
    "entities": "SELECT count(*) FROM entities",
    "merged": "SELECT count(*) FROM merges WHERE undone_at IS NULL",
    "audit": "SELECT count(*) FROM audit",
    "records": "SELECT count(*) FROM records",  # kept by store.records, not a trigger
}


def kept_count(case: Case, name: str) -> int:
    row = case.conn.execute("SELECT n FROM case_counts WHERE name = ?", (name,)).fetchone()
    if row is None:  # cannot happen on a migrated case; count rather than show a wrong number
        return int(case.conn.execute(_RECOUNT[name]).fetchone()[0])
    return int(row[0])


def live_statement_count(case: Case) -> int:
    return kept_count(case, "statements")


def live_entity_count(case: Case) -> int:
    """Entities not merged into another, and compact records (decision 53): what the entity
    list shows unfiltered."""
    return kept_count(case, "entities") - kept_count(case, "merged") + kept_count(case, "records")


def audit_count(case: Case) -> int:
    return kept_count(case, "audit")


def kept_count_problems(case: Case) -> list[str]:
    """Each kept count that differs from a recount, in plain words."""
    problems = []
    for name, sql in _RECOUNT.items():
        real = int(case.conn.execute(sql).fetchone()[0])
        row = case.conn.execute("SELECT n FROM case_counts WHERE name = ?", (name,)).fetchone()
        if row is None or int(row[0]) != real:
            kept = "missing" if row is None else str(row[0])
            problems.append(f"kept count of {name} is {kept}, but the case holds {real}")
    return problems


def schema_version(case: Case) -> int:
    return int(case.conn.execute("PRAGMA user_version").fetchone()[0])


def structure_problems(case: Case) -> list[str]:
    rows = case.conn.execute("PRAGMA quick_check").fetchall()
    if rows and rows[0][0] != "ok":
        return [f"case.db structure: {r[0]}" for r in rows[:5]]
    return []
