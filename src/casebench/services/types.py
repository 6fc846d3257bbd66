"""Data types the command line and the window receive from the store, through services.

They are defined in store; ui and cli import them from here so that they depend on services
only (an import-linter contract holds this). Types of one capability (table import,
identities, packs, bundles) are re-exported by that capability's service module instead,
so that importing this module stays cheap for every command.
"""

from __future__ import annotations

from casebench.store.case import Case
from casebench.store.entities import EntitySummary
from casebench.store.search import SearchHit, SearchResult
from casebench.store.timeline_extra import WindowRow

__all__ = ["Case", "EntitySummary", "SearchHit", "SearchResult", "WindowRow"]
