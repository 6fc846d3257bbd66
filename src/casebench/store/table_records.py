"""The values of a schema's entities that make up a table import's record key.

Re-importing an operator's next reply (the same rows plus the new ones) must add only the
new records; the key of a record already in the case is rebuilt from its statements, so
no separate register has to be kept in step with edits, merges and retractions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebench.store.case import Case

__all__ = ["key_values"]


def key_values(case: Case, schema: str, props: Sequence[str],
               related: Sequence[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
    """(entity id, path, value) of every live statement of ``schema`` entities on ``props``,
    and ``head.sub`` values of the entities they link through ``related`` (head, sub)."""
    if props:
        marks = ",".join("?" * len(props))
        yield from case.conn.execute(
            "SELECT s.entity_id, s.prop, s.value FROM statements s JOIN entities e ON e.id = s.entity_id"
            f" WHERE e.schema = ? AND s.retracted = 0 AND s.prop IN ({marks})", (schema, *props))
    for head, sub in related:
        for eid, value in case.conn.execute(
                "SELECT s.entity_id, t.value FROM statements s JOIN entities e ON e.id = s.entity_id"
                " JOIN statements t ON t.entity_id = s.value AND t.prop = ? AND t.retracted = 0"
                " WHERE e.schema = ? AND s.prop = ? AND s.retracted = 0", (sub, schema, head)):
            yield eid, f"{head}.{sub}", value
