"""Entities and statements: every recorded value carries its provenance."""

from __future__ import annotations

from dataclasses import dataclass, field

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling


@dataclass(frozen=True)
class Provenance:
    """Who asserted a value, from which evidence, with which grade, from which workbench."""

    author: str
    source_exhibit: str | None = None  # exhibit reference or id
    locator: str = ""  # page, message id, row
    origin: str = ""  # workbench id the statement came from ("" = this workbench)
    origin_bundle: str = ""  # bundle id when imported
    grade: Grade | None = None
    lang: str = ""


@dataclass(frozen=True)
class Statement:
    id: str
    entity_id: str
    prop: str
    value: str  # canonical (E.164 phone, ISO country, canonical date ...)
    original: str  # as typed or as found
    provenance: Provenance
    handling: Handling
    created_at: str
    first_seen: str = ""
    last_seen: str = ""
    match_key: str | None = None
    retracted: bool = False
    retracted_reason: str = ""

    @property
    def tlp(self) -> TLP:
        return self.handling.tlp


@dataclass
class Entity:
    """The current view of an entity: its live statements, merges applied."""

    id: str
    schema: str
    caption: str
    handling: Handling
    created_at: str
    tags: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    merged_ids: list[str] = field(default_factory=list)  # ids folded into this one
    undated_order: float | None = None

    @property
    def tlp(self) -> TLP:
        """An entity is as restricted as its most restricted live statement."""
        levels = [self.handling.tlp, *(s.tlp for s in self.statements if not s.retracted)]
        return max(levels)

    def values(self, prop: str) -> list[str]:
        return [s.value for s in self.statements if s.prop == prop and not s.retracted]

    def first(self, prop: str) -> str | None:
        vals = self.values(prop)
        return vals[0] if vals else None

    def properties(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for s in self.statements:
            if not s.retracted:
                out.setdefault(s.prop, []).append(s.value)
        return out
