"""Counts and health checks of a case's database (for `info` and `verify`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebench.store.case import Case


def live_statement_count(case: Case) -> int:
    return int(case.conn.execute("SELECT count(*) FROM statements WHERE retracted = 0").fetchone()[0])


def audit_count(case: Case) -> int:
    return int(case.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def schema_version(case: Case) -> int:
    return int(case.conn.execute("PRAGMA user_version").fetchone()[0])


def structure_problems(case: Case) -> list[str]:
    rows = case.conn.execute("PRAGMA quick_check").fetchall()
    if rows and rows[0][0] != "ok":
        return [f"case.db structure: {r[0]}" for r in rows[:5]]
    return []
