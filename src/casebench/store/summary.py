"""The case's executive summary (one row, see migration 9). SQL only; rules in services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebench.store.case import Case


@dataclass(frozen=True)
class SummaryRecord:
    text: str
    tlp: str  # TLP short form as stored ("AMBER", "AMBER+STRICT" ...)
    author: str
    updated_at: str


def get_summary(case: Case) -> SummaryRecord | None:
    row = case.conn.execute("SELECT text, tlp, author, updated_at FROM case_summary WHERE id = 1").fetchone()
    return SummaryRecord(*row) if row is not None else None


def put_summary(case: Case, text: str, tlp: str, author: str, updated_at: str) -> None:
    """Create or replace the summary; the caller holds the transaction."""
    case.conn.execute(
        "INSERT INTO case_summary(id, text, tlp, author, updated_at) VALUES (1, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET text = excluded.text, tlp = excluded.tlp,"
        " author = excluded.author, updated_at = excluded.updated_at",
        (text, tlp, author, updated_at))


def delete_summary(case: Case) -> bool:
    return case.conn.execute("DELETE FROM case_summary WHERE id = 1").rowcount > 0
