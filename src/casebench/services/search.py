"""Global search across the case."""

from __future__ import annotations

from casebench.services.entities import region_of
from casebench.store import search as fts
from casebench.store.case import Case
from casebench.store.search import SearchHit, SearchResult

__all__ = ["SearchHit", "SearchResult", "find", "search"]


def search(case: Case, text: str, *, limit: int = 50, schema: str | None = None) -> list[SearchHit]:
    """The best `limit` matches, without counting the others (the fastest search)."""
    return fts.search(case, text, limit=limit, schema=schema, region=region_of(case))


def find(case: Case, text: str, *, limit: int = 50, schema: str | None = None) -> SearchResult:
    """The best `limit` matches and how many entities match in all.

    Phone numbers typed without a country code are read in the case's country, as
    values are when they are recorded.
    """
    return fts.find(case, text, limit=limit, schema=schema, region=region_of(case))
