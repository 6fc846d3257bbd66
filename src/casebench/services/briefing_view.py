"""The case as a briefing pack may see it: handling rules applied, statement by statement.

:func:`load_view` reads every entity once and keeps only what the pack may carry:

* an entity whose own handling is above the ceiling (or otherwise not allowed) is left
  out whole; so is an entity none of whose values may be printed;
* a value (statement) above the ceiling is left out of an entity that stays; the
  entity's caption is then rebuilt from the values that remain, so a withheld name
  never reaches the page through a stored caption;
* a relationship whose ends point at a left-out entity is left out (printing it
  would reveal that the hidden party exists); a reference to a left-out entity from
  any other value is dropped;
* whether an item or value may print at all is the one handling decision
  (:mod:`casebench.domain.disclosure`) for a pack audience: RED only for a recipient
  the item names as a whole, handling codes and originator restrictions honoured,
  a partner's AMBER kept in the house, items denied to a forum country left out.

Every item and value left out is counted in ``CaseView.withheld``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from casebench.domain.captions import UNKNOWN_END, compose
from casebench.domain.disclosure import Audience, Decision, Kind, Recipient, decide, europol_code
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity, Statement
from casebench.domain.schema import Schema, get_schema
from casebench.domain.values import PropType
from casebench.services import entities as entity_service
from casebench.store import charts as chart_repo
from casebench.store import exchange as xrepo
from casebench.store.case import Case

Tick = Callable[[int, int], None]
_RECORD_BATCH = 2000


@dataclass(frozen=True)
class Ceiling:
    """What a pack may carry: a TLP ceiling, its recipient and the forum's countries.

    Whether an item may print is :func:`casebench.domain.disclosure.decide`'s answer
    for a pack audience (the same rules as bundles and exports).
    """

    max_tlp: TLP
    recipient: str | None = None
    countries: frozenset[str] = frozenset()  # ISO alpha-2, lower case
    kind: Kind = Kind.PACK  # a printed chart asks as an export (Kind.EXPORT)

    def audience(self) -> Audience:
        who = Recipient(name=self.recipient or "") if (self.recipient or "").strip() else None
        return Audience(self.kind, who, countries=self.countries, max_tlp=self.max_tlp)

    def decision(self, h: Handling, origin: str = "", grade: str = "") -> Decision:
        code = europol_code(grade)
        return decide(h, origin, self.audience(), codes=(code,) if code else ())

    def allows(self, h: Handling, origin: str = "", grade: str = "") -> bool:
        return self.decision(h, origin, grade).allowed


@dataclass
class Item:
    """One entity as the pack sees it: only the values it may print."""

    id: str
    schema: Schema
    handling: Handling
    tags: frozenset[str]
    statements: list[Statement]
    caption: str = ""
    tlp: TLP = TLP.CLEAR
    caption_statement: Statement | None = None  # the value the caption was taken from

    @property
    def caption_tlp(self) -> TLP:
        """The level of what its caption prints: its handling and the value it is taken from."""
        own = self.handling.tlp
        return own if self.caption_statement is None else max(own, self.caption_statement.tlp)

    def values(self, prop: str) -> list[str]:
        out: list[str] = []
        for s in self.statements:
            if s.prop == prop and s.value not in out:
                out.append(s.value)
        return out

    def first(self, prop: str) -> str:
        vals = self.values(prop)
        return vals[0] if vals else ""

    def stmts(self, prop: str) -> list[Statement]:
        return [s for s in self.statements if s.prop == prop]

    def is_a(self, *names: str) -> bool:
        return any(self.schema.is_a(n) for n in names)


@dataclass
class CaseView:
    items: dict[str, Item] = field(default_factory=dict)
    withheld: int = 0
    canonical: dict[str, str] = field(default_factory=dict)  # merged id -> canonical id

    def canon(self, eid: str) -> str:
        return self.canonical.get(eid, eid)

    def get(self, eid: str) -> Item | None:
        return self.items.get(self.canon(eid))

    def caption(self, eid: str) -> str:
        it = self.get(eid)
        return it.caption if it is not None else ""

    def of_schema(self, *names: str, ids: Iterable[str] | None = None) -> list[Item]:
        pool = self.items.values() if ids is None else (self.items[i] for i in ids if i in self.items)
        return [it for it in pool if it.is_a(*names)]


def _edge_caption(view: CaseView, it: Item) -> str:
    assert it.schema.edge is not None
    ends: list[str] = []
    for role in it.schema.edge:
        names = [view.caption(v) for v in it.values(role) if view.caption(v)]
        if not names and it.schema.name == "Call":
            names = it.values("callerNumber" if role == "caller" else "receiverNumber")
        ends.append(", ".join(names) or UNKNOWN_END)
    return compose(it.schema, ends)


def caption_statement(it: Item) -> Statement | None:
    """The value an entity's caption is taken from: the first value of the first caption
    property (``schema.caption`` order) that has one, among the values kept, as
    ``store.entities.refresh_caption`` picks it from all of them."""
    for prop in it.schema.caption:
        for s in it.stmts(prop):
            if s.value:
                return s
    return None


def _caption(view: CaseView, it: Item) -> str:
    if it.schema.edge is not None:
        return _edge_caption(view, it)
    s = caption_statement(it)
    return s.value if s is not None else f"{it.schema.label} {it.id[:8]}"


def load_view(case: Case, ceiling: Ceiling, entity_ids: Sequence[str], *,
              tick: Tick | None = None, bare: bool = False) -> CaseView:
    """Every entity in ``entity_ids`` (canonical ids) as the pack may print it.

    ``bare``: an entity that may go but none of whose values may is kept without values
    (a printed chart shows it as its kind) instead of being left out; a relationship
    still needs its ends."""
    view = CaseView()
    loaded: list[Entity] = []
    total = len(entity_ids)
    # Compact call records (decision 53) are read a batch at a time, the names of their
    # ends with them; they are ours (no partner's origin) and never merged.
    held: dict[str, Entity] = {}
    for n in range(0, total, _RECORD_BATCH):
        held.update((e.id, e) for e in chart_repo.record_entities(case, entity_ids[n:n + _RECORD_BATCH]))
    for n, eid in enumerate(entity_ids):
        if tick is not None and n % 50 == 0:
            tick(n, total)
        ent = held.get(eid) or entity_service.get(case, eid)
        loaded.append(ent)
        for mid in ent.merged_ids:
            view.canonical[mid] = ent.id
    for ent in loaded:
        origin = "" if ent.id in held else xrepo.entity_origin(case, ent.id)
        if not ceiling.allows(ent.handling, origin):
            view.withheld += 1
            continue
        live = [s for s in ent.statements if not s.retracted]
        kept = [s for s in live if ceiling.allows(s.handling, s.provenance.origin,
                                                  s.provenance.grade.to_text() if s.provenance.grade else "")]
        if not kept and not (bare and get_schema(ent.schema).edge is None):
            view.withheld += 1
            continue
        view.withheld += len(live) - len(kept)
        view.items[ent.id] = Item(ent.id, get_schema(ent.schema), ent.handling,
                                  frozenset(ent.tags), kept)
    # A relationship with a left-out end is left out; other references to left-out
    # entities are dropped. Repeat until stable (dropping one can empty another).
    changed = True
    while changed:
        changed = False
        for eid in list(view.items):
            it = view.items[eid]
            edge_props = set(it.schema.edge or ())
            keep: list[Statement] = []
            lost_end = False
            for s in it.statements:
                prop = it.schema.properties.get(s.prop)
                if prop is not None and prop.type is PropType.ENTITY and view.get(s.value) is None:
                    lost_end = lost_end or s.prop in edge_props
                    continue
                keep.append(s)
            if lost_end or (not keep and not (bare and it.schema.edge is None)):
                del view.items[eid]
                view.withheld += 1
                changed = True
            elif len(keep) < len(it.statements):
                view.withheld += len(it.statements) - len(keep)
                it.statements = keep
                changed = True
    for it in view.items.values():
        it.tlp = max([it.handling.tlp, *(s.tlp for s in it.statements)])
    for it in sorted(view.items.values(), key=lambda i: i.schema.edge is not None):
        it.caption_statement = None if it.schema.edge is not None else caption_statement(it)
        it.caption = _caption(view, it)
    return view
