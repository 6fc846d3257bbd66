"""The audit log as the user sees it: list with filters, and proof of the chain."""

from __future__ import annotations

from casebench.store import audit as repo
from casebench.store.audit import CATEGORIES, AuditRecord
from casebench.store.case import Case

__all__ = ["CATEGORIES", "AuditRecord", "records", "verify"]


def records(case: Case, *, category: str | None = None, user: str | None = None,
            text: str | None = None, limit: int | None = None, offset: int = 0) -> list[AuditRecord]:
    return repo.records(case, category=category, user=user, text=text, limit=limit, offset=offset)


def verify(case: Case) -> list[str]:
    """Problems in the audit chain in plain words; empty when it is intact."""
    return repo.verify(case)
