"""The values of a schema's entities that make up a table import's record key.

Re-importing an operator's next reply (the same rows plus the new ones) must add only the
new records; the key of a record already in the case is rebuilt from its statements, so
no separate register has to be kept in step with edits, merges and retractions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from casebench.store import records

if TYPE_CHECKING:
    from casebench.store.case import Case

__all__ = ["key_values"]


# An import being resumed does not count the records its own committed chunks wrote.
_NOT_OF_RUN = (" AND NOT EXISTS (SELECT 1 FROM import_chunks c WHERE c.import_id = ?"
               " AND e.rowid BETWEEN c.entity_lo AND c.entity_hi)")


def key_values(case: Case, schema: str, props: Sequence[str],
               related: Sequence[tuple[str, str]], *,
               except_run: str = "") -> Iterator[tuple[str, str, str]]:
    """(entity id, path, value) of every live statement of ``schema`` entities on ``props``,
    and ``head.sub`` values of the entities they link through ``related`` (head, sub);
    without the entities import run ``except_run`` wrote. Compact records count as the
    entities they are (`store.records`)."""
    yield from _record_key_values(case, schema, props, related, except_run)
    skip = _NOT_OF_RUN if except_run else ""
    extra = (except_run,) if except_run else ()
    if props:
        marks = ",".join("?" * len(props))
        yield from case.conn.execute(
            "SELECT s.entity_id, s.prop, s.value FROM statements s JOIN entities e ON e.id = s.entity_id"
            f" WHERE e.schema = ? AND s.retracted = 0 AND s.prop IN ({marks}){skip}",
            (schema, *props, *extra))
    for head, sub in related:
        for eid, value in case.conn.execute(
                "SELECT s.entity_id, t.value FROM statements s JOIN entities e ON e.id = s.entity_id"
                " JOIN statements t ON t.entity_id = s.value AND t.prop = ? AND t.retracted = 0"
                f" WHERE e.schema = ? AND s.prop = ? AND s.retracted = 0{skip}",
                (sub, schema, head, *extra)):
            yield eid, f"{head}.{sub}", value


def _record_key_values(case: Case, schema: str, props: Sequence[str],
                       related: Sequence[tuple[str, str]], except_run: str) -> Iterator[tuple[str, str, str]]:
    wanted = set(props)
    heads = {head for head, _sub in related}
    for ent in records.all_entities(case, schema=schema, except_import=except_run):
        links: dict[str, list[str]] = {}
        for st in ent.statements:
            if st.prop in wanted:
                yield ent.id, st.prop, st.value
            if st.prop in heads:
                links.setdefault(st.value, []).append(st.prop)
        for head, sub in related:
            targets = [t for t, hs in links.items() if head in hs]
            if not targets:
                continue
            marks = ",".join("?" * len(targets))
            for (value,) in case.conn.execute(
                    f"SELECT value FROM statements WHERE entity_id IN ({marks}) AND prop = ?"
                    " AND retracted = 0", (*targets, sub)):
                yield ent.id, f"{head}.{sub}", value
