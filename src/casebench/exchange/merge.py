"""Which imported entities may be local ones: strong identifiers propose, names only suggest.

Pure functions over values; the import service feeds them rows and writes the
review queue. Nothing here merges anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from casebench.domain.names import compare_names, fold, name_keys
from casebench.domain.schema import STRONG_MATCH_PROPS, STRONG_MATCH_TYPES, get_schema

NAME_THRESHOLD = 0.8
PERSONISH = ("Person",)
QUALIFIED = {"passportNumber", "idNumber", "number", "registrationNumber", "taxNumber"}
COUNTRY_PROPS = ("country", "jurisdiction", "nationality", "citizenship")
LABELS = {"phone": "phone number", "email": "e-mail", "iban": "IBAN", "imo": "IMO number",
          "mmsi": "MMSI", "vin": "VIN", "wallet": "wallet address", "bic": "BIC"}


@dataclass(frozen=True)
class Proposal:
    imported_id: str
    local_id: str
    kind: str  # "identifier" or "name"
    score: float
    reason: str


def is_strong(schema_name: str, prop: str) -> bool:
    try:
        p = get_schema(schema_name).properties.get(prop)
    except ValueError:
        return False
    if p is None:
        return False
    return p.type in STRONG_MATCH_TYPES or p.name in STRONG_MATCH_PROPS


def compatible(a: str, b: str) -> bool:
    sa, sb = get_schema(a), get_schema(b)
    return sa.is_a(sb.name) or sb.is_a(sa.name) or (sa.is_a("LegalEntity") and sb.is_a("LegalEntity"))


def identity_bearing(schema_name: str) -> bool:
    """Things that exist once (a person, a vessel, an account), not occurrences.

    Two calls from the same phone, or two payments from the same IBAN, are different
    events: a shared identifier says nothing about them being one.
    """
    sch = get_schema(schema_name)
    return not (sch.is_edge or sch.is_a("Event"))


def describe_key(prop: str, key: str) -> str:
    kind, _, value = key.partition(":")
    label = LABELS.get(kind, prop)
    return f"same {label} {value}"


def identifier_proposals(imported_id: str, imported_schema: str, imported_countries: Sequence[str],
                         shared: Iterable[tuple[str, str, str, str, Sequence[str]]]) -> list[Proposal]:
    """`shared`: (local id, local schema, property, match key, local countries) of local matches.

    Identifiers that need a country (passport, ID, registration number) propose a merge only
    when both sides' countries agree or one side has none.
    """
    out: dict[str, Proposal] = {}
    if not identity_bearing(imported_schema):
        return []
    for local_id, local_schema, prop, key, local_countries in shared:
        if local_id == imported_id or not compatible(imported_schema, local_schema):
            continue
        if not identity_bearing(local_schema):
            continue
        reason = describe_key(prop, key)
        if prop in QUALIFIED and imported_countries and local_countries:
            common = set(imported_countries) & set(local_countries)
            if not common:
                continue
            reason += f" ({', '.join(sorted(c.upper() for c in common))})"
        prev = out.get(local_id)
        out[local_id] = Proposal(imported_id, local_id, "identifier", 1.0,
                                 f"{prev.reason}; {reason}" if prev else reason)
    return list(out.values())


@dataclass(frozen=True)
class NameSubject:
    entity_id: str
    schema: str
    names: Sequence[str]
    birth_dates: Sequence[str] = ()
    countries: Sequence[str] = ()


def same_name_key(name: str) -> str:
    """What makes two names one name for an import: casebench's one folding (`fold`: case,
    accents, punctuation and spacing do not count), "" for a name with no letter or digit.
    A table import's end named "FATOU  CEESAY" is the entity "Fatou Ceesay" of the case by this
    key (decision 65), and two ends of one file are one entity by it."""
    return fold(name)


class NameIndex:
    """The local entities' names indexed once, for many imported names: blocking keys
    (`name_keys`, for `name_proposals`) and same-name keys (`same_name_key`)."""

    def __init__(self, local: Sequence[NameSubject]) -> None:
        self.local = list(local)
        self.keys: dict[str, set[int]] = {}
        self.same: dict[str, set[int]] = {}
        for idx, subj in enumerate(self.local):
            for n in subj.names:
                for k in name_keys(n):
                    self.keys.setdefault(k, set()).add(idx)
                key = same_name_key(n)
                if key:
                    self.same.setdefault(key, set()).add(idx)

    def same_name(self, names: Iterable[str], allowed: Callable[[NameSubject], bool] = lambda s: True,
                  ) -> list[NameSubject]:
        """The local entities bearing one of ``names`` by `same_name_key`, in index order."""
        hits: set[int] = set()
        for n in names:
            hits |= self.same.get(same_name_key(n), set())
        return [self.local[i] for i in sorted(hits) if allowed(self.local[i])]


def name_proposals(imported: NameSubject, local: Sequence[NameSubject] | NameIndex) -> list[Proposal]:
    """Local entities whose names resemble the imported one's: candidates, never merges.
    ``local`` may be indexed once (`NameIndex`) when many imported entities are compared."""
    index = local if isinstance(local, NameIndex) else NameIndex(local)
    hits: set[int] = set()
    for n in imported.names:
        for k in name_keys(n):
            hits |= index.keys.get(k, set())
        hits |= index.same.get(same_name_key(n), set())  # the same name, however short
    out: list[Proposal] = []
    for idx in sorted(hits):
        cand = index.local[idx]
        if cand.entity_id == imported.entity_id or not compatible(imported.schema, cand.schema):
            continue
        best = None
        for a in imported.names:
            for b in cand.names:
                m = compare_names(a, b)
                if best is None or m.score > best[0]:
                    best = (m.score, a, b, m.reasons)
        if best is None or best[0] < NAME_THRESHOLD:
            continue
        score, a, b, reasons = best
        why = [f"name {a!r} ~ {b!r} ({score:.2f}" + (f": {'; '.join(reasons)}" if reasons else "") + ")"]
        if imported.birth_dates and cand.birth_dates:
            same = set(imported.birth_dates) & set(cand.birth_dates)
            why.append("same date of birth" if same else "DIFFERENT date of birth")
            if not same:
                score *= 0.5
        if imported.countries and cand.countries:
            same = set(imported.countries) & set(cand.countries)
            why.append("same country" if same else "different country")
        if score >= NAME_THRESHOLD * 0.5:
            out.append(Proposal(imported.entity_id, cand.entity_id, "name", round(score, 3),
                                "names only, a candidate to check (never merged automatically): "
                                + "; ".join(why)))
    return out


def personish(schema: str) -> bool:
    try:
        return get_schema(schema).is_a("LegalEntity")
    except ValueError:
        return False


def undo_order(active: dict[int, tuple[str, str]], accepted: dict[int, tuple[str, str, int | None]],
               target: int) -> list[int]:
    """Merges to undo, newest first, so that undoing merge `target` leaves every other accepted
    proposal true (its two entities still one).

    `active`: merge id -> (source id, canonical id) of merges in force; `accepted`: review id ->
    (imported id, local id, merge id it made or None). A proposal accepted on top of `target`
    (its entity reached the other only through it) must go too, and so on transitively.
    """
    removed = {target}
    while True:
        links = {src: dst for mid, (src, dst) in active.items() if mid not in removed}

        def canon(entity: str, links: dict[str, str] = links) -> str:
            seen = {entity}
            while entity in links and links[entity] not in seen:
                entity = links[entity]
                seen.add(entity)
            return entity

        broken = {mid for imported, local, mid in accepted.values()
                  if mid is not None and mid in active and mid not in removed and canon(imported) != canon(local)}
        if not broken:
            return sorted(removed, reverse=True)
        removed |= broken
