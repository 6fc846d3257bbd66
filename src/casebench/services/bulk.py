"""Many entities at once (generators: the benches, large test cases): validated, one audit record.

They go through the loader the table and FollowTheMoney imports use
(`store.bulk_links.insert_located` inside `bulk_load`: batched inserts, the full-text
index filled in one pass at the end), so what a bench measures is the product's insert
path; there is no separate bench-only one.
"""

from __future__ import annotations

from collections.abc import Iterable

from casebench.domain.model import Provenance
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType, normalise
from casebench.services.cases import default_tlp
from casebench.services.entities import EntityDraft, Source, region_of
from casebench.services.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.store import audit, bulk_links
from casebench.store.bulk_links import LocatedEntity
from casebench.store.case import Case
from casebench.store.errors import InvalidInput


def add_entities(case: Case, drafts: Iterable[EntityDraft], source: Source | None = None, *,
                 total: int = 0, batch: int = 5000, progress: Progress = no_progress,
                 cancelled: Cancelled = never_cancelled) -> int:
    """Validate and insert entities; all or nothing. Entity-reference values are not checked
    against the database here (the caller creates referenced entities in the same load)."""
    source = source or Source()
    from casebench.domain.handling import Handling

    base_handling = source.handling or Handling(tlp=default_tlp(case))
    region = region_of(case)
    prov = Provenance(author=source.author or case.user, source_exhibit=source.source_exhibit,
                      locator=source.locator, origin=source.origin, origin_bundle=source.origin_bundle,
                      grade=source.grade, lang=source.lang)
    count = 0
    pending: list[LocatedEntity] = []
    with bulk_links.bulk_load(case):
        for draft in drafts:
            if cancelled():
                raise OperationCancelled("bulk load")
            schema = get_schema(draft.schema)
            rows = []
            caption = ""
            for prop_name, raw in draft.values:
                prop = schema.properties.get(prop_name)
                if prop is None:
                    raise InvalidInput(case.path, f"{schema.name} has no property {prop_name!r}")
                raw = raw.strip()
                try:
                    norm = normalise(prop.type, raw, default_region=region)
                except ValueError as exc:
                    raise InvalidInput(case.path, f"{prop.label}: {exc}") from None
                rows.append((prop_name, norm.value, raw, norm.match_key, norm.sort_start, norm.sort_end))
                if not caption and prop_name in schema.caption and prop.type is not PropType.ENTITY:
                    caption = norm.value
            handling = draft.handling or base_handling
            pending.append(LocatedEntity(bulk_links.new_id(), schema.name, caption or schema.label,
                                         handling, prov.locator, rows))
            count += 1
            if len(pending) >= batch:
                bulk_links.insert_located(case, pending, prov, origin=source.origin)
                pending = []
                progress(count, total, f"{count} entities")
        if pending:
            bulk_links.insert_located(case, pending, prov, origin=source.origin)
        audit.append(case, "collection", "entities loaded in bulk", details={"count": count})
    progress(count, total or count, f"{count} entities")
    return count
