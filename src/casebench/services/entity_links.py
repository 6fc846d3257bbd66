"""Names for ids and the links of one entity (issue 13: names instead of ids, links to follow).

Two uses, both read-only and without audit records of their own (opening the entity page
already writes the one consultation record):

* :func:`names` answers many ids at once (an audit page, a value table) with the kind and
  name of each entity or exhibit, in a handful of primary-key reads;
* :func:`links_of` lists what points at one entity, grouped by kind: calls with whom and
  how many, payments in and out with totals per currency, family, companies, the events,
  accounts and documents that name it, the exhibits about it. It reads the statements whose
  value is the entity's id through the ``statements(prop, value)`` index, so it costs what
  the answer costs on a 200,000-entity case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from casebench.domain.dates import DateError, DateValue
from casebench.domain.model import Entity
from casebench.domain.ordering import name_key
from casebench.domain.schema import SCHEMATA, get_schema
from casebench.domain.values import PropType
from casebench.services.entities import MergePreview
from casebench.store import entities as repo
from casebench.store import exhibits as exhibit_repo
from casebench.store.case import Case

EXHIBIT = "Exhibit"  # kind of a named exhibit (not a schema)
CASE = "Case"  # kind of the case itself (audit records about the case)
MENTIONS = "mentions"  # group of entities that name this one in a property (not a relationship)
REFERS = "refers"  # group of entities this one names in its own values
EXHIBITS = "exhibits"  # group of exhibits about this entity

# Relationship groups first, in the order an investigator reads them.
GROUP_ORDER = ("Call", "Payment", "Family", "Associate", "Employment", "Directorship", "Ownership",
               "Membership", "Representation", "UnknownLink")
# A payment between accounts: the account properties stand for the payer's and beneficiary's side.
SIDE_ALIASES: dict[tuple[str, str], int] = {("Payment", "payerAccount"): 0,
                                            ("Payment", "beneficiaryAccount"): 1}
# Calls that name only numbers: the number stands for the missing counterpart.
NUMBER_FALLBACK: dict[tuple[str, str], str] = {("Call", "caller"): "callerNumber",
                                               ("Call", "receiver"): "receiverNumber"}
DATE_PROPS = ("date", "startDate")  # a link's date on the Links table: its moment, else its start


@dataclass(frozen=True)
class Named:
    id: str  # what to open: the canonical entity id, or the exhibit id
    kind: str  # schema name, or EXHIBIT
    name: str


@dataclass(frozen=True)
class Counterpart:
    """One entity (or bare number, or exhibit) linked to this entity in one group."""

    id: str  # what it is: entity or exhibit id; "" for a bare number (a call without a caller)
    schema: str  # its schema, EXHIBIT, or "" for a bare number
    name: str
    count: int  # how many relationships (calls, payments …) with it
    outgoing: int = 0  # this entity is the source (called, paid, owns)
    incoming: int = 0
    paid_out: tuple[tuple[str, float], ...] = ()  # (currency, total) this entity paid it
    paid_in: tuple[tuple[str, float], ...] = ()  # (currency, total) it paid this entity
    props: tuple[str, ...] = ()  # properties that name it (MENTIONS: of its schema; REFERS: of ours)
    detail: str = ""  # case text: relationship or role; an exhibit's role and description
    via: tuple[str, ...] = ()  # the relationship entities (calls, payments) themselves

    @property
    def open_id(self) -> str:
        """What a click opens: the counterpart, else the first relationship."""
        return self.id or (self.via[0] if self.via else "")


@dataclass(frozen=True)
class LinkGroup:
    kind: str  # relationship schema (Call, Payment …), MENTIONS, REFERS or EXHIBITS
    count: int  # relationships (or entities, exhibits) in the group
    entries: tuple[Counterpart, ...]
    paid_out: tuple[tuple[str, float], ...] = ()
    paid_in: tuple[tuple[str, float], ...] = ()


OUT, IN, UNDIRECTED = 1, -1, 0  # LinkRow.direction: this entity is the source, the target, either


@dataclass(frozen=True)
class LinkRow:
    """One line of the entity page's Links table: one relationship (a call, a payment, a family
    link) with one other end, or one entity or exhibit that names this one or that it names."""

    kind: str  # relationship schema (Call, Payment …), MENTIONS, REFERS or EXHIBITS
    other_id: str  # the other end: entity or exhibit id; "" for a bare number
    other_schema: str  # its schema, EXHIBIT, or "" for a bare number
    other_name: str
    direction: int = UNDIRECTED  # OUT: this entity called, paid, owns; IN: it was called, paid …
    date: str = ""  # as recorded (the relationship's date, else its start; a naming event's date)
    amount: str = ""  # as recorded (payments)
    currency: str = ""
    detail: str = ""  # case text: relationship or role; an exhibit's role and description
    props: tuple[str, ...] = ()  # MENTIONS: its properties naming this one; REFERS: ours naming it
    via: str = ""  # the relationship entity itself (the call, the payment)

    @property
    def open_id(self) -> str:
        """What a double-click opens: the other end, else the relationship (a bare number's call)."""
        return self.other_id or self.via


@dataclass(frozen=True)
class EntityLinks:
    entity_id: str
    groups: tuple[LinkGroup, ...] = ()
    rows: tuple[LinkRow, ...] = ()  # the same links one per line, in the groups' order

    def group(self, kind: str) -> LinkGroup | None:
        return next((g for g in self.groups if g.kind == kind), None)


@dataclass(frozen=True)
class NamedEntity:
    """An entity with the names of the entities its own values point at."""

    entity: Entity
    names: dict[str, Named] = field(default_factory=dict)
    merged: dict[str, Named] = field(default_factory=dict)  # merged-in id -> the name it had


def entity_props() -> tuple[str, ...]:
    """Every property, in any schema, whose values are entity ids."""
    return tuple(sorted({p.name for s in SCHEMATA.values() for p in s.properties.values()
                         if p.type is PropType.ENTITY}))


def names(case: Case, ids: list[str] | tuple[str, ...] | set[str]) -> dict[str, Named]:
    """id -> Named for every id that is an entity (merged ids: the entity they are in), an
    exhibit or the case itself (its ``id`` is "": nothing to open); other ids (bundles,
    files) are left out."""
    wanted = {i for i in ids if i}
    out = {i: Named(cid, schema, caption) for i, (schema, caption, cid) in _captions(case, wanted).items()}
    rest = wanted - set(out)
    for xid, ref in exhibit_repo.references_of(case, rest).items():
        out[xid] = Named(xid, EXHIBIT, ref)
    if case.case_id in rest:  # "case created", "case opened": the case by its title, not a link
        out[case.case_id] = Named("", CASE, case.title or case.path.name)
    return out


def _captions(case: Case, ids: set[str]) -> dict[str, tuple[str, str, str]]:
    canon = repo.canonical_ids(case, ids)
    caps = repo.captions(case, ids)
    return {i: (schema, caption, canon[i]) for i, (schema, caption) in caps.items()}


def show_named(case: Case, entity_id: str, *, include_retracted: bool = False) -> NamedEntity:
    """The entity page's data: the entity (one audited consultation) and names for its links."""
    from casebench.services import entities as svc

    ent = svc.show(case, entity_id, include_retracted=include_retracted)
    schema = get_schema(ent.schema)
    refs = {s.value for s in ent.statements
            if (p := schema.properties.get(s.prop)) is not None and p.type is PropType.ENTITY}
    merged = {i: Named(i, schema_, caption)
              for i, (schema_, caption) in repo.captions(case, ent.merged_ids, canonical=False).items()}
    return NamedEntity(ent, names(case, refs), merged)


def _totals(amounts: dict[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((c, round(v, 2)) for c, v in amounts.items()))


def _amount(values: list[str]) -> float | None:
    try:
        return float(values[0]) if values else None
    except ValueError:
        return None


@dataclass
class _Acc:
    id: str
    schema: str
    name: str
    count: int = 0
    outgoing: int = 0
    incoming: int = 0
    paid_out: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    paid_in: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    props: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)

    def done(self) -> Counterpart:
        return Counterpart(self.id, self.schema, self.name, self.count, self.outgoing, self.incoming,
                           _totals(self.paid_out), _totals(self.paid_in), tuple(self.props),
                           "; ".join(self.details), tuple(self.via))


def _add(items: list[str], item: str) -> None:
    if item and item not in items:
        items.append(item)


def links_of(case: Case, entity_id: str) -> EntityLinks:
    """What is linked to ``entity_id``, grouped by kind (see the module docstring)."""
    members = repo.member_ids(case, entity_id)
    me, mine = members[0], set(members)
    my_schema = repo.entity_schema(case, me)
    canon = repo.canonical_resolver(case)
    referring: dict[str, set[str]] = defaultdict(set)  # referrer -> its properties naming me
    # in the order the statements' (prop, value) index gives them, calls kept as records
    # (decision 53, read after the statements) among them: the first call a number row opens
    for rid, prop, _value in sorted(repo.referrers(case, members, entity_props()), key=lambda r: (r[1], r[2])):
        if (c := canon(rid)) not in mine:
            referring[c].add(prop)
    kinds = repo.captions(case, referring)  # referrer -> (schema, caption)

    # The relationships (edges) this entity is an end of, and their other ends.
    edges = [r for r in referring if r in kinds and _edge_side(kinds[r][0], referring[r]) is not None]
    values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    wanted = sorted({p for r in edges for p in _edge_value_props(kinds[r][0])})
    for eid, prop, value in repo.values_of(case, edges, wanted):
        values[canon(eid)][prop].append(value)
    ends: dict[str, list[str]] = {}
    for r in edges:
        side = _edge_side(kinds[r][0], referring[r])
        assert side is not None
        via_alias = not (set(get_schema(kinds[r][0]).edge or ()) & referring[r])
        ends[r] = [o for o in _side_ids(kinds[r][0], 1 - side, values[r], canon, via_alias) if o not in mine]
    other_names = repo.captions(case, {o for os in ends.values() for o in os})

    groups: dict[str, dict[str, _Acc]] = defaultdict(dict)
    lines: list[tuple[str, str, LinkRow]] = []  # (kind, key of its counterpart in groups[kind], row)
    edge_counts: dict[str, int] = defaultdict(int)
    group_out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    group_in: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for r in edges:
        schema = get_schema(kinds[r][0])
        assert schema.edge is not None
        side = _edge_side(schema.name, referring[r]) or 0
        v = values[r]
        keys = [o for o in ends[r] if o in other_names]
        accs = [groups[schema.name].setdefault(o, _Acc(o, *other_names[o])) for o in keys]
        if not accs:  # a call that names only the other number
            fallback = NUMBER_FALLBACK.get((schema.name, schema.edge[1 - side]), "")
            keys = ["#" + n for n in v.get(fallback, [])]
            accs = [groups[schema.name].setdefault(k, _Acc("", "", k[1:])) for k in keys]
        if not accs:
            continue
        edge_counts[schema.name] += 1
        outgoing, incoming = schema.directed and side == 0, schema.directed and side == 1
        amount = _amount(v.get("amount", [])) if schema.name == "Payment" else None
        currency = (v.get("currency") or [""])[0].upper()
        if amount is not None:
            (group_out if outgoing else group_in)[schema.name][currency] += amount
        for acc in accs:
            acc.count += 1
            acc.outgoing += int(outgoing)
            acc.incoming += int(incoming)
            if amount is not None:
                (acc.paid_out if outgoing else acc.paid_in)[currency] += amount
            for p in ("relationship", "role"):
                for x in v.get(p, []):
                    _add(acc.details, x)
            acc.via.append(r)
        direction = OUT if outgoing else IN if incoming else UNDIRECTED
        date = next((v[p][0] for p in DATE_PROPS if v.get(p)), "")
        detail = "; ".join(dict.fromkeys(x for p in ("relationship", "role") for x in v.get(p, [])))
        for key, acc in zip(keys, accs, strict=True):
            lines.append((schema.name, key, LinkRow(
                schema.name, acc.id, acc.schema, acc.name, direction, date,
                (v.get("amount") or [""])[0] if schema.name == "Payment" else "",
                currency if schema.name == "Payment" else "", detail, via=r)))

    # Entities that name this one in a property (an event's involved, an account's holder …).
    edge_set = set(edges)
    for r, props in referring.items():
        if r in edge_set or r not in kinds:
            continue
        acc = groups[MENTIONS].setdefault(r, _Acc(r, *kinds[r]))
        acc.count = 1
        for p in sorted(props):
            _add(acc.props, p)
    dated: dict[str, dict[str, str]] = defaultdict(dict)  # an event that names it: its date
    for eid, prop, value in repo.values_of(case, sorted(groups[MENTIONS]), DATE_PROPS):
        dated[eid].setdefault(prop, value)
    for r, acc in groups[MENTIONS].items():
        date = next((dated[r][p] for p in DATE_PROPS if p in dated[r]), "")
        lines.append((MENTIONS, r, LinkRow(MENTIONS, r, acc.schema, acc.name, date=date, props=tuple(acc.props))))

    # What this entity's own values name (a call's caller and receiver, an event's involved).
    own_props = [p for p in entity_props() if p in get_schema(my_schema).properties]
    own = [(p, canon(v)) for _e, p, v in repo.values_of(case, members, own_props)]
    own_names = repo.captions(case, {t for _p, t in own if t not in mine})
    for prop, t in own:
        if t in own_names:
            acc = groups[REFERS].setdefault(t, _Acc(t, *own_names[t]))
            acc.count = 1
            _add(acc.props, prop)
    for t, acc in groups[REFERS].items():
        lines.append((REFERS, t, LinkRow(REFERS, t, acc.schema, acc.name, props=tuple(acc.props))))

    # Exhibits linked to it or cited as the source of its values.
    cited = [s.provenance.source_exhibit for s in repo.statements_of(case, members)
             if s.provenance.source_exhibit]
    for xid, ref, desc, role in exhibit_repo.exhibits_about(case, members, cited):
        groups[EXHIBITS][xid] = _Acc(xid, EXHIBIT, ref, 1, details=[x for x in (role, desc) if x])
        lines.append((EXHIBITS, xid, LinkRow(EXHIBITS, xid, EXHIBIT, ref, detail="; ".join(x for x in (role, desc) if x))))

    rest = sorted(k for k in groups if k not in GROUP_ORDER and k not in (MENTIONS, REFERS, EXHIBITS))
    out: list[LinkGroup] = []
    place: dict[tuple[str, str], tuple[int, int]] = {}  # (kind, counterpart key) -> where its entry is
    for kind in (*GROUP_ORDER, *rest, REFERS, MENTIONS, EXHIBITS):
        if not groups.get(kind):
            continue
        ordered = sorted(groups[kind].items(), key=lambda ka: (-ka[1].count, name_key(ka[1].name)))
        place.update({(kind, key): (len(out), i) for i, (key, _a) in enumerate(ordered)})
        entries = tuple(a.done() for _k, a in ordered)
        out.append(LinkGroup(kind, edge_counts.get(kind, len(entries)), entries,
                             _totals(group_out.get(kind, {})), _totals(group_in.get(kind, {}))))
    # One line per link, as the groups list them (a counterpart's links together, by date).
    lines.sort(key=lambda x: (place[x[0], x[1]], x[2].date == "", date_key(x[2].date)))
    return EntityLinks(me, tuple(out), tuple(row for _k, _key, row in lines))


def date_key(text: str) -> tuple[object, ...]:
    """A recorded date's place in time (precision, zone and ranges understood); text that is
    not a date sorts by itself after the dates of its year."""
    try:
        return DateValue.parse(text).sort_key()
    except (DateError, ValueError):
        return (text,)


def _edge_value_props(schema_name: str) -> list[str]:
    schema = get_schema(schema_name)
    assert schema.edge is not None
    props = [*schema.edge, "relationship", "role", *DATE_PROPS]
    props += [p for (s, p) in SIDE_ALIASES if s == schema_name]
    props += [f for (s, _p), f in NUMBER_FALLBACK.items() if s == schema_name]
    if schema_name == "Payment":
        props += ["amount", "currency"]
    return [p for p in props if p in schema.properties]


def _edge_side(schema_name: str, props: set[str]) -> int | None:
    """Which end of a relationship the entity is (0 source, 1 target), None if it is not an end."""
    schema = get_schema(schema_name)
    if schema.edge is None:
        return None
    for i, p in enumerate(schema.edge):
        if p in props:
            return i
    for (s, p), side in SIDE_ALIASES.items():
        if s == schema_name and p in props:
            return side
    return None


def _side_ids(schema_name: str, side: int, values: dict[str, list[str]], canon: Callable[[str], str],
              prefer_alias: bool) -> list[str]:
    """The entities on one side of a relationship: a payment reached through an account leads to
    the other account when there is one, reached through a party to the other party."""
    schema = get_schema(schema_name)
    assert schema.edge is not None
    party = [canon(v) for v in values.get(schema.edge[side], [])]
    alias = [canon(v) for (s, p), a in SIDE_ALIASES.items() if s == schema_name and a == side
             for v in values.get(p, [])]
    first, second = (alias, party) if prefer_alias else (party, alias)
    return list(dict.fromkeys(first or second))


def merge_preview(case: Case, a: str, b: str) -> MergePreview:
    """``entities.merge_preview`` for the window: values that name an entity show its name
    (which values are shared is decided on the ids, before)."""
    from dataclasses import replace

    from casebench.services import entities as svc

    p = svc.merge_preview(case, a, b)
    kinds = (get_schema(p.left.schema), get_schema(p.right.schema))
    entity_valued = {prop for prop, _l, _r in p.rows
                     if any((d := s.properties.get(prop)) is not None and d.type is PropType.ENTITY for s in kinds)}
    shown = names(case, {v for prop, lv, rv in p.rows if prop in entity_valued for v in (*lv, *rv)})

    def named(prop: str, values: list[str]) -> list[str]:
        return [shown[v].name if prop in entity_valued and v in shown else v for v in values]

    return replace(p, rows=[(prop, named(prop, lv), named(prop, rv)) for prop, lv, rv in p.rows])
