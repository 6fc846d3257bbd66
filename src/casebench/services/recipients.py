"""Named recipients of RED items: pinned partners (by key fingerprint), shown by name.

RED goes only to recipients the item names (domain.disclosure). Free-text names match
only as a whole, so a name typed one way on the item and another way on a partner's
card never matches; pinning the partner — its card's fingerprint — makes the match
by identity. :func:`pin` does that for chosen items or for every item naming a given
free-text name (re-pinning), removing that text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from casebench.domain.disclosure import fold_name
from casebench.domain.handling import PinnedRecipient
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.store import audit, import_runs, records
from casebench.store import entities as repo
from casebench.store.case import Case
from casebench.store.entities import RedRow
from casebench.store.errors import InvalidInput


@dataclass(frozen=True)
class RedItem:
    kind: str  # "entity", "statement", or "records": every call one import keeps as records
    id: str  # for "records", the import id
    entity_id: str
    caption: str  # for "records", the imported file's name
    prop: str
    names: tuple[str, ...]  # free text, not pinned
    pinned: tuple[PinnedRecipient, ...]
    from_partner: bool  # a partner's RED: never passed on, recipients are not ours to set
    schema: str = ""  # the entity's schema, to name the property in the reader's language
    count: int = 1  # the entities the item stands for (an import's records: each, with its values)
    value: str = ""  # a value's text (a linked entity's name), to tell an entity's RED values apart


def red_items(case: Case) -> list[RedItem]:
    known: dict[str, tuple[str, str]] = {}
    values: dict[str, tuple[str, str]] = {}  # statement id → (its value, its property)
    out = []
    for row in repo.red_rows(case):
        if row.kind == "records":
            run = records.run_of(case, row.id)
            out.append(RedItem(row.kind, row.id, row.entity_id, import_runs.get(case, row.id).file_name, "",
                               row.handling.named_recipients, row.handling.pinned_recipients, False,
                               run.schema if run else "", row.count))
            continue
        if row.entity_id not in known:
            try:
                entity = repo.get_entity(case, row.entity_id)
                known[row.entity_id] = (entity.caption, entity.schema)
                values.update((st.id, (st.value, st.prop)) for st in entity.statements)
            except Exception:  # a value of a merged-away entity: show its id
                known[row.entity_id] = (row.entity_id, "")
        caption, schema = known[row.entity_id]
        out.append(RedItem(row.kind, row.id, row.entity_id, caption, row.prop,
                           row.handling.named_recipients, row.handling.pinned_recipients, bool(row.origin),
                           schema, value=_shown(case, schema, *values.get(row.id, ("", ""))) if row.prop else ""))
    return out


def _shown(case: Case, schema: str, value: str, prop: str) -> str:
    """A value as the dialog shows it: a linked entity by its name."""
    try:
        linked = get_schema(schema).properties.get(prop) if schema else None
    except ValueError:
        linked = None
    if value and linked is not None and linked.type is PropType.ENTITY:
        return repo.captions(case, [value]).get(value, ("", value))[1] or value
    return value


def free_text_names(case: Case) -> dict[str, int]:
    """Each free-text recipient name on our own RED items, with how many items name it."""
    counts: dict[str, int] = {}
    for it in red_items(case):
        if not it.from_partner:
            for n in it.names:
                counts[n] = counts.get(n, 0) + it.count
    return counts


def _one_by_one(case: Case, items: Sequence[str]) -> None:
    """Records named one by one, or by one of their values (not their whole import, `RedRow`
    "records"), become entities first: their recipients then differ from their import's
    (decision 53)."""
    records.materialize_all(case, [i.rpartition(".")[0] if "." in i else i for i in items])  # a value: its record


def _chosen(case: Case, rows: list[RedRow], items: Sequence[str], replace_name: str) -> list[RedRow]:
    if not items and not replace_name.strip():
        raise InvalidInput(case.path, "name the items (entity or value ids) or the free-text name to re-pin",
                           code="red.nothing_chosen")
    wanted = set(items)
    found = {r.id for r in rows} | {r.entity_id for r in rows}
    missing = [i for i in items if i not in found]
    if missing:
        raise InvalidInput(case.path, f"{missing[0]} is not a RED entity or value of this case",
                           code="red.not_red", item=missing[0])
    folded = fold_name(replace_name)
    chosen = [r for r in rows if (r.id in wanted or r.entity_id in wanted)
              or (folded and any(fold_name(n) == folded for n in r.handling.named_recipients))]
    partner = [r for r in chosen if r.origin]
    if partner:
        raise InvalidInput(case.path, f"{partner[0].kind} {partner[0].id} is a partner's RED: it is never "
                           "passed on, so its recipients are not set here", code="red.partners",
                           item=partner[0].id)
    if not chosen:
        raise InvalidInput(case.path, f"no RED item names {replace_name!r}", code="red.no_such_name",
                           name=replace_name)
    return chosen


def pin(case: Case, fingerprint: str, name: str, *, items: Sequence[str] = (), replace_name: str = "") -> int:
    """Pin a partner as a recipient of the chosen RED items; returns how many changed.

    ``items``: entity ids (the entity and its RED values) or value ids. ``replace_name``:
    every item naming this free text (as a whole) gets the partner instead of the text.
    """
    entry = PinnedRecipient.from_json({"fingerprint": fingerprint, "name": name})
    folded = fold_name(replace_name)
    changed = 0
    with case.transaction():
        _one_by_one(case, items)
        for row in _chosen(case, repo.red_rows(case), items, replace_name):
            h = row.handling
            names = tuple(n for n in h.named_recipients if not (folded and fold_name(n) == folded))
            pinned = h.pinned_recipients
            if all(p.fingerprint != entry.fingerprint for p in pinned):
                pinned = (*pinned, entry)
            new = replace(h, named_recipients=names, pinned_recipients=pinned)
            if new != h:
                repo.set_handling(case, row.kind, row.id, new)
                changed += 1
        audit.append(case, "alteration", "RED recipient pinned", target=entry.fingerprint,
                     justification=f"replaces {replace_name!r}" if replace_name else "",
                     details={"recipient": name, "fingerprint": entry.fingerprint, "items": changed,
                              "replaced_name": replace_name})
    return changed


def unpin(case: Case, fingerprint: str, *, items: Sequence[str] = ()) -> int:
    """Remove a pinned recipient from the chosen RED items (all when none are named)."""
    fpr = fingerprint.replace(" ", "").upper()
    changed = 0
    with case.transaction():
        _one_by_one(case, items)
        rows = repo.red_rows(case)
        if items:
            rows = _chosen(case, rows, items, "")
        for row in rows:
            h = row.handling
            pinned = tuple(p for p in h.pinned_recipients if p.fingerprint != fpr)
            if pinned != h.pinned_recipients:
                repo.set_handling(case, row.kind, row.id, replace(h, pinned_recipients=pinned))
                changed += 1
        audit.append(case, "alteration", "RED recipient unpinned", target=fpr, details={"items": changed})
    return changed
