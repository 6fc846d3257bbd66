"""The executive summary printed at the head of a forum briefing pack.

One text per case, with its own TLP and the name of who last wrote it (``case.user``:
the investigator identity and login when the session has unlocked one, else the
login). Writing and clearing it are audit *alteration* records; the pack prints it only
when the one handling decision (``domain.disclosure.decide``) lets its TLP through.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebench.domain.handling import TLP
from casebench.store import audit
from casebench.store import summary as repo
from casebench.store.case import Case, utc_now
from casebench.store.errors import InvalidInput

__all__ = ["MAX_CHARS", "ExecutiveSummary", "clear_summary", "get_summary", "set_summary"]

MAX_CHARS = 20_000  # about five printed pages: a summary, not a report


@dataclass(frozen=True)
class ExecutiveSummary:
    text: str
    tlp: TLP
    author: str
    updated_at: str  # UTC, YYYY-MM-DDTHH:MM:SS.ffffffZ


def get_summary(case: Case) -> ExecutiveSummary | None:
    rec = repo.get_summary(case)
    if rec is None:
        return None
    return ExecutiveSummary(rec.text, TLP.parse(rec.tlp, TLP.AMBER), rec.author, rec.updated_at)


def set_summary(case: Case, text: str, tlp: TLP | str) -> ExecutiveSummary:
    """Write (or replace) the summary as the session's actor. Empty text is refused:
    clearing is :func:`clear_summary`, so a summary is never removed by accident."""
    level = tlp if isinstance(tlp, TLP) else TLP.parse(tlp)
    body = text.replace("\r\n", "\n").strip()
    if not body:
        raise InvalidInput(case.path, "the executive summary is empty (use clear to remove it)")
    if len(body) > MAX_CHARS:
        raise InvalidInput(case.path, f"the executive summary is {len(body):,} characters long; "
                           f"keep it under {MAX_CHARS:,}")
    old = repo.get_summary(case)
    now = utc_now()
    with case.transaction():
        repo.put_summary(case, body, level.short, case.user, now)
        audit.append(case, "alteration", "executive summary written", target="summary", details={
            "tlp": level.short, "characters": len(body),
            "previous_tlp": old.tlp if old else "", "previous_author": old.author if old else ""})
    return ExecutiveSummary(body, level, case.user, now)


def clear_summary(case: Case) -> bool:
    """Remove the summary; False when there was none (nothing is recorded then)."""
    with case.transaction():
        old = repo.get_summary(case)
        if old is None:
            return False
        repo.delete_summary(case)
        audit.append(case, "alteration", "executive summary cleared", target="summary",
                     details={"tlp": old.tlp, "author": old.author})
    return True
