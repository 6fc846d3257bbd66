"""Global search across the case."""

from __future__ import annotations

from casebench.store import search as fts
from casebench.store.case import Case
from casebench.store.search import SearchHit

__all__ = ["SearchHit", "search"]


def search(case: Case, text: str, *, limit: int = 50, schema: str | None = None) -> list[SearchHit]:
    return fts.search(case, text, limit=limit, schema=schema)
