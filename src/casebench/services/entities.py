"""Entity use cases: add, edit, retract, show, list, merge, unmerge — each audited."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity, Provenance
from casebench.domain.schema import get_schema
from casebench.services.cases import default_tlp
from casebench.services.progress import Cancelled, Progress, never_cancelled, no_progress
from casebench.store import audit
from casebench.store import entities as repo
from casebench.store.case import Case
from casebench.store.entities import EntitySummary, NewStatement
from casebench.store.errors import InvalidInput, NotFound


@dataclass(frozen=True)
class Source:
    """Where values come from and how they are graded and handled."""

    grade: Grade | None = None
    source_exhibit: str | None = None
    locator: str = ""
    lang: str = ""
    handling: Handling | None = None  # None: the case's default TLP
    origin: str = ""
    origin_bundle: str = ""
    author: str | None = None  # None: the case's current user


@dataclass
class EntityDraft:
    schema: str
    values: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    handling: Handling | None = None


def _handling(case: Case, source: Source) -> Handling:
    return source.handling or Handling(tlp=default_tlp(case))


def _check_source(case: Case, source: Source) -> None:
    """A local value may only cite an exhibit that exists in this case (partners cite theirs)."""
    if source.source_exhibit and not source.origin:
        from casebench.store import exhibits

        try:
            exhibits.resolve(case, source.source_exhibit)
        except NotFound:
            raise InvalidInput(case.path, f"no exhibit {source.source_exhibit!r} in this case; "
                               "add it first or leave the source out", code="source.no_exhibit",
                               exhibit=source.source_exhibit) from None


def _statements(case: Case, values: Iterable[tuple[str, str]], source: Source) -> list[NewStatement]:
    _check_source(case, source)
    prov = Provenance(author=source.author or case.user, source_exhibit=source.source_exhibit,
                      locator=source.locator, origin=source.origin, origin_bundle=source.origin_bundle,
                      grade=source.grade, lang=source.lang)
    handling = _handling(case, source)
    return [NewStatement(prop=p, raw=v, provenance=prov, handling=handling) for p, v in values]


def region_of(case: Case) -> str | None:
    """Phones typed without +country are read in the case's originating country."""
    return (case.get_meta("originator_country") or "").upper() or None


def add_entity(case: Case, draft: EntityDraft, source: Source | None = None,
               *, entity_id: str | None = None) -> str:
    source = source or Source()
    schema = get_schema(draft.schema)
    if not draft.values:
        raise InvalidInput(case.path, f"a {schema.label} needs at least one value")
    handling = draft.handling or _handling(case, source)
    with case.transaction():
        eid = repo.create_entity(case, schema.name, handling=handling, tags=draft.tags,
                                 entity_id=entity_id, origin=source.origin)
        repo.add_statements(case, eid, _statements(case, draft.values, source),
                            default_region=region_of(case))
        audit.append(case, "collection", f"{schema.name} added", target=eid)
    return eid


def add_values(case: Case, entity_id: str, values: Sequence[tuple[str, str]],
               source: Source | None = None, *, progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> list[str]:
    """Record values; when they rename the entity, the relationships kept as statements that
    name it are named again in the same transaction (``progress`` counts them; a cancel
    raises `OperationCancelled` and nothing is written)."""
    source = source or Source()
    cid = repo.canonical_id(case, entity_id)
    with case.transaction():
        ids = repo.add_statements(case, cid, _statements(case, values, source),
                                  default_region=region_of(case), progress=progress, cancelled=cancelled)
        audit.append(case, "alteration", "values added", target=cid,
                     details={"properties": sorted({p for p, _ in values})})
    return ids


def retract(case: Case, statement_id: str, reason: str, *, progress: Progress = no_progress,
            cancelled: Cancelled = never_cancelled) -> None:
    """Retract a value; progress and cancel as for `add_values` (a retracted name renames)."""
    if not reason.strip():
        raise InvalidInput(case.path, "give a reason for the retraction", code="retraction.no_reason")
    with case.transaction():
        st = repo.retract_statement(case, statement_id, reason, progress=progress, cancelled=cancelled)
        audit.append(case, "alteration", "value retracted", target=st.entity_id, justification=reason,
                     details={"statement": statement_id, "property": st.prop})


def show(case: Case, entity_id: str, *, include_retracted: bool = False, audited: bool = True) -> Entity:
    ent = repo.get_entity(case, entity_id, include_retracted=include_retracted)
    if audited:
        audit.append(case, "consultation", "entity viewed", target=ent.id)
    return ent


def get(case: Case, entity_id: str) -> Entity:
    """The entity's view for internal use (no consultation record)."""
    return repo.get_entity(case, entity_id)


PROP_ORDER = repo.PROP_ORDER  # order "prop:<name>": a list sorted by a property's value
NUM_ORDER = repo.NUM_ORDER  # order "num:<name>": sorted by a property's value read as a number
TIME_ORDER = repo.TIME_ORDER  # order "time:<name>": sorted by the instant a date property denotes (UTC)

KIND_ORDER = repo.KIND_ORDER  # order "kind:A|B": by kind, in the order given (the names a window shows)
NAME_ORDER = repo.NAME_ORDER  # order "name:a|b,c": by the name an end is shown by


def _with_names(case: Case, rows: list[EntitySummary], named: Sequence[str]) -> list[EntitySummary]:
    """``rows`` each with the kind and name of the entities its ``named`` columns hold (a
    relationship's two ends): one batch of primary-key reads for the page
    (`store.entities.captions`, a merged-away end named by the entity it went into)."""
    if not named or not rows:
        return rows
    ids = {v for r in rows for c in named if (v := r.value(c))}
    found = repo.captions(case, ids)
    return [replace(r, names=tuple((i, *found[i]) for c in named if (i := r.value(c)) in found)) for r in rows]


def count_listed_records(case: Case, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
                         tlp: TLP | None = None, country: str | None = None, text: str | None = None) -> int:
    """Rows of the list that are calls kept as compact records (decision 53): they keep their
    file's order after the entities, so a list holding them is not sorted by a property."""
    return repo.count_listed_records(case, schema=schema, tag=tag, tlp=tlp, country=country, text=text)


def list_entities(case: Case, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
                  tlp: TLP | None = None, country: str | None = None, text: str | None = None,
                  order: str = "caption", descending: bool = False, limit: int | None = None,
                  offset: int = 0, columns: Sequence[str] = (), named: Sequence[str] = ()) -> list[EntitySummary]:
    """``columns``: properties each row carries the newest value of (a list's extra columns;
    "a|b": of either); ``order`` "prop:<name>" sorts by one of them, "num:<name>" by it as a
    number; ``named``: columns holding entity ids whose kind and name each row carries
    (`EntitySummary.names`)."""
    rows = repo.list_entities(case, schema=schema, tag=tag, tlp=tlp, country=country, text=text,
                              order=order, descending=descending, limit=limit, offset=offset, columns=columns)
    return _with_names(case, rows, named)


def entity_page(case: Case, offset: int, limit: int, total: int, *, after: EntitySummary | None = None,
                before: EntitySummary | None = None, schema: str | Sequence[str] | None = None,
                tag: str | None = None, tlp: TLP | None = None, country: str | None = None,
                text: str | None = None, order: str = "caption",
                descending: bool = False, columns: Sequence[str] = (),
                named: Sequence[str] = ()) -> list[EntitySummary]:
    """One page of the sorted entity list, read from a neighbouring row or the nearer end
    (see `store.entities.entity_page`): as fast at the end of a long list as at its start."""
    rows = repo.entity_page(case, offset, limit, total, after=after, before=before, schema=schema, tag=tag,
                            tlp=tlp, country=country, text=text, order=order, descending=descending,
                            columns=columns)
    return _with_names(case, rows, named)


def iter_entities(case: Case, *, schema: str | None = None, tag: str | None = None, tlp: TLP | None = None,
                  country: str | None = None, chunk: int = 2000) -> Iterator[EntitySummary]:
    """The whole list (as `list_entities` orders it), a page at a time, each read on from the
    last row: a case of a million calls shows its first rows at once and is never held whole."""
    total = count_entities(case, schema=schema, tag=tag, tlp=tlp, country=country)
    done, last = 0, None
    while done < total:
        page = repo.entity_page(case, done, chunk, total, after=last, schema=schema, tag=tag, tlp=tlp,
                                country=country)
        if not page:
            return
        yield from page
        done, last = done + len(page), page[-1]


def entity_row(case: Case, entity_id: str, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
               tlp: TLP | None = None, country: str | None = None, text: str | None = None,
               order: str = "caption", descending: bool = False) -> int | None:
    """The row of ``entity_id`` in the list `list_entities` gives with this filter and order
    (None: not in it), so the list can scroll to the entity open beside it."""
    return repo.entity_row(case, entity_id, schema=schema, tag=tag, tlp=tlp, country=country, text=text,
                           order=order, descending=descending)


def count_entities(case: Case, *, schema: str | Sequence[str] | None = None, tag: str | None = None,
                   tlp: TLP | None = None, country: str | None = None, text: str | None = None) -> int:
    return repo.count_entities(case, schema=schema, tag=tag, tlp=tlp, country=country, text=text)


def set_tags(case: Case, entity_id: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
    cid = repo.canonical_id(case, entity_id)
    if not repo.entity_exists(case, cid):
        raise NotFound(case.path, f"no entity with id {entity_id}", code="entity.no_id", id=entity_id)
    with case.transaction():
        for t in add:
            repo.add_tag(case, cid, t)
        for t in remove:
            repo.remove_tag(case, cid, t)
        audit.append(case, "alteration", "tags changed", target=cid)


def all_tags(case: Case) -> list[str]:
    return repo.all_tags(case)


@dataclass(frozen=True)
class MergePreview:
    left: Entity
    right: Entity
    rows: list[tuple[str, list[str], list[str]]]  # property, left values, right values
    shared: list[str]  # properties with a value in common


def merge_preview(case: Case, a: str, b: str) -> MergePreview:
    left, right = repo.get_entity(case, a), repo.get_entity(case, b)
    lp, rp = left.properties(), right.properties()
    rows, shared = [], []
    for prop in sorted(set(lp) | set(rp)):
        lv, rv = lp.get(prop, []), rp.get(prop, [])
        rows.append((prop, lv, rv))
        if set(lv) & set(rv):
            shared.append(prop)
    return MergePreview(left, right, rows, shared)


def merge(case: Case, source_id: str, canonical: str, reason: str = "", *, progress: Progress = no_progress,
          cancelled: Cancelled = never_cancelled) -> str:
    """Fold `source_id` into `canonical`; statements are never rewritten, so it is reversible.
    Progress and cancel: of the relationships named again (`add_values`)."""
    with case.transaction():
        repo.merge(case, source_id, canonical, reason, progress=progress, cancelled=cancelled)
        target = repo.canonical_id(case, canonical)
        audit.append(case, "combination", "entities merged", target=target, justification=reason,
                     details={"merged": source_id})
    return target


def unmerge(case: Case, source_id: str, reason: str = "", *, progress: Progress = no_progress,
            cancelled: Cancelled = never_cancelled) -> str:
    with case.transaction():
        former = repo.unmerge(case, source_id, progress=progress, cancelled=cancelled)
        audit.append(case, "combination", "merge undone", target=source_id, justification=reason,
                     details={"from": former})
    return former


def set_undated_order(case: Case, entity_id: str, order: float | None) -> None:
    repo.set_undated_order(case, repo.canonical_id(case, entity_id), order)
