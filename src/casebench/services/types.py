"""Data types the command line and the window receive from services.

They are defined in the layer that builds them; ui and cli import them from here so that
they depend on services only (an import-linter contract holds this).
"""

from __future__ import annotations

from casebench.exchange.checks import BIDI, CONTROL
from casebench.exchange.formats.mapping import CellError, ColumnMap, ImportSpec, Related
from casebench.exchange.formats.tables import TableFormat
from casebench.exchange.identity import ContactCard
from casebench.exchange.words import to_words
from casebench.reports.labels import LANGUAGES
from casebench.store.case import Case
from casebench.store.entities import EntitySummary
from casebench.store.search import SearchHit
from casebench.store.timeline_extra import WindowRow

__all__ = [
    "BIDI", "CONTROL", "LANGUAGES", "Case", "CellError", "ColumnMap", "ContactCard",
    "EntitySummary", "ImportSpec", "Related", "SearchHit", "TableFormat", "WindowRow",
    "to_words",
]
