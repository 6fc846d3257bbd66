"""The audit log as the user sees it: list with filters, and proof of the chain."""

from __future__ import annotations

from collections.abc import Sequence

from casebench.store import audit as repo
from casebench.store.audit import CATEGORIES, AuditRecord
from casebench.store.case import Case

__all__ = ["CATEGORIES", "AuditRecord", "records", "verify"]


def records(case: Case, *, category: str | None = None, user: str | None = None,
            text: str | None = None, limit: int | None = None, offset: int = 0,
            newest_first: bool = False, upto: int | None = None,
            who: Sequence[str] = ()) -> list[AuditRecord]:
    """A page of the log in chain order, or ``newest_first`` (as the window lists it);
    ``upto`` leaves out records after that sequence number (appended while paging);
    ``user`` is the whole user text, ``who`` any of these texts within it (a name, a login)."""
    return repo.records(case, category=category, user=user, text=text, limit=limit, offset=offset,
                        newest_first=newest_first, upto=upto, who=who)


def verify(case: Case) -> list[str]:
    """Problems in the audit chain in plain words; empty when it is intact."""
    return repo.verify(case)
